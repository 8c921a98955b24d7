from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "public_id" CHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(20) NOT NULL,
    "username_key" VARCHAR(20) NOT NULL UNIQUE,
    "email" VARCHAR(254) UNIQUE,
    "phone" VARCHAR(20) UNIQUE,
    "password_hash" VARCHAR(255),
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nDEACTIVATED: deactivated */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "nickname" VARCHAR(64),
    "avatar_url" VARCHAR(512),
    "company" VARCHAR(128),
    "updated_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
) /* Optional details a person may add after signing in (statement §1a.4). */;
CREATE TABLE IF NOT EXISTS "external_identities" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "provider" VARCHAR(64) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "login" VARCHAR(255),
    "nickname" VARCHAR(255),
    "avatar_url" VARCHAR(512),
    "email" VARCHAR(254),
    "access_token" TEXT,
    "refresh_token" TEXT,
    "token_expires_at" TIMESTAMP,
    "linked_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_external_id_provide_c54959" UNIQUE ("provider", "subject")
);
CREATE TABLE IF NOT EXISTS "sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "authenticated_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "ip_address" VARCHAR(45),
    "user_agent" VARCHAR(512),
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "verification_codes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "target_digest" VARCHAR(64) NOT NULL,
    "code_digest" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "consumed_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_verificatio_target__0945df" ON "verification_codes" ("target_digest");
