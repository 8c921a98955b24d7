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
    "eJztXetT47YW/1c0+bSdoTsQwqP0zp0JIdDcAmFC2O5t6bjCVhIVR3ZtJ2zau//7lWQ7fs"
    "nBNklwtPqwrCPryPbv6HFeOvqnMbUMZLof7xxrhE3UOAP/NAicsov0rT3QgLYd3WAFHnzi"
    "RA3br8QL4ZPrOVD3aPkImi6iRQZydQfbHrYIq93nV9AEBvIgNl0AgY0c1yJgChcAGgaAIw"
    "85wMVjgskYYAI+uB700BQRDzzO9vfhyQH82PruI3ueYen0gbTe+pueEfzXDGmeNUbeBDn0"
    "Ab/9TosxMdAX+rHBT/tZG2FkGgn0sMEa4OWat7B5WY94l7wie+snTbfM2ZREle2FN7HIsj"
    "YmHisdI4Ic+oKsec+ZMTjJzDQD5EOE/TeNqvivGKMx0AjOTMYURu2/QFTW0LTb/lC77w41"
    "rZFhWEgRAzoo0i3CmE1f1eVfP2av8H3zoHXSOj08bp3SKvw1lyUnX/1HR8D4hBye22HjK7"
    "8PPejX4BhHoBKsP/PrDLSdCXTE2MZpUgjTV08jHOIZgzgAcIlwWCWCOOrm28B4Cr9oJiJj"
    "b0J/HrdWAPqpPej81B58OG59xx5o0VHpD9fb4E6T32KYRxjDOUXf0WaOWQblJJV8OB8dNA"
    "sATWvlIs3vJaHWrakNyaIMzjES+UA+aJ4WAJnWygWZ30uCPLMNBocGvSzOF/SOh6dIjHWS"
    "MgW3EZB+DC8KgJ+ZrN8bfQdBo0/MRdAxVoA/7N1074ftmzv2uKnr/mVy/NrDLrvT5KWLVO"
    "mH4xSflo2AX3rDnwD7CX7t33Y5vJbrjR3+xKje8NcGeyc48yyNWC8aXb9jGIXF0dvHuO4i"
    "Ryu1BscoXl+IizB351diJtuMnmMLMSt4gvrzC3QMLXPHalrCRZsBm+VDn6ChRf9wZvTou0"
    "Oii9boQAp9CBrZKSZ8DftYWBo934EvS6Ex3vXol9PvRZ6/DLTvO+2LbuNrAvgkzuzWtDlN"
    "l0ACx/x72Zux94jjKJDyQ3zzRXz2ksXk+3x8lDxdL3nanj2ZWBfOkw8PvQsxuAmiFMazGT"
    "Y+MtLNjNXGv0YzojMUAX8S+9P6d2Ozw1cELRdEDv31Lb5y8U//mlmJyuoscZpKYl7tJI2E"
    "nNfcLyDmNfdzpTx2Swyy9oxKidNpuvWA/b5zxoahRlOIS6mGS4K1KCx1wvaoiPJNa+Wje5"
    "RRv20KUam5YkkgHbxr77o2dN0Xi4pQE+hOSmGcJpRP924eHRXqzEcrOvNRGnBmWZ25YqS7"
    "ZDbNCP8J1CPq7a2BDSrY4nn4LkUxb7Q7w96n7hnwqR/JRZeXUEX44gwYiBfzN63AmYPjIk"
    "aRtK4ds4kcZ+xOVO+vZhJJUiqTSF1MIsHUErOIcNSUIUxqrucZwkoYbuIKNiIe9jASzNfn"
    "Ae3lzwNkQo5utiMEloTuF4/J1GbPb2+xg90hz26TXNuQ69J234jWvd+KvCDpM4d2Ag3NEa"
    "N7I1Z+Y13W1u7JW4UAcyzzrQNwQJu4cmA1o/UuYDQdQc3D+jN6a4e6GcEhb0dWpBykW3Pk"
    "LGg1483dKmirQ3/KipeNiEEbYbU8KrNr+gSS8VuBu/Mb7fhtdniT0gLoWDpb0SiGJp7itw"
    "7Qu2Vz16w1WVFDX2zLeTtWVMXUF13elqxI2f5Hag6i7+yuCbKB35hMmGX9sStciInhG8b6"
    "iVENvbaFhm7YlIRiGhwjjS2ujsBzVh6r9hgNlo1JiNZ4RuHAkGjQpj1sDgXug/KgXQWNtm"
    "NtSoidZ3m2NqKCgyUIoiiP2pA2d7lsTRK8SsZAZCwUgngIkRUjPzYCBbW1pBFlvZESv7Hp"
    "eU6fwFnnzp7+RLTp31UAxXsGUMQ4UtiZFKOR0Lm//ojksKuXwDhGIiHEG/HVmdYYkzIYLw"
    "mUM7QQwGrzwlZgVvsXtrZ/4Z1DgWoF8EaCgaDOzF9UCnxGgql5SMXOnN6copMB7lU+2e7n"
    "YcIdG4L64ab9+buES/a6f3sVVo8xoXPdP09h76CRg9xJefAzhAr98uhz8DT0xcYUywohCy"
    "L6NQQu7BBX6h2nkA1PMTF5rhSdkiBUwSl1YXqhkKT336X13szdxD6t1/ZeXVoOwmPyM1ps"
    "ePdVPabHNe+/emXj2/r2aoWxQQLzZCxsKN8qGY9QUpu2dmpI762wOfqiTdkQ9iSVdPtc1m"
    "91VEHS36JEYkLX01xEh0oFQTRFKyHnd4TThRSO6srl2tVKxebNsZnenDCnrF5xNhfRK5bX"
    "muUOmlvVbAlJSmUwqjOXsc1q0wZzNhjmaBkJKhlMs0lBuFXEpdbK96i1Mg41rh1TDZWU8s"
    "AnqeTDeSMONWUPU/YwZQ/Ls4d9Qg4eMTmMfjbfhSIwjGXq7K2ykM1jtaM9MspWtlPDfW+F"
    "rYxt4CGoVIxCjETC0LH1JxOwZw6V7MqlLIlIJIT4sIhgcJgvFxxmxAIPOnQ+0Qw8DrapFD"
    "b6pgk3BbdUhl+6DlTAOkUmYcfeQK5hz0NTW7SNK3fli5NsT+Ldr/X6p5wW37bTQlmyc7m+"
    "I1wuZPBinzabVhvdSVJl2Kwbn0uk7NlsyEk8xYow8CSVg2VV+Ekm94vSrKXRrJ/pZ5URj8"
    "P6EsrFrSKnFrTyDy1oZc4s2C0xbqvdWl4pTvmzlD9L+bPe6M+qG8YyubNqhu2Oe7OiNH0C"
    "MTuRwy9fxGbZArUxq7eRfBNh92KPYf+7ukX7jco48Z5yd8iL7Lr1ekLtkLbOMnijfXHTuz"
    "0D0Jhi8kjuBr1P7c5/tf7lZa/THZyBMAOYNRphHTmP5KZNQaP/2M0pYwP9x8u73eHDndYf"
    "XLVve7/yuwh5M1uznDEk+G+/a7+/c8cfVCUkkSXBFrOiN7Yig5wWyfh/mp/x/zST8Z/PjZ"
    "UUqSSlhJZRiTUpFUYlldxZN3B3XPCMsg0KBM9EKsJ8wTPKf1jwyOfhBAE2WQJrBJ6w403A"
    "GM8RAdDjRzF/P7P3wDOyPfCEXGwgQIVQwPADtF9QeZT+hgRYBGAve+bzmttWluZ6SbyMtV"
    "Tc0zhrxcu4GOAM4apVfHfnIRGqbBV+d1uMfN30TV46dSJqLU9EzeSRFayKolyz+YtjJt1t"
    "wTXyl4k1BS8IQPcZGcCzAIMJEQ+MLAdAoE+waewBSAzwMkHByoUWwMBGdk18Y1tqDazXGr"
    "jsUqVTrmUp5fNdbCT32hK40icyZiklhHzthzMGKf0rbttM0kportkR80zRQLYRdipHsiVo"
    "VShbnTmtlA6ldLw7E2qodEQnjwm0jcSxZPlqRuoYtNf1izvHskbM2uVxExidRl2qD/DDIA"
    "A74RgZP/IbLqJQGYCupzbFCdJWAA4VhyCnWFbhWHfjSgOplwbi97TyaceSZCrvWEoOzu6J"
    "4tHSWtnw2iRVnR38tQmyzd98dj+Fpvlt7UA7bJ4cL6cM9mPVbHF/076+zm4+U9uQXhNBZJ"
    "HpKx0i7iqdbSf4u1ubD1TMzOtsVzEz76arq5gZKWJmEodfi+K1U4djrwjZzhzJXSB4BhHA"
    "DkE20fcUH8ApgTuxXljYio5YoAsijmVOqQ7wIy0yF0zVxg746abdAdjl0S+CuJm1NauU9X"
    "op63VKYSK1sq5kYSULK1lYycJKFlay8LciC8eOEBdIwskDxvPl4Ni55gWl4D6hImmUjJ15"
    "jGwb2Ij+r+vWjHgfQZew5g1ffP0jHirwB5NXXSSQgtfXrJKC6yUFu4guwp6GiO4sbAZJCV"
    "FYRCuhV2UjJ/Cq8J5vRTzmJ95wZYb587O8Psfj3FksSytRwocfms3Dw5Pm/uHx6VHr5OTo"
    "dH85uWVvrZrlzntXbKJLcFilfVRqSko+VMF1KrhOBdcFON4hYtBX7ljEowoFlfHIWGi0F9"
    "ZbqbTYPgX7Wkai6ZymoP7S9sCUTgBUi0Bx9YJvwgmSzv/IYuE8+IxcgEYjpHu+1f2FKic8"
    "eI4ZaOmfKb3PoMoqMxt6xsrsMGHCfJUXRp10UCPVpki8WH64WCZajKCX8puvEkQSbgLaxL"
    "4rhlnpLVcJIgmBXvtuKxWr95pEU3cNQfmvlGJYX8XwvZmr/Fe7pvJtzX91Z5lYX3xCjut/"
    "d1YvTFTYW6kQ8qra3K+rctzLpVPNoy5QVBCNkUgXPrX+3Je+AQLPURU5NEUrX677HZFIig"
    "miFvHYDrWy+wfTdBIaKtYfleihL4LhNKSlOZs0g/pSgLtq1HQ/DxMDJgTxw03783eJQXPd"
    "v70Kq8dA71z3z1NgTyk0DoYCu9C5ZZkIEjHmcbIU7k+UblPAL0u2i/x5v3+dQP68l4b24e"
    "a8O/hwwNlAK2Evx9c5c0qZ4ILqUnTtLZzYYM+eTOxOKpkM0rTKaFCXJTrPaPAm7+f6NLKO"
    "n5suPyttssLeKo0syHNXKjut0sh2RSOrpWVr9wBWp3dvUckNThIoKR/GqLYoHr6PXL5G6T"
    "BpkCvVrTOUqncX6N0BbGX1+hSZhFCvX61/oQINe34G5nzNPkYiBcRbV+6p2GflbBx4/byl"
    "iLrO4Dfue1e32sPdGQguHgmtOezdXt3TouDqkZy3b/kZS/7/j+TqoT246LVvz0B41agwSg"
    "6OC4ySg7RaFI0SdisVC21iJv8T5NHO/1zK1pihlC+SZCNboNVxmtsxzgQdtMLG/jRhneej"
    "2vRsA+nYqGQJS1JKaAfbEbtXIdeU7aB5efk1TiSdp3f9Y8mhPCmLcZxGTVg5INfEhHvnWD"
    "rL3kvG13iKhWmN01X2VgbWLCtrJqutDLm7aGfMN+Tm57d9Xa3ahSy3jQFdlwa9zrDXpxoS"
    "Xa0o3Dq790j65//pBuXW05+Il9ZDdXoHY3Cthfj1W8tUPHY+9HK5VhPb5PGoGtMThCoVQp"
    "21iFp6JlXMvYq5r0fMvYPnUF90v9iWk6McxCu8ohrwqhridUucP2zTT6GvByAB7U6ne38P"
    "gnPDANU2jJmOjD1gWC/EtKDBHgaeFoBqHoAWIYcfUXICDLhwxScQr7V1pa7US13xrGdUyp"
    "u8JFC2odftrJY+mwr9B/mOzThNnfXA2no2bTgWKHr5gIf1FdgVwFZqX/7kIq/ap/bYVxqA"
    "NeJyIc0vEPPKKX9JIqX/iTZ6KI1aadQ7oFEL5oI1oBooxIOoQUnxTc6ENTRahCzIt1rEmP"
    "S62SL4XuXQlMtCIL1D0zdqnQXGrUcyYE7My16n7bsyEz8fSXfQvn8YdM9AcJFwey4vWSsx"
    "N2nsRz0copRfXo479HWuLolrzVbKt27vU/eCc5BfPZJP3QFlJSsLrx5J71a7G/SvBrwPxH"
    "5QVn8edm8vWO3w6pF0+jd3190hK1xeMmZfPtz7j+IXj4RJ5xeD9i+U+cvLerDeQB7EpuBw"
    "2BU2qYhEBl/41i1SKvpgw9EHDtIRnleyQ6VIlUmi1iYJY1Ylo05Epdhba/bOkYPph1QZxy"
    "lSFVNSZz5TSQORajsQUqSKz3Xms25a1c6RTBAqHteZxxR2ly6vI09kc31lLCdJFZ/rzGcH"
    "TXHFOTtFqvhcZz4rl34umyV26SufpPJJ1sBn9oYo30R4Shg/m0T7PCC8/HmATBhuT1rppo"
    "zidiVBPCm7zRFZE1CBq7A7Rzs5+nPh2p4f1ofuVWfsEuHCHlktYnOxw4jZuZXAGgEYRnqf"
    "saODudq9BwhtzQEzm63jhvjU4ZL0yuNbL48vXO7cLOquiCjq7BKsjbtCeV+/We/r8gD5Ek"
    "PLEllHasXuiiNrQ/Bq5ZWZDJ1ERzavLW6VWKJZKz9sIKwvgwdbbayoDSsktsKoiPut2GJU"
    "MLNEwcxdB7ozBw2tKdVt2UGpAg06U2dvlfqM/NpUIQ2qq5BmuRTc/JBmMa67EMZcGxG8fB"
    "LPdWfvlHpPOfeZVwqciRMqsbDuYmFGfHmf1bWts2yF19a4SzxnIVpbUzVWrqyQ19VMa6xW"
    "VKlW1PLTkTrbsv6hINhmtWmDAhdh/nKepJLB+JNc01tHBdb01lHums5upVOWeOVyNAf1JZ"
    "RHN5JeftVhF2KEd+OAi4oYnxZA+DQX31ORN2smmCFyF9WIQBmrBGZ2OnPa7Kw/zcV/C+zt"
    "53i8whSYIpUJ4B+azcPDk+b+4fHpUevk5Oh0f4l09tYqyM97Vwz1RP8WsWGEHFHM1oq87h"
    "GJfMveRmZmdcbKRqGuixKJHKxPGiLl0b+zt1JpjOoohXG3FrV8hbHCOYZyH2DYPCqiVtBa"
    "uWOe30uFQ9BBVQLhoLqE6B7s7xexc+/v5xu62b2Uj94innDl+s99/zbHOR+RpE0fWPfA/4"
    "CJd9mNKAKXgZEweGTCI9KREHtJSwZr4Py9F7Ov/weFwqR9"
)
