from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "public_id" UUID NOT NULL UNIQUE,
    "username" VARCHAR(20) NOT NULL,
    "username_key" VARCHAR(20) NOT NULL UNIQUE,
    "email" VARCHAR(254) UNIQUE,
    "phone" VARCHAR(20) UNIQUE,
    "password_hash" VARCHAR(255),
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "users"."status" IS 'ACTIVE: active\nDEACTIVATED: deactivated';
CREATE TABLE IF NOT EXISTS "profiles" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "nickname" VARCHAR(64),
    "avatar_url" VARCHAR(512),
    "company" VARCHAR(128),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "profiles" IS 'Optional details a person may add after signing in (statement §1a.4).';
CREATE TABLE IF NOT EXISTS "external_identities" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "provider" VARCHAR(64) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "login" VARCHAR(255),
    "nickname" VARCHAR(255),
    "avatar_url" VARCHAR(512),
    "email" VARCHAR(254),
    "access_token" TEXT,
    "refresh_token" TEXT,
    "token_expires_at" TIMESTAMPTZ,
    "linked_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_external_id_provide_c54959" UNIQUE ("provider", "subject")
);
CREATE TABLE IF NOT EXISTS "sessions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_seen_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "authenticated_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "ip_address" VARCHAR(45),
    "user_agent" VARCHAR(512),
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "verification_codes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "target_digest" VARCHAR(64) NOT NULL,
    "code_digest" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "consumed_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_verificatio_target__0945df" ON "verification_codes" ("target_digest");
CREATE TABLE IF NOT EXISTS "security_events" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(48) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ip_address" VARCHAR(45),
    "user_agent" VARCHAR(512),
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_security_ev_created_6e5dc4" ON "security_events" ("created_at");
CREATE TABLE IF NOT EXISTS "processing_limits" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "purpose" VARCHAR(32),
    "created_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "processing_limits"."kind" IS 'RESTRICTION: restriction\nOBJECTION: objection';
CREATE TABLE IF NOT EXISTS "role_grants" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(32) NOT NULL,
    "granted_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_grants_user_id_511588" UNIQUE ("user_id", "role")
);
COMMENT ON COLUMN "role_grants"."role" IS 'PRIVACY_OFFICER: privacy_officer';
CREATE TABLE IF NOT EXISTS "privacy_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "details" TEXT,
    "purpose" VARCHAR(32),
    "received_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "extended_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "erase_after" TIMESTAMPTZ,
    "reminded_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "privacy_requests"."kind" IS 'ACCESS: ACCESS\nRECTIFICATION: RECTIFICATION\nERASURE: ERASURE\nOBJECTION: OBJECTION\nRESTRICTION: RESTRICTION';
COMMENT ON COLUMN "privacy_requests"."state" IS 'RECEIVED: RECEIVED\nVERIFIED: VERIFIED\nIN_PROGRESS: IN_PROGRESS\nEXTENDED: EXTENDED\nCOMPLETED: COMPLETED\nREFUSED: REFUSED\nWITHDRAWN: WITHDRAWN';
CREATE TABLE IF NOT EXISTS "privacy_exports" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "document" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "request_id" INT NOT NULL REFERENCES "privacy_requests" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "privacy_exports" IS 'The package an ACCESS request produced, downloadable by its owner for 7 days.';
CREATE TABLE IF NOT EXISTS "privacy_request_events" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(32) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "actor" VARCHAR(16) NOT NULL,
    "actor_user_id" INT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "request_id" INT NOT NULL REFERENCES "privacy_requests" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "privacy_request_events"."state" IS 'RECEIVED: RECEIVED\nVERIFIED: VERIFIED\nIN_PROGRESS: IN_PROGRESS\nEXTENDED: EXTENDED\nCOMPLETED: COMPLETED\nREFUSED: REFUSED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "privacy_request_events" IS 'One step of a request: appended, never updated.';
CREATE TABLE IF NOT EXISTS "erasure_tombstones" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "digest" VARCHAR(64) NOT NULL UNIQUE,
    "erased_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "access_log" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "ip_address" VARCHAR(45),
    "path" VARCHAR(512) NOT NULL,
    "method" VARCHAR(8) NOT NULL,
    "status" INT NOT NULL,
    "response_size" BIGINT NOT NULL,
    "referer" VARCHAR(512),
    "user_agent" VARCHAR(512)
);
CREATE INDEX IF NOT EXISTS "idx_access_log_at_406e85" ON "access_log" ("at");
CREATE TABLE IF NOT EXISTS "policy_versions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(32) NOT NULL UNIQUE,
    "effective_at" TIMESTAMPTZ NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "material" BOOL NOT NULL,
    "url" VARCHAR(512) NOT NULL,
    "published_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_policy_vers_effecti_40aa1d" ON "policy_versions" ("effective_at");
