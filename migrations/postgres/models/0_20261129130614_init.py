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
CREATE TABLE IF NOT EXISTS "role_grants" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(32) NOT NULL,
    "scope" VARCHAR(80) NOT NULL,
    "granted_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_grants_user_id_951dc2" UNIQUE ("user_id", "role", "scope")
);
COMMENT ON COLUMN "role_grants"."role" IS 'ADMIN: admin\nPRIVACY_OFFICER: privacy_officer\nMAINTAINER: maintainer\nMEETUP_ORGANIZER: meetup_organizer';
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
COMMENT ON TABLE "pending_contact_changes" IS 'At most one per account and channel; it takes effect only when the code comes back.';
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
CREATE TABLE IF NOT EXISTS "processing_limits" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "purpose" VARCHAR(32),
    "created_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "processing_limits"."kind" IS 'RESTRICTION: restriction\nOBJECTION: objection';
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
CREATE TABLE IF NOT EXISTS "sigs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL UNIQUE,
    "description" VARCHAR(500) NOT NULL,
    "mailing_list" VARCHAR(254),
    "repositories" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "sig_maintainers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "gitee_login" VARCHAR(100) NOT NULL,
    "sig_id" INT NOT NULL REFERENCES "sigs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sig_maintai_sig_id_ebe21d" UNIQUE ("sig_id", "gitee_login")
);
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
    "eJztXelT4zgW/1dU+dRdxXRBCMcwU1MVQmCyA4QKoad3himvsJWgxZE9PkJnd/t/X0m240"
    "sOdsjhqPWhG0fWk+3f0/EuPf23MbEMZLqf7hxrhE3UOAP/bRA4YRfZW3ugAW07vsEKPPjE"
    "iRp2UIkXwifXc6Du0fIRNF1Eiwzk6g62PWwRVrvPr6AJDORBbLoAAhs5rkXABM4ANAwARx"
    "5ygIvHBJMxwAR8cD3ooQkiHnj09/fhyQH81Pr4iT3PsHT6QFpv9U37BP/tI82zxsh7Rg59"
    "wJ9/0WJMDPSVfmz4037RRhiZRgo9bLAGeLnmzWxe1iPeJa/I3vpJ0y3Tn5C4sj3zni0yr4"
    "2Jx0rHiCCHviBr3nN8BifxTTNEPkI4eNO4SvCKCRoDjaBvMqYw6uAF4rKGpt32h9p9d6hp"
    "jRzDIooE0GGRbhHGbPqqLv/6MXuFH5oHrZPW6eFx65RW4a85Lzn5Fjw6BiYg5PDcDhvf+H"
    "3owaAGxzgGlWD9hV/noO08Q0eMbZImgzB99SzCEZ4JiEMA5whHVWKI426+CYwn8KtmIjL2"
    "nunP49YCQD+3B51f24MPx62P7IEWHZXBcL0N7zT5LYZ5jDGcUvQdzXfMKiinqeTD+eigWQ"
    "JoWqsQaX4vDbVuTWxIZlVwTpDIB/JB87QEyLRWIcj8Xhpk3zYYHBr08jhf0DseniAx1mnK"
    "DNxGSPopuigBfm6y3jb6DoJGn5izsGMsAH/Yu+neD9s3d+xxE9f92+T4tYdddqfJS2eZ0g"
    "/HGT7NGwG/94a/AvYT/NG/7XJ4LdcbO/yJcb3hHw32TtD3LI1YrxpdvxMYRcXx2ye47iJH"
    "q7QGJyjeXojLMHfnV2Im24xeEgsxK3iC+ssrdAwtd8dqWsJFmwGb50OfoKFF/+PM6NF3h0"
    "QXrdGhFPoQNrJTTPgW9bGoNH6+A1/nQmOy69Evp9+LvGAZaN932hfdxrcU8Gmc2a1Jc5It"
    "gQSO+feyN2PvkcRRIOVH+BaL+Owly8n3xfgoebpe8rTtP5lYF86TDw+9CzG4KaIMxr6PjU"
    "+MdD1jtfHzyCc6QxHwJ7H/Wr801jt8RdByQeQwWN+SKxf/9G+5laiqzpKkWUrMq52kkZLz"
    "mvslxLzmfqGUx26JQdZeUCVxOku3GrC3O2esGWo0gbiSajgnWInCUidsj8oo37RWMbpHOf"
    "XbphBVmivmBNLBu/Kua0PXfbWoCPUM3edKGGcJ5dO9m0dHpTrz0YLOfJQFnFlWfVeMdJf4"
    "k5zwn0I9pt7cGtiggi2eRu9SFvNGuzPsfe6egYD6kVx0eQlVhC/OgIF4MX/TJThzcFzGKJ"
    "LVtRM2keOc3Ynq/cuZRNKUyiRSF5NIOLUkLCIcNWUIk5rrRYawCoabpIKNiIc9jATz9XlI"
    "e/nbAJmQo5vvCKElofvVYzK12Qvam+1gdyiy26TXNuS6tN13onUftCIvSLrv0E6goSlidO"
    "/EKmisy9raPXmrFGCOZb53AA5oE1cOXM5ovQsYTUZQ87D+gt7boW5GcMjbkRUpB+nWFDkz"
    "Ws14d7cK2+rQn7LiZSNi0EZYLY/K7Jr+DMn4vcDdBY12gjY7vElpAXQsna1oFEMTT/B7B+"
    "jdvLlr1pqsqKGvtuW8HyuqYuqzLm9LVqTs4CM1B9F3dlcE2SBoTCbM8v7YBS7E1PCNYv3E"
    "qEZe21JDN2pKQjENjpHGFldH4DmrjlV7jAbzxiREa+xTODAkGrRpD5tCgfugOmhXYaPtRJ"
    "sSYudZnq2NqOBgCYIoqqM2pM1dzluTBK+KMRA5C4UgHkJkxSiOjUBhbS1tRFltpMSfbHqe"
    "0idw1rn+078RbfovFUCxzQCKBEdKO5MSNBI691cfkRx19QoYJ0gkhHgtvjrTGmNSBeM5gX"
    "KGlgJYbV7YCMxq/8LG9i9sORSoVgCvJRgI6sz8RaXAFySYmodU7CzozRk6GeBe5JPtfhmm"
    "3LERqB9u2l8+plyy1/3bq6h6ggmd6/55BnsHjRzkPlcHP0eo0K+OPgdPQ19tTLFcImRBRL"
    "+CwIUd4kq94xTy4SkmJi9LRaekCFVwSl2YXiokafu7tLbN3HXs03pr79Wl5SA8Jr+h2Zp3"
    "X9Vjelzx/qs3Nr6tbq9WFBskME8mwoaKrZLJCCW1aWunhvTeAptjINpUDWFPU0m3z2X1Vk"
    "cVJP09SiQmdD3NRXSoLCGIZmgl5PyOcLqUwrG8crlytVKxeX1spjefmVNWX3I2F9Erltea"
    "5Q6aWsvZEtKUymBUZy5jm9WmDRZsMCzQMlJUMphm04Jwq4xLrVXsUWvlHGpcO6YaKqnkgU"
    "9TyYfzWhxqyh6m7GHKHlZkD/uMHDxichj9bL4LRWAYy9XZW2QhmyZqx3tklK1sp4b73gJb"
    "GdvAQ1ClGIUEiYShY6tPJmD7DpXsqqUsiUkkhPiwjGBwWCwXHObEAg86dD7RDDwOt6mUNv"
    "pmCdcFt1SGX7oOLIF1hkzCjr2GXMOehya2aBtX4cqXJNmcxLtf6/VPOS2+b6eFsmQXcn1H"
    "uFzK4MU+zZ8sN7rTpMqwWTc+V0jZs96Qk2SKFWHgSSYHy6Lwk1zuF6VZS6NZv9DPqiIeR/"
    "UllItbZU4taBUfWtDKnVmwW2LcRru1vFKc8mcpf5byZ73Tn1U3jGVyZ9UM2x33ZsVp+gRi"
    "diqHX7GIzbIFamNWby35JqLuxR7D/rq6RfuNyjixTbk74kV+3Xo7oXZEW2cZvNG+uOndng"
    "FoTDB5JHeD3ud2559a//Ky1+kOzkCUAcwajbCOnEdy06ag0X/s5oSxgf7j5d3u8OFO6w+u"
    "2re9P/hdhDzf1ixnDAn+T9C1t+/cCQZVBUlkTrDBrOiNjcggp2Uy/p8WZ/w/zWX853PjUo"
    "pUmlJCy6jEmpQKo5JK7qwbuDsueMbZBgWCZyoVYbHgGec/LHnk8/AZATZZAmsEnrDjPYMx"
    "niICoMePYv7Bt/fAC7I98IRcbCBAhVDA8AO0X1B5lP6GBFgEYC9/5vOK21aW5npJvIy1VN"
    "zTOGvFy7gY4BzholV8d+chEapsFd66LUa+bvouL506EbWWJ6Lm8sgKVkVRrtnixTGX7rbk"
    "Gvn7szUBrwhA9wUZwLMAgwkRD4wsB0CgP2PT2AOQGOD1GYUrF5oBAxv5NfGdbak1sF5r4L"
    "xLVU65lqeUz3exltxrc+Aqn8iYp5QQ8pUfzhim9F9y22aaVkJzzY6YZ8oGso2ws3QkW4pW"
    "hbLVmdNK6VBKx9aZUEOlIz55TKBtpI4lK1YzMsegva1f3DmWNWLWLo+bwOg06lJ9gB8GAd"
    "gJx8j4id9wEYXKAHQ9tSlOkLYCcKQ4hDnF8grHqhtXGki9NJCgp1VPO5YmU3nHMnJwfk8U"
    "j5bWqobXpqnq7OCvTZBt8eaz+wk0ze9rB9ph8+R4PmWwH4tmi/ub9vV1fvOZ2ob0lggii0"
    "y/1CHirtLZdoK/u7X5QMXMvM12FTOzNV1dxcxIETOTOvxaFK+dORx7Qch27kjuEsEziAB2"
    "CLKJfqD4AE4J3GfrlYWt6IgFuiDiWOaE6gA/0SJzxlRt7IBfb9odgF0e/SKIm1lZs0pZr5"
    "eyXqcUJlIr60oWVrKwkoWVLKxkYSULfy+ycOIIcYEknD5gvFgOTpxrXlIK7hMqksbJ2JnH"
    "yLaBjehfXbd84n0CXcKaNwLx9V/JUIF/MXnVRQIpeHXNKim4XlKwi+gi7GmI6M7MZpBUEI"
    "VFtBJ6VdZyAq8K7/lexGN+4g1XZpg/P8/rczwunMXytBIlfPix2Tw8PGnuHx6fHrVOTo5O"
    "9+eTW/7WolnuvHfFJroUh1XaR6WmZORDFVyngutUcF2I4x0iBn3ljkU8qlBQGY+MhUZ7Yb"
    "2FSosdULCvZSSazmlK6i9tD0zoBEC1CJRUL/gmnDDp/E8sFs6DL8gFaDRCuhdY3V+pcsKD"
    "55iBlv43ofcZVHllZk3PWJgdJkqYr/LCqJMOaqTalIkXKw4Xy0WLEfRaffNVikjCTUDr2H"
    "fFMKu85SpFJCHQK99tpWL13pJo6q4hKP+VUgzrqxhum7nKf7VrKt/G/Fd3lon12WfkuMF3"
    "5/XCVIW9hQohr6pNg7oqx71cOtU07gJlBdEEiXThU6vPfRkYIPAULSOHZmjly3W/IxJJOU"
    "HUIh7boVZ1/2CWTkJDxeqjEj30VTCchrS0YJNmWF8KcBeNmu6XYWrARCB+uGl/+ZgaNNf9"
    "26uoegL0znX/PAP2hELjYCiwC51blokgEWOeJMvg/kTp1gX8vGSzyJ/3+9cp5M97WWgfbs"
    "67gw8HnA20EvYKfJ2+U8kEF1aXomtv4MQG238ysfu8lMkgS6uMBnVZoouMBu/yfq5OI+sE"
    "uemKs9KmK+wt0sjCPHeVstMqjWxXNLJaWrZ2D2B1evcGldzwJIGK8mGCaoPi4Xbk8hVKh2"
    "mDXKVunaNUvbtE7w5hq6rXZ8gkhHr1av0rFWjY83MwF2v2CRIpIN64ck/FPqtg48Db5y3F"
    "1HUGv3Hfu7rVHu7OQHjxSGjNYe/26p4WhVeP5Lx9y89YCv4+kquH9uCi1749A9FVY4lRcn"
    "BcYpQcZNWieJSwW5lYaBMz+Z8gj3b+l0q2xhylfJEka9kCrY7T3IxxJuygS2zszxLWeT6q"
    "Tc82kI6NpSxhaUoJ7WA7Yvcq5ZqyHTStLr8miaTz9K5+LDmUJ1UxTtKoCasA5JqYcO8cS2"
    "fZe8n4Gk+wMK1xtsrewsCaeWXNZLWVIXcX7YzFhtzi/LZvq1W7kOW2MaDr0qDXGfb6VEOi"
    "qxWFW2f3Hkn//B/dsNx6+jfipfVQnbZgDK61EL96a5mKxy6GXi7XamqbPB4tx/QUoUqFUG"
    "ctopaeSRVzr2Lu6xFz7+Ap1Gfdr7blFCgHyQpvqAa8qoZ43QrnD9v0U+jrAUhAu9Pp3t+D"
    "8NwwQLUNw9eRsQcM65WYFjTYw8DTDFDNA9Ai5PAjSk6AAWeu+ATilbau1JV6qSue9YIqeZ"
    "PnBMo29Lad1dL9idB/UOzYTNLUWQ+srWfThmOBolcMeFRfgb0E2ErtK55c5FX71B77pQZg"
    "jbhcSvMLxbxqyl+aSOl/oo0eSqNWGvUOaNSCuWAFqIYK8SBuUFJ80zNhDY0WEQuKrRYJJr"
    "1ttgi/Vzk05bIQSO/QDIxaZ6Fx65EMmBPzstdpB67M1M9H0h207x8G3TMQXqTcnvNL1krC"
    "TZr4UQ+HKOWXV+AOfZurc+Jas5Xyrdv73L3gHORXj+Rzd0BZycqiq0fSu9XuBv2rAe8DiR"
    "+U1V+G3dsLVju6eiSd/s3ddXfICueXjNmXD/fBo/jFI2HS+cWg/Ttl/vyyHqw3kAexKTgc"
    "doFNKiaRwRe+cYuUij5Yc/SBg3SEp0vZoTKkyiRRa5OE4S+TUSemUuytNXunyMH0Q5YZxx"
    "lSFVNSZz5TSQOR5XYgZEgVn+vMZ920ljtHMkWoeFxnHlPYXbq8jjyRzfWNsZwmVXyuM58d"
    "NMFLztkZUsXnOvNZufQL2SyxS1/5JJVPsgY+s3dE+abCU6L42TTa5yHh5W8DZMJoe9JCN2"
    "UctysJ4mnZbYrIioAKXYXdKdrJ0V8I1+b8sAF0bzpj5wiX9shqMZvLHUbMzq0E1gjAKNL7"
    "jB0dzNXuPUBoaw7wbbaOG+JThyvSK49vvTy+cL5zs6y7Iqaos0uwNu4K5X39br2v8wPkKw"
    "wtS2QdqRW7lxxZa4JXq67M5OgkOrJ5ZXGrxBLNWsVhA1F9GTzYamNFbVghsRVGRdxvxBaj"
    "gpklCmbuOtD1HTS0JlS3ZQelCjToXJ29ReozCmpThTSsrkKa5VJwi0OaxbjuQhhzbUTw6k"
    "k8V529U+o95dxnvlTgTJJQiYV1Fwtz4st2Vte2zrIVXlvjLvGcmWhtzdRYuLJCXlczrbFa"
    "UaVaUatPR+psy/qHgmCb1aYNClyExct5mkoG4096TW8dlVjTW0eFazq7lU1Z4lXL0RzWl1"
    "AeXUt6+UWHXYgR3o0DLpbE+LQEwqeF+J6KvFm+YIYoXFRjAmWsEpjZ6cxps7P+NBf/R2Bv"
    "P8fjBabADKlMAP/YbB4enjT3D49Pj1onJ0en+3Ok87cWQX7eu2Kop/q3iA0j5IhithbkdY"
    "9J5Fv21jIzqzNW1gp1TZTIezxuCDRHVry3SF108ViZXuVSFPnfCkM9qi+dZbC1X0aL2C/W"
    "IvbzG/vj16qAcIZsc/Juo7GZyXS/DNK0VvFkup/DegKxGRzhUc3UnaWTb+1qHpUxedNahX"
    "Dze1lZzLZc7FkORgJF4x/3/dsigSxNlzU3Yd0D/wMRM9bSyX8e+YRHR4InH5seJu4n9rxf"
    "1tX5F4DPcEqZnnKBKtmYlL20TYk1oAJVvlePREpuD8K3l+B6mlJxvS5cFxiE5/sfSqoQqe"
    "WRePQfct65uYSqCDfztnawM2xlW0kaNLHilUZ1oQqmZbi5Wm3sT/YIzlnsIcRcg5g0/lI6"
    "2hZ1tCQnKsi2GTIJDecHpVSJgwWqxEFelWAjrFI3jglksu6uK9YznF3eGecZmqp2DNqywZ"
    "1xj6pTYGcbOVh/Fq1f4Z2FCxeM6yjr4S6N5UUr05SKIBXNWwkSCVek5lGZYARaa4G1JReO"
    "wAZVBYTD6hKiu5b1nj7RE/q7is1YCZLNW7C2Eyu1MlvVVl1g3/4PZVsfFg=="
)
