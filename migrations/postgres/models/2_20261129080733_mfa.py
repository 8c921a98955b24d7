from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "mfa_tickets" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ticket_hash" VARCHAR(64) NOT NULL UNIQUE,
    "event_kind" VARCHAR(48) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "mfa_tickets" IS 'Proof that the first factor passed; the second step trades it for a session.';
        CREATE TABLE IF NOT EXISTS "recovery_codes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_digest" VARCHAR(64) NOT NULL UNIQUE,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "recovery_codes" IS 'Ten single-use codes shown once at enrolment; only their HMAC is kept.';
        CREATE TABLE IF NOT EXISTS "totp_factors" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "secret_encrypted" VARCHAR(255) NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "last_used_step" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "totp_factors" IS 'One authenticator app per account. Enabled once `confirmed_at` is set.';
        CREATE TABLE IF NOT EXISTS "pending_contact_changes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "new_email" VARCHAR(254),
    "new_phone" VARCHAR(20),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_pending_con_user_id_c2f337" UNIQUE ("user_id", "channel")
);
COMMENT ON TABLE "pending_contact_changes" IS 'At most one per account and channel; it takes effect only when the code comes back.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "pending_contact_changes";
        DROP TABLE IF EXISTS "mfa_tickets";
        DROP TABLE IF EXISTS "recovery_codes";
        DROP TABLE IF EXISTS "totp_factors";"""


MODELS_STATE = (
    "eJztXety4jYUfhUNv3Zn0gwBculupzOEsF3aJOwk7LbTbsdVbAEqtuzacrJMm3evJNvgK7"
    "EBJ7ajPyRIOrL4JEvfuUj6t2WYGtKdw0+2OcU6ar0D/7YINPg/8awD0IKWtc7gCRTeCaGW"
    "5RUSifDOoTZUKUufQt1BLElDjmpji2KT8NJj8R/UgYYoxLoDILCQ7ZgEGHAJoKYBOKXIBg"
    "6eEUxmABPwxqGQIgMRCr667TY8PYKHvbeH/HmaqbIHsnL7r9ol+B8XKdScITpHNnvAH3+y"
    "ZEw09I39WP+rtVCmGOlaBD2s8QpEukKXlkgbEfpBFOStvlNUU3cNsi5sLencJKvSmFCeOk"
    "ME2ayBvHpquxxO4uq6j3yAsNfSdRGviSEZDU2hq/NO4dJeA9ZpLUW5Hk+U2+FEUVqJDgsk"
    "QkD7SapJeGezpjri1894E77rHPVOe2fdk94ZKyKauUo5ffQevQbGExTwXE9ajyIfUuiVEB"
    "ivQSVYXYj/E9AO5tBOxzYsE0OYNT2OcIBnCGIfwBXCQZE1xOth/hwYG/CboiMyo3P29aS3"
    "AdAv/ZvBx/7Nm5PeW/5Ak72V3ut67ed0RBbHfI0xvGfo24pr60VQjko1D+fjo04OoFmpTK"
    "RFXhRq1TQsSJZFcA6JNA/ko85ZDpBZqUyQRV4UZNfSOBwKpEmcL1gOxQZKxzoqGYNb80UP"
    "g39ygJ+YrF8afRtBbUz0pT8wNoA/GV0Nbyf9q0/8cYbj/KML/PqTIc/piNRlLPXNSayfVp"
    "WAX0eTj4B/Bb+Pr4cCXtOhM1s8cV1u8nuLtwm61FSI+aCw9TuEUZC8bn2o1x1kK4XW4JDE"
    "0wtxns6t/UrMuc10EVqIecIdVBcP0NaURI7ZMVMXbQ5ssh/GBE1M9iE6Y8TaDomatkb7LP"
    "SzX0mtOuExGGNB6vr5NnxYkcbw0GO/nP1eRL1loH876F8MW48R4KM48yyjY8RTIIEz8Xt5"
    "y3g7wjimsPwA32yKzxuZj99n4yP5dLX4tOXe6VhNnSc/fx5dpIMbEYph7LpYO+Si5byrrR"
    "+mLlE5ikA8iX/0fmyV+/qmQSuISNdb38Irl/jpj4mVqKjOEpbZiuZVjmlEeF6nnYPmddqZ"
    "LI9npYOsLFAhOh2X2w/YLztnlAw1MiAupBquBPaisFQJ2+M8yjcrlY3ucUL9thhEheaKlU"
    "Dj4N370LWg4zyYjELNoTMvhHFcsHm6d+f4ONdgPt4wmI/jgHPLquukIz0krpEg/xHU19LP"
    "twa2GLHF90Fb8mLe6g8moy/Dd8CT/kouhiKFKcIX74CGRLJo6RY9c3SSxygS17VDNpGThN"
    "2J6f3bmUSiktIkUhWTiD+1hCwiAjVpCGt0r2cZwgoYbsIKNiIUU4xS5utzX/bDLzdIhwLd"
    "5EDwLQnDb5Rzan3k1bes4XDIsttE1zbkOKzeHdG69WppLkiqa7NBoKB7xOV2xMqrbMjrqh"
    "/fygWYZZsqHxJkpujYwLtC9mlV3SWvranDzJhChWJ1gXbF62oKJ6KepiJlI9W8R/aSFdN2"
    "nelv/LoG7GtT8bIQ0fjLyEpRxuIVdQ7JbFfgPnmVDrw6B6LKJgGY9AZtcGBE5r4g0igd28"
    "BnlGveC6pq4CJBTWopUzZ0zBTHWnGwJqy6D6vaGoJXQb9YgrWm+MjSmG22vwz5pZUosd6v"
    "9+wP/tLcsyeIrnPcu78Rq/pP6VR7SadaqEdyGxhDMg10+Ow/Si0Y6gUwDok0EOJS7Le6Oc"
    "OkCMYrAWkgzwWwDGh9FphlTOuzxbS+sHu4UgCX4iCGKrfoMBa4QClT84TRzozRHJNrAtyb"
    "7PTD3yYRE30A6pur/m9vI2b6y/H1T0HxUCcMLsfnMextNLWRMy8OfkJQol8cfQGegr5ZmG"
    "G5hRsrTX4Pzqwa9Uq1fVdJl6WOyWIrj2VEUDosq9LpudzULx+5/9KdW0bs/lPx+B9MG+EZ"
    "+QUtS47Ir8b0uOeY/Cc2Q+wvfj/wF6eYJ0Ou5GyrZNhrLQP5a/VKH2ywOXrUpmhYY1Sqcb"
    "HP+7c6ysC518hIdOhQxUHsVdmCiMZkG9jzNenpXArH9srl3tVK2c3ldTPLnHOnrLrlbJ4m"
    "L7u80l1uo3tzO1tCVFIajKrcy9jipVmFGZtOMrSMiFQTTLNRItzL41LrZXvUegmHmtCOmY"
    "ZKCnngo1LNw7kUh5q0h0l7mLSHZdnDviAbTzkPYz9bxCGnGMYSZQ42WcjuQ6XXUdLSVlar"
    "1/1gg62Mh3ATVChGISTSwNCx/W8wtVybMbti29jXIg2EuJuHGHSzeUE3QQsotNl8omh4hp"
    "xCJCwhWBbcjTL8snVgC6xjYg0c2CWcP0kpMqy0jVyZK19Y5PkYb7vS6590Wrxup4W0ZGf2"
    "ek16OZfBi/8019ju7Y6KSsNm1fq5wDEO5YachLfdpwaexPblbwo/SZwHIDXrxmjWC/azit"
    "DjoHwDeXEvz0nWveyDrHuJc6zrReOedVg3l8VJf5b0Z0l/1o7+rKph3CR3VsWwrbk3K35c"
    "UwrZTjnRaeO1TMnTpCThrtWrvh3hfvp01TqQ79YNI1A3o8FkNL5+BxihYXCL49+/kvH5z0"
    "M/3RTnOvhbH16l86tis3DZvq96qULSor0fXUjH0+06PSIozZxVM3PKYLfGagdVA7fm6sH6"
    "dNIUxSBydGm2ShA7KvXpy1qZwmFOAZ1Dyj4QmGLbocA7fBDwexGQ9l5kOIjBqgGHIothCl"
    "ktALOCrBQE/q7T5HWt+65cKijVUlC8kVZ8Y2pUTO5MjVHiZNSM8KcpRR0wUakqa4KVccNk"
    "hyfdGlDXX1eMUrdzerKaMviXTbPF7VX/8jIZniQDVZ6iK01h9ltdPeJIza0W/SttMtmTZX"
    "NtMlJfl/q61Nez9PXIBRkpKnv8Ao1srT15bcfTivsEEcBdfzr6juEDhCRw5uYDASYbLIDp"
    "3IjYpm4wHeA9S9KXXNXGNvh41R8A7IAFsmhSZd9ftVJZr5ayXqVNLo1W1iUXllxYcmHJhS"
    "UXllz4tXDh0CVTKUw4egVVNg8O3XyVkwWPCaOk6+O6uMfIsoCF2F9VNV1CD8GQ8Oo1j77+"
    "xQCeYtvbF/UX56sOSmHB+6tWsuBqsWAHsUWYKoio9tLyr+zOS4XTZBvoVSnljpbwC1KYNs"
    "VkJT2uMj0WZ6IKZYb785N9fY5nmbNYUrZBWwK+73S63dNOu3tydtw7PT0+a68mt2TWplnu"
    "fPQTn+giPSwPBpBqSowfvpSaUnv+sNPO7KcUmuDi1pLVmRfthHKUmd323qRdypy2ASfj8u"
    "YNu3Cy75B+Wn/pU2CwCYBpESisXgBINOAfS/aex8JRuEAOQNMpUqlndX9gyokInuMGWvZh"
    "sHwOVVKZKekZqffVBmM+OFJN3lUrz8KrkGqTJ14sO1wsES1G0INS+EbEiFDz9gOVcisix8"
    "xiQBW7STUs1ECg23lwbmfD3E5EmcpYvdegoEvFMPsNk4qh9F9J/1VlVL5n81/1kY3VeStF"
    "IfRzDjapgHBdRp6+UKfX+WCD8nSP7ODCxbyMMyTSQOWpFL8Qf6kKIOwXbyC6R+08fJ6Vyj"
    "6rop1g9NwmlXrq1c+34+tMZxtNP/JKwyoF/wEdO3Vc/TeAy8GIsLjEdebxm8tj9IxXcL6r"
    "4XjXxezxfz+iKMA="
)