CREATE TABLE IF NOT EXISTS "consent_records" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "user_id" INT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "granted" BOOL NOT NULL,
    "policy_version" VARCHAR(32) NOT NULL,
    "policy_hash" VARCHAR(64) NOT NULL,
    "wording" TEXT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "client_network" VARCHAR(64),
    "user_agent" VARCHAR(512),
    "client_digest" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMPTZ NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL UNIQUE,
    "row_hash" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_user_id_854ca7" ON "consent_records" ("user_id");
COMMENT ON COLUMN "consent_records"."method" IS 'SIGN_UP: SIGN_UP\nSETTINGS: SETTINGS\nBANNER: BANNER\nGUARDIAN: GUARDIAN';
CREATE TABLE IF NOT EXISTS "age_records" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "date_of_birth" DATE NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "age_records" IS 'The date of birth given at sign-up, kept beside the user rather than on it.';
CREATE TABLE IF NOT EXISTS "guardian_approvals" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "guardian_email" VARCHAR(254),
    "guardian_phone" VARCHAR(20),
    "requested_at" TIMESTAMPTZ NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "guardian_approvals" IS 'Whom we asked to consent for a child, and whether they did.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXVtz4jgW/isqnnqqMl0JIUlvamurCCEZZrohRUhmdiZTLsUWoI2RPb6QZmf7v6/kC/"
    "ge2zEg1HrpduRzZPMdWTo3Hf3dWhga0u2Pd5YxxTpqXYK/WwQu2EXy1hFoQdPc3GANDnz2"
    "mFqmT+Q1wmfbsaDq0PYp1G1EmzRkqxY2HWwQRj3yrqAONORArNsAAhNZtkHAAq4A1DQApw"
    "6ygI1nBJMZwAR8sB3ooAUiDnhyj4/hxQn82PnhI3ueZqj0gZSu+a5dgv9ykeIYM+TMkUUf"
    "8MeftBkTDX2lPzb403xRphjpWgw9rLEOvHbFWZle24A4Nx4he+tnRTV0d0E2xObKmRtkTY"
    "2Jw1pniCCLviDr3rFcBidxdT1APkTYf9MNif+KER4NTaGrM6Ewbv8FNm0tRRmOJsp9f6Io"
    "rZTAQo4I0EGTahAmbPqqtvfrZ+wVfmyfdC46n07PO58oifea65aLb/6jN8D4jB48w0nrm3"
    "cfOtCn8DDegEqw+uJdp6DtzaGVjW2UJ4EwffUkwiGeEYgDANcIhyQbiDfDfBcYL+BXRUdk"
    "5szpn+edAkAfu+PeT93xh/POD+yBBv0q/c91GNxpe7cY5huM4ZKibymupVdBOc4lHs5nJ+"
    "0SQFOqXKS9e3GoVWNhQrKqgnOERTyQT9qfSoBMqXJB9u7FQXZNjcGhQCeN8zW94+AFysY6"
    "zpmAWwtYP4YXJcBPTdb7Rt9CUBsRfRUMjALwJ4Mv/ftJ98sde9zCtv/SPfy6kz670/ZaV4"
    "nWD+cJOa07Ab8OJj8B9if4fTTse/AatjOzvCdu6Ca/t9g7QdcxFGK8KnT9jmAUNm/ePiJ1"
    "G1lKpTU4wvH2QlxGuAe/EjPdZvoSWYhZwzNUX16hpSmpO0bbyFy0GbBpOYwImhj0H08YA/"
    "rukKhZa3SghT4EnRyUEL6FYyxs3Tzfgq9rpTE69Ogvp78XOf4y0L3vda/7rW8x4OM4s1uL"
    "9iLZAgmceb+XvRl7jyiOGVp+iG++is9espx+n4+P1Kf50qdN91nHauY8+fAwuM4GN8aUwN"
    "h1sfaRsW7nW239c+oSlaEIvCexfzr/am33882C1lNETv31LbpyeT/9W2olqmqzRHlqqXnc"
    "aRoxPa99XELNax/nannsVjbIyguqpE4n+ZoBe79zxpahRguIK5mGa4ZGDBaesD0rY3xTqn"
    "x0z1Lmt0khqjRXrBmEg7fxoWtC2341qAo1h/a8EsZJRvFs7/bZWanBfFYwmM+SgDPPqmtn"
    "I90n7iKl/MdQ33Dvbg1sUcUWL8N3KYt5q9ubDB77l8DnfiLXfa+FGsLXl0BDXrP3pjUkc3"
    "JeximStLUjPpHzlN+J2v31XCJxTukS4cUlEkwtEY+Ih5p0hAkt9TxHWAXHTdTARsTBDkYZ"
    "8/VVwHvzyxjp0EM3PRACT0L/q8N0an3g97c6wOGQ57eJr23Itmm/70Tr3u9FXJBU16KDQE"
    "FLxPjeiZXfWZ/1dXj6VinATMtQ2ZAgM0XHC/xeyO7W3X1mvYk6zCxDf++0NaZd3Fqwnqv/"
    "EDBCX03Dev94onqsuup7fYmKlOn/SMVC9J3thiAb+52JhFk66FMQp4hNcWFCUTaqYWio1P"
    "QWdiXgWgBniI5B1bAy3PPVserOKFHYmYBozVwKB4ZEgSYdYUuY4aOsDtpt0Gk30qcg2FUM"
    "HKbU+owgYpbqnx9QRAG1Erc8mg0v/sGmmyV9gucxst3n/yDa9Z8y6rjPqGNEIqU9sBEeAS"
    "NizafxhUO9AsYRFgEh3oqDWzdmmFTBeM0gIwilAJYZvzuBWSb97izpd8/xc64A3koEHarM"
    "5UW1wBeUMTVPqNqZM5oTfCLAXRTI6P82icUwQlA/fOn+9kMsjvF5NLwNySNC6H0eXSWwt9"
    "DUQva8OvgpRol+dfQ98BT01cQUyxpxviz+BqJ9ByQVvoN76ZiujslLrZBujFFGdHkReqk4"
    "/v63NuxbuNvY3PDWhoUbw0J4Rn5Bqy1vWeBjemx408Ibu0Wa2+AQBtQz3JORWHu+VzIa1p"
    "c7HQ7qkz4q8Dn6qk3VvM84l3DJ4c17HWVm4feokejQdhQb0U+lhiKa4BVQ8gci6VIGR33j"
    "snGzUop5e2KmN+csKKvWnM2z+KXIuRa5hZZGPV9CnFM6jHiWMjYZNe0wZ1dOjpUR4xLBNR"
    "tXhDtlQmqd/IhaJxVQ86xjaqGSShH4OJd4OG8loCb9YdIfJv1hef6wR2ThKdPD6M/u0aZW"
    "hmMsRXNU5CFbRqgpLNo20vakr2yPvjJ1DglBlXIUIiwCpo41vwPXdC2q2VXb579hERDi0z"
    "KKwWm+XnCaUgscaNH5RNHwLNh2Udrpm2TcFtxCOX7pOlAD6wSbgAN7CwU6HQctzKxtSbkr"
    "X5RldxrvMdfrnwxafN9BC+nJzpX6gUi5lMOL/TR3Ue/rjrNKxyZvcq5Q52K7KSfRugSZiS"
    "eJwgVF6SepggnSshbGsn6hP6uKehzSC6gXd8qU+u7kV/rupAp9H5Yat9NhLa4WJ+NZMp4l"
    "41nvjGfxhrFI4SzOsD3waFaynlWGsp1R8qrw3Kp0uS2pcB/Up15P4X67/OwhKN+tMVWgxo"
    "PeZDAaXgKq0FC4vfr4T2R09XM/aDe8ug7B1ofvMvjF2Sy87djXYZlC0qPdjC2k42k9occY"
    "pZuTNzenTHYT1jrgDdwDNw82RVwzDINYhdd8k4DVklVmjG4r5ejC8cUeI+vQ7dU48ERQ0z"
    "gIebk2Du7Gg8du79/K6OZm0OuPL0FY2daYTrHqj8P9K6vet1ZLb4lzSmWVF01GVrGQioxU"
    "ZN7n54zWWc/0ciYKsRf5OP1JP1IA/k2lpjWZI2DSn0JfD0ACur1e//4eBBXR6TpiaK6KtC"
    "OgGa9EN6DGHgaeVwA7NqBNyAJTwwIXQIMr+2NynWm+d+l35Uu1yqn/9kaljeYUKqGLbNA3"
    "cBeZkdj8+npRHp511kacOtuorWfSuaoK4CG9BLsG2NJ/nT+5iGsSyIzsWh8gR1Iu5cIO1L"
    "xqxl+cSdp/GdtYpEUtLepDsKgz5oIGUBX2mK0kvvGZkEOnRSiCfK9FREhvuy2ip7DJzKyD"
    "mkuPCjwEwmdm+U6ty8C59UTGLBvrZtDr+jlZsT+fSH/cvX8Y9y9BcBHL31pfsl4i+V6RP+"
    "qEcprP7GInttcOqa2ZuRYrlVt/8MiOdQ+vnshjf0xFydrCqycyGCp349Ht2BsDkT+oqH+b"
    "9IfXjDq8eiK90Ze7z33vtPj1JRP2zcO9/yjv4okw7fx63P2VCn99yYfoNeRArGfswijwSW"
    "1YREjq27lHSqZRbjkybSEV4WXNmogxVumS4NoloVHNsLqMN1xSvFyL169YVus7TrDK5Fie"
    "5cxOlKUo1pFzglXKmWc5qzpVYmpFh6KMUsY8y5jCbtPldepk+Vzf+JbjrFLOPMvZQgtcc8"
    "5OsEo58yxnGdLPFbPAIX0Zk5QxSQ5iZu/I8o2lp4T5s3G0rwLGm1/GSIfhPuvCMOUmb1cQ"
    "xOO627p22buBCkKF68pposC1uzhsblW6HIRLR2SrlKhrjQgCtoNMYEwBDDO9LwF9mGd2Hw"
    "FCe7OAa7J1XEtnjNfglxFfviK+cF2Comy4YsPBc0iQm3CFjL5+t9FX+qUYGXpg4adlZHlH"
    "uBJ3zS9rS/Aq1Y2ZFJ8sz5bOWyVG1qyVnzYQ0osQwZYbK7gRhcBeGJlxvxNfjExmFiiZuW"
    "9B27XQxFhQ29YgqJVhQadojorMZ+RTU4M0IJcpzWIZuLK6+zbzSyufLdX0sVJC7yn3Yua1"
    "EmeijFIt5F0tTKkv+1lduyoru/zZmPWJY62y1tYEReHKCj1aRTdmckUVakWtPh2JeoTHgU"
    "w7pVJB5Jkduzmzw4S04woIh/QC6qNbOahjQRcJo5LGv+EQEOMyBzrln+eUOs6JBaTcKoec"
    "bhiksyrDzU5nTpM+ASk2/m+Gv/0KzwpcgQlWkQD+R7t9enrRPj49/3TWubg4+3S8Rjp9qw"
    "jyq8EtQz02vrPEMEVWVs5W/qwRYRFv2dveEUrytKptQc2JEXln6FhdPSLL9mFJZzjFCI4K"
    "c5s8UmXp00rPrFh25HIzBMpOBhEW4dyHzaceoemUnTC0rLONNskrjXeejXf60xy6QipzaF"
    "cyLpN8AhpAzXvlHfS1UpXXkF4IcHedG7Og0FgY6hm2kWHoCJIcmz7ClsD9mfJtC/h1y26R"
    "vxqNPseQvxokoX34ctUffzjxxECJsJNjCblWBtQF2rmVBfFhDu0dmECm+6xje14rppfklW"
    "E9XpZozsN6PeYlIs4YqYYVN2syCY6KLDLVJ1Usj1ZaZGJZZFxuDD08gPdaDYy7OX03B1VV"
    "1A8jXDtUD/ejlzeoHcYdcpWGdYpTju4SozuArapdn2ATEOrmzfpXqtCw56dgzrfsIyxCQL"
    "xz474gVv/25sjDiNu37ge3Q+Xh7hIEF0+EUk4Gw9t72hRcPZGr7nDIDoP0/38itw/d8fWg"
    "O7wE4VWrxlfSfMavqmOm/xPk0MH/UsnXmOIUL5jX/Kwkg6Y7c84EA7R6TnuKkef5iJuRrS"
    "EV1ysxFucU0A92IH6vUqEp00LL6vprlEm4SG/z35JFZVIV4yiPnLByQObEhdudoXz37ebm"
    "UeF+jBmq5Lb1zoNlkyir7vOMLWcOZniJCIAOsPGM/OiaR+AFmQ54Rjadj4FD6ZniAeiYmd"
    "P/nDkkwCAAO9lnzTbYt3Qk8+VIZqJVjKniiTZ7ec9Z2pOMRav7Ac5RBaiy1Zq/w+MOfpi+"
    "awZ/q6TjiKCJQf9JOSqaLei4VyGUrRpQrZzju5bDW5d2gSHpmqZlLKGetSqmaAoXx1lArc"
    "CAvOQa+evcWIBXBKD9gjTgGCAIkHpHoUOgzrGuHQFINPA6R8HKhVZAwxnV9N7Zl1wD+VoD"
    "10MKLSCulFST5hTPg9M+K6OfU6pcBd27l4gFhsCZ86DwR2XI15wCQn5cBvHjfMCP00cxeY"
    "ViataJj/NKNw7Xbhz606bYWtSrUpbglWcC8CxpaXRIo2PvQuDQ6OgiC6vzVpYDzr9TaGDA"
    "DY3MlzykT7lIxedhBxtfKuZZmXoZlKpAq09VzGAfVQWEA3IB0T05LqPBU6r8fI7jlA4fbA"
    "FLI/zz/WhYuGssS5XDqgP+B3R8yPUxs8BlYMQUuFT6UzLTKaGZsQ6u9h1Q+vZ/gXdNjw=="
)
