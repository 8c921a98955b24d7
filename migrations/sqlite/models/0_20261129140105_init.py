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
    "email_verified" INT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "role_grants" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(32) NOT NULL /* ADMIN: admin\nPRIVACY_OFFICER: privacy_officer\nMAINTAINER: maintainer\nMEETUP_ORGANIZER: meetup_organizer */,
    "scope" VARCHAR(80) NOT NULL,
    "granted_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_grants_user_id_951dc2" UNIQUE ("user_id", "role", "scope")
);
CREATE TABLE IF NOT EXISTS "age_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date_of_birth" DATE NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
) /* The date of birth given at sign-up, kept beside the user rather than on it. */;
CREATE TABLE IF NOT EXISTS "guardian_approvals" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "guardian_email" VARCHAR(254),
    "guardian_phone" VARCHAR(20),
    "requested_at" TIMESTAMP NOT NULL,
    "confirmed_at" TIMESTAMP,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
) /* Whom we asked to consent for a child, and whether they did. */;
CREATE TABLE IF NOT EXISTS "mfa_tickets" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ticket_hash" VARCHAR(64) NOT NULL UNIQUE,
    "event_kind" VARCHAR(48) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* Proof that the first factor passed; the second step trades it for a session. */;
CREATE TABLE IF NOT EXISTS "recovery_codes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_digest" VARCHAR(64) NOT NULL UNIQUE,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* Ten single-use codes shown once at enrolment; only their HMAC is kept. */;
CREATE TABLE IF NOT EXISTS "totp_factors" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "secret_encrypted" VARCHAR(255) NOT NULL,
    "confirmed_at" TIMESTAMP,
    "last_used_step" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
) /* One authenticator app per account. Enabled once `confirmed_at` is set. */;
CREATE TABLE IF NOT EXISTS "pending_contact_changes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "new_email" VARCHAR(254),
    "new_phone" VARCHAR(20),
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_pending_con_user_id_c2f337" UNIQUE ("user_id", "channel")
) /* At most one per account and channel; it takes effect only when the code comes back. */;
CREATE TABLE IF NOT EXISTS "policy_versions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(32) NOT NULL UNIQUE,
    "effective_at" TIMESTAMP NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "material" INT NOT NULL,
    "url" VARCHAR(512) NOT NULL,
    "published_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_policy_vers_effecti_40aa1d" ON "policy_versions" ("effective_at");
CREATE TABLE IF NOT EXISTS "consent_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" INT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "granted" INT NOT NULL,
    "policy_version" VARCHAR(32) NOT NULL,
    "policy_hash" VARCHAR(64) NOT NULL,
    "wording" TEXT NOT NULL,
    "method" VARCHAR(16) NOT NULL /* SIGN_UP: SIGN_UP\nSETTINGS: SETTINGS\nBANNER: BANNER\nGUARDIAN: GUARDIAN */,
    "client_network" VARCHAR(64),
    "user_agent" VARCHAR(512),
    "client_digest" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMP NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL UNIQUE,
    "row_hash" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_user_id_854ca7" ON "consent_records" ("user_id");
CREATE TABLE IF NOT EXISTS "processing_limits" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RESTRICTION: restriction\nOBJECTION: objection */,
    "purpose" VARCHAR(32),
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "privacy_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* ACCESS: ACCESS\nRECTIFICATION: RECTIFICATION\nERASURE: ERASURE\nOBJECTION: OBJECTION\nRESTRICTION: RESTRICTION */,
    "state" VARCHAR(16) NOT NULL /* RECEIVED: RECEIVED\nVERIFIED: VERIFIED\nIN_PROGRESS: IN_PROGRESS\nEXTENDED: EXTENDED\nCOMPLETED: COMPLETED\nREFUSED: REFUSED\nWITHDRAWN: WITHDRAWN */,
    "details" TEXT,
    "purpose" VARCHAR(32),
    "received_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "verified_at" TIMESTAMP,
    "extended_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "erase_after" TIMESTAMP,
    "reminded_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "privacy_exports" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "document" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "request_id" INT NOT NULL REFERENCES "privacy_requests" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* The package an ACCESS request produced, downloadable by its owner for 7 days. */;
