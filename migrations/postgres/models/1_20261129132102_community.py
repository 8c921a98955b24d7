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
COMMENT ON COLUMN "meetup_applications"."state" IS 'PENDING: PENDING\nACCEPTED: ACCEPTED\nDECLINED: DECLINED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "contribution_tallies";
        DROP TABLE IF EXISTS "mailing_list_subscriptions";
        DROP TABLE IF EXISTS "contributions";
        DROP TABLE IF EXISTS "public_profiles";
        DROP TABLE IF EXISTS "cla_checks";
        DROP TABLE IF EXISTS "contribution_cursors";
        DROP TABLE IF EXISTS "meetup_applications";"""


MODELS_STATE = (
    "eJztXetz4ji2/1dUfOqpynQlJOlkM1tbRQidYSeBXCA9c2eY8ihGgDZG9vpBmt3b//uV/M"
    "BvxzYvodaHBGOfI5vfkaXz0tF/Gwt9gjTr45OpT7GGGjfgvw0CF+wgeekENKBhhBfYCRu+"
    "uEwNwyNyT8IXyzahatPzU6hZiJ6aIEs1sWFjnTDqvnsENTBBNsSaBSAwkGnpBCzgCsDJBM"
    "CpjUxg4RnBZAYwAR8sG9pogYgNxs7pKbw6gx8vfvjI7jfRVXpDSrf9ph2C/+0gxdZnyJ4j"
    "k97gjz/paUwm6Cv9sf5X41WZYqRNYujhCWvAPa/YK8M91yX2Z5eQPfWLouqasyAhsbGy5z"
    "pZU2Nis7MzRJBJH5A1b5sOg5M4muYjHyDsPWlI4j1ihGeCptDRmFAYt/cA4bmGovT6I2XY"
    "GSlKIyWwgCMCtH9K1QkTNn1Uy/31M/YIPzbPLq4urs8/XVxTEvcx12euvnm3DoHxGF14eq"
    "PGN/c6tKFH4WIcgkqw+uoep6Btz6GZjW2UJ4EwffQkwgGeEYh9ANcIByQhxGE33wfGC/hV"
    "0RCZ2XP69dNFAaBfWoP2z63Bh08XP7Ab6vSt9F7Xnn+l6V5imIcYwyVF31QcU6uCcpxLPJ"
    "wvz5olgKZUuUi71+JQq/rCgGRVBecIi3ggnzWvS4BMqXJBdq/FQXaMCYNDgXYa5zt6xcYL"
    "lI11nDMB98Rn/RgclAA/NVgfGn0TwUmfaCu/YxSAP+o+doaj1uMTu93Csv6tufi1Rh12pe"
    "meXSXOfviUkNO6EfBrd/QzYF/B7/1ex4VXt+yZ6d4xpBv93mDPBB1bV4j+ptD5O4JRcDp8"
    "+ojULWQqlebgCMf7E3EZ4R79TMx0m+lrZCJmJ16g+voGzYmSuqI39cxJmwGblkOfoJFO/7"
    "nC6NJnh0TNmqN9LfTZb+SohPAt6GPB2fD+JnxbK43Rrkd/Of29yPamgdaw3brrNL7FgI/j"
    "zC4tmovkGUjgzP297MnYc0RxzNDyA3zzVXz2kOX0+3x8pD7Nlz5tOC8aVjPHyefn7l02uD"
    "GmBMaOgycfGetu3tXG36cOURmKwL0T+3fxj8ZuX98saF1F5Nyb36Izl/vTv6Vmoqo2S5Sn"
    "lprHnaYR0/OapyXUvOZprpbHLmWDrLyiSup0km87YB92zNgx1GgBcSXTcM2wFYOFJ2wvyx"
    "jflCof3cuU+W1QiCqNFWsG4eDdetc1oGW96VSFmkNrXgnjJKN4tnfz8rJUZ74s6MyXScCZ"
    "Z9WxspHuEGeRUv5jqIfc+5sDG1SxxcvgWcpi3mi1R90vnRvgcY/JXcc9Qw3huxswQe5p90"
    "lrSObsUxmnSNLWjvhEPqX8TtTur+cSiXNKlwgvLhF/aIl4RFzUpCNMaKnnOcIqOG6iBjYi"
    "NrYxyhivb33ez78MkAZddNMdwfckdL7aTKfWul57qyPsDnl+m/jchiyLtrshWkOvFXFBUh"
    "2TdgIFLRHj2xArr7EOa+v49K1SgJm6tukLOKBN3JuwntP6GDBaTKFiY/UVbdqhHqdw5LYj"
    "KlImUvUlMleUbLJxt/LbatOvouJlIDKhjTAqm+rsijqHZLYpcE9eo22vzbbbpLAAmrrKZj"
    "SKoYYXeNMX9Gnd3ANrTVTU0FdDNzfHipqY6qrjtiUqUob3IxUT0We2tgTZwGtMVMzYYGbi"
    "F8feXFttR5oSFi4N0nEfqa+bYqXBNmtGVJws52Xd+KZ6GMSaO8Zb9jDSqqjILRCyHUOBhq"
    "FhFW4DP7fBVtieSMilU0sKsiFimkiQtpwNbJCAUkoLCZoS0OKEM6QwO8HMSAKojlVrhgbr"
    "xgREa+ZQODAk7O019SXMiIRWB+3eb7QVaVNA7GzdNpQptYH0jHyw6qiNaHOf160JiJefaL"
    "PNkcxtUbzxrGISXMpFnZEQl+XGzk+OQz61EveibzdV7g82qS3pHdwOT/WvfyHa9J8yg+6Q"
    "GXQRiZTOJojwCJjdtf0lKUFXr4BxhEVAiHeSrKHpM0yqYLxmkNkwpQCWq9f2ArNcwLa3BW"
    "wHzgXlCuCdZINClcU/qBb4ijKG5hFVO3N6c4JPBLiLknI6v41Yy+t8nADUD4+t31y81zk5"
    "D/3efUAeEUL7oX+bwN5EUxNZ8+rgpxgl+tXRd8FT0FcDUyxr5Kxl8W8hc+2IpMJ3olo6P1"
    "HD5LVWemKMUWYn8iL0Ujmph1+me2jh7mKh7nuLbz/rJsIz8gta7Xj5LR/D45YX4L6z8nl7"
    "i3WD5NAM92QkbzTfKxlNUZWrdo/qlT4p8Dl6qk3VNUxxLuEWOm7f6yhXyXyPGokGLVuxEH"
    "1VaiiiCV4BJX8kki5lcNQ3LrduVkox707M9OKcBWXVmqN5Fr8UOdciN9FSr+dLiHNKhxHP"
    "UsYGo6YN5qwwz7EyYlwiuGbjivBFmZDaRX5E7SIVUHOtY2qhkkoR+DiXeDjvJKAm/WHSHy"
    "b9YXn+sC/IxFM/xd1dhpjhGEvRnBR5yJYR6nCRpPSVHdXrflLgK2MrOAmqlKMQYREwdWz7"
    "1WQMx6SaXbWaVSGLgBCfl1EMzvP1gvOUWmBDk44nygTP/HWKpZ2+ScZdwS2U45fOAzWwTr"
    "AJ2LF3UGzettHCyFrHmzvzRVn2p/Gecj3/yaDF9x20kJ7sXKkfiZRLObzYT3MW9d7uOKt0"
    "bPIm55TP4lApJ9EaW5mJJ4kiXEXpJ6niX9KyFsayfqU/q4p6HNALqBdflNm25iJ/15qL1K"
    "Y1x6XG7bVbi6vFyXiWjGfJeNaG8SzeMBYpnMUZtkcezQrrtGao2bEirvkqNisXq8wY3U7q"
    "TQTdi92GfVqqTvuNrDhxSL07kEV63np/R4WAl2cdvNG6e+z2bgCcLDAZk6dB90ur/b9K//"
    "PnbrszuAFBCUh9OsUqMsfksUVBo3/s4oKJgf655zud0fOT0h/ct3rd392rXuE13ZxBgv/j"
    "de3DB3e8l6qCJrJm2OO2GI296CDXZbZ8uc7f8uU6teWLOzbWMqTinAJ6RgW2pGQalVB6J2"
    "/gHrniGdZozFA8YwUc8xXPsGpkOcWzMZojwAZLoE/BCzbtOZjhJSIA2sCifeZHxzgBr8iw"
    "wQuy8AQBqoQChh+g/YLqo/Q7JEAnANsfk9P2ttuWnma+NF4mWqruKa5os6fxbIBTjEWz+P"
    "GOQ1mosln44L4Y8brpRlE6uSU2l1tip6rvZsyKWRV68yfHVJHgknPkr3N9Ad4QgNYrmgBb"
    "BwwmRGww1U0AgTrH2uQEQDIBb3Pkz1xoBSZ4kp4TN2xLzoF8zYHrLlW55FqaU7zYxU5qr6"
    "2Bq7wlb5pTQMi3vjuvv6dLzWWbcV4B3TVH4p4pm8g2xWbtTLYYr0xl41nS0uiQRsfBhcCh"
    "0RFuPZlhbcT2pcw3MxL7YL5vXzyZuj5l3i7bdYHRYdSi9oC7hQZgW9yjyU/uBQtRqCaAzq"
    "cGxQnSVgAODAe/plja4Nh249IC4csC8Xpa9bJjcTZZdyyhB6fXRLnZ0krV9No4F88Bfm6S"
    "bPMXnw0XUNO+rxVo582rT+shg30pGi2Gj62Hh/TiM7kM6T0VRBSdvo7hFmGTNhvP8j2uxQ"
    "cyZ+Z9scucmYPZ6jJnRoicGZYTs0TmKq/sUOz6SWHKtk9ZodxQY4QIsCi6GvqR4gNcTmDN"
    "9TeWtqIiluiCiKlrC2oD/ERPaStmamMT/PzYagNsudkvGXkzW2tWGut8Ges8lTAR2liXur"
    "DUhaUuLHVhqQtLXfh70YUjG69naMLxbdnz9eDIbvAlteA+oSppWIydRYwMAxiIfqqq7hD7"
    "I+gQ1vzEU1//iqYK/MX0VQtlaMHba1ZqwXxpwRaik7CtIKKaK4NBUkEVzuIVMKqykx14ZX"
    "rP96IeuzveuMYMi+enZX2LZ7mjWJpXoIIPf2s2z8+vmqfnn64vL66uLq9P14Nb+lLRKHfb"
    "vWcDXUzCsuyjNFMS+qFMrpPJdTK5zsfxCZEJfeS2TmxqUFAdj8wynfaZdIVGi+FxsF/LWB"
    "TV5Slpv7RssKADALUiUNS8cBfh+EXnf2K5cDZ8RRZA0ylSbc/r/kaNEzd5jjlo6b8Fvc6g"
    "ShszO7pHYXWYoGC+rAsjdzrgyLQpky+Wny6WyhYj6K364qsYk4CLgHax7ophVnnJVYxJQK"
    "C3vtpK5uq9p9HwbiHI+JU0DPk1DA8tXBm/OjaTb2/xqyddw+rqCzIt73en7cIYwUmhQeiS"
    "KkuPVta4F8umWoZdoKwiGmERLn1q+7UvPQcEXqI6emiCV7xa90eikZRTRHVisxVqVdcPJv"
    "kEdFRsPyvRRl8zXqcRPZuzSNOnFwLcorem89so9sIEIH54bP32Q+yleej37gPyCOjth/5t"
    "AuwFhcbEMMMvdKvrGoIkG/MoWwL3F8q3K+DXZ/aL/G2//xBD/rabhPb58bYz+HDmioESYT"
    "sn1umYlVxwPrkQXXsPOzYYzouGrXktl0GSVzoNeJmi85wGG0U/t2eRtb3adPlVaeMEJ0UW"
    "mV/nrlJ1WmmRHYtFxqVn6/gAlrt379HI9XcSqKgfRrj2qB4eRi/fonYYd8hV6tYpTtm7S/"
    "RuH7aqdn2CTUCot2/Wv1GFht0/BXO+ZR9hEQLivRv3VO3TcxYOvL/fUsjNM/iNYfe+pzw/"
    "3QD/YEwo5ajbux/SU/7RmNy2eu4eS97nmNw/twZ33VbvBgRHjRpvydmnEm/JWdIsCt8Sdi"
    "mRC61hpv8TZNPO/1rJ15jiFC+TZCdLoOV2mvtxzvgdtMbC/iQjz+MRNz17glQ8qeUJi3MK"
    "6Ac7Er9XqdCUYaJldf01yiRcpHf775JJZVIV4yiPHLByQObEhftk6iqr3ktmD3iBM8saJ0"
    "lOChNr1sSKxqilI/cY/Yz5jtz8+rbvm1XHUOW2MaDz0qDbHnX71EKisxWFW2XXxqR/+8+O"
    "f15/+Rdyz/JhOh3AGcy1Er99b5nMx86HXqzQamyZPJ7WE3qMUZZC4NmK4DIyKXPuZc49Hz"
    "n3Jl5CddX5auhmjnEQJXjHNHBJFeTSVth/2KA/hT4egAS02u3OcAj8fcMAtTYmjoomJ2Ci"
    "vxFNhxN2M/CyAtTyAPQUMt0tSq7ABK6s7B2It9q6NFf4Mlds/RVViiavGaRv6H0/q646i8"
    "z4QX5gM8rDsx3IbWTTgLMMQy8f8IBegl0DbGn25Q8u4pp9co19rReQIymXsvx8Na+a8Rdn"
    "kvZf1kIPaVFLi/oILOqMsWALqPoG8SBsUFB84yMhh06LQAT5XouIkN53W/i/VwY0xfIQCB"
    "/Q9JxaN75za0wGLIj5udtueaHM2Ncx6Qxaw+dB5wb4B7Gw5/qQtRIJk0a+8BEQpfKyc8Kh"
    "70t1zcy1WKncOt0vnTtXgu7RmHzpDKgo2bngaEy6PeVp0L8fuH0g8oWK+rdRp3fHqIOjMW"
    "n3H58eOiN2cn3IhP35eejdyj0YE6ad3w1av1Lhrw/5EP0E2RBrGZvDFvikQhYRYuF790jJ"
    "7IMdZx+YSEV4WcsPlWCVLgmuXRITp05FnZBLipdr8S6RiekPqfMeJ1hlTgnPcqaaBiL1Vi"
    "AkWKWceZazqun19pGMMUoZ8yxjCrtFp9epneVzfeddjrNKOfMsZxMtcM0xO8Eq5cyznGVI"
    "P1fMAof0ZUxSxiQ5iJltkOUbS08J8mfjaN/6jJ9/GSANBsuTCsOUYd6uIIjHdbclIlsCyg"
    "8VdpboKN/+XLj2F4f1oHs3GLtGuHREVgnFXG4zYrZvJdCnAAaZ3jds62DX7D4BhLZmAsdg"
    "8/gke9fhivwy4stXxBeuV26WDVeEHDyHBLkJV8jo63cbfV1vIF/h1dKzvCNcibvmm7UjeJ"
    "XqxkyKT6Atm7eWt0r0rFErP20goBchgi0XVnAjCoG9MDLjfi++GJnMLFAyc8eElmOikb6g"
    "ti3bKDXDgk7RnBSZz8ijpgapTy5TmsUycPNTmrNxPYY0Zm5U8OpFPLddvVPoNeVuzLxW4k"
    "yUUaqFvKuFKfXlMLNrS2XVCh/0WYfY5iprbk1QFM6s0KVVNH0mZ1ShZtTqw5Hc25L/VBBs"
    "MGraYEaIMH86j3OJ4PyJz+kXlyXm9IvL3DmdXUqWLLGr1Wj26QXUR3dSXr5os4tshI9jg4"
    "uaGF+XQPg6F9/rrGiWkzFC5E6qIYN0VmW42enIabC9/hQL/yfD336LZwWuwASrSAD/rdk8"
    "P79qnp5/ur68uLq6vD5dI52+VAT5bfeeoR7r31limCIzK2eroK57yCLetLeTkVnusbJTqD"
    "kxIod41siwHNnpkyJz0cIz6XoVy1B0Pyu86gG9cJ7Bi9MyVsRpvhVxml7YHz5WBYQTbPvT"
    "dxuN/Qymp2WQplT5g+lpCusFxJq3hUc1V3eST7y5q3lZxuVNqXLhdq8ldTFDt7CtmxhlGB"
    "r/HPZ7eQpZnC/pbsKqDf4PBMLYSSf/+9QhbnYkeHGwZmNifWT3+8euOn8B+AynmOsplaiS"
    "zEk5ifuUWAMyUeV7jUjE9HYvfbuG1OOcUuq8SD3DIbxe/1DShIhNj8Smf8jccHEJNREe12"
    "0dYWcotQqHXqWtvDis8Q3xakeaOj5NohRaNtS0TDWgLk4j2uBKILB2bMlH3sdsmz7+whZa"
    "90pioNiuof8Hu4UrWGwjxKLOmDT+lOb/Ac3/qCRS6OabTQk2AWMyZ6Ws1LMCK/UsbaWyN6"
    "xSNw4ZRAoc7CqN2B9dNkwh9r2gRwZt2bzhsEfxlDMcU5MyZrGkGpU/iaV0t21PYUHuKat7"
    "ZRKoMTTlHMZn9rAgBZGfnh8elEHnf56pvXgDot/GpDscPndugPsxJtFrSrv/+NjpJTiCsz"
    "5nSBT7Oiaj1sMvN4D9H5Pbh/79DWD/x+Su3x7eAPZ/TDpfXE73Y0z6o587gxvgfjRqzLjN"
    "Un7KAjdlyktp6Y6p1l/Xu+bmunPcd0cd2gHcjzF57DzeMil4n3XEsOVklOgwmRJEUepEgl"
    "Gg9Z97zpuwsa1VCvGtGXju97WjIWWSBSlVQTQklS7omFoVfH1y8UJNO8lIWYeMVlUwjnOJ"
    "B3Xz9KxMPz49y+/H7Focal1VHdOsFUVIsMo0cn6iBulg0QKZs1pSjjHKqpE8y1jVoEJtfY"
    "Ky1C5d1xAkOVHgGGNCyC+UUyi53vb7DzGR3naTxSCemSb9wRtIKRG2c/QsGXjPn7uOMwQr"
    "A+/fo9TzAu+HdORzNqDKDTh5RLQgMiKL3ZaJjVTagHOfwSbOXv8NY0309qD3/PDAQ7Cp7Z"
    "iWnpk4kUF1UjbwpKguQ8kKrz/rb/SSCew5AnjByhuzWq06QW4iLBUE+GDQX2CdAGxZDqKf"
    "Hz9+/CGgCT0dYKbbN6yVpNt3+3cYE4LekGWDv0It5i9gIUROgKW79yHoqw1MhwBovVq0HW"
    "0FproJ3ubQBuocEioaYGH6cuSVnP0j4cTxH1UG2w4abDuYO463SWUP/rigx1cAOsIiIsrb"
    "DxHSIUtxiI0zPPjF5lucUzrD+LHW0ka6Bi1boXNRDSs9wSrlzL2c88ofFAyacbY9rrjTXx"
    "t7GTi3U1WOk9XL6Vzxd9T3dUJ5Se09ktFeTnunj7oCscwzb7cFll1EP4bdezCHE4CpMgwW"
    "lGx+Q6np3EEVbaIDA+mGhtI7N2y15aJ0bJeRHbjZUFK/PqR+vZZFepLKickFDEVT0xFqfg"
    "UosrkmocfJCqI7VJLdEaXCu76m359r9pTr110GDsRbAMAZssed///kvGhYfTL1KXbBTW+5"
    "FSMoVOUMl1QxPFpZr0Ys/Qgu6RVTqZhyGecSLx1wJ5mXey0NxDW8O6gazgrPVAF3zSAeuj"
    "upUKPqC4PazlUgjrCIB/JZs8zCDkqV7wNqphZ3uEGdiuWtojwS5lIwW+rcz7ssC3LIISEu"
    "BbGJLCdrtsvfTC3kEAHioijALrZTW2ILv2QtS8qvHRZh2ahsWB3kha8aJtNY80cfcdNYOc"
    "i7PHpjdaOg2HsZmn2CRjr9t+P8zIMKYWvZmVuMMGqwPUfqayMrsBhcOymMJ2pQURnZTmpQ"
    "BJ3FMwplwO6QDqk9W/LczY67N+VrLWPbdAlbLZzXZ452EdsSmRZLgVhAmw5fVUHP4JboV1"
    "lCyGaMeksIY5wCauHHq3VnrBk8vNp96FlDLnc6NoV6b7HgR68k/wO27KHzEkUgpYvnkRaq"
    "5tGS/4oVYdupqu7ezQNbau2H19oj4qiytCJ7DJaae47mLm2jndtGtp/dmUa4RIW7gJlntB"
    "vD59the9C97dzdgPB4TJ46vbtu715p93ufu4PH1qjb792ArLMhbevpadD/0noI6YIzjToS"
    "3X6mpawhIpgbXtYQ+R6lfiTBl0MLV1qB0grMswIRsh2jZRgaVmGu/ZciOim0/FxyBYb0Mj"
    "tYLLNOxXa1lD+fnmcFmJ+c1SUidg0lJconC4Pyo5GkFVFbN7Ba5f1ZMwj4AjVL7QDTLNgB"
    "ppneAUbm1O9ufJIp3/tI+aYgVerBawbxAG6WGyAKxge5LET6S4sTj30/ZaMa5AHb2s85Jq"
    "12u/M0Yk7U4GhM7jrth26PnQuO6rhBt1NcJL5zuoontRxicU5ZrYdnbVM6u/NfsON0e5Zy"
    "dku3p3R7SrdnjtuzhUyszhsZvk7/ykmRgxOGNNKneUyv80mBT9NPqq1iFURYRHTM7GIPL/"
    "ZSVUDYJxcQ3Z1sfMwq2KGsGlL5yz0jLBst9+QN7X2s7NxoTdqmk9m3/wc+IgrJ"
)