CREATE TABLE IF NOT EXISTS "security_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(48) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ip_address" VARCHAR(45),
    "user_agent" VARCHAR(512),
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_security_ev_created_6e5dc4" ON "security_events" ("created_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztnP1vmzgYx/8VxE+d1KvSNOmm6XRS1ma33G7NtGa7aS9CLjiJL2CYMWmjXf/3sw0E85"
    "ZCGhrC+KVKbT/GfB5jP/7a8FO1bAOa7sl7Yk+RCdWXyk8VA4v/SGYdKypwnCiDJ1BwI4xU"
    "xy8kEsGNSwnQKUufAtOFLMmArk6QQ5GNeemx+AVMxYAUINNVgOJA4tpYscBKAYahgCmFRH"
    "HRDCM8UxBWjlwKKLQgpso3r9MBz0/BSe/ZCb+eYevsgqzc7qv2MPrhQY3aM0jnkLALfP3O"
    "khE24B272eBfZ6FNETSNGD1k8ApEukZXjkgbYfpaFOStvtF02/QsHBV2VnRu43VphClPnU"
    "EMCWsgr54Sj+PEnmkG5EPCfkujIn4TJRsDToFncqdwa78BUZqqaVfjiXY9nGiamnJYaCGB"
    "DpJ0G3Nns6a64u5nvAm/dU97z3svzs57L1gR0cx1yvN7/9IRGN9Q4LmaqPciH1DglxCMI6"
    "gY6QvxO4X2Yg5INlvZJkGYNT1JOOQpIQ4ArgmHRSLEUTd/CsYWuNNMiGd0zv49720A+mnw"
    "4eLN4MPRee8Zv6DNnkr/cb0KcroiizOPGIMlo080j5hlKMetmse5f9otAJqVyiUt8uKodd"
    "tyAF6V4SyZNA/yafdFAcisVC5kkReH7DkGx6EBmuZ8yXIosmA267hlArcRmJ6EPwrATw3W"
    "+6ZPIDDG2FwFHWMD/Mno3fB6Mnj3nl/Oct0fpuA3mAx5TlekrhKpR+cJP60rUf4ZTd4o/F"
    "/ly/hqKPDaLp0RccWo3OSLytsEPGpr2L7V2PwtMQqTo9ZLXnch0UrNwZLFwxNxEece/EzM"
    "Y5vpQpqIecIN0Be3gBhaKsfu2pmTNgeb9sMYw4nN/ghnjFjbAdaz5uggCv0YVHJQTrgP+1"
    "iYGl2fgNt10Ch3PXbn7H4h9aeBwfXF4HKo3sfAxznzLKtrJVMABjNxv7xlvB0yx4woP+Sb"
    "H+LzRhaL7/P5tPF0veJpx7sxkZ45Tn78OLrMhhszSjD2PGSccNNqnlX196mHdU5REVfif3"
    "p/qNU+vlloRSBy5s9v8swlbv0+NROVXbPINluFebWLNGJxXrdTIMzrdnKjPJ6VDVlbwFLh"
    "dNJuN7D3O2ZUjBpaAJVaGq4NdrJgqRPbfpHFNyuVT7efWn47DFGpsWJt0Di8O++6DnDdW5"
    "uFUHPgzksxTho2b+3d7fcLdeb+hs7cTwLnyqrnZpMeYs9KBf8x6pH1082BKgts0TJsS1Hm"
    "6uBiMvo0fKn41t/w5VCksIXw5UvFgCJZtHQLz5yeFxFFkmttSRM5T+lObN2/nSQSt2wlkb"
    "pIIsHQIikiglorhDXa63lCWAnhRl5gQ0wRRTBjvH4V2L5++wGaQNBNd4RASRjeUR5TmyO/"
    "vtUBdoc83SY+t0HXZfU+kta1X0tzIekeYZ1Ag0vI7R7Jyq9syOs6vHgrF1haPN2g90nRbL"
    "Qxn800lFgfJivt8TeIaQlZNDVoZUikWQNbvlwKg9JafFzdrXj6lXeCJbuCiIdd7+ZfyKr+"
    "3mqq+9RUJY8UXl9KNg3U+3Z/SCHs6iUYSyYNRFzJ8t20ZwiXYbw2aPWRQoDb80xPgrk90v"
    "RkR5r2vDtQK8CV7A8AXWdLRhYFLmDG0DxhYWdOb07YNQH3Jplm+HkSU2hCqEfvBp+fxVSa"
    "v8dXf4bFJSdc/D1+lWBP4JRAd14efsqwpV+evoCnwTsHMZZbqJhZ9jvQMg/IK/WWLtOKtY"
    "nwYivBOmbY6tV1cXqhXYr9H9zct3OrOLr50HHM1zaBaIbfwlXFBzLrMTzu+EjmA2dhd3d8"
    "M9wuyJAnpZ2EfFVS3rRoz3Ee1CN9vEFz9EObsqda4laNO/q2e9WxPTfxK0YkJnCp5kL2qG"
    "wRiCZsG+j5A/F0oQXH9ovLnS8rWzdX52aWOeebsvqWo3mWfevyWrucwKW9nZYQt2wFozp7"
    "GTm8NKsw58xxziojZtUEaTYeCPeKbKn18nfUeqkNNbE6ZitUXGoHPm7VPM6VbKi1elirh7"
    "V6WJ4e9gkSNOVxGLvtC5akZghjqTLHmxSypVSaYTGqOLbXamV71Mr0OcAYljqjIJk08OjY"
    "7t8vcjzCIrtybzFGJg1EfFYkMDjLjwvOUmEBBYSNJ5qBZtAtFYSlDKvC3Sjhl80DW7BOmD"
    "WwY1fw+TFKoeVkvSqSO/PJJk8X8XZqPf+1mxa/9qZFq2Tnev1AvFxI8OK35lnbPd1x01bY"
    "rJufS7zFW+2RE/mty8yDJ4nXMjcdP0m9DtqurBuzsl6w2yoTHoflGxgX94p8yLSX/x3TXu"
    "ozpocVxj1pt25uFNfuZ7X7We1+1iP3s+rGuEnbWTVje+C7WQNIkD5XM2LsIGdjcA2iMm1M"
    "fUhP86aYeglJeKq/6LQkmTQwsq7mBXH2UJUgHBRvIN3TTpGPbrJS+buBndRnN9kVaWZo9d"
    "f1+CpXnKLZcZWBdKr8p5jIPcSzLBvgchixZUnqndnk67HH8fUGr+DVYz/b/9jJ7P5/i70P"
    "+Q=="
)
