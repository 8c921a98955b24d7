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
    "email_verified" BOOL NOT NULL,
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
CREATE TABLE IF NOT EXISTS "contributions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL,
    "source" VARCHAR(8) NOT NULL,
    "external_id" BIGINT,
    "title" VARCHAR(255) NOT NULL,
    "url" VARCHAR(512),
    "repository" VARCHAR(201),
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "merged_at" TIMESTAMPTZ,
    "cla_signed" BOOL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "sig_id" INT REFERENCES "sigs" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contributio_kind_c9b54e" UNIQUE ("kind", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_contributio_occurre_85e916" ON "contributions" ("occurred_at");
COMMENT ON COLUMN "contributions"."kind" IS 'PULL_REQUEST: PULL_REQUEST\nISSUE: ISSUE\nPULL_REQUEST_COMMENT: PULL_REQUEST_COMMENT\nISSUE_COMMENT: ISSUE_COMMENT\nTALK: TALK\nBLOG: BLOG\nDOCS: DOCS\nEVENT: EVENT\nOTHER: OTHER';
COMMENT ON COLUMN "contributions"."source" IS 'GITEE: GITEE\nMEMBER: MEMBER';
CREATE TABLE IF NOT EXISTS "contribution_cursors" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "repository" VARCHAR(201) NOT NULL,
    "listing" VARCHAR(24) NOT NULL,
    "seen_until" TIMESTAMPTZ,
    "last_run_at" TIMESTAMPTZ,
    "last_status" VARCHAR(16) NOT NULL,
    CONSTRAINT "uid_contributio_reposit_650e33" UNIQUE ("repository", "listing")
);
COMMENT ON TABLE "contribution_cursors" IS 'How far the import of one listing (pulls, issues, ...) of one repository got: the';
CREATE TABLE IF NOT EXISTS "contribution_tallies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "month" DATE NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "count" INT NOT NULL,
    "sig_id" INT REFERENCES "sigs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contributio_sig_id_656cc5" UNIQUE ("sig_id", "month", "kind")
);
COMMENT ON TABLE "contribution_tallies" IS 'How many contributions of a kind a SIG had in a month: counts, no people.';
CREATE TABLE IF NOT EXISTS "public_profiles" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "avatar_url" VARCHAR(512),
    "name" VARCHAR(64),
    "email" VARCHAR(254),
    "company" VARCHAR(128),
    "position" VARCHAR(128),
    "school" VARCHAR(128),
    "resume" TEXT,
    "visible" JSONB,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cla_checks" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "signed" BOOL NOT NULL,
    "version_matched" BOOL NOT NULL,
    "checked_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_cla_checks_user_id_d6b909" UNIQUE ("user_id", "email")
);
CREATE TABLE IF NOT EXISTS "mailing_list_subscriptions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "list_id" VARCHAR(254) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mailing_lis_user_id_a4e333" UNIQUE ("user_id", "list_id", "email")
);
COMMENT ON COLUMN "mailing_list_subscriptions"."state" IS 'SUBSCRIBED: SUBSCRIBED\nPENDING_CONFIRMATION: PENDING_CONFIRMATION\nPENDING_APPROVAL: PENDING_APPROVAL';
CREATE TABLE IF NOT EXISTS "meetup_applications" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "city" VARCHAR(64) NOT NULL,
    "event_at" TIMESTAMPTZ NOT NULL,
    "topic" VARCHAR(200) NOT NULL,
    "name" VARCHAR(64),
    "company" VARCHAR(128),
    "phone" VARCHAR(20),
    "email" VARCHAR(254),
    "state" VARCHAR(16) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_meetup_appl_event_a_8526c5" ON "meetup_applications" ("event_at");
COMMENT ON COLUMN "meetup_applications"."state" IS 'PENDING: PENDING\nACCEPTED: ACCEPTED\nDECLINED: DECLINED';
CREATE TABLE IF NOT EXISTS "survey_responses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "score" SMALLINT NOT NULL,
    "feedback" TEXT NOT NULL,
    "contact_name" VARCHAR(64),
    "contact_phone" VARCHAR(20),
    "contact_consented_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_created_c9c2a1" ON "survey_responses" ("created_at");