CREATE TABLE IF NOT EXISTS "privacy_request_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "state" VARCHAR(16) NOT NULL /* RECEIVED: RECEIVED\nVERIFIED: VERIFIED\nIN_PROGRESS: IN_PROGRESS\nEXTENDED: EXTENDED\nCOMPLETED: COMPLETED\nREFUSED: REFUSED\nWITHDRAWN: WITHDRAWN */,
    "actor" VARCHAR(16) NOT NULL,
    "actor_user_id" INT,
    "note" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "request_id" INT NOT NULL REFERENCES "privacy_requests" ("id") ON DELETE CASCADE
) /* One step of a request: appended, never updated. */;
CREATE TABLE IF NOT EXISTS "erasure_tombstones" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "digest" VARCHAR(64) NOT NULL UNIQUE,
    "erased_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "access_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(40) NOT NULL UNIQUE,
    "description" VARCHAR(500) NOT NULL,
    "mailing_list" VARCHAR(254),
    "repositories" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "sig_maintainers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "gitee_login" VARCHAR(100) NOT NULL,
    "sig_id" INT NOT NULL REFERENCES "sigs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sig_maintai_sig_id_ebe21d" UNIQUE ("sig_id", "gitee_login")
);
CREATE TABLE IF NOT EXISTS "contributions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(24) NOT NULL /* PULL_REQUEST: PULL_REQUEST\nISSUE: ISSUE\nPULL_REQUEST_COMMENT: PULL_REQUEST_COMMENT\nISSUE_COMMENT: ISSUE_COMMENT\nTALK: TALK\nBLOG: BLOG\nDOCS: DOCS\nEVENT: EVENT\nOTHER: OTHER */,
    "source" VARCHAR(8) NOT NULL /* GITEE: GITEE\nMEMBER: MEMBER */,
    "external_id" BIGINT,
    "title" VARCHAR(255) NOT NULL,
    "url" VARCHAR(512),
    "repository" VARCHAR(201),
    "occurred_at" TIMESTAMP NOT NULL,
    "merged_at" TIMESTAMP,
    "cla_signed" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "sig_id" INT REFERENCES "sigs" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contributio_kind_c9b54e" UNIQUE ("kind", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_contributio_occurre_85e916" ON "contributions" ("occurred_at");
CREATE TABLE IF NOT EXISTS "contribution_cursors" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "repository" VARCHAR(201) NOT NULL,
    "listing" VARCHAR(24) NOT NULL,
    "seen_until" TIMESTAMP,
    "last_run_at" TIMESTAMP,
    "last_status" VARCHAR(16) NOT NULL,
    CONSTRAINT "uid_contributio_reposit_650e33" UNIQUE ("repository", "listing")
) /* How far the import of one listing (pulls, issues, ...) of one repository got: the */;
CREATE TABLE IF NOT EXISTS "contribution_tallies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" DATE NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "count" INT NOT NULL,
    "sig_id" INT REFERENCES "sigs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contributio_sig_id_656cc5" UNIQUE ("sig_id", "month", "kind")
) /* How many contributions of a kind a SIG had in a month: counts, no people. */;
CREATE TABLE IF NOT EXISTS "public_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "avatar_url" VARCHAR(512),
    "name" VARCHAR(64),
    "email" VARCHAR(254),
    "company" VARCHAR(128),
    "position" VARCHAR(128),
    "school" VARCHAR(128),
    "resume" TEXT,
    "visible" JSON,
    "updated_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cla_checks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "signed" INT NOT NULL,
    "version_matched" INT NOT NULL,
    "checked_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_cla_checks_user_id_d6b909" UNIQUE ("user_id", "email")
);
CREATE TABLE IF NOT EXISTS "mailing_list_subscriptions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "list_id" VARCHAR(254) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "state" VARCHAR(24) NOT NULL /* SUBSCRIBED: SUBSCRIBED\nPENDING_CONFIRMATION: PENDING_CONFIRMATION\nPENDING_APPROVAL: PENDING_APPROVAL */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mailing_lis_user_id_a4e333" UNIQUE ("user_id", "list_id", "email")
);
CREATE TABLE IF NOT EXISTS "meetup_applications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "city" VARCHAR(64) NOT NULL,
    "event_at" TIMESTAMP NOT NULL,
    "topic" VARCHAR(200) NOT NULL,
    "name" VARCHAR(64),
    "company" VARCHAR(128),
    "phone" VARCHAR(20),
    "email" VARCHAR(254),
    "state" VARCHAR(16) NOT NULL /* PENDING: PENDING\nACCEPTED: ACCEPTED\nDECLINED: DECLINED */,
    "decided_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_meetup_appl_event_a_8526c5" ON "meetup_applications" ("event_at");
CREATE TABLE IF NOT EXISTS "survey_responses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "score" SMALLINT NOT NULL,
    "feedback" TEXT NOT NULL,
    "contact_name" VARCHAR(64),
    "contact_phone" VARCHAR(20),
    "contact_consented_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_created_c9c2a1" ON "survey_responses" ("created_at");
CREATE TABLE IF NOT EXISTS "daily_access_statistics" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL UNIQUE,
    "requests" INT NOT NULL,
    "visitors" INT NOT NULL,
    "status_2xx" INT NOT NULL,
    "status_3xx" INT NOT NULL,
    "status_4xx" INT NOT NULL,
    "status_5xx" INT NOT NULL,
    "top_paths" JSON NOT NULL,
    "top_referrers" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "meetings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "topic" VARCHAR(120) NOT NULL,
    "agenda" TEXT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "join_url" VARCHAR(2000) NOT NULL,
    "record_automatically" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SCHEDULED: scheduled\nCANCELLED: cancelled */,
    "cancel_reason" VARCHAR(500),
    "uid" VARCHAR(100) NOT NULL UNIQUE,
    "sequence" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "organizer_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sig_id" INT NOT NULL REFERENCES "sigs" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_meetings_starts__dea72f" ON "meetings" ("starts_at");
