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
CREATE TABLE IF NOT EXISTS "outbox_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "queue" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128),
    "payload" JSON NOT NULL,
    "state" VARCHAR(16) NOT NULL /* PENDING: pending\nDISPATCHED: dispatched\nRUNNING: running\nDONE: done\nFAILED: failed */,
    "tries" INT NOT NULL,
    "dispatches" INT NOT NULL,
    "available_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "useful_until" TIMESTAMP NOT NULL,
    "claimed_by" VARCHAR(128),
    "last_error" VARCHAR(200),
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_outbox_jobs_key_3e245f" ON "outbox_jobs" ("key");
CREATE INDEX IF NOT EXISTS "idx_outbox_jobs_state_1b98ab" ON "outbox_jobs" ("state", "available_at");
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
    "eJztXWtz4ji6/isqvpyeqmxXQpJONru1VYTQGWZIyBLSO2eHKY9jC9DEyF5fSGf29H8/km"
    "/4HsvYYNT60A2x9crmeXV57/pvZ6WrULM+Ppj6HGmwcwX+28Hyin5J3joCHdkwNjfoBVt+"
    "dok6htfIvSg/W7YpKza5Ppc1C5JLKrQUExk20jFtPXa/yRpQoS0jzQIyMKBp6Ris5Dcgqy"
    "qQ5zY0gYUWGOEFQBh8sGzZhiuIbTBzjo/lixP549kPH+nzVF0hDyTt6u/aweg/DpRsfQHt"
    "JTTJA379jVxGWIVfyY/1/zRepDmCmhpDD6m0A/e6ZL8Z7rUhtj+7DelbP0uKrjkrvGlsvN"
    "lLHYetEbbp1QXE0CQvSLu3TYfCiR1N85EPEPbedNPEe8UIjQrnsqNRplBq7wU21zqSdD+e"
    "So+DqSR1UgwLKCJA+5cUHVNmk1e13F+/oK/wl+7J2cXZ5emns0vSxH3N8MrFN+/RG2A8Qh"
    "ee+2nnm3tftmWvhYvxBlSMlBf3ewra/lI2s7GN0iQQJq+eRDjAMwKxD2CIcNBkA/FmmO8C"
    "45X8VdIgXthL8uenswJAv/Qm/R97kw+fzn6gD9TJrPSm671/p+veophvMJbXBH1TckyNBe"
    "U4FX84n590SwBNWuUi7d6LQ63oK0PGbyw4R0j4A/mke1kCZNIqF2T3Xhxkx1ApHJJsp3G+"
    "IXdstILZWMcpE3CrPunH4EsJ8FOL9b7RN6GsjrH25g+MAvCnw7vB47R390Aft7Ks/2gufr"
    "3pgN7pulffElc/fErwKewE/Gs4/RHQP8G/x/cDF17dshem+8RNu+m/O/SdZMfWJay/SmT/"
    "jmAUXN68fYTrFjQlpj04QvH+RlyGuQe/E1PZZv4S2YjphWdZeXmVTVVK3dG7euamTYFN82"
    "GM4VQn/7nMGJJ3l7GStUf7UuiT38lBMeFbMMaCq5vnm/JrKDRGhx755eT3QtvbBnqP/d7N"
    "oPMtBnwcZ3pr1V0lr8hYXri/l74ZfY8ojhlSfoBvvohPX7KcfJ+Pj5Cn2yVPG86zhpTMdf"
    "LpaXiTDW6MKIGx4yD1IyVtZq52/j53sEJRBO6T6H9n/+g0O32zoHUFkVNvf4vuXO5P/5ba"
    "iVh1lihNJTGvdZJGTM7rHpcQ87rHuVIevZUNsvQCmcTpJF09YO93zWgYariSEZNqGBLUor"
    "C0CdvzMso3aZWP7nlK/TYIRExrRUjAHby1D11DtqxXnYhQS9laMmGcJORP9+6en5cazOcF"
    "g/k8CTi1rDpWNtID7KxSwn8M9Q317vbADhFs0Tp4l7KYd3r96fDL4Ap41DN8M3CvEEX45g"
    "qo0L3svmkFzpx8KmMUSeraEZvIp5Tdiej91UwicUphEmmLScRfWiIWERc1YQjjmut5hjAG"
    "w01UwYbYRjaCGev1tU/7+ecJ1GQX3fRA8C0Jg682lam1odff2wEOhzy7TXxvg5ZF+t0SrU"
    "evF35BUhyTDAIJriGl2xIrr7MB7evw5K1SgJm6tu0EnJAubk25mtH6EDBazWXJRsoL3HZA"
    "3c3lqdsPr0iZUNHX0HwjzdSth5XfV5/8ySteBsQq6YS2sonMLilLGS+2Be7B67Tv9dl3u+"
    "QWQFNX6I5GMNTQCm07QR/C7ka0N15Rg18N3dweK6JiKm8Dty9ekTK8HymZkLyzVRNkE68z"
    "XjGji5mJnh17e2m1H+mKW7g0maz7UHnZFitN7tNueMXJcp7DzreVw2SkuWu8ZT9GeuUVuR"
    "WEtmNIsmFoSJHrwM/tsLfpj1fkLMdcQ7r6WwZpt61g9uj2NvE741ShpIONdFLDCKOvwjVG"
    "EsJrZNc1IUmHQ9of5HVkUeXSdNWlOow7k6A33qw76dC4gmiumCYVpF1kgxoE0JXSooKuOM"
    "E0Fq++gJI3FOvAqreAk7AzDtFaOAQOJGMqfZj6Ws6I5GAH7dbvtBfpk0PsbN02pLms2HpG"
    "PCs7alPS3eewNw7x8gMF61zJ3B75W88Yg3hTLraMgN4sN1x+cC/0W0txL2C9ob6/0k1tTZ"
    "7gDniiP/4BSde/iQjgfUYARzhSOhoqQsNhdGr9KXXBUGfAOELCIcSNBJtp+gJhFoxDAhHN"
    "VwpgkX27E5hFAu7OEnD3HMveKoAbiWZ38ZLW0ESk0ywFXdc1KOMCsGPECdSfCXVTe2F4Zb"
    "eJRdfj8Yj2HEYWXg+nCbyf7q4Hkw8nLhtII+TlCgaiXmQdUajvnEjgLzBjW5wSkT9nJUnQ"
    "8TDUiwI6B79MY4gHA/rDXe8XF+QwnnM0vr8NmkcY0h+NrxPYm3BuQmvJDn6KUKDPjr4Lng"
    "S/GohgWSHeOYu+hqjnA+JKu4Oc07HtGsIvlULbY4Qisr0tTC+Vz7D/Eg/7Zm4TRR7eK9zw"
    "WTchWuCf4VvDpRvasTzWXLzhnaoZ9RV6CBILMkzDkZyDfItwNL1BVHw4qCl9VGDv9UQb1v"
    "zXOBV3SfL1W3xFhuX3KJFosmVLFiRTpYIgmqDlkPMHwulSCkd15bJ2tVKwuTk2k5tL6hBX"
    "Kq7mWfSC5a1muQnXejVbQpxSGIzazGVk0Nakw5zqJDlaRoyKB9NsXBA+K+POPMv3Zp6lnJ"
    "mudkw0VMwU/RCn4g/nRpyZwh4m7GHCHpZnD/viupG99Cg3hT3DMJZqc1RkIVtHWm8S7IWt"
    "7KCm+1GBrYxm/2PIFB8SIeEwbK/+SmSGYxLJjq3e4YaEQ4hPywgGp/lywWlKLLBlk6wnko"
    "oWfo57aaNvkrApuLky/JJ9oALWCTIOB3YDB5XYNlwZWXmHuTtflGR3Eu9xq/c/4bT4vp0W"
    "wpKdy/UD4XIpgxf9ac6q2uyOkwrDZtv4nLJZ7CvkJFqfMTPwJFHAsSj8JFU4UmjW3GjWL+"
    "RnsYjHQXsO5eKzMkeeneWfeHaWOvDssMS4nQ5rfqU44c8S/izhz9rSn9U2jHlyZ7UM2wP3"
    "Zm1qfGeI2bEC4PkiNi01Li1ou0ZqfQTDiz6GflqKTsaNqPaxT7k74EV633r/NJ6Ats0yeK"
    "d3cze8vwKyukJ4hh8mwy+9/v9K48+fh/3B5AoE5YP1+Rwp0Jzhux4BjfyjN1eUDeSfe30w"
    "mD49SOPJbe9++G/3rle0UzcXMkZ/ekN7/84db1IxSCIhwQ6PVOrsRAa5LHNc2GX+cWGXqe"
    "PC3LWxkiIVp+TQMsqxJiXCqLiSO9sG7oELnpv6mBmCZ6x4Zr7guanYWU7w7EyXENDFEuhz"
    "8IxMewkWaA0xkG1gkTHzF8c4Ai/QsMEztJAKARFCAcUPkHFB5FHyt4yBjgGyPya37br7Fp"
    "bmdkm8lLVE3JNc1mZv49kApwiLdvHDXYeyUKW78N5tMfwN0628dO9tn0EN1YY3z70yoZmt"
    "c6vtMFX5OGNXzKqOnL85pgo0l9wj/7XUV+AVAtl6gSqwdUBhgtgGc90EMlCWSFOPgIxV8L"
    "qE/s4F34CK1PSeuGVfYg9s1x4YDinmcndpSv58F43UvQuBYz7OPU3JIeS1n+zunwdWMW0z"
    "TsuhueZAzDNlA9nmyKwcyRajFaFsbea0UDqE0rF3JrRQ6dgcW5yhbcTONM5XMxJnKL+vXz"
    "yYuj6n1i7bNYGRZdQi+oB7fAkwZMuC6t/cGxYkUKmA7KcGwUkmvQAUKA5+TbG0wlF350ID"
    "aZcG4o009rJjcTJRdywhB6dzotxoaYk1vDZO1WYHf2uCbPOTzx5XsqZ9Xxlop92LT+GSQf"
    "8oWi0e73qjUTr5TKQhvSeC8CLTV1HcImRCZ2szfw8r+UDEzLzPdhEzszddXcTMcBEzQ2Ni"
    "1tB8yys7FLt/VBiy7bdkKDfUmUIMLIKuBv9C8AEuJbCW+isNW1EgDXSB2NS1FdEB/kYuaW"
    "9U1UYm+PGu1wfIcqNfMuJmautWKOvtUtbbVMKEa2VdyMJCFhaysJCFhSwsZOHvRRaOHHqf"
    "IQlH7hbKwTZpJ3n+oZJS8BgTkXRTjJ16jAwDGJB8KoruYPsjGGDaveqJr79HQwV+p/KqBT"
    "Ok4Pq6FVJwu6RgC5JN2JYgVsw3g0LCIApn0XLoVWnk9GMR3vO9iMfuiTeuMkP9+WleX6NF"
    "7iqWpuWo4MNfu93T04vu8emny/Ozi4vzy+NwcUvfKlrlroe3dKGLcViUfRRqSkI+FMF1Ir"
    "hOBNf5OD5ArJJX7uvYJgoFkfHwItNon9muUGkxPAr6aymJpLg0JfWXng1WZAEgWgSMqhdu"
    "Eo5fdP5vNBbOll+gBeB8DhXbs7q/EuXEDZ6jBlry34rcp1CllZmGnlFYHSYomC/qwoiTDl"
    "qk2pSJF8sPF0tFi2H4yp58FSPiMAmoibwrihlzylWMiEOga8+2ErF670k0bdcQhP9KKIbt"
    "VQz3zVzhvzo0lW9n/qsHXUPK2xdoWt7vTuuFsQZHhQqh21Rae21FjXu+dKr1ZgiUFUQjJN"
    "yFT9Vf+9IzQKA1rCKHJmj5q3V/IBJJOUFUxzbNUGPNH0zScWioqD8q0YZfM6bTlFzNSdL0"
    "23MBbtGsGfwyjU2YAMQPd71ffohNmtH4/jZoHgG9PxpfJ8BeEWhMJGfYha51XYMyzsY8Sp"
    "bA/ZnQNQV8eGW3yF+Px6MY8tfDJLRPd9eDyYcTlw2kEbJzfJ2OyWSC85tzMbR3cGKD4Txr"
    "yFpWMhkkaYXRoC1bdJ7RYCvvZ30aWd+rTZdflTbe4KhII/Pr3DFVpxUa2aFoZK20bB0ewO"
    "L07h0quf5JAozyYYRqh+LhfuTyGqXDuEGOaVinKMXoLjG6fdhY9foEGYdQ16/WvxKBhj4/"
    "BXO+Zh8h4QLinSv3ROzTcxIH3j9vaUPdZvA7j8Pbe+np4Qr4X2aYtJwO728fySX/2wxf9+"
    "7dM5a8zxm+fepNboa9+ysQfOtUmCUnn0rMkpOkWrSZJfRWIhZaQ1T+x9Amg/+FydaYouQv"
    "kqSRFGhxnOZujDP+AK2Q2J8kbPN61JqRrUIFqZUsYXFKDu1gB2L3KuWaMky4Zpdfo0TceX"
    "rrn0sm4QkrxlEasWDlgNwSE+6DqSu0ei9ejNAKZZY1TjY5KgysCRtLGm0tDLmHaGfMN+Tm"
    "17d9X606hCq3nQnZlybD/nQ4JhoS2a0I3Aq9N8Pj658G/nX9+Q/oXm2H6rQHY3Crhfj6rW"
    "UiHjsfer5cq7E0eTSvxvQYoSiF0GYtopWeSRFzL2Lu2xFzb6K1rLwNvhq6maMcRBu8oxq4"
    "TSXotmU4f9ggP4W8HpAx6PX7g8dH4J8bBoi2oToKVI+Aqr9iTZdV+jDw/AaI5gHIJWi6R5"
    "RcAFV+s7JPIK61d6GutEtdsfUXyORNDgmEbeh9O6uuOKtM/0G+YzNK02Y9sLWeTUNeZCh6"
    "+YAH7QXYFcAWal/+4sKv2idy7CtNwBZxuZTm54t5bMpfnEjof1mJHkKjFhr1AWjUGWtBDa"
    "j6CvFk0yGn+MZXwhYaLQIW5FstIkx632zh/17h0OTLQsC9Q9Mzal35xq0ZnlAn5udhv+e5"
    "MmN/zvBg0nt8mgyugP8l5vYMv9JeIm7SyB/tcIgSftk57tD3uRoSt5qthG+D4ZfBjctB99"
    "sMfxlMCCvpteDbDA/vpYfJ+HbijoHIH4TVv0wH9ze0dfBthvvju4fRYEovhl8psz8/PXqP"
    "cr/MMJXObya9fxHmh1/bwXoV2jLSMg6HLbBJbUh48IXv3CIlog8ajj4woQLRupIdKkEqTB"
    "KtNkmoTpWKOhsqwd5Ws3cNTUR+SJV5nCAVMSVt5jORNCCuloGQIBV8bjOfFU2vdo5kjFDw"
    "uM08JrBbZHud21k213fmcpxU8LnNfDbhClVcsxOkgs9t5rNw6eeymWOXvvBJCp9kC3xmW0"
    "T5xsJTgvjZONrXPuHnnydQk4P0pEI35SZulxPE47LbGuKagPJdhYM1PMjZnwvX7vywHnTv"
    "OmNDhEt7ZKUNm8sdRkzPrQT6HMhBpPcVPTrYVbuPACa9mcAx6D6uZp86zEgvPL7t8vjKYe"
    "ZmWXfFhqLNLsHWuCuE9/W79b6GB8gzTC09yzrSKnZXnFkNwSuxKzMpOo6ObK4tbhXrWatW"
    "fthA0J4HD7ZIrGgNKzi2woiI+53YYkQwM0fBzANTthwTTvUV0W3pQakZGnSqzVGR+gy91k"
    "Qh9ZuLkGa+FNz8kOZsXA8hjLk1Ijh7Ec+6q3dynVPu+swrBc5ECYVY2HaxMCW+7Gd37Sm0"
    "WuFIXwywbb5l7a2JFoU7q+y2lTR9IXZUrnZU9uVInG3Z/lAQZNDWpMMMF2H+dh6n4sH4E9"
    "/Tz85L7Oln57l7Or2VLFlis9Vo9ttzKI82Ul6+6LCLbIQP44CLihhflkD4MhffyyxvlpOx"
    "QuRuqhsCYazKMLOTldOgZ/1JFvozw95+jRYFpsAEKU8A/7XbPT296B6ffro8P7u4OL88Dp"
    "FO3yqC/Hp4S1GPje8sNsyhmRWzVVDXfUPC37bXyMoszlhpFOqWKJGPaNHJ0Bzp5aMiddFC"
    "C2F65UtRdD8ZpnrQnjvL4NlxGS3iOF+LOE4n9m9eiwHhBNnu5N1OZzeL6XEZpEmr/MX0OI"
    "X1Skaad4QHm6k7Scff3tU9L2PyJq1y4XbvJWUxQ7eQrZsIZigaPz2O7/MEsjhd0tyEFBv8"
    "HwiY0cgg//vcwW50JHh2kGYjbH2kz/tHU4O/AHyKU8z0lApUScakHMVtSrQDEajyvXokYn"
    "K7F75dgetxSsH1tnA9wyAc5j+UVCFi2yO2yT9obplcQlSEu7CvAxwMpbJwyF3Sy7NDO98S"
    "r36kq8OTJEqhZcualikGVMVpSjp84xSsFSTLKF5sidad1wtP869hc0dk0co2fMRXtUITiJ"
    "RYTeu1hvxKH+FyFtkQUtc8wp3fhI1kjzaSKCdS6ObrlgkyDh1XJ6VU+ZMCVf4krcrTGcY0"
    "jDcEPHlXmoq19leXLeOsfVPxgUFbNrh6M6LaFFgdkyUzdrGkrJm/iaUE3Lq3sCBAlxYHM7"
    "GsUTTFHtbOEGtOqkY/PI1G0mTwzyeiVF+B6F8zPHx8fBpcAfdjhqP3pP747m5wn6AIrvqU"
    "m0axP2d42hv9fAXo/zN8PRrfXgH6/wzfjPuPV4D+P8ODLy6l+zHD4+mPg8kVcD86FXbcbi"
    "ljboEtN2XKtXTHVKonP4fUrR4ct8PpgAwA92OG7wZ315QL3mcVNtQcsRNdJlOMKIovSRBy"
    "lCS74+ASG9kakx80JGjzuK/sMioTUUlaFbiMUjGVjqmx4Os3588f10jYTuhXe2PBOE7FH9"
    "Td45My4/j4JH8c03txqHVFcUyzkqslQSpi7dvjWkl71FbQXFTicoxQlNZsM48VTZaIro9h"
    "ltil6xqUcY6rPEaYYPIzoeSKr9fj8SjG0uthsmLGE5WkP3gLKWmE7Bw5S0Qn5O9dh+mnFt"
    "EJ3yPX86IT9mnIb9mCKk4pbSOiBZ4RURG4jG+E6ZTSXTqbWjb9t/Q1kceD+6fRqA3Opr5j"
    "Wnpm4ERGq6OyjidJcQlKlsH9UX8lt0xgLyFAK1oDmha01TF0o4UJI8AHg/wC6wggy3Ig+f"
    "z48eMPQZuNpQMsdPuK9pI0+9b/hBnG8BVaNvh9I8X8DiwI8RGwdPc5GH61gelgIFsvFulH"
    "ewNz3QSvS9kGylLGhDXAQmRy5NXl/TVhxPFfVTjb9ups25s5rm2byg7sccGIZwA6QsIjyv"
    "W7CMmSJTnYRhkW/GL1LU4pjGHt0dbSSromW7ZE9qIKWnqCVPC59XzOqxFRsGjGyXaYlqi/"
    "dHaycNZTeq8lKd7pgPp3xPcw6r6k9B4J+y8nvZNXfQOxyDPvSAoaXUQ+Hoe3YCmrABFhGK"
    "xIs+UVaU32DiJoYx0YUDc0mD7eotaei8KxXUL6xY2GEvL1PuXrkBfpTSrHJxcQFG1NByj5"
    "FaBI95qEHCfKrDYoJLsrCsNcD9vvzjR73OrpLhwH/CUAtAzZw47/f3CeNaQ8mPocueCmzy"
    "WLNSgU5Qy3qWR4bUVRH77kI3lN7pgSY8hlnIq/cMBGIi93Wj+p1fA2UFqdVudhATck4A/d"
    "Rsr4KPrKILozC8QREv5APumWSewgrfJtQN1Ucofr1GGsARalETCXgtlSln7cZVmQNxQC4l"
    "IQm9Bysna7/BPnNhQ8QFzkBWjizLk1stBzVlpSfoG1CMlWtdWqIM99aTURxpq/+vAbxtqC"
    "uMuDV1a3coq9F6E5xnCqk/8ajs/cKxNqi86s0cOoyf0lVF46WY7F4N5RoT9RkyWFNmukBk"
    "UwWDylUDjs9mmQ2rEm37rdsXlVvlIa27YpbJVwDq8cbBLbGpoWDYFYyTZZvlhBz6AW6LOk"
    "ENIdo1oKYYySQyn8cKXujJzB/Yvd+941RLrToQnUO/MF33nnFoyQZT86z1EEUrJ4XtNC0T"
    "x6LoJkRcgaFdXdp3lgC6l9/1J7hB0sqRXZa7CQ3HMkd6EbNa4b2X50ZxrhEhXuAuI2o915"
    "fLp+7E+G14ObK7D5PsMPg/ub4f2t1B/ffx5O7nrT4fj+CmRd3bTtPTxMxl96o0274EqnCk"
    "frj7QUNUQ4M8OLGiLfI9cPxPmyb+YKLVBogXlaIIS2Y/QMQ0OKnKv/pRodFWp+bnNJ3rQX"
    "0cF8qXUKstlC/vz2bRaA2xOzuobYriCkROlEYdD2SCRpQdTWDaSwzJ+QgMMJ1C11Aky34A"
    "SYbvoEGBFT39z6JEK+dxHyTUBiGsEhAX8Ad8stEAXrg0gLEfbS4sBj307ZYYM8IAvtnDPc"
    "6/cHD1NqRA2+zfDNoD8a3tNrwbcqZtB6iovEj5dXkFrJIBanFNV62ixtCmN3/gQ7TLNnKW"
    "O3MHsKs6cwe+ad5+uYa/g2gZZBfgDsZNg8Ey2OCk/0ddtKpt9YWDv5snZaCpnUaVwfV7Km"
    "5ReUCYh4WktPuxefQnTpH0XAPt71RqN08O0cQpVO4jSg+UmgUZodKgWM2kAt0mUTWaC0sB"
    "1ZiiRWq1iSjj/ltwnrmIcZswEnRcgf2vUbcgLQ6GMhrqjl5PQhtFqh1R6ip0wotTUqtS2b"
    "wVzptC3D9sBV2hsZaW89RYGW9WjLNj2gQPFYn9BssxseFSm4KiWRZJfGreAdIRJ67iFN/q"
    "MCPVeVM5y6+RWR/eZ110NuQ5GELPwyqiGbkLyyZWcUwc8di1ESUbY3lRaN3NNrWACNkghA"
    "U3WQ3dMWpO7XrwyQxokEqDmgnlYB9VSAWgjqWRVQzwSohaCeVwH1XICaDaqtG5Ih28uMXS"
    "q/ql6MaKu6etVM2bwX1qP4mnAOTRNmiQ/FjIkRCubUzpzDstWJCJTqxrqUbWl/WU0e6pm5"
    "TP7JjcUZTKSRMHDwZeAQeRexsPUy3riTAnfcSdofR6YjVuU0xPmu/Q2FcOwzO/aJqG7aVo"
    "V9NUbInwvsQHbRUo5OMj2qcDhCxqHYxBODKQv+ZAwWidJwuDfVH5bzh44w62lGURoOQe4e"
    "l828LEy9TMkAJlR0IsDTMb+SbaQEp8LGYS8scJrXhahyylDltOiA5nJJWDs/p9mi5WwdDQ"
    "Yjonzxqv6Pg5unEU2xCvuY4X7vvj8YuVcV+iO1oOe9Z155ryMR5d9iO9YnRchflOB5qWXp"
    "vGBVOk8vSg5bEUKnzgKE+9Wp4yO5FLYnBdiepLG1qE/bX0PK+hgiJMLDkKpPLeyl34m9VJ"
    "Sn45nrGepfqjydbi5kjP5kjWtNkong1v0fAt66WcPPKeBtg7ZsrHDOMeATsmpMhv1pJ3sp"
    "qAFWvkOwk6tfDFzyEuD+aTQqCsSOONrwmmjQMENPvvYpP/88gVpY9jAbbt+rOPQ642hAf2"
    "Ny0yaNQL6jNRvX4NC199GdRDvjY0R/q+bRDgZYvmM7MgTf9W9L0cFf94kMq42jXZzEsH/f"
    "tzgjoOmaV3OyK0Fbkud21g5erMElaYVLtj0qW1pTN+FKX0PWU9siVMKPweDHwLqNyCNUqY"
    "KdMZNW6MppkEOJgGXvjRMJnTkDV5Gx3KwRIiJlbqkxRwJDD2zMltWa49M1O3c5OXaFKeIw"
    "s8E3KnOGqhjTp/O1xFCHL6cfdqZLCEIaoM+BjiHwB91HMLQtsEYq1IG11F8tYMimjRRkyA"
    "TwK2A4zxqyllAlROAaaeiZ/Ev66ut/wgzrWHsDr8heAqK6gtCw9D8W8OvBgA93AyJy3t9K"
    "k0F/PKFVXh9/OAK2/AIxUPVXTPvz03o/do4ytWGh+e6zfNvhxcHUVo346WE07nnXwq/BVR"
    "oWE3yb4cngjp7PRgb5P5+IgkRvpi75rcJ79Mpd7/7JbeO1vR8M3I4zL8/w597QDcfxPpPz"
    "u5TqXvthcJbumApkDQ6MU/FoI2koPFAhSrDJinaMiL+Qp6awtshWlmGlQIsCF+ifvOnIf+"
    "12T08vusenny7Pzy4uzi+Pwx0mfatoq7ke3tLdJoZ/RnowsjXGWG6fgIMEmPiwviwzqC/z"
    "h/RlOozP0HRZZV094lT8LR/NREx6oMkOeQQ71gGZAJsFbMYg1SgRf0A3cjDUM/ozE+WiPX"
    "FDI3bFqrviHBG+MpYfjtKI4V1qeCtLB79I2WJf7viOE3E0xusr+bKkAagsZckiFLvzi5wc"
    "CJyGm3ysZuY85ldqiVOJMi0x92odZVo8gOlZfdSIzerezqAWbm4GN7dr4mC2ifC5NzYiY1"
    "vO8wrRA3JtuDKqJVrkdCEqxbc5WkdmlfdlIexvJ+w/r9kU2aA9fwtZA0eXmqbOtE2EBPyh"
    "28g24YbpyVVys9OUAnImyP19la2edppUJBQnF2QitVtQcrCdFQJeLPIkSHci6oi45KpxyZ"
    "azykplKpg+IYWYNSINvzzUh5mQLdLwv0euZ6ydqTT81sS/H3woXipYu0wWLlxDnCX3seTg"
    "hlGtA9rZAU4vhhzcEgHwQXpt8+HvbTixp5bg9wbCr72xWBSDHY7WEoHY0maelAvHlh0V2Y"
    "ACo9FwaXkTPX0FSF/mG6DxrRAoSxkvSHOsgtelDj7oJvmU7R+AIjsWVAHyQptTwdg19y9C"
    "p9sVOv1CfhaLBSRoz2E47FkZu8dZvtnjLO2PKIhLz3E/7CEWfXem0toDu1VoM+a8byi4i8"
    "VsxHB3WBqyOIS3FgWZCB06Y05rlIQjt1ptlqaNgMcEa5JMZGC/nzBcUJiIObOVpS5R22Au"
    "qzclx9j7acPuZK8BXb7zhqNLInP5siYzh6emYxGwb3TFWeXorskmR0XKq+01llS/dcsOVc"
    "oXBjktAX1xUkIOvDjJFQPprXeOWYJfM+TB/COAgvZcKDVFgl4TRwDpBkWHvCSTJhmn4gL4"
    "hLpz0i2j7px089Udei9xupWqVlJ2onTCLdR2XYfBgdHkPjx27Gf960/6c9YOvLlZuPfqbj"
    "PpD/25+V33V9c85RWeXMvIHax0zP8mTLa7NNmyJlltlWDVupWo4VOkyI90mNANCQS8JeB9"
    "gRkHRRV4G2DWoVB1BVnu8ZCW7mUJZEmrgpM5L5PYGvIbzRZO41uUcBWStCPbij6Wm2yrcL"
    "dMD/dyVYl2XTPCgDiwdTHgvylK5NPP8M3w8aE3pSd2XQEVWYZs0yO7ZnjydH/vtjQdjL2W"
    "RKojbXQMN6WD5kS2gC05xos8nSncMmwvgi2TJvBwILDgGScSoCZBjQniKVjfUVoTtBwqrg"
    "eiqJaK/T6wEH/B54p8diw4d7RqjE7SiindalYrmkyYoErPTFpRnIq/DLRGtCNNtmyJObUy"
    "TsUf1M2UqDmomCFhSK9uSI/Xf8Ju8eUKbE+QCvGkbXtWSxwmPWgiZdnJ8Jb4d46KXCXypk"
    "1rYhOEM2RLZ8gamhZiS+KPkHBos++en5fZ0c/PCw6+Ok+5xcmkYkDYb84huo2crk6eaPtB"
    "VmUN9xGS3Rvu97NR1mai3+tm9u3/AZvuvGA="
)
