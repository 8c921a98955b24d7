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
CREATE TABLE IF NOT EXISTS "processing_limits" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RESTRICTION: restriction\nOBJECTION: objection */,
    "purpose" VARCHAR(32),
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "role_grants" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(32) NOT NULL /* PRIVACY_OFFICER: privacy_officer */,
    "granted_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_grants_user_id_511588" UNIQUE ("user_id", "role")
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
    "eJztXf9zozYW/1c0/mk74+5kHSe7l97cjOM4qdskzjjOttemQxWQbS5YUBDO+nr7v58kwO"
    "Z7gGAba/VLguE9AZ8npPdNT3+3FqaGDOf9nW1OdQO1zsDfLQwX7CB+qQ1a0LI2F9gJAp84"
    "U8vyiPhJ+OQQG6qEnp9Cw0H0lIYc1dYtopuYUY/4ETSAhgjUDQdAYCHbMTFYwBWAmgbglC"
    "AbOPoM63gGdAzeOQQStECYgEf36Ah+/ADfd797z+6nmSq9IaWrv2kX63+5SCHmDJE5sukN"
    "fv+Dntaxhr7Ql/V/Ws/KVEeGFkFP11gD/LxCVhY/N8TkkhOyp35SVNNwF3hDbK3I3MRrah"
    "0TdnaGMLLpA7Lmie0yOLFrGD7yAcLek25IvEcM8WhoCl2DCYVxew+wOddSlNvRRLkfTBSl"
    "lRBYwBEC2j+lmpgJmz6qw99+xh7h+86H7sfup+PT7idKwh9zfebjV+/WG2A8Rg7P7aT1lV"
    "+HBHoUHOMNqFhXn/lxAtr+HNrp2IZ5YgjTR48jHOAZgtgHcI1wQLKBeNPNd4HxAn5RDIRn"
    "ZE5/nnZzAP3cG/d/7I3fnXa/Yzc06Vfpfa63/pUOv8Qw32AMlxR9W3FtowzKUS7xcD750C"
    "kANKXKRJpfi0KtmgsL4lUZnEMs4oH8ofOpAMiUKhNkfi0KsmtpDA4FkiTOF/QK0RcoHeso"
    "ZwxuzWd9HxwUAD8xWO8bfRtBbYSNld8xcsCfDG8G95PezR273cJx/jI4fr3JgF3p8LOr2N"
    "l3pzE5rRsBvwwnPwL2E/w2uh1weE2HzGx+xw3d5LcWeyboElPB5otC5+8QRsHpzdOHpO4g"
    "Wyk1B4c4Xp+Iiwj34GdipttMn0MTMTvxBNXnF2hrSuKK2TFTJ20GbFIOI4wmJv3DhTGkzw"
    "6xmjZH+1rog9/IQQnha9DHgrOb+9vwZa00hrsefXP6voh400Dvvt+7GLS+RoCP4swuLTqL"
    "+BmI4Yy/L3sy9hxhHFO0/ADfbBWfPWQx/T4bH6lPN0ufttwnQ1dTx8mHh+FFOrgRphjGrq"
    "tr7xnrdr7V1j+nLlYZioDfif3p/qu13c83DVquiBx781t45uKv/jUxE5W1WcI8ldS8xmka"
    "ET2vc1RAzescZWp57FI6yMozKqVOx/nqAXu/Y8aWoUYLqJcyDdcMtRgsTcL2pIjxTamy0T"
    "1JmN8WhajUWLFmEA7e2ruuBR3nxaQq1Bw681IYxxnFs707JyeFOvNJTmc+iQPOPKuuk470"
    "ALuLhPIfQX3Dvbs5sEUVW30ZPEtRzFu9/mT4eXAGPO5HfDHgZ6ghfHEGNMRP8yetIJkPp0"
    "WcInFbO+QTOU34najdX80lEuWULpGmuET8oSXkEeGoSUeY0FLPcoSVcNyEDWyEiU50lDJe"
    "n/u8lz+PkQE5usmO4HsSBl8I06mNodfe6gC7Q5bfJjq3Iceh7b4RrXuvFXFBUl2bdgIFLR"
    "HjeyNWXmMD1tbh6VuFALNsU2VdAs8UQ1/ob4Xsbt3cNWtN1G5mm8Zbh60xbeLKhtVc/YeA"
    "Efpimfbb+xPVY9XVgLclKlKW95KKjegzOzVBNvYaExWzxRQqRFef0VvhupnCCW9HVKRspJ"
    "pLZK8omfbmQctvq09/ioqXhbDGpkNKRagdrahziGdvBe7Oa7TvtdnnTYoEYDIemxNCjGgf"
    "Qa5fOrZB1LaQ5hE0JaCaBmdIYR+ynRI5K49Vb4bG68YERGvmUjh0iBVo0R62hCnhg/KgXf"
    "mN9kJtCogdMYmlTOkgZaYkUZRHbUKbu1y3JgheJXMgEh6KlHyINC9Gdm4E8qmVqBOl3kyJ"
    "39nwvKR34KJz3Kf/INr0HzKBYp8JFCGJFA4mhXgEDO7Xn5EcdPUSGIdYBIR4K7E6w5zpuA"
    "zGawYZDC0EsFy8sBOY5fqFna1f2HMqUKMA3koyEFSZ955qgc8oZWieULUzozfH+ESAOy8m"
    "O/h1EgnHBqC+u+n9+l0kJHs9ur0KyENC6F+PzmPY22hqI2deHvwEo0S/PPocPAV9sXSKZY"
    "WUhTT+GhIXDkgqzc5TSKanGDp+rpSdEmGUySlNEXqhlKT9r9Lat3C3sU7rtbVXl6aN9Bn+"
    "Ga22vPqqGcNjzeuvXln4Vt9arSA3KMU9GUobyvZKhjOU5KKtg/qk2zk+R0+1KZvCHuUSbp"
    "1L/V5HmST9LWokBnSI4iD6qVRQRGO8Akr+QCRdyOCoblzWblZKMW9PzPTinAVl1YqjeRq/"
    "FHmjRW6jpVnNlxDllA6jJktZtxg1bTBjgWGGlRHhEsE1G1WEu0VCat3siFo3EVDj1jG1UH"
    "GpCHyUSzyctxJQk/4w6Q+T/rAsf9hnZOtTpofR1+YZ7ymOsQRNO89DtgxRb/Lxpa/soD73"
    "do6vjC0WwKhUjkKIRcDUsfqLCViuTTW7ciVLNiwCQnxcRDE4ztYLjhNqAYE2HU8UTZ/5K8"
    "gKO33jjNuCWyjHL50HKmAdYxOwY2+h1jAhaGGlLRnMnPnCLLvTeI8aPf/JoMW3HbSQnuxM"
    "qR+IlAs5vNiruYtqX3eUVTo2mybnEiV7tptyEi6xkpp4EqvBkpd+kqj9Ii1rYSzrZ/paZd"
    "TjgF5AvbhbZNeCbvamBd3EngWHpcbttFuLq8XJeJaMZ8l41hvjWU3DWKRwVsOwPfBoVrw0"
    "X4qynVK9L3cLvmTlQKlwH9SnXk3hfr2S9iEo360xVaDGw/5kOLo9A1ShoXDzrT4e8ej8p4"
    "F/3uR1HfylD99k8Ktho/C2Y1+HZQpJj3Y9tpChT6sJPcIo3ZxNc3PKZDdhrYOmgXvg5sGm"
    "HnWKYRApVp1tErCy2MqM0W2lHF3Qv9htZB26vRoHXAQVjYOAt9HGwd14+LnX/7cyurwc9g"
    "fjMxAU6TanU131+uH+lVX+rVXSW6KcUlltiiYjq1hIRUYqMm/zc4a3jEj1csb2lMjzcXqD"
    "fmgvi1eVmtZkjoBFX4U+HoAY9Pr9wf098Dd3oPOIqbkq0tpAM1+wYUKN3Qw8rYBOHEBPIR"
    "tMTRt8BBpcOe/j80z9rUu/a7NUq4z6b69U2qhPoRK6yAZ9AneRGonNrq8X5mmyzlqLU2cb"
    "tfUsOEsxFrIBD+gl2BXAlv7r7MFFXJNAZmRX+gAbJOVCLmxfzStn/EWZpP2XsoxFWtTSoj"
    "4EizplLKgBVWF3DIzjGx0JG+i0CESQ7bUICel1t0V4Q0mZmXVQY2k7x0MgfGaW59Q6851b"
    "j3jMsrEuh/2el5MV+fmIB+Pe/cN4cAb8g0j+1vqQtRLK9wr9qBLKqT+zi8qLVA6prZkbLV"
    "Yqt8Hw8+CCS5AfPeLPgzEVJTsXHD3i4a1yNx5djXkfCP2gov51Mri9YNTB0SPuj27urgcT"
    "dnJ9yIR9+XDv3YofPGKmnV+Me79Q4a8PmyF6DRGoGymrMHJ8UhsWEZL6du6RkmmUW45M20"
    "hF+rJiTcQIq3RJNNoloVHNsLyMN1xSvI0Wr1exrNJ3HGOVybFNljPbUZaiWEXOMVYp5ybL"
    "WTWoElMpOhRmlDJusowp7A6dXqckzef6yrccZZVybrKcbbTQK47ZMVYp5ybLWYb0M8UscE"
    "hfxiRlTLIBMbM3ZPlG0lOC/Nko2uc+4+XPY2TAYJ11bphyk7crCOJR3W1du+zNQPmhwnXl"
    "NFHg2l0cNrMqXQbChSOyZUrUtUYYAYcgC5hTAINM7zNAb8bN7jbAtDUbuBabx7VkxngFfh"
    "nxbVbEF65LUBQNV2w4mhwSbEy4QkZfv9noK/1SzBQ9MPfTMtO8I40Sd8Uva0vwKuWNmQSf"
    "LM+WzFvFZtqolZ02ENCLEMGWCysaIwqBvTAy434nvhiZzCxQMvPAho5ro4m5oLatiVErxY"
    "JO0LTzzGfkUVOD1CeXKc1iGbiyuvs280tL7y1V97ZSQq8p5zHzSokzYUapFjZdLUyoL/uZ"
    "XXsqK7t8bc4GmNirtLk1RpE7s0JOqxjmTM6oQs2o5YcjUbfwOJBhp1AqiNyzYzd7dliQNl"
    "wC4YBeQH10Kxt1LOgkYZbS+DccAmJcZEOn7P2cEts5sYCUW2aT0w2DdFaluNnpyGnROyDF"
    "0f+b4m8/12c5rsAYq0gA/6PTOT7+2Dk6Pv100v348eTT0Rrp5KU8yM+HVwz1SP9OE8MU2W"
    "k5W9mjRohFvGlve1soyd2qtgV1Q4zIO9PQ1dVnZDseLMkMpwhBOze3iZMqS49WembFsiOX"
    "my5QdDAIsQjnPqw/9QhNp2yHoWWVZbRxXmm8N9l4p69G6AypzKFTyriM8wloANXvlSfoS6"
    "kqrwG9EODuOjdmQaGxdWik2EamaSCIM2z6EFsM9yfKty3g12d2i/z5aHQdQf58GIf24eZ8"
    "MH73gYuBEukkwxJy7RSoc7RzOw3iw+zaOzCBLPfJ0J15pZhenFeG9ZoyRTc8rNdnXiJMxk"
    "g17ahZk0rQzrPIVI9UsTmttMjEssgauTD08ADeazWwxo3pu9moqqR+GOLaoXq4H728Ru0w"
    "6pAr1a0TnLJ3F+jdPmxl7foYm4BQ12/Wv1CFht0/AXO2ZR9iEQLinRv3ObH61xdHHkbcvn"
    "U/vLpVHu7OgH/wiCnlZHh7dU9P+UeP+Lx3e8s2g/T+P+Krh974Yti7PQPBUavCV1J/xq9q"
    "6Ez/x4jQzv9cyteY4BQvmFf/qCSDpjtzzvgdtHxOe4KxyeNRY3q2hlS9WomxKKeAfrAD8X"
    "sVCk1ZNlqW11/DTMJFeuv/lmwqk7IYh3nkgJUBckNcuL0Zynbfbi62c9djzFApty3fD5YN"
    "oqy6z5NukzmY6UuEASTA0Wf4e9dqg2dkEfCEHDoeA0LpmeIBaJ+Z039kDjEwMdBJ+l6zNb"
    "YtHcnNciQz0SrmVOGiTZ/eM6b2OGPe7H6AY1QOqmy2bt7mcQffTd80gr9W0nGE0cSkfxKO"
    "inoLOu5VCEWrBpQr5/im6fDKpU3oEPcsyzaX0EibFRM0uZPjzKdWoE9ecI78ZW4uwAsC0H"
    "lGGiAm8AOkfCt0CNS5bmhtALEGXubIn7nQCmh6SjW9N7Yl58BmzYHrLoUWUC+VVJPkFM+D"
    "0zkpop9TqkwFnV+LxQID4Ky5X/ijNORrTgEhPyqC+FE24EfJrZh4oZiKdeKjvNKN02g3Dn"
    "21qW4vqlUpi/HKPQGaLGlpdEijY+9CaKDRcTOFE119RqlluzcXc82MxRQqhNMVtC/ubNOc"
    "Mm8X4S4wOow61B7gFUyBBR0HaT/wCw6iUGleMW7aJG0F6IHh4CCH5dwkDY66G5cWSLMsEK"
    "+nlQ4MxNhk+OXV8Auvua+UrTQX5RIwBNMtUnyim119opsoPwEJQQsrbReL+wU0jOySzyG+"
    "3ZVJONruuHHc+Xi6HjLYj7zR4v6md32dTOhEXyyd6o6V9mYMc0rrrek6fRXDzZX7Mh6GfG"
    "UF8ezBUqw1ZQ2z1PctXLmP26HZ4DvLmWE5MUtkr/r0ZyvFZI9cb+dZ7bZPSaHQCtYHb00Q"
    "Bg5F10DfU3wA5wTO3HxhaSsqYokuCNumsaA2wA/0lLFiprZugx9ven2gOzz7JSVvprZmpb"
    "HeLGOdibJK7nGUTRrrrxrrUheWurDUhaUuLHVhqQt/K7rwxCTWpbe7YIomHLqaqwcTSqd4"
    "8aESG8zSz3ZOtVFdhSyuRFsHFqL/VdV0MXkPBpg1r3nq65/hVIE/mb7qoBQtuL5mpRbcLC"
    "3YQXQSJgrCqr2yUss6ZKvCabwCRlU6J0Vq0lOqnMy5RFV6md7zrajHBnSIwo0ZFs9Pyjqv"
    "5HiSV6CtU3dcclyaKdkCkWaKTK6TyXUHZsy8rWo8wqySTt/EhBoUVMfDs1SnfSpdrtFieR"
    "zsbRmLonKegvZLj4AFHQCoFYHC5gVfhMMawsj4geXCEfiMHODVzPa87i/UOOHJc8xBS/8s"
    "6HUGVdKY2dI9Uiyb39d93m+39Yc0dvbp8velUMLGCbEIaNrUvFkRRi/lF19FmARcBLSNdV"
    "cMs9JLriJMAgJd+2ormav3mkbTdAtBxq+kYdhcw3DfwpXxq0Mz+XZX/wjZujpvpRU/8q60"
    "cysfbWhkrfpD+pzbOcZTE3YP2/eIuf24EPuoSiDskwuI7oejIvo8pcqupXuU0Oj97beSCP"
    "90P7rNDLaR9LKumq4S8D9g6M4hzv454DIwIlpcovR0vMp0TD1jDZzvu5jf1/8DsSIadg=="
)
