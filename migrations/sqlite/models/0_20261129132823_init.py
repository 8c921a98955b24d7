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
    "eJztXelT4zgW/1dU+dRdxXRBCMcwU1MVQmCyA4QKoad3himvsJWgxZE9PkJnd/t/X8lH4k"
    "MOtsmhqPWhG0fWk+3f0/EuPf23MbEMZLqf7hxrhE3UOAP/bRA4YRfZW3ugAW17cYMVePAp"
    "IGrYYaWgED65ngN1j5aPoOkiWmQgV3ew7WGLsNr94AqawEAexKYLILCR41oETOAMQMMAcO"
    "QhB7h4TDAZA0zAB9eDHpog4oFHf38fnhzAT62Pn9jzDEunD6T1Vt+0T/DfPtI8a4y8Z+TQ"
    "B/z5Fy3GxEBf6cdGP+0XbYSRaaTQwwZrICjXvJkdlPWIdxlUZG/9pOmW6U/IorI9854tMq"
    "+NicdKx4ggh74ga95zfAYn8U0zQj5GOHzTRZXwFRM0BhpB32RMYdThCyzKGpp22x9q992h"
    "pjVyDIspEkBHRbpFGLPpq7rB14/ZK/zQPGidtE4Pj1untErwmvOSk2/hoxfAhIQBPLfDxr"
    "fgPvRgWCPAeAEqwfpLcJ2DtvMMHT62SZoMwvTVswjHeCYgjgCcIxxXWUC86OabwHgCv2om"
    "ImPvmf48bi0B9HN70Pm1Pfhw3PrIHmjRURkO19voTjO4xTBfYAynFH1H8x2zCsppKvlwPj"
    "polgCa1ipEOriXhlq3JjYksyo4J0jkA/mgeVoCZFqrEOTgXhpk3zYYHBr08jhf0DseniA+"
    "1mnKDNxGRPopvigBfm6y3jb6DoJGn5izqGMsAX/Yu+neD9s3d+xxE9f92wzwaw+77E4zKJ"
    "1lSj8cZ/g0bwT83hv+CthP8Ef/thvAa7ne2AmeuKg3/KPB3gn6nqUR61Wj63cCo7h48fYJ"
    "rrvI0SqtwQmKtxfiMszd+ZWYyTajl8RCzAqeoP7yCh1Dy92xmhZ30WbA5vnQJ2ho0f8CZv"
    "Tou0Oi89boSAp9iBrZKSZ8i/tYXLp4vgNf50JjsuvRL6ffi7xwGWjfd9oX3ca3FPBpnNmt"
    "SXOSLYEEjoPvZW/G3iOJI0fKj/EtFvHZS5aT74vxUfK0WPK07T+ZWOfOkw8PvQs+uCmiDM"
    "a+j41PjHQ9Y7Xx88gnOkMRBE9i/7V+aax3+PKgDQSRw3B9S65cwad/y61EVXWWJE0tMU84"
    "SSMl5zX3S4h5zf1CKY/d4oOsvaBK4nSWbjVgb3fOWDPUaAJxJdVwTrAShUUkbI/KKN+0Vj"
    "G6Rzn126YQVZor5gTSwbvyrmtD1321qAj1DN3nShhnCeXTvZtHR6U689GSznyUBZxZVn2X"
    "j3SX+JOc8J9CfUG9uTWwQQVbPI3fpSzmjXZn2PvcPQMh9SO56AYlVBG+OAMGCoqDN63BmY"
    "PjMkaRrK6dsIkc5+xOVO+vZxJJUyqTiCgmkWhqSVhEAtSUIUxqrhcZwioYbpIKNiIe9jDi"
    "zNfnEe3lbwNkwgDdfEeILAndrx6Tqc1e2N5sB7tDkd0mvbYh16XtvhOt+7AVeUHSfYd2Ag"
    "1NEaN7J1ZhY13W1u7JW6UAcyzzvQNwQJu4cmA9o/UuYDQZQc3D+gt6b4e6GcFh0I6sSDlI"
    "t6bImdFqxru7VdRWh/6UFS8bEYM2wmp5VGbX9GdIxu8F7i5stBO22QmalBZAx9LZikYxNP"
    "EEv3eA3s2bu2atyYoa+mpbzvuxoiqmPusGbcmKlB1+pOYg+s7uiiAbhI3JhFneH7vEhZga"
    "vnGsHx/V2GtbaujGTUkopsEx0tji6nA8Z9Wxao/RYN6YhGiNfQoHhkSDNu1hU8hxH1QH7S"
    "pqtJ1oU0LsPMuztREVHCxOEEV11Ia0uct5a5LgVTEGImeh4MRD8KwYxbERKKqtpY0oq42U"
    "+JNNz1P6hIB1rv/0b0Sb/ksFUGwzgCLBkdLOpASNhM791Uckx129AsYJEgkhXouvzrTGmF"
    "TBeE6gnKGlAFabFzYCs9q/sLH9C1sOBRIK4LUEA0Gdmb+oFPiCOFPzkIqdBb05QycD3Mt8"
    "st0vw5Q7Ngb1w037y8eUS/a6f3sVV08woXPdP89g76CRg9zn6uDnCBX61dEPwNPQVxtTLG"
    "uELPDoVxC4sENcETtOIR+eYmLyUis6JUWoglNEYXqpkKTt79LaNnPXsU/rrb1Xl5aD8Jj8"
    "hmZr3n0lxvS44v1Xb2x8W91erTg2iGOeTIQNFVslkxFKatPWTg3pvSU2x1C0qRrCnqaSbp"
    "/L6q2OKkj6e5RITOh6movoUKkhiGZoJeT8jnC6lMJRX7lcuVqp2Lw+NtObz8wpq9eczXn0"
    "iuVCs9xBU6ueLSFNqQxGInMZ26w2bbBgg2GBlpGiksE0mxaEW2Vcaq1ij1or51ALtGOqoZ"
    "JKHvg0lXw4r8Whpuxhyh6m7GFF9rDPyMEjJofRzw52oXAMY7k6e8ssZNNE7cUeGWUr26nh"
    "vrfEVsY28BBUKUYhQSJh6NjqkwnYvkMlu2opSxYkEkJ8WEYwOCyWCw5zYoEHHTqfaAYeR9"
    "tUSht9s4Trglsqwy9dB2pgnSGTsGOvIdew56GJzdvGVbjyJUk2J/HuC73+KafF9+20UJbs"
    "Qq7vCJdLGbzYp/mTeqM7TaoMm6LxuULKnvWGnCRTrHADTzI5WJaFn+RyvyjNWhrN+oV+Vh"
    "XxOK4voVzcKnNqQav40IJW7syC3RLjNtqt5ZXilD9L+bOUP+ud/izRMJbJnSUYtjvuzVqk"
    "6eOI2akcfsUiNssWqI1ZvbXkm4i7F3sM++vqFu03KuPENuXumBf5devthNoxrcgyeKN9cd"
    "O7PQPQmGDySO4Gvc/tzj+1/uVlr9MdnIE4A5g1GmEdOY/kpk1Bo//YzQljA/0XlHe7w4c7"
    "rT+4at/2/gjuIuT5tmY5Y0jwf8KuvX3nTjioKkgic4INZkVvbEQGOS2T8f+0OOP/aS7jfz"
    "A31lKk0pQSWkYl1qRUGJVUcqdo4O644LnINsgRPFOpCIsFz0X+w5JHPg+fEWCTJbBG4Ak7"
    "3jMY4ykiAHrBUcw/+PYeeEG2B56Qiw0EqBAKGH6A9gsqj9LfkACLAOzlz3xecdvK0iyWxM"
    "tYS8U9LWAtfxnnA5wjXLaK7+48xEOVrcJbt8XI103f5aVTJ6IKeSJqLo8sZ1Xk5ZotXhxz"
    "6W5LrpG/P1sT8IoAdF+QATwLMJgQ8cDIcgAE+jM2jT0AiQFen1G0cqEZMLCRXxPf2ZZaA8"
    "VaA+ddqnLKtTylfL6LteRemwNX+UTGPKWEkK/8cMYopX/NbZtpWgnNNTtinikbyDbCTu1I"
    "thStCmUTmdNK6VBKx9aZIKDSsTh5jKNtpI4lK1YzMsegva1f3DmWNWLWLi8wgdFp1KX6QH"
    "AYBGAnHCPjp+CGiyhUBqDrqU1xgrQVgGPFIcopllc4Vt240kDE0kDCnlY97ViaTOUdy8jB"
    "+T1RQbS0VjW8Nk0lsoNfmCDb4s1n9xNomt/XDrTD5snxfMpgP5bNFvc37evr/OYztQ3pLR"
    "FEFpm+1iHirtLZdoK/u7X5QMXMvM12FTOzNV1dxcxIETOTOvyaF6+dORx7Sch27kjuEsEz"
    "iAB2CLKJfqD4gIASuM/WKwtb0RELdEHEscwJ1QF+okXmjKna2AG/3rQ7ALtB9AsnbmZlzS"
    "plXSxlXaQUJlIr60oWVrKwkoWVLKxkYSULfy+ycOIIcY4knD5gvFgOTpxrXlIK7hMqki6S"
    "sTOPkW0DG9G/um75xPsEuoQ1b4Ti67+SoQL/YvKqizhS8OqaVVKwWFKwi+gi7GmI6M7MZp"
    "BUEIV5tBJ6VdZyAq8K7/lexOPgxJtAmWH+/Dyvz/G4cBbL00qU8OHHZvPw8KS5f3h8etQ6"
    "OTk63Z9Pbvlby2a5894Vm+hSHFZpH5WakpEPVXCdCq5TwXURjneIGPSVOxbxqEJBZTwy5h"
    "rtufWWKi12SMG+lpFoekBTUn9pe2BCJwCqRaCkehFswomSzv/EYuE8+IJcgEYjpHuh1f2V"
    "KidB8Bwz0NL/JvQ+gyqvzKzpGUuzw8QJ81VeGHXSgUCqTZl4seJwsVy0GEGv1TdfpYgk3A"
    "S0jn1XDLPKW65SRBICvfLdVipW7y2JRnQNQfmvlGIormK4beYq/9WuqXwb81/dWSbWZ5+R"
    "44bfndcLUxX2liqEQVVtGtZVOe7l0qmmiy5QVhBNkEgXPrX63JehAQJPUR05NEMrX677HZ"
    "FIygmiFvHYDrWq+wezdBIaKlYfleihr5zhNKSlBZs0o/pSgLts1HS/DFMDJgbxw037y8fU"
    "oLnu317F1ROgd6775xmwJxQaB0OOXejcskwECR/zJFkG9ydKty7g5yWbRf68379OIX/ey0"
    "L7cHPeHXw4CNhAK2GvwNfpO5VMcFF1Kbr2Bk5ssP0nE7vPtUwGWVplNBBliS4yGrzL+7k6"
    "jawT5qYrzkqbrrC3TCOL8txVyk6rNLJd0ciEtGztHsDq9O4NKrnRSQIV5cME1QbFw+3I5S"
    "uUDtMGuUrdOkepeneJ3h3BVlWvz5BJCPXq1fpXKtCw5+dgLtbsEyRSQLxx5Z6KfVbBxoG3"
    "z1taUIsMfuO+d3WrPdydgejikdCaw97t1T0tiq4eyXn7NjhjKfz7SK4e2oOLXvv2DMRXjR"
    "qj5OC4xCg5yKpFi1HCbmVioU3M5H+CPNr5XyrZGnOU8kWSrGULtDpOczPGmaiD1tjYnyUU"
    "eT4SpmcbSMdGLUtYmlJCO9iO2L1KuaZsB02ry69JIuk8vasfSw7lSVWMkzRqwioAWRAT7p"
    "1j6Sx7Lxlf4wnmpjXOVtlbGlgzr6yZrLYy5O6inbHYkFuc3/ZttWoXstw2BnRdGvQ6w16f"
    "akh0taJw6+zeI+mf/6MblVtP/0ZBqRiq0xaMwUIL8au3lql47GLo5XKtprbJ41E9pqcIVS"
    "oEkbUIIT2TKuZexdyLEXPv4CnUZ92vtuUUKAfJCm+oBkFVDQV1K5w/bNNPoa8HIAHtTqd7"
    "fw+ic8MA1TYMX0fGHjCsV2Ja0GAPA08zQDUPQIuQExxRcgIMOHP5JxCvtHWlroilrnjWC6"
    "rkTZ4TKNvQ23ZWS/cnXP9BsWMzSSOyHiisZ9OGY46iVwx4XF+BXQNspfYVTy7yqn1qj32t"
    "ASgQl0tpfpGYV035SxMp/Y+30UNp1Eqj3gGNmjMXrADVSCEeLBqUFN/0TCig0SJmQbHVIs"
    "Gkt80W0fcqh6ZcFgLpHZqhUessMm49kgFzYl72Ou3QlZn6+Ui6g/b9w6B7BqKLlNtzfsla"
    "SbhJEz/EcIhSfnkF7tC3uTonFpqtlG/d3ufuRcDB4OqRfO4OKCtZWXz1SHq32t2gfzUI+k"
    "DiB2X1l2H39oLVjq8eSad/c3fdHbLC+SVj9uXDffio4OKRMOn8YtD+nTJ/fikG6w3kQWxy"
    "DoddYpNakMjgC9+4RUpFH6w5+sBBOsLTWnaoDKkySQhtkjD8Ohl1FlSKvUKzd4ocTD+kzj"
    "jOkKqYEpH5TCUNROrtQMiQKj6LzGfdtOqdI5kiVDwWmccUdpcuryOPZ3N9YyynSRWfReaz"
    "gya45pydIVV8FpnPyqVfyGaJXfrKJ6l8kgL4zN4R5ZsKT4njZ9Non0eEl78NkAnj7UlL3Z"
    "SLuF1JEE/LblNEVgRU5CrsTtFOjv5CuDbnhw2he9MZO0e4tEdWW7C53GHE7NxKYI0AjCO9"
    "z9jRwYHavQcIbc0Bvs3WcYN/6nBFeuXxFcvjC+c7N8u6KxYUIrsEhXFXKO/rd+t9nR8gX2"
    "FoWTzriFDsrjmy1gSvVl2ZydFJdGTzyuJWicWbtYrDBuL6Mniw1cYKYVghsRVGRdxvxBaj"
    "gpklCmbuOtD1HTS0JlS3ZQelcjToXJ29ZeozCmtThTSqrkKa5VJwi0Oa+bjuQhizMCJ49S"
    "Seq87eKfWe8sBnXitwJkmoxELRxcKc+LKd1bWts2yF19a4SzxnxltbMzWWrqwwqKuZ1lit"
    "qFKtqNWnI3W2pfihINhmtWmDHBdh8XKeppLB+JNe01tHJdb01lHhms5uZVOWeNVyNEf1JZ"
    "RH15JeftlhF3yEd+OAi5oYn5ZA+LQQ31OeN8vnzBCFi+qCQBmrOGZ2OnPa7Kw/zcX/4djb"
    "z/F4iSkwQyoTwD82m4eHJ839w+PTo9bJydHp/hzp/K1lkJ/3rhjqqf7NY8MIObyYrSV53R"
    "ck8i17a5mZ1Rkra4VaECXyHo8bHM2RFe8tUxddPFamV7kUxeBvhaEe15fOMtjaL6NF7Bdr"
    "Efv5jf2L16qAcIZsc/Juo7GZyXS/DNK0VvFkup/DegKxGR7hUc3UnaWTb+1qHpUxedNahX"
    "AH97KymG252LMcjDiKxj/u+7dFAlmaLmtuwroH/gdiZqylk/888kkQHQmefGx6mLif2PN+"
    "WVfnXwI+wyllesoFqmRjUvbSNiXWgApU+V49Eim5PQzfrsH1NKXiuihc5xiE5/sfSqoQqe"
    "WRePQfct65uYSqCDfztnawM2xlW0kaNL7ilUZ1qQqmZbi5Wm3sT/aIgLPYQ4i5BjFp/KV0"
    "tC3qaElOVJBtM2QSGs4PSqkSB0tUiYO8KsFGWKVuvCCQybq7rljPaHZ5Z5xnZKraMWjLBn"
    "cuepRIgZ1Dx3cp1BfxgRichSxbZelS5oWVtfiEDcFMi0sc6it0RApkATs5KDGZnhwUzqXs"
    "1huH26Cvlc5eietLsXRteseKZTN06EtWChZJU0kB/AbcZlRlq6V8J+mU6i2K6i16CChysP"
    "7MW36jO0tXXbioI8xSqzTEd2qIU+S4Fd1MCRIJZ/nmUZmgQFpridcjFxbIBlUFhKPqEqK7"
    "Fr2bPtHjxp0Uu5MSJJv3JG1HVFyZz2iri9m3/wPdxIh9"
)
