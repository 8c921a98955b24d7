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
    "eJztXW1z4jgS/isqPs1WZacS8nrZra0ihMlym4QUIbNzu9nyKbYguhjZZxsy3N3895NkG/"
    "wiOzbhRWj0YSYgq2XztCz1092S/tsYOxay/Y93njPENmqcg/82CByzD9lLe6ABXXdxgRUE"
    "8IkLNdywEi+ET37gQTOg5UNo+4gWWcg3PewG2CGsdo9/gjawUACx7QMIXOT5DgFjOAPQsg"
    "AcBsgDPh4RTEYAE/DBD2CAxogE4HGyvw9PD+DHox8+svtZjklvSOutvukJwf+eICNwRih4"
    "Rh69wZ9/0WJMLPSV/tjoq/tiDDGyrRR62GIN8HIjmLm8rEuCT7wie+onw3TsyZgsKruz4N"
    "kh89qYBKx0hAjy6AOy5gNvwuAkE9uOkI8RDp90USV8xISMhYZwYjOlMOnwARZlDcO47Q2M"
    "+87AMBo5hcUSCaCjItMhTNn0UX3+60fsEX5sHhydHp0dnhyd0Sr8Meclp9/CWy+ACQU5PL"
    "eDxjd+HQYwrMExXoBKsPnCP+egbT9DT4xtUiaDMH30LMIxngmIIwDnCMdVFhAvuvkmMB7D"
    "r4aNyCh4pl9PjkoA/dzqt39t9T+cHP3AbujQtzJ8XW+jK01+iWG+wBhOKfqeMfHsOiinpd"
    "TD+figWQFoWqsQaX4tDbXpjF1IZnVwToioB/JB86wCyLRWIcj8WhrkiWsxOAwY5HG+pFcC"
    "PEZirNOSGbitSPRj/KEC+LnBetvoewhaPWLPoo5RAv6ge9O5H7Ru7tjtxr7/b5vj1xp02J"
    "UmL51lSj+cZPQ0bwT83h38CthX8EfvtsPhdfxg5PE7LuoN/miwZ4KTwDGI82rQ+TuBUVy8"
    "ePqE1n3kGbXm4ITE2xNxFeXu/EzMbJvhS2IiZgVP0Hx5hZ5l5K44TUc4aTNg83roETRw6H"
    "9cGV367JCYojk6skIfokZ2Sgnf4j4Wly7u78HXudGY7Hr0l9Pfi4JwGmjdt1uXnca3FPBp"
    "nNmlcXOcLYEEjvjvZU/GniOJo8DKj/EtNvHZQ1az74vx0fa0XPa0O3mysSkcJx8eupdicF"
    "NCGYwnE2x9ZKLreVcbPw8nxGQoAn4n9t/RL431vr4iaLkhchjOb8mZi//0b7mZqC5nScos"
    "ZeZJZ2mk7LzmfgUzr7lfaOWxS2KQjRdUy5zOyq0G7O2OGWuGGo0hrkUN5wIrISwyYXtchX"
    "zTWsXoHufot0shqjVWzAWUg3flXdeFvv/qUBPqGfrPtTDOCqrHvZvHx5U683FJZz7OAs48"
    "qxNfjHSHTMY54z+F+kJ6c3Nggxq2eBo/S1XMG632oPu5cw5C6Udy2eEllAhfngML8WL+pE"
    "to5uCkilMky7UTPpGTnN+J8v7lXCJpSe0SkcUlEg0tCY8IR007wpTWepEjrIbjJkmwEQlw"
    "gJFgvL6IZD/91kc25OjmO0LkSeh8DZhNbXfD9mY72B2K/DbpuQ35Pm33nWjdh62oC5I58W"
    "gnMNAUMbl3YhU21mFt7Z69VQkwz7Hf+wL2aRNXHlzOab0LGI2H0Aiw+YLe26FuhnDA21EV"
    "KQ+ZzhR5M1rNene3itpq06+q4uUiYtFGWK2A2uyG+QzJ6L3A3YWNtsM227xJZQH0HJPNaB"
    "RDG4/xe1/Qu3lz16w1VVFDX13Hez9WlGKasw5vS1Wk3PBHGh6iz+yvCLJ+2JhKmOXjsSUh"
    "xNTrG+f6iVGNo7aVXt24KQXNNDhCBptcPUHkrD5WrRHqzxtTEK3RhMKBITGgS3vYFArCB/"
    "VBu4oabSXaVBC7wAlcY0gNB0eQRFEftQFt7tO8NUXwqpkDkfNQCPIhRF6M4twIFNU20k6U"
    "1WZK/MmG5ym9A1edP3n6F6JN/6UTKLaZQJHQSOVgUkJGweD+6jOS465eA+OEiIIQryVWZz"
    "sjTOpgPBfQwdBKAOvFCxuBWa9f2Nj6hS2nAkkF8FqSgThexhR5mDYqopqOYyNISsBOCWdQ"
    "f6LS65oL5yWbzcu86PWuU4HZi+4gg/fDzUWn/+GAq4FWwmGqdWzqJcYRk7keqQX+ggTT4o"
    "Ca/AUjSUZOha5eFg/vfBmkEI879Ieb1pcfUuHw697tVVw9oZD2de8ig72Hhh7yn+uDnxPU"
    "6NdHn4NnoK8uplgukS4ikl9B0sgOaUXuHJF8apCNyctSmUEpQZ0YJIvSK6WDbX+F3LaVu4"
    "41cm+te/vkeAiPyG9otuaVb3IMjyte+/bGosPVrZOL87IEruFEylaxRziZHaYXzO3UK71X"
    "4u8NTZu6ywfSUsqtMVq9x1cnqH+PFokN/cDwEX1VljBEM7IKan5HNF2JcCxPLldOK7Wa16"
    "dmevGZBcTNJUdzkbxWudQq99DUWc6XkJbUDiOZtYxdVps2WLC4s4BlpKRUcM2mDeGjKuHM"
    "o+Jo5lEumMnZMWWopFb2Q1pKPZzXEszU/jDtD9P+sCJ/2GceRjZ5dilfASRwjOXq7JV5yK"
    "aJ2ov1SdpXtlOv+16Jr4wtniKoVn5IQkTBtL3Vb+TgTjxq2dXbLmYhoiDEh1UMg8Niu+Aw"
    "ZxYE0KPjiWHhUbREqLLTNyu4LriVcvzSeWAJrDNiCnbsNezzHARo7IqW0BXOfEmRzVm8+1"
    "LPfzpo8X0HLbQnu1DrO6LlSg4v9tMm4+Xe7rSodmzKpuca2yWtN+Ukub2NMPEks/9NWfpJ"
    "bt8dzayVYdYv9GfVMY/j+graxUdVTow4Kj4w4ih3XsRumXEb7dbqWnE6nqXjWTqe9c54lm"
    "wYqxTOkgzbHY9mLbZIFJjZqf0Ti01stlOjMWL11rLXR9y92G3YX990aL/Ru31s0+6OdZGf"
    "t97ezDyWldkGb7Qub7q35wBaY0weyV2/+7nV/ofR+/Sp2+70z0G8+5ozHGITeY/kpkVBo/"
    "/YxTFTA/3HyzudwcOd0etftW67f/CrCAUT13C8EST4P2HX3n5wJ3ypalgic4EN7kjf2IgN"
    "clbltIWz4tMWznKnLfCxcSkilZZU0DOqMJPSaVRK2Z2ygbvjhudip0eB4ZnaBrLY8FzsPV"
    "nxuO3BMwJssATOEDxhL3gGIzxFBMCAH4P948TdAy/IDcAT8rGFADVCAcMP0H5B7VH6HRLg"
    "EICD/HnbK25be5rlsniZaqm5Z3DViqdxMcA5wbJZfHfHIRGqbBbeui9GvW76riidPo1Wyt"
    "Noc3v4CmZF0T6/xZNjbqvhinPk78/OGLwiAP0XZIHAAQwmRAIwdDwAgfmMbWsPQGKB12cU"
    "zVxoBixs5efEd7al50C55sB5l6q93V1eUr3YxVr2vZsDV/s0zLykgpCv/GDM6DiFJZdtpm"
    "UVdNfsiHumaiLbEHtLZ7KlZHUqm8ya1qRDk46tK0FC0rE49U3ANlJHwhXTjMwRdG/zizvP"
    "cYbM2xVwFxgdRn3KB/hBHICdLo2sn/gFH1GoLEDnU5fiBGkrAMfEIdpTLE84Vt24ZiByMZ"
    "Cwp9Xfdiwtpvcdy9jB+TVRPFvaqJtem5aSOcAvTZJt8eKz+zG07e9rBdph8/RkPmSwL2Wj"
    "xf1N6/o6v/hML0N6ywRRxaZf6gB3X3O2ndDvbi0+0Dkzb6td58xsjavrnBklcmZSB4+L8r"
    "UzB5OXpGznjkOvkDyDCGAHUNvoR4oP4JLAf3ZeWdqKiViiCyKeY48pB/iJFtkzRrWxB369"
    "abUB9nn2iyBvZmXNarIuF1mXaQsTpcm6toW1LaxtYW0La1tY28Lfiy2cOL5dYAmnD3cvto"
    "MTZ8pXtIJ7hJqki83YWcTIdYGL6F/TdCYk+Ag6hDVvhebrP5OpAv9k9qqPBFbw6prVVrBc"
    "VrCP6CQcGIiY3sxlkNQwhUWyCkZV1nL6sU7v+V7MY37iDSczLJ6f1/UFHhWOYnlZhTZ8+F"
    "uzeXh42tw/PDk7Pjo9PT7bnw9u+Utlo9xF94oNdCkN620fNU3J2Ic6uU4n1+nkugjHO0Qs"
    "+shthwSUUFAbj4yETnthvVLS4oYS7NcyEcPkMhX5SysAYzoAUBaBkvSCL8KJNp3/ieXCBf"
    "AF+QANh8gMQq/7KyUnPHmOOWjpf2N6nUGVJzNrukfp7jDxhvl6Xxh90oFE1KZKvlhxulgu"
    "W4yg1/qLr1JCCi4CWse6K4ZZ7SVXKSEFgV75aiudq/eWRSM7Q9DxK00M5SWG21aujl/tGu"
    "XbWPzqzrGxOfuMPD/83XlemKqwV0oIeVVjGtbVe9yrxammiy5Q1RBNiCiXPrX6vS9DBwSe"
    "omXs0Iysenvd74hFUs0QdUjAVqjVXT+YlVPQUbH6rMQAfRW8TgNaWrBIM6qvBLhlb03nyy"
    "D1wsQgfrhpffkh9dJc926v4uoJ0NvXvYsM2GMKjYehwC904Tg2gkSMeVIsg/sTlVsX8POS"
    "zSJ/0etdp5C/6Gahfbi56PQ/HHA10Eo4KIh1TrxaLriouhJdewMnNriTJxv7z0u5DLKy2m"
    "kgyxRd5DR4V/RzdYysHe5NV7wrbbrCXhkji/a5q7U7rWZku8LIpPRs7R7A+vTuDZLc6CSB"
    "mvZhQmqD5uF27PIVWodph1ytbp2T1L27Qu+OYKvL6zNiCkK9elr/Sg0adv8czMXMPiGiBM"
    "QbJ/fU7HMKFg68fd7SQlpm8Bv33atb4+HuHEQfHgmtOejeXt3ToujTI7lo3fIzlsK/j+Tq"
    "odW/7LZuz0H8qbHEW3JwUuEtOcjSosVbwi5lcqFtzOx/ggLa+V9q+RpzkuplkqxlCbQ+Tn"
    "Mzzpmogy6xsD8rKPN4JE3PtpCJraU8YWlJBf1gO+L3qhSacj00rW+/JoWUi/Su/l3yqE7q"
    "YpyU0QNWAciSuHDvPMdku/eS0TUeY+G2xtkqe6WJNfPKhs1qa0fuLvoZix25xfvbvk2rdm"
    "GX20afzkv9bnvQ7VGGRGcrCrfJrj2S3sXfO1G58/QvxEvloE5bcAZLbcSv3lum87GLoVcr"
    "tJpaJo+Hyyk9Jai3QpCZRUgZmdQ59zrnXo6cew9PoTnrfHUdr4AcJCu8QQ14VQPxujXOH3"
    "bpT6GPByABrXa7c38PonPDAGUb1sRE1h6wnFdiO9BiNwNPM0CZB6BFyONHlJwCC8588QnE"
    "K21d0xW56ErgvKBa0eS5gPYNve1ndczJWBg/KA5sJmVk5oHSRjZdOBIQvWLA4/oa7CXA1r"
    "SveHBRl/bpNfZLvYASabkS84vMvHrkLy2k+Z9ooYdm1JpR7wCjFowFK0A1IsT9RYOK4pse"
    "CSV0WsQqKPZaJJT0ttsi+r06oKmWh0D5gGbo1DqPnFuPpM+CmJ+67VYYykx9fSSdfuv+od"
    "85B9GHVNhz/pG1kgiTJr7IERCl+goKwqFva3UuLLVaqd463c+dS65B/umRfO70qSpZWfzp"
    "kXRvjbt+76rP+0DiC1X1l0Hn9pLVjj89knbv5u66M2CF849M2Z8e7sNb8Q+PhFnnl/3W71"
    "T5849yqN5CAcS24HDYEp/UQkSFWPjGPVI6+2DN2QceMhGeLuWHyohql4TULglrssyOOgsp"
    "rV6p1TtFHqY/ZJn3OCOqc0pk1jO1NBBZbgVCRlTrWWY9m7az3DmSKUGtY5l1TGH36fQ6DE"
    "Q+1zfe5bSo1rPMevbQGC85ZmdEtZ5l1rMO6ReqWeGQvo5J6pikBDGzd2T5ptJT4vzZNNoX"
    "keCn3/rIhvHypNIw5SJvVxHE07bbFJEVARWFCjtTtJNvfyFcm4vDhtC9GYydI1w5Imss1F"
    "ztMGJ2biVwhgDGmd7n7OhgTrv3AKGteWDisnncEp86XFNeR3zlivjC+crNquGKhYTMIUFp"
    "whU6+vrdRl/nB8jXeLUckXdEKnUv+WatCV6jPpnJySl0ZPPK8laJIxq1itMG4voqRLD1wg"
    "ppVKGwF0Zn3G/EF6OTmRVKZu540J94aOCMKbdlB6UKGHSuzl4ZfUZhbUpIo+o6pVktgluc"
    "0izGdRfSmKUxwetv4rnq3TuVXlPOY+ZLJc4kBbVZKLtZmDNftjO7tky2W+G1M+qQwJuJ5t"
    "ZMjdKZFfK6hu2M9Iyq1IxafzjSZ1vKnwqCXVabNigIERZP52kpFZw/6Tn96LjCnH50XDin"
    "s0vZLUuCens0R/UVtEfXsr182WEXYoR344CLJTE+q4DwWSG+Z6Jo1kQwQhROqgsB7awSuN"
    "npyOmys/4MH/9H4G+/wKMSV2BGVCWA/9ZsHh6eNvcPT86Oj05Pj8/250jnL5VBftG9Yqin"
    "+rdIDUPkiXK2SvZ1X4ioN+2tZWTWZ6ysFWpJSOQ9HjUEzJEV75XRRR+PtOtVLaLI/9Z41e"
    "P6ynkGj/arsIj9Yhaxn1/Yv3isGghnxDZn7zYamxlM96sgTWsVD6b7OazHENvhER71XN1Z"
    "OfXmruZxFZc3rVUIN7+WtcVcx8eB42EkIBp/v+/dFhlkabmsuwmbAfgfiJWxlk7+83BCeH"
    "YkeJpgO8DE/8ju98u6On8J+AynlOspl6iSzUnZS/uUWAM6UeV7jUik7PYwfXsJracltdZl"
    "0brAITxf/1CRQqSmRxLQf8h75+ISShFu5m3tYGfYyrKSNGhi4pVGtZSCGRltrpaN/cluwT"
    "WLA4RYaBCTxl+ao22RoyU1UcO2zYgp6Dg/qEQlDkqoxEGeSrA3rFY3Xgio5N1dV65nNLq8"
    "M88zclXtGLRVkzsXPUqmxM6BN/Ep1JfxgRiCiSxbpXQqC8LKRnzChmSuxZKA+goDkRJ5wE"
    "4PKgympweFYym79MbhNuhrrbNX4vpKTF2bXrHiuAwd+pC1kkXSUkoAv4GwGaVsS5HvpJym"
    "3rJQb9lTQJGHzWfR9BtdKZ114aKONFOtZojvZIhT5Pk1w0wJEQVH+eZxlaRAWqsk6pFLC2"
    "QvVQ2Eo+oKorsW3k3vGAjzTorDSQmRzUeStmMqrixmtNXJ7Nv/ASePAh8="
)
