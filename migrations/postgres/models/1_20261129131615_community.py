from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON COLUMN "mailing_list_subscriptions"."state" IS 'SUBSCRIBED: SUBSCRIBED\nPENDING_CONFIRMATION: PENDING_CONFIRMATION\nPENDING_APPROVAL: PENDING_APPROVAL';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "contribution_tallies";
        DROP TABLE IF EXISTS "public_profiles";
        DROP TABLE IF EXISTS "contribution_cursors";
        DROP TABLE IF EXISTS "cla_checks";
        DROP TABLE IF EXISTS "mailing_list_subscriptions";
        DROP TABLE IF EXISTS "contributions";"""


MODELS_STATE = (
    "eJztXetz4ji2/1dUfOqpynTl2clmtraKEDrDThJygfTMnWHKoxgB2hjZ6wdpdm//71eSbf"
    "A7tnkJtT4kGPsc2fyOLJ2Xjv7bmJkjZDgfn2xzjA3UuAb/bRA4YwfJS0egAS1rdYGdcOEL"
    "Z2pYPhE/CV8c14a6S8+PoeEgemqEHN3GlotNwqi7/AgaYIRciA0HQGAh2zEJmMEFgKMRgG"
    "MX2cDBE4LJBGACPjgudNEMERcMveNjeHkCP57/8JHdb2Tq9IaUbvNNewT/20Oaa06QO0U2"
    "vcEff9LTmIzQV/pjg6/WqzbGyBjF0MMj1gA/r7kLi5/rEPczJ2RP/aLppuHNyIrYWrhTky"
    "ypMXHZ2QkiyKYPyJp3bY/BSTzDCJAPEfafdEXiP2KEZ4TG0DOYUBi3/wCrcw1Ne+wOtH57"
    "oGmNlMBCjgjQwSndJEzY9FEd/usn7BF+PD05vzy/Ovt0fkVJ+GMuz1x+82+9AsZn5PA8Dh"
    "rf+HXoQp+CY7wClWD9lR+noG1NoZ2NbZQngTB99CTCIZ4RiAMAlwiHJCuIV918FxjP4FfN"
    "QGTiTunXT+cFgH5p9lo/N3sfPp3/wG5o0rfSf10fgyun/BLDfIUxnFP0bc2zjSoox7nkw/"
    "ni5LQE0JQqF2l+LQ61bs4sSBZVcI6wyAfyyelVCZApVS7I/FocZM8aMTg06KZxvqVXXDxD"
    "2VjHORNwjwLWj+FBCfBTg/W+0bcRHHWJsQg6RgH4g85Duz9oPjyx280c598Gx685aLMrp/"
    "zsInH2w6eEnJaNgF87g58B+wp+7z62Obym405sfscV3eD3Bnsm6LmmRsw3jc7fEYzC06un"
    "j0jdQbZWaQ6OcLw/EZcR7sHPxEy3Gb9GJmJ24gXqr2/QHmmpK+apmTlpM2DTcugSNDDpPy"
    "6MDn12SPSsOTrQQp+DRg5KCN/CPhaeXd3fhm9LpTHa9egvp78Xuf400Oy3mrftxrcY8HGc"
    "2aXZ6Sx5BhI44b+XPRl7jiiOGVp+iG++is8espx+n4+P0qfF0qct78XAeuY4+fzcuc0GN8"
    "aUwNjz8OgjY93Ou9r4+9gjOkMR8Duxf+f/aGz39c2ClisiZ/78Fp25+E//lpqJqtosUZ5a"
    "ap5wmkZMzzs9LqHmnR7nannsUjbI2iuqpE4n+TYD9n7HjC1DjWYQVzINlwwbMVhEwvaijP"
    "FNqfLRvUiZ3xaFqNJYsWSQDt6Nd10LOs6bSVWoKXSmlTBOMspne59eXJTqzBcFnfkiCTjz"
    "rHpONtJt4s1Syn8M9RX37ubABlVs8Tx8lrKYN5qtQedL+xr43ENy2+ZnqCF8ew1GiJ/mT1"
    "pDMiefyjhFkrZ2xCfyKeV3onZ/PZdInFO5RERxiQRDS8QjwlFTjjCppZ7nCKvguIka2Ii4"
    "2MUoY7y+CXg//9JDBuTopjtC4Elof3WZTm10/PYWB9gd8vw28bkNOQ5td020+n4r8oKkez"
    "btBBqaI8a3JlZ+Y23W1uHpW6UAs01j3RewR5u4s2E9p/UhYDQbQ83F+itat0M9jOGAtyMr"
    "UjbSzTmyF5RstHa3Ctpq0a+y4mUhMqKNMCqX6uyaPoVksi5wT36jLb/NFm9SWgBtU2czGs"
    "XQwDO87gv6tGzunrUmK2roq2Xa62NFTUx90eZtyYqU5f9IzUb0mZ0NQdbzG5MVMzaY2fjF"
    "c9fXVluRpqSFy4B03Ef667pYGbDFmpEVJ8d7WTa+rh4GscHHeMftR1qVCbl0gkRBTD82n4"
    "bJt9nwhmkUpebSsCkJ7SY4QRrTdu2MUHZ1rJoT1Fs2JiFaE4/CgSHRoEV72BxmxPOqg3YX"
    "NNqMtCkhdq7pWtqYavJmRlZTddQGtLnPy9YkxCtIF9nkSMZblG88q5jKlXK0ZqR1ZTlj81"
    "O8UECtxX3Bm034+oNNanN6B97hqRbxL0Sb/lPlge0zDywikdIx8QiPhDlKm19YEXb1ChhH"
    "WCSEeCspB4Y5waQKxksGldNRCmC1BmsnMKtlWDtbhrXnjEahAN5KTiPUmRefaoGvKGNoHl"
    "C1M6c3J/hkgLsotaT92yCWVRKC+uGh+dsPscyS++7jXUgeEULrvnuTwN5GYxs50+rgpxgV"
    "+tXR5+Bp6KuFKZY1Mq+y+DeQf3VAUhE73SqdZWdg8loryS7GqHLsRBF6qczK/S823bdwt7"
    "Hc9L0lpJ9NG+EJ+QUttryIVIzhccPLSN9Zv7u5JadhimOGezKS/ZjvlYwmWqq1pwf1Sh8V"
    "+Bx91abqSpw4l3TL9TbvdVRrPb5HjcSAjqs5iL4qNRTRBK+Ekj8QSZcyOOoblxs3K5WYty"
    "dmenHKgrJ6zdE8i1+JXGiR22hu1vMlxDmVw0hkKWOLUdMGc9ZJ51gZMS4ZXLNxRfi8TEjt"
    "PD+idp4KqHHrmFqopFIEPs4lH85bCagpf5jyhyl/WJ4/7Auy8ZjpYfRn88V0GY6xFM1RkY"
    "dsHqFeLfVTvrKDet2PCnxlbB0iQZVyFCIsEqaObb4miuXZVLOrVnlpxSIhxGdlFIOzfL3g"
    "LKUWuNCm44k2wpNgtV1pp2+ScVtwS+X4pfNADawTbBJ27C2UTHddNLOyVqPmznxRlt1pvM"
    "dCz38qaPF9By2UJztX6gci5VIOL/bTvFm9tzvOqhybosk55bPYV8pJtFJUZuJJopRUUfpJ"
    "qoSVsqylsaxf6c+qoh6H9BLqxedlNl85z9975Ty19cphqXE77dbyanEqnqXiWSqetWY8Sz"
    "SMZQpnCYbtgUezVtVGM9TsWCnSfBWbFT3VJoxuK/Umwu7FbsM+Hd2k/UZVnNin3h3KIj1v"
    "vb8vQMgrsg7eaN4+dB6vARzNMBmSp17nS7P1v1r38+dOq927BmEhQ3M8xjqyh+ShSUGjf+"
    "zijImB/vHz7fbg+Unr9u6aj53f+VWEXM/STHsCCf6P37X3H9zxX6oKmsiSYYebOzR2ooNc"
    "ldm45Cp/45Kr1MYlfGysZUjFOSX0jEpsSak0Kqn0TtHAPXDFc1WjMUPxjBVwzFc8V1UjS+"
    "5cP5giwAZLYI7BC7bdKZjgOSIAunxH+R896wi8IssFL8jBIwSoEgoYfoD2C6qP0u+QAJMA"
    "7Ka3rt9w28rTLJbGy0RL1T2NizZ7Gs8GOMVYNIsf7jiUhSqbhffui5Gvm64VpVMbOwu5sX"
    "Oq+m7GrJhVoTd/ckwVCS45R/46NWfgDQHovKIRcE3AYELEBWPTBhDoU2yMjgAkI/A2RcHM"
    "hRZghEfpOXHNttQcKNYcuOxSlUuupTnli11spfbaErjKG8umOSWEfON7zAY7k9Rcthnnld"
    "BdcyDumbKJbGNs185ki/GqVDaRJa2MDmV07F0IAhodqw0UM6yN2O6K+WZGYjfH9+2LJ9s0"
    "x8zb5XIXGB1GHWoP8C00ANuoHY1+4hccRKEaATqfWhQnSFsBODQcgppiaYNj040rC0QsC8"
    "TvadXLjsXZVN2xhB6cXhPFs6W1qum1cS6RA/zCJNnmLz7rz6BhfF8r0M5OLz8thwz2pWi0"
    "6D807+/Ti8/UMqT3VBBZdPo6hluETdlsIsv3sBYfqJyZ98Wucmb2ZqurnBkpcmZYTswc2Y"
    "u8skOx60eFKdsBZYVyQ40BIoDt5W6gHyk+gHMCZ2q+sbQVHbFEF0Rs05hRG+AnespYMFMb"
    "2+Dnh2YLYIdnv2TkzWysWWWsi2Wsi1TCRGpjXenCShdWurDShZUurHTh70UXjmy8nqEJx7"
    "dlz9eDI7vBl9SCu4SqpKti7CxiZFnAQvRT102PuB9Bm7DmR776+lc0VeAvpq86KEML3lyz"
    "SgsWSwt2EJ2EXQ0R3V5YDJIKqnAWr4RRla3swKvSe74X9ZjveMONGRbPT8v6Bk9yR7E0r0"
    "QFH/52enp2dnl6fPbp6uL88vLi6ng5uKUvFY1yN507NtDFJKzKPiozJaEfquQ6lVynkusC"
    "HJ8QGdFHbpnEpQYF1fHIJNNpn0lXaLRYPgf7tYxF0zlPSful6YIZHQCoFYGi5gVfhBMUnf"
    "+J5cK58BU5AI3HSHd9r/sbNU548hxz0NJ/M3qdQZU2ZrZ0j8LqMGHBfFUXRu10IJBpUyZf"
    "LD9dLJUtRtBb9cVXMSYJFwFtY90Vw6zykqsYk4RAb3y1lcrVe0+jEd1CUPErZRiKaxjuW7"
    "gqfnVoJt/O4ldPpoH1xRdkO/7vTtuFMYKjQoOQk2pzn1bVuJfLppqvukBZRTTCIl361OZr"
    "X/oOCDxHdfTQBK98te4PRCMpp4iaxGUr1KquH0zySeio2HxWoou+ZrxOA3o2Z5FmQC8FuE"
    "VvTfu3QeyFCUH88ND87YfYS3PffbwLySOgt+67NwmwZxQaG8MMv9CNaRoIkmzMo2wJ3F8o"
    "37aAX57ZLfI33e59DPmbThLa54ebdu/DCRcDJcJuTqzTsyu54AJyKbr2DnZssLwXAzvTWi"
    "6DJK9yGogyRec5DdaKfm7OImv5tenyq9LGCY6KLLKgzl2l6rTKIjsUi0xIz9bhAax2796h"
    "kRvsJFBRP4xw7VA93I9evkHtMO6Qq9StU5yqd5fo3QFsVe36BJuEUG/erH+jCg27fwrmfM"
    "s+wiIFxDs37qnaZ+YsHHh/v6UVt8jgN/qdu0ft+ekaBAdDQikHnce7Pj0VHA3JTfOR77Hk"
    "fw7J3XOzd9tpPl6D8KhR4y05+VTiLTlJmkWrt4RdSuRCG5jp/wS5tPO/VvI1pjjlyyTZyh"
    "JotZ3mbpwzQQetsbA/ySjyeCRMzx4hHY9qecLinBL6wQ7E71UqNGXZaF5df40ySRfp3fy7"
    "ZFOZVMU4yqMGrByQBXHhPtmmzqr3ksk9nuHMssZJkqPCxJolsWYwauXIPUQ/Y74jN7++7f"
    "tm1SFUuW306LzU67QGnS61kOhsReHW2bUh6d78sx2cN1/+hfhZMUynPTiDhVbiN+8tU/nY"
    "+dDLFVqNLZPH43pCjzGqUggiWxFCRiZVzr3KuRcj597Gc6gv2l8t084xDqIE75gGnFRDnL"
    "bC/sMW/Sn08QAkoNlqtft9EOwbBqi1MfJ0NDoCI/ONGCYcsZuBlwWglgegp5DNtyi5BCO4"
    "cLJ3IN5o68pcEctccc1XVCmavGRQvqH3/aym7s0y4wf5gc0oj8h2oLCRTQtOMgy9fMBDeg"
    "V2DbCV2Zc/uMhr9qk19rVeQIGkXMryC9S8asZfnEnZf1kLPZRFrSzqA7CoM8aCDaAaGMS9"
    "VYOS4hsfCQV0WoQiyPdaRIT0vtsi+L0qoCmXh0D6gKbv1LoOnFtD0mNBzM+dVtMPZca+Dk"
    "m71+w/99rXIDiIhT2Xh6yVSJg08kWMgCiVl5sTDn1fqktmocVK5dbufGnfcgnyoyH50u5R"
    "UbJz4dGQdB61p173rsf7QOQLFfVvg/bjLaMOj4ak1X14um8P2MnlIRP25+e+fyt+MCRMO7"
    "/tNX+lwl8eiiH6EXIhNjI2hy3wSa1YZIiF79wjpbIPtpx9YCMd4XktP1SCVbkkhHZJjLw6"
    "FXVWXEq8Qot3jmxMf0id9zjBqnJKRJYz1TQQqbcCIcGq5CyynHXDrLePZIxRyVhkGVPYHT"
    "q9jt0sn+s773KcVclZZDnbaIZrjtkJViVnkeWsQvq5YpY4pK9ikiomKUDMbI0s31h6Spg/"
    "G0f7JmD8/EsPGTBcnlQYplzl7UqCeFx3myOyIaCCUGF7jg7y7c+Fa3dxWB+6d4OxS4RLR2"
    "S1lZjLbUbM9q0E5hjAMNP7mm0dzM3uI0BoazbwLDaPj7J3Ha7IryK+YkV84XLlZtlwxYpD"
    "5JCgMOEKFX39bqOvyw3kK7xaZpZ3RChx13yztgSvVt2YSfFJtGXzxvJWiZk1auWnDYT0Mk"
    "Sw1cIKYUQhsRdGZdzvxBejkpklSmZu29DxbDQwZ9S2ZRulZljQKZqjIvMZ+dTUIA3IVUqz"
    "XAZufkpzNq6HkMYsjApevYjnpqt3Sr2mnMfMayXORBmVWii6WphSX/YzuzZ1Vq3w3py0iW"
    "svsubWBEXhzAo5rWaYEzWjSjWjVh+O1N6W4qeCYItR0wYzQoT503mcSwbnT3xOP78oMaef"
    "X+TO6exSsmSJW61Gc0AvoT66lfLyRZtdZCN8GBtc1MT4qgTCV7n4XmVFs7yMESJ3Ul0xKG"
    "dVhpudjpwW2+tPc/B/MvztN3hS4ApMsMoE8N9OT8/OLk+Pzz5dXZxfXl5cHS+RTl8qgvym"
    "c8dQj/XvLDGMkZ2Vs1VQ133FIt+0t5WRWe2xslWoBTEi+3jSyLAc2emjInPRwRPlepXLUO"
    "SfFV71kF46z+D5cRkr4jjfijhOL+xfPVYFhBNsu9N3G43dDKbHZZCmVPmD6XEK6xnEhr+F"
    "RzVXd5JPvrnr9KKMy5tS5cLNryV1Mct0sGvaGGUYGv/sdx/zFLI4X9LdhHUX/B8IhbGVTv"
    "73sUd4diR48bDhYuJ8ZPf7x7Y6fwH4DKeY6ymVqJLMSTmK+5RYAypR5XuNSMT0dj99u4bU"
    "45xK6qJIPcMhvFz/UNKEiE2PxKV/yF5zcQk1ER6WbR1gZyi1Codepa28eKzxNfFqRZo6PE"
    "2iFFouNIxMNaAuTgPa4EIisLZsyUfex2ybPv7CFlr3WmKg2Kyh/we7BRcsdhFiUWdMGn8q"
    "83+P5n9UEil0882mBJuEMZmTUlbqSYGVepK2UtkbVqkbrxhkChxsK404GF3WTCEOvKAHBm"
    "3ZvOFVjxIpZzimJmXMYkk1Kn8SS+lum57CwtxTVvfKJtBgaKo5TMzsYUkKIj89399rvfb/"
    "PFN78RpEvw1Jp99/bl8D/jEk0Wtaq/vw0H5McIRnA84VUezrkAya979cA/Z/SG7uu3fXgP"
    "0fkttuq38N2P8haX/hnPxjSLqDn9u9a8A/GjVm3NNSfsoCN2XKS+mYnq3XX9e75Ba6c9x1"
    "Bm3aAfjHkDy0H26YFPzPOmLYcDJKdJhMCaIodSLBKNH6zx3nTbjYNSqF+JYMIvf72tGQMs"
    "mClKogGpJKF/Rsowq+Abl8oaatZKQsQ0aLKhjHueSD+vT4pEw/Pj7J78fsWhxqU9c9264V"
    "RUiwqjRycaIG6WDRDNmTWlKOMaqqkSLLWDegRm19grLULtM0ECQ5UeAYY0LIL5RTKrnedL"
    "v3MZHedJLFIJ6ZJv3BH0gpEXZz9CwVeM+fuw4zBKsC79+j1PMC7/t05As2oKoNOEVEtCAy"
    "oordlomNVNqAc5fBJsFe/zVjTfT24PH5/l6EYFPLsx0zM3Eig+qobOBJ0zlDyQqvP5tv9J"
    "IN3CkCeMbKG7NarSZBPBGWCgJ8sOgvcI4AdhwP0c+PHz/+ENKsPB1gYrrXrJWk23fzdxgS"
    "gt6Q44K/VlrMX8BBiBwBx+T3IeirC2yPAOi8OrQdYwHGpg3eptAF+hQSKhrgYPpy5JWc/S"
    "PhxAkeVQXb9hps25s7TrRJZQf+uLDHVwA6wiIjypsPEdIhS/OIizM8+MXmW5xTOcPEsdbS"
    "RroBHVejc1ENKz3BquQsvJzzyh8UDJpxth2uuDNfGzsZODdTVU6Q1cvpXPF31PdlQnlJ7T"
    "2S0V5Oe6ePugCxzDN/twWWXUQ/+p07MIUjgKkyDGaUbHpNqencQRVtYgILmZaB0js3bLTl"
    "onRszsgOeDaU0q/3qV8vZZGepHJiciFD0dR0gJpfAYpsrknocaqC6BaVZD6iVHjXl/S7c8"
    "0eC/26q8CBfAsABEP2sPP/n7wXA+tPtjnGHNz0llsxgkJVzuKkmuXTqno1culHcE6v2FrF"
    "lMs4l3zpgFvJvNxpaSCh4d1C1XBWeKYKuEsG+dDdSoUa3ZxZ1HauAnGERT6QT07LLOygVP"
    "k+oNPU4g4e1KlY3irKo2AuBbOjT4O8y7IgrzgUxKUgtpHjZc12+ZuprThkgLgoCrCN7dTm"
    "2MEvWcuS8muHRVjWKhtWB3npq4apNNb80UfeNFYB8i4P3lhdKyj2XoZml6CBSf9tOT9zr0"
    "LYWHbmBiOMBmxNkf7ayAoshteOCuOJBtR0RraVGhRhZ/GNQhWw26dDaseWvHCz4/ZN+VrL"
    "2NZdwlYL5+WZg13ENke2w1IgZtClw1dV0DO4FfpVlhCyGaPeEsIYp4Ra+OFq3RlrBvevdu"
    "971lDLnQ5Nod5ZLPjBL8l/jx23771EEUjp4nmkhap5tOS/5kTYtqqq87v5YCutff9ae0Qc"
    "VZZWZI/BSnPP0dyVbbR128gNsjvTCJeocBcyi4x2o/9802/1Ojft22uwOh6Sp/bjbefxTm"
    "t1Hz93eg/NQaf7eA2yzq5om09Pve6X5v2KLjzTqCPRzWdaqhoikrnhVQ2R71HqBxJ82bdw"
    "lRWorMAcK7CJbKxPGxlGX3DlqMjGgysalfp7SK/zUYHNFniXq9gTERaRddzaFsUWitmyl6"
    "oCwgG5hOhuZQcQtpQzc3Pl/LynCMvut0vcj0d/YylOe12x/O3/AVkP9JY="
)