CREATE TABLE IF NOT EXISTS "daily_access_statistics" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL UNIQUE,
    "requests" INT NOT NULL,
    "visitors" INT NOT NULL,
    "status_2xx" INT NOT NULL,
    "status_3xx" INT NOT NULL,
    "status_4xx" INT NOT NULL,
    "status_5xx" INT NOT NULL,
    "top_paths" JSONB NOT NULL,
    "top_referrers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "trusted_documents" (
    "id" VARCHAR(71) NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "operations" VARCHAR(512) NOT NULL,
    "added_at" TIMESTAMPTZ NOT NULL
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
    "eJztXetz4ji2/1dUfOqpynQlJOlkM1tbRQidYYeEXCA9c2eY8jhGgDZG9vpBmt3b//uVZB"
    "v8jm0MCLU+dAfsc2TzO3qcl47+21gYE6jbH58sY4p02LgB/21gdUE/xG+dgIZqmpsb9IKj"
    "vjCmhukRsYvqi+1YquaQ61NVtyG5NIG2ZiHTQQam1H32SdXBBDoq0m2gAhNatoHBQl0BdT"
    "IB6tSBFrDRDCM8AwiDD7ajOnABsQPG7umpenWmfrz44SN93sTQyAMJXf1Nuxj924WKY8yg"
    "M4cWecAff5LLCE/gV/Jj/a/mqzJFUJ9E0EMT2gC7rjgrk13rYuczI6Rv/aJohu4u8IbYXD"
    "lzA6+pEXbo1RnE0CIvSJt3LJfCiV1d95EPEPbedEPivWKIZwKnqqtToVBu7wU21xqK8tgf"
    "KcPOSFEaCYEFHCGg/Uuagamwyava7NfP6Cv82Dy7uLq4Pv90cU1I2Guur1x98x69AcZjZP"
    "A8jhrf2H3VUT0KhvEGVIy0V/Y5AW17rlrp2IZ5YgiTV48jHOAZgtgHcI1wQLKBeNPN94Hx"
    "Qv2q6BDPnDn5+ukiB9AvrUH759bgw6eLH+gDDTIqveH66N9pslsU8w3G6pKgbymupZdBOc"
    "olHs6XZ80CQBOqTKTZvSjUmrEwVbwqg3OIRTyQz5rXBUAmVJkgs3tRkF1zQuFQVCeJ8x25"
    "46AFTMc6yhmDe+Kzfgw+FAA/MVkfGn0LqpM+1ld+x8gBf9R96AxHrYcn+riFbf9bZ/i1Rh"
    "16p8murmJXP3yKyWndCPi1O/oZ0K/g9/5jh8Fr2M7MYk/c0I1+b9B3Ul3HULDxppD1O4RR"
    "cHnz9iGp29BSSq3BIY73F+Iiwj36lZjqNtPX0EJML7yo2uubak2UxB2jaaQu2hTYpBz6GI"
    "4M8h8TRpe8u4q1tDXa10Kf/UaOSgjfgj4WXN0831Lf1kpjuOuRX05+L3S8ZaA1bLfuOo1v"
    "EeCjONNbi+YifkXF6oz9Xvpm9D3COKZo+QG+2So+fcli+n02PlKf5kufNt0XHWmp8+Tzc/"
    "cuHdwIUwxj10WTj5R1N2O18fepizWKImBPov9d/KOx2+GbBi1TRM699S28crGf/i2xEpW1"
    "WcI8ldQ87jSNiJ7XPC2g5jVPM7U8eisdZOUVllKn43z1gH3YOWPHUMOFikqZhmuGWgwWnr"
    "C9LGJ8E6psdC8T5rdJICo1V6wZhIO39q5rqrb9ZhAVaq7a81IYxxnFs72bl5eFOvNlTme+"
    "jANOPauunY50B7uLhPIfQX3Dvb81sEEUW7QM3qUo5o1We9T90rkBHvcY33XYFWII392ACW"
    "SX2ZtWkMzZpyJOkbitHfKJfEr4nYjdX80lEuWULhFeXCL+1BLyiDDUpCNMaKlnOcJKOG7C"
    "BjbEDnIQTJmvb33ez78MoK4ydJMdwfckdL46VKfWu157qyPsDll+m+jaBm2btLslWkOvFX"
    "FB0lyLdAIFLiHl2xIrr7EObev49K1CgFmGvu0AHJAm7i21mtP6GDBaTFXFQdor3LZDPUzV"
    "EWtHVKQsqBlLaK0I2WTrbuW31SZfRcXLhHhCGqFUDtHZFW2u4tm2wD15jba9NtusSWEBtA"
    "yNrmgEQx0t0LYD9GndXI+2Jipq8KtpWNtjRUxMbdVhbYmKlOn9SMWC5J3tmiAbeI2Jihmd"
    "zCz04jrba6vtUFPCwqWrZN6H2uu2WOlqmzYjKk62+7JufFs9TEU6m+NtZxhqVVTkFhA6rq"
    "mopqkjTa0DP9Zga9OeqMjZrrWEdPa3TUK3rWI2ZK0N/MYEMiiT2Tg5CSQR5S3I9E4HNcjZ"
    "KaS4BU0JgmkkRXYGFWpaWSl5E+Wxas3gYN2YgGjNXAIHUjGd8CxjqaYEj8uDdu832gq1KS"
    "B2juGYypSYjUZKCl151Eakuc/r1gTEy89NqnMmYy2KN5+VzBtMePVTcgjTPP/Z+YTQp1ai"
    "gYd6swv/oIvakjyBdXiisv4Lkqb/lEmHh0w6DEmkcAJGiEfAhLj6d/EEXb0ExiEWASHeSX"
    "6LbswQLoPxmkEmEBUCWG742wvMcs/f3vb8HTh9liuAd5JAy/BSltBCpNE0A90wdKjiHLAj"
    "zDHUXwj3rtbC9ZX97mW47fd7tOV1MtNtdxTD+/nhtjP4cMbEQIiQtz0pUPVC84hGw3VEA3"
    "+FKcviiKj8GTNJjE+Erp6XQ9b5bRRBPOjQHx5avzGQ1ylkvf7jfUAeEki717+NYW/BqQXt"
    "eXnwE4wS/fLoM/AU+NVEBMsKKZZp/DUkWh6RVPjOq0ym0+oIv1bKpo0wymRaXoReKIX68L"
    "vKDy3cXewrf2+v+GfDgmiGf4GrHe8W52N6rHm/+Dsb9evbWx7kMqe4hkNpztke4XBGtdxk"
    "flRD+iTH3+upNmW33EW5hNuXW7/HV27q+h41El21HcWGZKhUUERjvAJK/kgkXcjgqG5c1m"
    "5WSjHvTszk5pwGxLWKs3kavxQ51yK34NKo5kuIckqHEc9SRialJg1mFETIsDIiXCK4ZqOK"
    "8EWRcOZFdjTzIhHMZNYxsVBxqeyHKJd4OO8kmCn9YdIfJv1hWf6wLyyM7O3IYLtmUxxjCZ"
    "qTPA/ZMkS92dMrfWVHNdxPcnxldMMxhqXyQ0IsAqbt1V/8yHQtotmVK7G2YREQ4vMiisF5"
    "tl5wnlALHNUi84kyQTN/W21hp2+ccVdwC+X4JetABaxjbAJ27B2cjeA4cGGmbTvPXPnCLP"
    "vTeE+5Xv9k0OL7DlpIT3am1I9EyoUcXvSnuYtqozvKKh2bvMk54bM4VMpJuCRcauJJrGZc"
    "XvpJoladtKyFsaxfyc8qox4H9ALqxRdFTlm6yD5k6SJxxtJxqXF77dbianEyniXjWTKetW"
    "U8izeMRQpncYbtkUezNmWFU9TsSM3hbBWbVjdWZpRuJ7U+gu5FH0P/2ppB+o2s9nFIvTuQ"
    "RXLdev8AkICXZx280bp76D7eAHWyQHiMnwbdL632/yr9z5+77c7gBgQVS43pFGnQGuOHFg"
    "GN/KM3F1QM5B+73umMnp+U/uC+9dj9nd316gQa1kzF6D9e1z58cMcbVCU0kTXDHk9xaexF"
    "B7kuckLRdfYJRdeJE4rY3FjJkIpyCugZFdiSkmlUQumdvIF75Irnpj5miuIZKZ6ZrXhuKn"
    "YWUzwbozkEdLIExhS8IMuZgxlaQgxUB9ikz/zomifgFZoOeIE2mkBAlFBA8QOkXxB9lHxX"
    "MTAwQM7H+LJdd9vS08yXxktFS9Q9hYk2fRlPBzjBmLeKH+88lIYqXYUP7osRr5tuFaWTJ7"
    "hzeYJ7ovJxyqqYVh05e3FMFGguuEb+OjcW4A0C1X6FE+AYgMIEsQOmhgVUoM2RPjkBKp6A"
    "tzn0Vy64AhM0Sa6JW7Yl10C+1sB1lypd7i7JKV7sYid179bAlT5BOskpIOS1HybtH0FUcd"
    "tmlFdAd82RuGeKJrJNkVU5ky3CK1PZeJa0NDqk0XFwIXBodGxOSk2xNiLHqGabGbFjW9+3"
    "L54sw5hSb5fDXGBkGrWJPcCOLwGmattw8hO7YUMC1QSQ9dQkOKmkFYACw8GvKZY0OOpuXF"
    "ogfFkgXk8rX3YsyibrjsX04OSeKJYtrZRNr41y8Rzg5ybJNnvz2XCh6vr3tQPtvHn1aT1l"
    "0C95s8XwodXrJTefyW1I76kgouj0VQy3EJu02XiW73FtPpA5M++LXebMHMxWlzkzQuTM0J"
    "yYJbRWWWWHIvdPclO2fcoS5YYaI4iBTdDV4Y8EH8A4gT033mjaigZpogvElqEviA3wE7mk"
    "r6ipjSzw80OrDZDNsl9S8mZqa1Ya63wZ6zyVMBHaWJe6sNSFpS4sdWGpC0td+HvRhUOH3q"
    "dowqG7uXqwQ+gULz5UUAvuY6KSboqx04iRaQITkr+aZrjY+Qg6mDY/8dTXv8KpAn9RfdWG"
    "KVpwfc1KLZgvLdiGZBF2FIg1a2VSSEqowmm8AkZVdnL6sUzv+V7UY3biDTNmaDw/KetbNM"
    "ucxZK8AhV8+FuzeX5+1Tw9/3R9eXF1dXl9up7ckrfyZrnb7j2d6CISlmUfpZkS0w9lcp1M"
    "rpPJdT6OTxBPyCu3DewQg4LoeHiW6rRPpcs1WkyPg/5ayqJojKeg/dJywIJMAMSKgGHzgm"
    "3C8YvO/0Rz4Rz1FdoATqdQczyv+xsxTljyHHXQkv8W5D6FKmnM7OgZudVhgoL5si6MPOmA"
    "I9OmSL5YdrpYIlsMw7fym68iTAJuAtrFviuKWektVxEmAYGufbeVzNV7T6Ph3UKQ8StpGP"
    "JrGB5auDJ+dWwm397iV0+GjrTVF2jZ3u9O2oURgpNcg5CRKkuPVta4F8umWm66QFFFNMQi"
    "XPpU/bUvPQcEWsIqemiMV7xa90eikRRTRA3s0B1qZfcPxvkEdFTUn5XowK8pw2lErmZs0v"
    "TphQA3b9R0fhtFBkwA4oeH1m8/RAZNr/94H5CHQG/3+rcxsBcEGgupKX6hW8PQoYrTMQ+z"
    "xXB/IXy7An59Zb/I3/b7vQjyt904tM8Pt53BhzMmBkKEnIxYp2uVcsH55EJ07T2c2GC6Lz"
    "qy55VcBnFe6TTgZYnOchpsFf2szyJre7XpsqvSRglO8iwyv85dqeq00iI7FouMS8/W8QEs"
    "T+/eo5HrnyRQUj8Mce1RPTyMXl6jdhh1yJXq1glO2bsL9G4ftrJ2fYxNQKjrN+vfiEJDn5"
    "+AOduyD7EIAfHejXui9hkZGwfeP29pw80z+I1h9/5ReX66Af6HMSaUo+7j/ZBc8j+N8W3r"
    "kZ2x5P0d4/vn1uCu23q8AcGnRoVRcvapwCg5i5tFm1FCb8VyoXVE9X8MHdL5X0v5GhOc4m"
    "WS7GQLtDxOcz/OGb+DVtjYH2fkeT7ipmdPoIYmlTxhUU4B/WBH4vcqFJoyLbgsr7+GmYSL"
    "9NY/liwik7IYh3nkhJUBMicu3CfL0Gj1XjzroQVKLWscJznJTaxZEys6pZaO3GP0M2Y7cr"
    "Pr275vVh1DldvGgKxLg2571O0TC4msVgRujd4b4/7tPzv+dePlX5Bd5cN0OoAzmGslvn5v"
    "mczHzoZerNBqZJs8mlYTeoRRlkLg2YrgMjIpc+5lzj0fOfcWWqraqvPVNKwM4yBM8I5pwE"
    "gVyGhLnD9skp9CXg+oGLTa7c5wCPxzwwCxNiauBicnYGK8Yd1QJ/Rh4GUFiOUByCVosSNK"
    "rsBEXdnpJxDX2ro0V/gyVxzjFZaKJq8ZpG/ofT+robmL1PhBdmAzzMOzHchtZNNUZymGXj"
    "bgAb0EuwLY0uzLnlzENfvkHvtKA5AjKRey/Hw1r5zxF2WS9l/aRg9pUUuL+ggs6pS5oAZU"
    "fYN4sGlQUHyjMyGHTotABNlei5CQ3ndb+L9XBjTF8hAIH9D0nFo3vnNrjAc0iPm52255oc"
    "zI1zHuDFrD50HnBvgfImHP9UfaSihMGvrCR0CUyMvJCIe+L9U1M9diJXLrdL907pgE2acx"
    "/tIZEFHSa8GnMe4+Kk+D/v2A9YHQFyLq30adxztKHXwa43b/4anXGdGL649U2J+fh96j2I"
    "cxptr53aD1KxH++iMfop9AR0V6yuGwOT6pDYsIsfC9e6Rk9sGOsw8sqEG0rOSHirFKlwTX"
    "LomJW6WizoZLipdr8S6hhcgPqTKOY6wyp4RnORNNA+JqOxBirFLOPMtZ041q50hGGKWMeZ"
    "Yxgd0my+vUSfO5vjOWo6xSzjzL2YILVHHOjrFKOfMsZxnSzxSzwCF9GZOUMUkOYmZbZPlG"
    "0lOC/Nko2rc+4+dfBlBXg+1JuWHKTd6uIIhHdbclxDUB5YcKO0t4lKM/E679xWE96N4Nxq"
    "4RLhyRVTZiLnYYMT23EhhToAaZ3jf06GBmdp8ATFqzgGvSdXySfupwSX4Z8eUr4quud24W"
    "DVdsOHgOCXITrpDR1+82+ro+QL7E0DLSvCNcibviyNoRvEp5YybBJ9CRzbXlrWIjbdbKTh"
    "sI6EWIYMuNFdyIQmAvjMy434svRiYzC5TM3LFU27XgyFgQ25YelJpiQSdoTvLMZ+hRE4PU"
    "J5cpzWIZuNkpzem4HkMaMzcqePkinnVX7xR6TzmLmVdKnAkzSrWQd7Uwob4cZnVtabRaYc"
    "+YdbBjrdLW1hhF7sqqMlpFN2ZyRRVqRS0/HcmzLflPBUEmpSYNpoQIs5fzKJcIzp/omn5x"
    "WWBNv7jMXNPprXjJEqdcjWafXkB9dCfl5fMOu0hH+DgOuKiI8XUBhK8z8b1Oi2a5KTNE5q"
    "K6YZDOqhQ3O5k5TXrWn2Kj/6T422/RLMcVGGMVCeC/NZvn51fN0/NP15cXV1eX16drpJO3"
    "8iC/7d5T1CP9O00MU2il5Wzl1HXfsIi37O1kZpZnrOwUak6MyCGaNVIsR3r5JM9ctNFMul"
    "7FMhTZ3xJDPaAXzjN4cVrEijjNtiJOkxv7N69VAuEY2/703UZjP5PpaRGkCVX2ZHqawHqh"
    "It07wqOcqzvOJ97a1bws4vImVJlws3txXcw0bOQYFoIphsY/h/3HLIUsyhd3NyHNAf8HAm"
    "HspJP/fepilh0JXlykOwjbH+nz/rGrzp8DPsUp4npKJKrEc1JOoj4l2oBMVPleIxIRvd1L"
    "364g9SinlDovUk9xCK/3PxQ0ISLLI3bIP2htubmEmAgP67aOsDMU2oVD7pJWXlza+JZ4tU"
    "NNHZ8mUQgtR9X1VDWgKk4j0uBKILB2bMmHxmO6TR8dsLnWvRKbKOo19P+gj2CCRQ6ENOqM"
    "cONPaf4f0PwPSyKBbrbZFGMTMCZzVshKPcuxUs+SViodYaW68YZBpMDBrtKI/dllyxRi3w"
    "t6ZNAWzRve9CiecoYjalLKKhZXo7IXsYTuVvcSFuSe0rpXFlZ1iqZcw/jMHhakIPLTc6+n"
    "DDr/80zsxRsQ/jbG3eHwuXMD2J8xDt9T2v2Hh85jjCO46nNuiCJfx3jU6v1yA+j/Y3zb69"
    "/fAPr/GN/128MbQP8f484Xxsn+jHF/9HNncAPYn0aFFbdZyE+Z46ZMeCltw7W06vt619xc"
    "d4777qhDOgD7M8YPnYdbKgXvbxUx1JyMEp4mE4LIS52IMQq0/3PPeRMOcvRSIb41A8/9vn"
    "I0pEiyIKHKiYYk0gVdSy+Dr08uXqhpJxkp65DRqgzGUS7xoG6enhXpx6dn2f2Y3otCbWia"
    "a1mVoggxVplGzk/UIBksWkBrVknKEUZZNZJnGWu6qhBbH8M0tcswdKjijChwhDEm5BfCKZ"
    "Rcb/v9XkSkt914MYhnqkl/8CZSQoScDD1LBt6z167jDMHKwPv3KPWswPshHfmcTajyAE4e"
    "Ec2JjMhit0ViI6UO4NxnsImz4b9lrIk8Hjw+93o8BJvarmUbqYkTKVQnRQNPisYYClZ4/d"
    "l4I7cs4MwhQAta3pjWajUwZImwRBDgg0l+gX0CkG27kPz9+PHjDwHNxtMBZoZzQ1uJu33r"
    "f8IYY/gGbQf8tdFi/gI2hPgE2AZ7DoZfHWC5GKj2q03a0Vdgaljgba46QJurmIgG2IgMjq"
    "ySs3/EnDj+q8pg20GDbQdzx/G2qOzBHxf0+BJAh1hERLn+ECGZshQXOyjFg59vvkU5pTOM"
    "H2staaTrqu0oZC2qYKXHWKWcuZdzVvmDnEkzyrbHHXfGa2MvE2c9VeU42b2czBV/R31fJ5"
    "QX1N5DGe3FtHfyqisQyTzzTlug2UXkz7B7D+bqBCCiDIMFIZvfEGqydhBFGxvAhIapw+TJ"
    "DbW2nJeOzRjpB5YNJfXrQ+rXa1kkF6mMmFzAkLc0HaHml4MiXWtiepysILpDJZnNKCXG+p"
    "p+f67ZU66HuwwciLcBgDNkjzv//8l90ZH2ZBlTxMBNHrkVIchV5UxGqpgeraxXI5Z+pC7J"
    "HUspmXIZ5RIvHXAnmZd7LQ3ENbw7qBpOC8+UAXfNIB66O6lQoxkLk9jOZSAOsYgH8lmzyM"
    "YOQpXtA2omNnewoE7J8lZhHglzIZhtbe7nXRYFecMhIS4EsQVtN221yz5MbcMhAsR5UYBd"
    "HKe2RDZ6SduWlF07LMSyVdmwKsgLXzVMprFmzz7iprFykHd59MbqVkGx9zI0+xiODPLfjv"
    "MzDyqE2rIza4ww6mp7DrXXRlpgMbh3khtP1FVFo2Q7qUERdBbPKJQBu0M6pPZsyXO3Ou7e"
    "lK+0jW3bLWyVcF5fOdpNbEto2TQFYqE6ZPoqC3oKt0S/zBZCumJU20IY4RRQCz9erTtlz+"
    "Dh1e5Drxpyu9OxKdR7iwU/eCX5e8h2hu5LGIGELp5Fmquah0v+K3aIbaeqOnuaB7bU2g+v"
    "tYfEUWZrRfocLDX3DM1d2kY7t40cP7sziXCBCncBM89oN4bPt8P2oHvbubsBm89j/NR5vO"
    "s+3ivt/uPn7uChNer2H29A2tUNbevpadD/0upt6IIrjSoSrT/TUtYQEcwNL2uIfI9SP5Lg"
    "y6GFK61AaQVmWYEQOq7ZMk0daWqm/ZcgOsm1/Bi5om7oZXawWGadhpxyKX8+Pc8KMD85q0"
    "uInQpKSphPFgblRyNJKqKOYSKtzPhZMwg4gJqFToBp5pwA00yeACNz6nc3P8mU732kfBOQ"
    "SvXgNYN4ADeLTRA584PcFiL9pfmJx76fslEO8oBt7ecc41a73XkaUSdq8GmM7zrtXveRXg"
    "s+VXGD1lNcJHpyuoYmlRxiUU5ZrYdnbVM6u7MH2HG6PQs5u6XbU7o9pdsz6zxf11rC1QDa"
    "JvkBsJHi84xRnOSe6MtoFcsnlt5OsbydtkYGdRLX4ULV9eyCMgGTSHPpefPq0xpd+iUP2O"
    "FDq9dLJt9OIZzQQZwENHsTaJhnj0ZBSWugFu1yF7tAaWE7MhUpZb1icT7xjN9deMc8zEo7"
    "cBKM4qFdvyMnAI0+FuKKVk5GG9KqlVbtMUbKpFFbo1HL2QgWyqblDNsjN2nvVKSvWpoGbX"
    "voqA49oEDzRB+zbNMJT/IM3AllUVTGwyp4h5iknXtMg/8kx86dqClB3eyKyD553fWQeSiS"
    "kIZfSjVkC5JXtp2UIviZfTHMIsv2JrZFI3Z6TRlAwywS0EQdZHbagtL8+rUEpFEmCWoGqO"
    "dVQD2XoOaCelEF1AsJai6ol1VAvZSgpoPqGKZiqs48ZZXKrqoXYdqqrl41V7bohfUovhac"
    "QsuCaepDvmAijFI4tQvnuHx1MgOlurMu4Vs6jC9kZLk26QJ3huYuIHPkJLwgcZKTPP+H4x"
    "ErE5+aM89HdlCpzjoKh/V9RAJJV0VOAb3KPgT0yj8DNNsX4sCvKZNVdoQ6oBdig8a+49OG"
    "SdEJ9gkW7dtRLiGA38NpE2T+rrQSh/nkOizX4ULrcAtaSJunLb/+ndxVV93QcLPUyiDDlk"
    "EGv3ZlmYk+xCLgLN+8vCy0/+YyZ//NZWKWJ4OqBMI+uYDonhXaXXqWs7v0LLm7lGYMwbSj"
    "GrPdDCGW/TsYDqMq1uZKOOhi9u3/AY84gzM="
)