CREATE TABLE IF NOT EXISTS "meeting_invitees" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "forget_after" TIMESTAMP NOT NULL,
    "removed" INT NOT NULL,
    "notified_sequence" INT,
    "meeting_id" INT NOT NULL REFERENCES "meetings" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_meeting_inv_meeting_7787ef" UNIQUE ("meeting_id", "email")
);
CREATE INDEX IF NOT EXISTS "idx_meeting_inv_forget__2c57cd" ON "meeting_invitees" ("forget_after");
CREATE TABLE IF NOT EXISTS "recordings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(24) NOT NULL /* PENDING: PENDING\nUPLOADING: UPLOADING\nUPLOADED: UPLOADED\nREMOVAL_REQUESTED: REMOVAL_REQUESTED\nREMOVED: REMOVED\nMANUAL_REMOVAL_NEEDED: MANUAL_REMOVAL_NEEDED\nFAILED: FAILED */,
    "source_url" VARCHAR(2000) NOT NULL,
    "cover_url" VARCHAR(2000),
    "size" BIGINT,
    "title" VARCHAR(80) NOT NULL,
    "upload_url" VARCHAR(500),
    "upload_auth" VARCHAR(500),
    "upload_id" VARCHAR(200),
    "biz_id" BIGINT,
    "filename" VARCHAR(200),
    "chunk_size" INT,
    "threads" INT NOT NULL,
    "parts_done" JSON NOT NULL,
    "parts_completed" INT NOT NULL,
    "cover" VARCHAR(500),
    "submit_attempted_at" TIMESTAMP,
    "aid" BIGINT,
    "bvid" VARCHAR(20),
    "error" VARCHAR(500),
    "removal_reason" VARCHAR(500),
    "removal_attempts" INT NOT NULL,
    "lease_until" TIMESTAMP,
    "resumes" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "meeting_id" INT NOT NULL UNIQUE REFERENCES "meetings" ("id") ON DELETE CASCADE
) /* The recording of one meeting. Its video shows participants: published on Bilibili */;
CREATE INDEX IF NOT EXISTS "idx_recordings_lease_u_12c5d6" ON "recordings" ("lease_until");
CREATE TABLE IF NOT EXISTS "recording_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "actor_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "recording_id" INT NOT NULL REFERENCES "recordings" ("id") ON DELETE CASCADE
) /* The audit trail of a recording: every state change and who (or what) caused it. */;
CREATE INDEX IF NOT EXISTS "idx_recording_e_created_213749" ON "recording_events" ("created_at");
CREATE TABLE IF NOT EXISTS "trusted_documents" (
    "id" VARCHAR(71) NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "operations" VARCHAR(512) NOT NULL,
    "added_at" TIMESTAMP NOT NULL
);
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
    "eJztXWtz4ji6/isqvpyeqmxXQpJOJrO1VYTQGXZIyBLSM2eHLY9jC9DGyF5fSGf29H8/km"
    "/4HsvYYNT60A2x9crmeXV57/pvZ6WrULM+Ppj6HGmwcwX+28Hyin5J3joCHdkwNjfoBVt+"
    "dok6htfIvSg/W7YpKza5Ppc1C5JLKrQUExk20jFtPXa/yRpQoS0jzQIyMKBp6Ris5Dcgqy"
    "qQ5zY0gYUWGOEFQBh8sGzZhiuIbTBzjo/lixP549kPH+nzVF0hDyTt6u/aweg/DpRsfQHt"
    "JTTJA37/F7mMsAq/kh/r/2m8SHMENTWGHlJpB+51yX4z3GtDbH92G9K3fpYUXXNWeNPYeL"
    "OXOg5bI2zTqwuIoUlekHZvmw6FEzua5iMfIOy96aaJ94oRGhXOZUejTKHU3gtsrnUk6X48"
    "lR4HU0nqpBgWUESA9i8pOqbMJq9qub9+QV/hL92Ts4uzy9NPZ5ekifua4ZWLb96jN8B4hC"
    "4899PON/e+bMteCxfjDagYKS/u9xS0/aVsZmMbpUkgTF49iXCAZwRiH8AQ4aDJBuLNMN8F"
    "xiv5q6RBvLCX5M9PZwWAfulN+j/3Jh8+nf1AH6iTWelN13v/Tte9RTHfYCyvCfqm5JgaC8"
    "pxKv5wPj/plgCatMpF2r0Xh1rRV4aM31hwjpDwB/JJ97IEyKRVLsjuvTjIjqFSOCTZTuN8"
    "Q+7YaAWzsY5TJuBWfdKPwZcS4KcW632jb0JZHWPtzR8YBeBPh3eDx2nv7oE+bmVZ/9Fc/H"
    "rTAb3Tda++Ja5++JTgU9gJ+HU4/RnQP8E/x/cDF17dshem+8RNu+k/O/SdZMfWJay/SmT/"
    "jmAUXN68fYTrFjQlpj04QvH+RlyGuQe/E1PZZv4S2YjphWdZeXmVTVVK3dG7euamTYFN82"
    "GM4VQn/7nMGJJ3l7GStUf7UuiT38lBMeFbMMaCq5vnm/JrKDRGhx755eT3QtvbBnqP/d7N"
    "oPMtBnwcZ3pr1V0lr8hYXri/l74ZfY8ojhlSfoBvvohPX7KcfJ+Pj5Cn2yVPG86zhpTMdf"
    "LpaXiTDW6MKIGx4yD1IyVtZq52/jp3sEJRBO6T6H9nf+s0O32zoHUFkVNvf4vuXO5P/5ba"
    "iVh1lihNJTGvdZJGTM7rHpcQ87rHuVIevZUNsvQCmcTpJF09YO93zWgYariSEZNqGBLUor"
    "C0CdvzMso3aZWP7nlK/TYIRExrRUjAHby1D11DtqxXnYhQS9laMmGcJORP9+6en5cazOcF"
    "g/k8CTi1rDpWNtID7KxSwn8M9Q317vbADhFs0Tp4l7KYd3r96fDL4Ap41DN8M3CvEEX45g"
    "qo0L3svmkFzpx8KmMUSeraEZvIp5Tdiej91UwicUphEmmLScRfWiIWERc1YQjjmut5hjAG"
    "w01UwYbYRjaCGev1tU/7+ZcJ1GQX3fRA8C0Jg682lam1odff2wEOhzy7TXxvg5ZF+t0SrU"
    "evF35BUhyTDAIJriGl2xIrr7MB7evw5K1SgJm6tu0EnJAubk25mtH6EDBazWXJRsoL3HZA"
    "3c3lqdsPr0iZUNHX0HwjzdSth5XfV5/8ySteBsQq6YS2sonMLilLGS+2Be7B67Tv9dl3u+"
    "QWQFNX6I5GMNTQCm07QR/C7ka0N15Rg18N3dweK6JiKm8Dty9ekTK8HymZkLyzVRNkE68z"
    "XjGji5mJnh17e2m1H+mKW7g0maz7UHnZFitN7tNueMXJcp7DzreVw2SkuWu8ZT9GeuUVuR"
    "WEtmNIsmFoSJHrwM/tsLfpj1fkLMdcQ7r6WwZpt61g9uj2NvE741ShpIONdFLDCKOvwjVG"
    "EsJrZNc1IUmHQ9of5HVkUeXSdNWlOow7k6A33qw76dC4gmiumCYVpF1kgxoE0JXSooKuOM"
    "E0Fq++gJI3FOvAqreAk7AzDtFaOAQOJGMqfZj6Ws6I5GAH7dbvtBfpk0PsbN02pLms2HpG"
    "PCs7alPS3eewNw7x8gMF61zJ3B75W88Yg3hTLraMgN4sN1x+cC/0W0txL2C9ob6/001tTZ"
    "7gDniiP/4bkq7/JSKA9xkBHOFI6WioCA2H0an1p9QFQ50B4wgJhxA3Emym6QuEWTAOCUQ0"
    "XymARfbtTmAWCbg7S8Ddcyx7qwBuJJrdxUtaQxORTrMUdF3XoIwLwI4RJ1B/JtRN7YXhld"
    "0mFl2PxyPacxhZeD2cJvB+urseTD6cuGwgjZCXKxiIepF1RKG+cyKBv8CMbXFKRP6clSRB"
    "x8NQLwroHPw2jSEeDOgPd73fXJDDeM7R+P42aB5hSH80vk5gb8K5Ca0lO/gpQoE+O/oueB"
    "L8aiCCZYV45yz6GqKeD4gr7Q5yTse2awi/VAptjxGKyPa2ML1UPsP+Szzsm7lNFHl4r3DD"
    "Z92EaIF/gW8Nl25ox/JYc/GGd6pm1FfoIUgsyDANR3IO8i3C0fQGUfHhoKb0UYG91xNtWP"
    "Nf41TcJcnXb/EVGZbfo0SiyZYtWZBMlQqCaIKWQ84fCKdLKRzVlcva1UrB5ubYTG4uqUNc"
    "qbiaZ9ELlrea5SZc69VsCXFKYTBqM5eRQVuTDnOqk+RoGTEqHkyzcUH4rIw78yzfm3mWcm"
    "a62jHRUDFT9EOcij+cG3FmCnuYsIcJe1iePeyL60b20qPcFPYMw1iqzVGRhWwdab1JsBe2"
    "soOa7kcFtjKa/Y8hU3xIhITDsL36K5EZjkkkO7Z6hxsSDiE+LSMYnObLBacpscCWTbKeSC"
    "pa+DnupY2+ScKm4ObK8Ev2gQpYJ8g4HNgNHFRi23BlZOUd5u58UZLdSbzHrd7/hNPi+3Za"
    "CEt2LtcPhMulDF70pzmrarM7TioMm23jc8pmsa+Qk2h9xszAk0QBx6Lwk1ThSKFZc6NZv5"
    "CfxSIeB+05lIvPyhx5dpZ/4tlZ6sCzwxLjdjqs+ZXihD9L+LOEP2tLf1bbMObJndUybA/c"
    "m7Wp8Z0hZscKgOeL2LTUuLSg7Rqp9REML/oY+mkpOhk3otrHPuXugBfpfev903gC2jbL4J"
    "3ezd3w/grI6grhGX6YDL/0+v8rjT9/HvYHkysQlA/W53OkQHOG73oENPKP3lxRNpB/7vXB"
    "YPr0II0nt7374T/du17RTt1cyBj96Q3t/Tt3vEnFIImEBDs8UqmzExnkssxxYZf5x4Vdpo"
    "4Lc9fGSopUnJJDyyjHmpQIo+JK7mwbuAcueG7qY2YInrHimfmC56ZiZznBszNdQkAXS6DP"
    "wTMy7SVYoDXEQLaBRcbMXxzjCLxAwwbP0EIqBEQIBRQ/QMYFkUfJ3zIGOgbI/pjctuvuW1"
    "ia2yXxUtYScU9yWZu9jWcDnCIs2sUPdx3KQpXuwnu3xfA3TLfy0r23fQY1VBvePPfKhGa2"
    "zq22w1Tl44xdMas6cv7mmCrQXHKP/HWpr8ArBLL1AlVg64DCBLEN5roJZKAskaYeARmr4H"
    "UJ/Z0LvgEVqek9ccu+xB7Yrj0wHFLM5e7SlPz5LhqpexcCx3yce5qSQ8hrP9ndPw+sYtpm"
    "nJZDc82BmGfKBrLNkVk5ki1GK0LZ2sxpoXQIpWPvTGih0rE5tjhD24idaZyvZiTOUH5fv3"
    "gwdX1OrV22awIjy6hF9AH3+BJgyJYF1Z/cGxYkUKmA7KcGwUkmvQAUKA5+TbG0wlF350ID"
    "aZcG4o009rJjcTJRdywhB6dzotxoaYk1vDZO1WYHf2uCbPOTzx5XsqZ9Xxlop92LT+GSQf"
    "8oWi0e73qjUTr5TKQhvSeC8CLTV1HcImRCZ2szfw8r+UDEzLzPdhEzszddXcTMcBEzQ2Ni"
    "1tB8yys7FLt/VBiy7bdkKDfUmUIMLIKuBv9C8AEuJbCW+isNW1EgDXSB2NS1FdEBfiKXtD"
    "eqaiMT/HzX6wNkudEvGXEztXUrlPV2KettKmHCtbIuZGEhCwtZWMjCQhYWsvD3IgtHDr3P"
    "kIQjdwvlYJu0kzz/UEkpeIyJSLopxk49RoYBDEg+FUV3sP0RDDDtXvXE1z+ioQJ/UHnVgh"
    "lScH3dCim4XVKwBckmbEsQK+abQSFhEIWzaDn0qjRy+rEI7/lexGP3xBtXmaH+/DSvr9Ei"
    "dxVL03JU8OHHbvf09KJ7fPrp8vzs4uL88jhc3NK3ila56+EtXehiHBZlH4WakpAPRXCdCK"
    "4TwXU+jg8Qq+SV+zq2iUJBZDy8yDTaZ7YrVFoMj4L+WkoiKS5NSf2lZ4MVWQCIFgGj6oWb"
    "hOMXnf+JxsLZ8gu0AJzPoWJ7VvdXopy4wXPUQEv+W5H7FKq0MtPQMwqrwwQF80VdGHHSQY"
    "tUmzLxYvnhYqloMQxf2ZOvYkQcJgE1kXdFMWNOuYoRcQh07dlWIlbvPYmm7RqC8F8JxbC9"
    "iuG+mSv8V4em8u3Mf/Wga0h5+wJNy/vdab0w1uCoUCF0m0prr62occ+XTrXeDIGygmiEhL"
    "vwqfprX3oGCLSGVeTQBC1/te4PRCIpJ4jq2KYZaqz5g0k6Dg0V9Ucl2vBrxnSakqs5SZp+"
    "ey7ALZo1g9+msQkTgPjhrvfbD7FJMxrf3wbNI6D3R+PrBNgrAo2J5Ay70LWua1DG2ZhHyR"
    "K4PxO6poAPr+wW+evxeBRD/nqYhPbp7now+XDisoE0QnaOr9MxmUxwfnMuhvYOTmwwnGcN"
    "WctKJoMkrTAatGWLzjMabOX9rE8j63u16fKr0sYbHBVpZH6dO6bqtEIjOxSNrJWWrcMDWJ"
    "zevUMl1z9JgFE+jFDtUDzcj1xeo3QYN8gxDesUpRjdJUa3DxurXp8g4xDq+tX6VyLQ0Oen"
    "YM7X7CMkXEC8c+WeiH16TuLA++ctbajbDH7ncXh7Lz09XAH/ywyTltPh/e0jueR/m+Hr3r"
    "17xpL3OcO3T73JzbB3fwWCb50Ks+TkU4lZcpJUizazhN5KxEJriMr/GNpk8L8w2RpTlPxF"
    "kjSSAi2O09yNccYfoBUS+5OEbV6PWjOyVaggtZIlLE7JoR3sQOxepVxThgnX7PJrlIg7T2"
    "/9c8kkPGHFOEojFqwckFtiwn0wdYVW78WLEVqhzLLGySZHhYE1YWNJo62FIfcQ7Yz5htz8"
    "+rbvq1WHUOW2MyH70mTYnw7HREMiuxWBW6H3Znh8/feBf11//jd0r7ZDddqDMbjVQnz91j"
    "IRj50PPV+u1ViaPJpXY3qMUJRCaLMW0UrPpIi5FzH37Yi5N9FaVt4GXw3dzFEOog3eUQ3c"
    "phJ02zKcP2yQn0JeD8gY9Pr9weMj8M8NA0TbUB0FqkdA1V+xpssqfRh4fgNE8wDkEjTdI0"
    "ougCq/WdknENfau1BX2qWu2PoLZPImhwTCNvS+nVVXnFWm/yDfsRmlabMe2FrPpiEvMhS9"
    "fMCD9gLsCmALtS9/ceFX7RM59pUmYIu4XErz88U8NuUvTiT0v6xED6FRC436ADTqjLWgBl"
    "R9hXiy6ZBTfOMrYQuNFgEL8q0WESa9b7bwf69waPJlIeDeoekZta5849YMT6gT8/Ow3/Nc"
    "mbE/Z3gw6T0+TQZXwP8Sc3uGX2kvETdp5I92OEQJv+wcd+j7XA2JW81WwrfB8MvgxuWg+2"
    "2GvwwmhJX0WvBthof30sNkfDtxx0DkD8Lq36aD+xvaOvg2w/3x3cNoMKUXw6+U2Z+fHr1H"
    "uV9mmErnN5Per4T54dd2sF6Ftoy0jMNhC2xSGxIefOE7t0iJ6IOGow9MqEC0rmSHSpAKk0"
    "SrTRKqU6WizoZKsLfV7F1DE5EfUmUeJ0hFTEmb+UwkDYirZSAkSAWf28xnRdOrnSMZIxQ8"
    "bjOPCewW2V7ndpbN9Z25HCcVfG4zn024QhXX7ASp4HOb+Sxc+rls5tilL3ySwifZAp/ZFl"
    "G+sfCUIH42jva1T/j5lwnU5CA9qdBNuYnb5QTxuOy2hrgmoHxX4WAND3L258K1Oz+sB927"
    "ztgQ4dIeWWnD5nKHEdNzK4E+B3IQ6X1Fjw521e4jgElvJnAMuo+r2acOM9ILj2+7PL5ymL"
    "lZ1l2xoWizS7A17grhff1uva/hAfIMU0vPso60it0VZ1ZD8ErsykyKjqMjm2uLW8V61qqV"
    "HzYQtOfBgy0SK1rDCo6tMCLifie2GBHMzFEw88CULceEU31FdFt6UGqGBp1qc1SkPkOvNV"
    "FI/eYipJkvBTc/pDkb10MIY26NCM5exLPu6p1c55S7PvNKgTNRQiEWtl0sTIkv+9ldewqt"
    "VjjSFwNsm29Ze2uiReHOKrttJU1fiB2Vqx2VfTkSZ1u2PxQEGbQ16TDDRZi/ncepeDD+xP"
    "f0s/MSe/rZee6eTm8lS5bYbDWa/fYcyqONlJcvOuwiG+HDOOCiIsaXJRC+zMX3Msub5WSs"
    "ELmb6oZAGKsyzOxk5TToWX+Shf7MsLdfo0WBKTBByhPAP3a7p6cX3ePTT5fnZxcX55fHId"
    "LpW0WQXw9vKeqx8Z3Fhjk0s2K2Cuq6b0j42/YaWZnFGSuNQt0SJfIRLToZmiO9fFSkLlpo"
    "IUyvfCmK7ifDVA/ac2cZPDsuo0Uc52sRx+nE/s1rMSCcINudvNvp7GYxPS6DNGmVv5gep7"
    "BeyUjzjvBgM3Un6fjbu7rnZUzepFUu3O69pCxm6BaydRPBDEXj74/j+zyBLE6XNDchxQb/"
    "BwJmNDLI/zp3sBsdCZ4dpNkIWx/p8/7W1OAvAJ/iFDM9pQJVkjEpR3GbEu1ABKp8rx6JmN"
    "zuhW9X4HqcUnC9LVzPMAiH+Q8lVYjY9oht8g+aWyaXEBXhLuzrAAdDqSwccpf08uzQzrfE"
    "qx/p6vAkiVJo2bKmZYoBVXGakg7fOAVrBckyihdbonXn9cLT/GvY3BFZtLINH/FVrdAEIi"
    "VW03qtIb/TR7icRTaE1DWPcOdfwkayRxtJlBMpdPN1ywQZh46rk1Kq/EmBKn+SVuXpDGMa"
    "xhsCnrwrTcVa+6vLlnHWvqn4wKAtG1y9GVFtCqyOyZIZu1hS1szfxFICbt1bWBCgS4uDmV"
    "jWKJpiD2tniDUnVaMfnkYjaTL4xxNRqq9A9K8ZHj4+Pg2ugPsxw9F7Un98dze4T1AEV33K"
    "TaPYnzM87Y1+uQL0/xm+Ho1vrwD9f4Zvxv3HK0D/n+HBF5fS/Zjh8fTnweQKuB+dCjtut5"
    "Qxt8CWmzLlWrpjKtWTn0PqVg+O2+F0QAaA+zHDd4O7a8oF77MKG2qO2IkukylGFMWXJAg5"
    "SpLdcXCJjWyNyQ8aErR53Fd2GZWJqCStClxGqZhKx9RY8PWb8+ePayRsJ/SrvbFgHKfiD+"
    "ru8UmZcXx8kj+O6b041LqiOKZZydWSIBWx9u1xraQ9aitoLipxOUYoSmu2mceKJktE18cw"
    "S+zSdQ3KOMdVHiNMMPmZUHLF1+vxeBRj6fUwWTHjiUrSH7yFlDRCdo6cJaIT8veuw/RTi+"
    "iE75HredEJ+zTkt2xBFaeUthHRAs+IqAhcxjfCdErpLp1NLZv+W/qayOPB/dNo1AZnU98x"
    "LT0zcCKj1VFZx5OkuAQly+D+rL+SWyawlxCgFa0BTQva6hi60cKEEeCDQX6BdQSQZTmQfH"
    "78+PGHoM3G0gEWun1Fe0mafet/wgxj+AotG/yxkWL+ABaE+AhYuvscDL/awHQwkK0Xi/Sj"
    "vYG5boLXpWwDZSljwhpgITI58ury/p4w4vivKpxte3W27c0c17ZNZQf2uGDEMwAdIeER5f"
    "pdhGTJkhxsowwLfrH6FqcUxrD2aGtpJV2TLVsie1EFLT1BKvjcej7n1YgoWDTjZDtMS9Rf"
    "OjtZOOspvdeSFO90QP074nsYdV9Seo+E/ZeT3smrvoFY5Jl3JAWNLiIfj8NbsJRVgIgwDF"
    "ak2fKKtCZ7BxG0sQ4MqBsaTB9vUWvPReHYLiH94kZDCfl6n/J1yIv0JpXjkwsIiramA5T8"
    "ClCke01CjhNlVhsUkt0VhWGuh+13Z5o9bvV0F44D/hIAWobsYcf/PzjPGlIeTH2OXHDT55"
    "LFGhSKcobbVDK8tqKoD1/ykbwmd0yJMeQyTsVfOGAjkZc7rZ/UangbKK1Oq/OwgBsS8Idu"
    "I2V8FH1lEN2ZBeIICX8gn3TLJHaQVvk2oG4qucN16jDWAIvSCJhLwWwpSz/usizIGwoBcS"
    "mITWg5Wbtd/olzGwoeIC7yAjRx5twaWeg5Ky0pv8BahGSr2mpVkOe+tJoIY81fffgNY21B"
    "3OXBK6tbOcXei9AcYzjVyX8Nx2fulQm1RWfW6GHU5P4SKi+dLMdicO+o0J+oyZJCmzVSgy"
    "IYLJ5SKBx2+zRI7ViTb93u2LwqXymNbdsUtko4h1cONoltDU2LhkCsZJssX6ygZ1AL9FlS"
    "COmOUS2FMEbJoRR+uFJ3Rs7g/sXufe8aIt3p0ATqnfmC77xzC0bIsh+d5ygCKVk8r2mhaB"
    "49F0GyImSNiuru0zywhdS+f6k9wg6W1IrsNVhI7jmSu9CNGteNbD+6M41wiQp3AXGb0e48"
    "Pl0/9ifD68HNFdh8n+GHwf3N8P5W6o/vPw8nd73pcHx/BbKubtr2Hh4m4y+90aZdcKVTha"
    "P1R1qKGiKcmeFFDZHvkesH4nzZN3OFFii0wDwtEELbMXqGoSFFztX/Uo2OCjU/t7kkb9qL"
    "6GC+1DoF2Wwhf377NgvA7YlZXUNsVxBSonSiMGh7JJK0IGrrBlJY5k9IwOEE6pY6AaZbcA"
    "JMN30CjIipb259EiHfuwj5JiAxjeCQgD+Au+UWiIL1QaSFCHtpceCxb6fssEEekIV2zhnu"
    "9fuDhyk1ogbfZvhm0B8N7+m14FsVM2g9xUXix8srSK1kEItTimo9bZY2hbE7f4IdptmzlL"
    "FbmD2F2VOYPfPO83XMNXybQMsgPwB2MmyeiRZHhSf6um0l028srJ18WTsthUzqNK6PK1nT"
    "8gvKBEQ8raWn3YtPIbr0jyJgH+96o1E6+HYOoUoncRrQ/CTQKM0OlQJGbaAW6bKJLFBa2I"
    "4sRRKrVSxJx5/y24R1zMOM2YCTIuQP7foNOQFo9LEQV9RycvoQWq3Qag/RUyaU2hqV2pbN"
    "YK502pZhe+Aq7Y2MtLeeokDLerRlmx5QoHisT2i22Q2PihRclZJIskvjVvCOEAk995Am/1"
    "GBnqvKGU7d/IrIfvO66yG3oUhCFn4Z1ZBNSF7ZsjOK4OeOxSiJKNubSotG7uk1LIBGSQSg"
    "qTrI7mkLUvfrVwZI40QC1BxQT6uAeipALQT1rAqoZwLUQlDPq4B6LkDNBtXWDcmQ7WXGLp"
    "VfVS9GtFVdvWqmbN4L61F8TTiHpgmzxIdixsQIBXNqZ85h2epEBEp1Y13KtrS/rCYP9cxc"
    "Jv/kxuIMJtJIGDj4MnCIvItY2HoZb9xJgTvuJO2PI9MRq3Ia4nzX/oZCOPaZHftEVDdtq8"
    "K+GiPkzwV2ILtoKUcnmR5VOBwh41Bs4onBlAV/MgaLRGk43JvqD8v5t44w62lGURoOQe4e"
    "l828LEy9TMkAJlR0IsDTMb+SbaQEp8LGYS8scJrXhahyylDltOiA5nJJWDs/p9mi5WwdDQ"
    "Yjonzxqv7Pg5unEU2xCvuY4X7vvj8YuVcV+iO1oOe9Z155ryMR5d9iO9YnRchflOB5qWXp"
    "vGBVOk8vSg5bEUKnzgKE+9Wp4yO5FLYnBdiepLG1qE/bX0PK+hgiJMLDkKpPLeyl34m9VJ"
    "Sn45nrGepfqjydbi5kjP5kjWtNkong1v0fAt66WcPPKeBtg7ZsrHDOMeATsmpMhv1pJ3sp"
    "qAFWvkOwk6tfDFzyEuD+aTQqCsSOONrwmmjQMENPvvYpP/8ygVpY9jAbbt+rOPQ642hAf2"
    "Ny0yaNQL6jNRvX4NC199GdRDvjY0R/q+bRDgZYvmM7MgTf9W9L0cFf94kMq42jXZzEsH/f"
    "tzgjoOmaV3OyK0Fbkud21g5erMElaYVLtj0qW1pTN+FKX0PWU9siVMKPweDHwLqNyCNUqY"
    "KdMZNW6MppkEOJgGXvjRMJnTkDV5Gx3KwRIiJlbqkxRwJDD2zMltWa49M1O3c5OXaFKeIw"
    "s8E3KnOGqhjTp/O1xFCHL6cfdqZLCEIaoM+BjiHwB91HMLQtsEYq1IG11F8tYMimjRRkyA"
    "TwK2A4zxqyllAlROAaaeiZ/Ev66ut/wgzrWHsDr8heAqK6gtCw9D8W8OvBgA93AyJy3t9K"
    "k0F/PKFVXh9/OAK2/AIxUPVXTPvz03o/do4ytWGh+e6zfNvhxcHUVo346WE07nnXwq/BVR"
    "oWE3yb4cngjp7PRgb5P56IgkRvpi75rcJ79Mpd7/7JbeO1vR8M3I4zL8/w597QDcfxPpPz"
    "u5TqXvthcJbumApkDQ6MU/FoI2koPFAhSrDJinaMiL+Qp6awtshWlmGlQIsCF+ifvOnIP3"
    "a7p6cX3ePTT5fnZxcX55fH4Q6TvlW01VwPb+luE8M/Iz0Y2RpjLLdPwEECTHxYX5YZ1Jf5"
    "Q/oyHcZnaLqssq4ecSr+lo9mIiY90GSHPIId64BMgM0CNmOQapSIP6AbORjqGf2ZiXLRnr"
    "ihEbti1V1xjghfGcsPR2nE8C41vJWlg1+kbLEvd3zHiTga4/WVfFnSAFSWsmQRit35RU4O"
    "BE7DTT5WM3Me8yu1xKlEmZaYe7WOMi0ewPSsPmrEZnVvZ1ALNzeDm9s1cTDbRPjcGxuRsS"
    "3neYXoAbk2XBnVEi1yuhCV4tscrSOzyvuyEPa3E/af12yKbNCev4WsgaNLTVNn2iZCAv7Q"
    "bWSbcMP05Cq52WlKATkT5P6+ylZPO00qEoqTCzKR2i0oOdjOCgEvFnkSpDsRdURcctW4ZM"
    "tZZaUyFUyfkELMGpGGXx7qw0zIFmn43yPXM9bOVBp+a+LfDz4ULxWsXSYLF64hzpL7WHJw"
    "w6jWAe3sAKcXQw5uiQD4IL22+fD3NpzYU0vwewPh195YLIrBDkdriUBsaTNPyoVjy46KbE"
    "CB0Wi4tLyJnr4CpC/zDdD4VgiUpYwXpDlWwetSBx90k3zK9g9AkR0LqgB5oc2pYOya+xeh"
    "0+0KnX4hP4vFAhK05zAc9qyM3eMs3+xxlvZHFMSl57gf9hCLvjtTae2B3Sq0GXPeNxTcxW"
    "I2Yrg7LA1ZHMJbi4JMhA6dMac1SsKRW602S9NGwGOCNUkmMrDfTxguKEzEnNnKUpeobTCX"
    "1ZuSY+z9tGF3steALt95w9Elkbl8WZOZw1PTsQjYN7rirHJ012SToyLl1fYaS6rfumWHKu"
    "ULg5yWgL44KSEHXpzkioH01jvHLMGvGfJg/hFAQXsulJoiQa+JI4B0g6JDXpJJk4xTcQF8"
    "Qt056ZZRd066+eoOvZc43UpVKyk7UTrhFmq7rsPgwGhyH+5BEynLrO3Xv1O468qbNq3Zao"
    "U5dktz7BqaFmKLSYuQcLjKd8/PyxgNz88L6jiep1Z5MqkYEPabc4huI4eFkCfavs5QNvEn"
    "QrL7rJ/9iIq15ffsdTP79v/kyrhs"
)
