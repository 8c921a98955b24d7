from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "contribution_cursors" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "repository" VARCHAR(201) NOT NULL,
    "listing" VARCHAR(24) NOT NULL,
    "seen_until" TIMESTAMP,
    "last_run_at" TIMESTAMP,
    "last_status" VARCHAR(16) NOT NULL,
    CONSTRAINT "uid_contributio_reposit_650e33" UNIQUE ("repository", "listing")
) /* How far the import of one listing (pulls, issues, ...) of one repository got: the */;
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
CREATE INDEX IF NOT EXISTS "idx_survey_resp_created_c9c2a1" ON "survey_responses" ("created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "cla_checks";
        DROP TABLE IF EXISTS "meetup_applications";
        DROP TABLE IF EXISTS "survey_responses";
        DROP TABLE IF EXISTS "contribution_cursors";
        DROP TABLE IF EXISTS "public_profiles";
        DROP TABLE IF EXISTS "daily_access_statistics";
        DROP TABLE IF EXISTS "contributions";
        DROP TABLE IF EXISTS "mailing_list_subscriptions";
        DROP TABLE IF EXISTS "contribution_tallies";"""


MODELS_STATE = (
    "eJztXetz4ji2/1dUfOqpYroSknSyma2tIoTOsJOEXCA9c2eY8ihGgDZG9vpBmt3b//uVZB"
    "v8jm0MGLU+dAfsc2TzO3qcl47+21joE6RZH59MfYo11LgG/20QuGAforeaoAENY3ODXbDh"
    "C2dqGC4RvwhfLNuEqk2vT6FmIXppgizVxIaNdcKo+/wT1MAE2RBrFoDAQKalE7CAKwAnEw"
    "CnNjKBhWcEkxnABHywbGijBSI2GDsnJ/DyFH48/+Eje95EV+kDKV31TTsE/9tBiq3PkD1H"
    "Jn3AH3/Sy5hM0Ff6Y72vxqsyxUibhNDDE9YAv67YK4Nf6xH7Mydkb/2iqLrmLMiG2FjZc5"
    "2sqTGx2dUZIsikL8iat02HwUkcTfOQ9xF233RD4r5igGeCptDRmFAYt/sCm2sNRXnsj5Rh"
    "d6QojZjAfI4A0N4lVSdM2PRVLf7rZ+wVfmydnl+eX519Or+iJPw111cuv7mP3gDjMnJ4Hk"
    "eNb/w+tKFLwTHegEqw+so/x6DtzKGZjG2QJ4IwffUowj6eAYg9ANcI+yQbiDfdfB8YL+BX"
    "RUNkZs/p10/nGYB+aQ86P7cHHz6d/8AeqNNR6Q7XR+9Oi99imG8whkuKvqk4plYE5TCXeD"
    "hfnLZyAE2pUpHm98JQq/rCgGRVBOcAi3ggn7aucoBMqVJB5vfCIDvGhMGhQDuO8y29Y+MF"
    "SsY6zBmBe+KxfvQ/5AA/NlkfGn0TwUmfaCuvY2SAP+o9dIej9sMTe9zCsv6tcfzaoy670+"
    "JXV5GrHz5F5LRuBPzaG/0M2Ffwe/+xy+HVLXtm8idu6Ea/N9g7QcfWFaK/KXT9DmDkX968"
    "fUDqFjKVQmtwgOP9hTiPcI9+JWa6zfQ1sBCzCy9QfX2D5kSJ3dFbeuKizYCNy6FP0Ein/3"
    "Fh9Oi7Q6ImrdGeFvrsNXJUQvjm9zH/6ub5JnxbK43Brkd/Of29yHaXgfaw077tNr6FgA/j"
    "zG4tWovoFUjgjP9e9mbsPYI4Jmj5Pr7pKj57yXz6fTo+Up+ulz5tOC8aVhPnyefn3m0yuC"
    "GmCMaOgycfGetuxmrj71OHqAxFwJ/E/jv/R2O3wzcJWq6InLnrW3Dl4j/9W2wlKmqzBHlK"
    "qXm10zRCel7rJIea1zpJ1fLYrWSQlVdUSJ2O8lUD9mHnjB1DjRYQFzIN1wyVGCx1wvYij/"
    "FNqdLRvYiZ3waFqNBcsWYQDt7Ku64BLetNpyrUHFrzQhhHGcWzvVsXF7k680VGZ76IAs48"
    "q46VjHSXOIuY8h9CfcO9vzWwQRVbvPTfJS/mjXZn1PvSvQYu95jcdvkVagjfXoMJ4pf5m5"
    "aQzOmnPE6RqK0d8Il8ivmdqN1fziUS5pQukbq4RLypJeAR4ahJR5jQUk9zhBVw3AQNbERs"
    "bGOUMF/feLyffxkgDXJ04x3B8yR0v9pMp9Z6bnurI+wOaX6b8NqGLIu2uyVaQ7cVcUFSHZ"
    "N2AgUtEePbEiu3sS5r6/j0rVyAmbq27QAc0CbuTFjOaX0MGC2mULGx+oq27VAPUzji7YiK"
    "lIlUfYnMFSWbbN2tvLY69KuoeBmITGgjjMqmOruiziGZbQvck9tox22zw5sUFkBTV9mKRj"
    "HU8AJvO0Cf1s3ds9ZERQ19NXRze6yoiamuurwtUZEy3B+pmIi+s1URZAO3MVExY5OZiV8c"
    "e3tttRNoSli4NEjnfaS+bouVBjusGVFxspyXdePb6mEQa3yOt+xhoFVRkVsgZDuGAg1Dwy"
    "qsAj/eYHvTnqjIWY65RGz2twxKt61iNuStDbzGBDIo49k4GQkkIeXNz/ROBtXP2cmluPlN"
    "CYJpKEV2hhRmWpkJeRPFsWrP0GDdmIBozRwKB4aETXimvoQJwePioN15jbYDbQqIna3bhj"
    "KlZqOekEJXHLURbe7zujUB8fJyk6qcyXiL4s1nBfMGY179hBzCJM9/ej4h8qiVcOCh2uzC"
    "P9iitqRP4B2eqqz/QrTpP2XS4SGTDgMSyZ2AEeARMCGu+l08flcvgHGARUCId5LfoukzTI"
    "pgvGaQCUS5AJYb/vYCs9zzt7c9fwdOn60VwDtJoIUqCxlRLfAVJUzNI6p2pvTmCJ8IcGfl"
    "MXV/G7GW1ylMPqgfHtq/cbzXaUz3/cc7nzwghM59/yaCvYmmJrLmxcGPMUr0i6PPwVPQVw"
    "NTLEuk+SXxV5Dsd0RSqXduXzylU8PktVRGZ4hRJnTWRei50ngPv7P50MLdxd7m9/Yrf9ZN"
    "hGfkF7Ta8Y7lekyPFe9ZfmezeHX7m/182gT3ZCDVNt0rGczqlRudj2pINzN8jq5qU3TbV5"
    "hLuL2h1Xsd5cai71Ej0aBlKxaiQ6WEIhrhFVDyRyLpXAZHeeOycrNSinl3YqY35ywoq5ac"
    "zZP4pchrLXITLfVyvoQwp3QY1VnK2GDUtMGUTfkpVkaISwTXbFgRPs8TUjtPj6idxwJq3D"
    "qmFiopFIEPc4mH804CatIfJv1h0h+W5g/7gkw89XYF8J2bCY6xGE0zy0O2DFBv9pVKX9lR"
    "Dfdmhq+MbXolqFCOQoBFwNSx6gvwGI5JNbtiZb42LAJCfJZHMThL1wvOYmqBDU06nygTPP"
    "O2duZ2+kYZdwW3UI5fug6UwDrCJmDH3kF9fttGCyNp63Pqyhdk2Z/Ge1Lr9U8GLb7voIX0"
    "ZKdK/UiknMvhxX6asyg3usOs0rFZNznHfBaHSjkJliVLTDyJ1C3LSj+J1UuTlrUwlvUr/V"
    "lF1GOfXkC9+DzPST/n6Qf9nMfO+TkuNW6v3VpcLU7Gs2Q8S8aztoxn1Q1jkcJZNcP2yKNZ"
    "m9K2CWp2qO5tuorNKuwqM0a3k3oTfvdij2F/LVWn/UZWnDik3u3LIr5uvX8Ihc9bZx280b"
    "596D1eAzhZYDImT4Pel3bnf5X+58+9TndwDfyqmfp0ilVkjslDm4JG/7GbCyYG+o9f73ZH"
    "z09Kf3DXfuz9zu+6tep0cwYJ/o/btQ8f3HEHVQFNZM2wx5NEGnvRQa7ynJJzlX5KzlXslB"
    "w+N5YypMKcAnpGBbakZBqVUHpn3cA9csVzU6MxQfEMFXBMVzw3VSPzKZ6N0RwBNlkCfQpe"
    "sGnPwQwvEQHQBhbtMz86RhO8IsMGL8jCEwSoEgoYfoD2C6qP0u+QAJ0AbH+MLttVty09zf"
    "XSeJloqbqncNEmL+PJAMcYs1bx452HklBlq/DBfTHiddOtonTyFPFaniIeq76bsComVehN"
    "XxxjRYJzrpG/zvUFeEMAWq9oAmwdMJgQscFUNwEE6hxrkyaAZALe5shbudAKTPAkviZu2Z"
    "ZcA+u1Bq67VOGSa3FO8WIXO6m9tgau8CnGcU4BIa/8QGPvGJyS2zbDvAK6a47EPZM3kW2K"
    "zdKZbCFemcpWZ0lLo0MaHQcXQg2Njs1pnQnWRugoz3QzI3J06Pv2xZOp61Pm7bK5C4xOox"
    "a1B/gRGsCAloUmP/EbFqJQTQBdTw2KE6StAOwbDl5NsbjBUXXj0gKplwXi9rTiZcfCbLLu"
    "WEQPju+J4tnSStH02jBXnQP8tUmyTd98NlxATfu+dqCdtS4/racM9iVrthg+tO/v45vP5D"
    "ak91QQUXT6MoZbgE3abHWW73FtPpA5M++LXebMHMxWlzkzQuTMsJyYJTJXaWWHQvebmSnb"
    "HmWBckONESLAouhq6EeKD+CcwJrrbyxtRUUs0QURU9cW1Ab4iV7SVszUxib4+aHdAdji2S"
    "8JeTOVNSuN9XoZ63UqYSK0sS51YakLS11Y6sJSF5a68PeiCwcOXk/QhMPHsqfrwYHT4HNq"
    "wX1CVdJNMXYWMTIMYCD6V1V1h9gfQZew5ieu+vpXMFXgL6avWihBC66uWakF10sLthBdhG"
    "0FEdVcGQySAqpwEq+AUZWdnMAr03u+F/WYn3jDjRkWz4/L+gbPUmexOK9ABR/+1mqdnV22"
    "Ts4+XV2cX15eXJ2sJ7f4raxZ7qZ3xya6kIRl2UdppkT0Q5lcJ5PrZHKdh+MTIhP6yh2d2N"
    "SgoDoemSU67RPpMo0Ww+Vgv5axKCrnyWm/tG2woBMAtSJQ0Lzgm3C8ovM/sVw4G74iC6Dp"
    "FKm263V/o8YJT55jDlr634LeZ1DFjZkdPSOzOoxfMF/WhZEnHdTItMmTL5aeLhbLFiPorf"
    "jmqxCTgJuAdrHvimFWeMtViElAoCvfbSVz9d7TaOpuIcj4lTQM62sYHlq4Mn51bCbf3uJX"
    "T7qG1dUXZFru747bhSGCZqZByEmVpUsra9yLZVMtN10gryIaYBEufar62peuAwIvURk9NM"
    "IrXq37I9FI8imiOrHZDrWi+wejfAI6KqrPSrTR14ThNKJXUzZpevRCgJs1arq/jUIDxgfx"
    "w0P7tx9Cg+a+/3jnkwdA79z3byJgLyg0JoYJfqEbXdcQJMmYB9kiuL9Qvl0Bv76yX+Rv+v"
    "37EPI3vSi0zw833cGHUy4GSoTtlFinYxZywXnkQnTtPZzYYDgvGrbmpVwGUV7pNKjLEp3m"
    "NNgq+lmdRdZxa9OlV6UNEzSzLDKvzl2h6rTSIjsWi6yWnq3jA1ie3r1HI9c7SaCgfhjg2q"
    "N6eBi9vELtMOyQK9StY5yyd+fo3R5sRe36CJuAUFdv1r9RhYY9PwZzumUfYBEC4r0b91Tt"
    "01M2Drx/3tKGu87gN4a9u0fl+ekaeB/GhFKOeo93Q3rJ+zQmN+1HfsaS+3dM7p7bg9te+/"
    "Ea+J8aJUbJ6acco+Q0ahZtRgm7FcmF1jDT/wmyaed/LeRrjHGKl0myky3Q8jjN/ThnvA5a"
    "YmN/lLHO81FtevYEqXhSyhMW5hTQD3Ykfq9coSnDRMvi+muQSbhIb/VjyaQyKYpxkEdOWC"
    "kg18SF+2TqKqveS2b3eIETyxpHSZqZiTVrYkVj1NKRe4x+xnRHbnp92/fNqmOoctsY0HVp"
    "0OuMen1qIdHVisKtsntj0r/5Z9e7rr/8C/Gr9TCdDuAMrrUSX723TOZjp0MvVmg1tE0eT8"
    "sJPcQoSyHU2YqoZWRS5tzLnPt65NybeAnVVferoZspxkGQ4B3TgJMqiNMWOH/YoD+Fvh6A"
    "BLQ7ne5wCLxzwwC1NiaOiiZNMNHfiKbDCXsYeFkBankAegmZ/IiSSzCBKyv5BOJKW5fmSr"
    "3MFVt/RYWiyWsG6Rt638+qq84iMX6QHtgM8tTZDqxtZNOAswRDLx1wn16CXQJsafalTy7i"
    "mn1yj32pAVgjKeey/Dw1r5jxF2aS9l/SRg9pUUuL+ggs6oS5oAJUPYN4sGlQUHzDM2ENnR"
    "a+CNK9FgEhve+28H6vDGiK5SEQPqDpOrWuPefWmAxYEPNzr9N2Q5mhr2PSHbSHz4PuNfA+"
    "hMKe64+slUCYNPClHgFRKi87JRz6vlTXzLUWK5Vbt/ele8slyD+NyZfugIqSXfM/jUnvUX"
    "ka9O8GvA8EvlBR/zbqPt4yav/TmHT6D0/33RG7uP7IhP35eeg+in8YE6ad3w7av1Lhrz/W"
    "Q/QTZEOsJRwOm+GT2rCIEAvfu0dKZh/sOPvARCrCy1J+qAirdEnU2iUxccpU1NlwSfHWWr"
    "xLZGL6Q8qM4wirzCmps5yppoFIuR0IEVYp5zrLWdX0cudIhhiljOssYwq7RZfXqZ3kc31n"
    "LIdZpZzrLGcTLXDJOTvCKuVcZznLkH6qmAUO6cuYpIxJ1iBmtkWWbyg9xc+fDaN94zF+/m"
    "WANOhvT8oMU27ydgVBPKy7LRGpCCgvVNhdoqMc/alw7S8O60L3bjB2jXDuiKyyEXO+w4jZ"
    "uZVAnwLoZ3pfs6ODudndBIS2ZgLHYOv4JPnU4YL8MuJbr4gvXO/czBuu2HDUOSRYm3CFjL"
    "5+t9HX9QHyBYaWnuQdqZW4S46sHcGrFDdmYnwCHdlcWd4q0ZNmrfS0AZ9ehAi23FhRG1EI"
    "7IWRGfd78cXIZGaBkpm7JrQcE430BbVt2UGpCRZ0jKaZZT4jl5oapB65TGkWy8BNT2lOxv"
    "UY0phro4IXL+JZdfVOofeU85h5qcSZIKNUC+uuFsbUl8Osrm2VVSu812ddYpurpLU1QpG5"
    "skJOq2j6TK6oQq2oxacjebZl/VNBsMGoaYMJIcL05TzMJYLzJ7ymn1/kWNPPL1LXdHYrWr"
    "LELlaj2aMXUB/dSXn5rMMukhE+jgMuSmJ8lQPhq1R8r5KiWU7CDJG6qG4YpLMqwc1OZ06D"
    "nfWnWPg/Cf72GzzLcAVGWEUC+G+t1tnZZevk7NPVxfnl5cXVyRrp+K0syG96dwz1UP9OEs"
    "MUmUk5Wxl13Tcs4i17O5mZ5RkrO4W6JkbkEM8aCZYju9zMMhctPJOuV7EMRf63wFD36YXz"
    "DJ6f5LEiTtKtiJP4xv7NaxVAOMK2P3230djPZHqSB2lKlT6ZnsSwXkCsuUd4FHN1R/nEW7"
    "taF3lc3pQqFW5+L6qLGbqFbd3EKMHQ+Oew/5imkIX5ou4mrNrg/4AvjJ108r9PHcKzI8GL"
    "gzUbE+sje94/dtX5M8BnOIVcT7FElWhOSjPsU2INyESV7zUiEdLb3fTtElIPc0qp10XqCQ"
    "7h9f6HnCZEaHkkNv2HzC03l1AT4WHd1hF2hly7cOhd2sqLwxrfEq9OoKnj0yRyoWVDTUtU"
    "A8riNKINrgQCa8eWfGA8Jtv04QGbad0rkYmiWkP/D/YILlhsI8Sizpg0/pTm/wHN/6AkYu"
    "imm00RNgFjMqe5rNTTDCv1NG6lshFWqBtvGEQKHOwqjdibXbZMIfa8oEcGbd684U2PqlPO"
    "cEhNSljFompU+iIW092qXsL83FNW98okUGNoyjWsntnDghREfnq+v1cG3f95pvbiNQh+G5"
    "PecPjcvQb8z5gE7ymd/sND9zHC4V/1ODdEoa9jMmrf/3IN2P9jcnPfv7sG7P8xue13hteA"
    "/T8m3S+ck/8Zk/7o5+7gGvA/jRIrbiuXnzLDTRnzUlq6Y6rl9/WuuWvdOe56oy7tAPzPmD"
    "x0H26YFNy/ZcRQcTJKcJqMCSIrdSLCKND+zz3nTdjY1gqF+NYMde73paMheZIFKVVGNCSW"
    "LuiYWhF8PXLxQk07yUhZh4xWRTAOc4kHdevkNE8/PjlN78fsXhhqXVUd0ywVRYiwyjTy+k"
    "QN4sGiBTJnpaQcYpRVI+ssY1WDCrX1CUpSu3RdQ5CkRIFDjBEhv1BOoeR60+/fh0R604sW"
    "g3hmmvQHdyKlRNhO0bNk4D197TrOEKwMvH+PUk8LvB/SkV+zCVUewFlHRDMiI7LYbZ7YSK"
    "EDOPcZbKrZ8N8y1kQfDx6f7+/rEGzqOKalJyZOJFA18waeFJUz5Kzw+rP+Rm+ZwJ4jgBes"
    "vDGr1aoTxBNhqSDAB4P+AqsJsGU5iP79+PHjDz7NxtMBZrp9zVqJun2rf8KYEPSGLBv8td"
    "Fi/gIWQqQJLJ0/h6CvNjAdAqD1atF2tBWY6iZ4m0MbqHNIqGiAhengSCs5+0fEieO9qgy2"
    "HTTYdjB3XN0WlT344/weXwDoAIuIKFcfIqRTluIQGyd48LPNtzCndIbVx1qLG+katGyFrk"
    "UlrPQIq5Rz7eWcVv4gY9IMs+1xx53+2tjLxFlNVbma7F6O54q/o76vE8pzau+BjPZ82jt9"
    "1RUIZZ65py2w7CL6Z9i7A3M4AZgqw2BByebXlJquHVTRJjowkG5oKH5yQ6UtZ6Vjc0b2gW"
    "dDSf36kPr1WhbxRSolJuczZC1NR6j5ZaDI1pqIHicriO5QSeYzSoGxvqbfn2v2pNbDXQYO"
    "xNsAUDNkjzv//8l50bD6ZOpTzMGNH7kVIshU5QxOqhguraxXI5Z+BJf0jqkUTLkMc4mXDr"
    "iTzMu9lgaqNbw7qBrOCs8UAXfNIB66O6lQo+oLg9rORSAOsIgH8mkrz8YOSpXuA2rFNnfw"
    "oE7B8lZBHglzLpgtde7lXeYFecMhIc4FsYksJ2m1Sz9MbcMhAsRZUYBdHKe2xBZ+SdqWlF"
    "47LMCyVdmwMsgLXzVMprGmzz7iprHWIO/y6I3VrYJi72Vo9gka6fS/HednHlQIlWVnVhhh"
    "1GBnjtTXRlJg0b/XzIwnalBRGdlOalD4ncU1CmXA7pAOqT1b8rVbHXdvypfaxrbtFrZSOK"
    "+vHO0mtiUyLZYCsYA2nb6Kgp7ALdEvsoWQrRjlthCGOAXUwo9X607YM3h4tfvQq4bc7nRs"
    "CvXeYsEPbkn+e2zZQ+cliEBMF08jzVTNgyX/FSvAtlNVnT/NBVtq7YfX2gPiKLK1InkOlp"
    "p7iuYubaOd20a2l90ZRzhHhTufuc5oN4bPN8POoHfTvb0Gm89j8tR9vO093imd/uPn3uCh"
    "Per1H69B0tUNbfvpadD/0r7f0PlXGmUkWn2mpawhIpgbXtYQ+R6lfiTBl0MLV1qB0gpMsw"
    "IRsh2jbRgaVmGq/RcjamZafpxcgRt6mR0sllmnYrtYyp9HX2cFuD45q0tE7BJKSpBPFgat"
    "j0YSV0Rt3cBqkfGzZhBwALVynQDTyjgBphU/AUbm1O9ufpIp3/tI+aYgFerBawbxAG7lmy"
    "Ay5ge5LUT6S7MTjz0/ZaMY5D7b2s85Ju1Op/s0Yk5U/9OY3HY7971Hds3/VMYNWk1xkfDJ"
    "6SqelHKIhTlltZ46a5vS2Z0+wI7T7ZnL2S3dntLtKd2eaef5OuYSrQbIMugPQI0En2eEop"
    "l5oi+nVUyPWHo7xfJ2Wiod1HFchwuoaekFZXwmkebSs9blpzW67EsWsMOH9v19PPl2itCE"
    "DeI4oOmbQIM8ezQKCloDlWiXu9gFygrb0alIKeoVi/KJZ/zuwjvmYlbYgRNjFA/t6h05Pm"
    "jssYiUtHJS2pBWrbRqjzFSJo3aCo3amo1goWzammF75CbtLcTaqq2qyLKGNrTZAQWqK/qI"
    "ZZtM2MwycCeMRYGch1fwDjBJO/eYBn8zw86dwISgbnpFZI+86nrIdSiSkIRfQjVkE9FXtu"
    "yEIvipfTHIIsv2xrZFY356TRFAgywS0FgdZH7agtL6+rUApGEmCWoKqGdlQD2ToGaCel4G"
    "1HMJaiaoF2VAvZCgJoNq64ZiQHuesEqlV9ULMW1VV6+cK1v0wnoMXxNNkWmiJPUhWzAhRi"
    "mcyoVzXL46mYFS3lkX8y0dxhfSRiZW540E54d3p5nl7YAbGunc2NtA2LFzw6uZVSQiF2AR"
    "cd/FxUWuvN+LjLzfi2g8jg2qAgh75AKie5prV8tpxq6W0/iuFhapRElHRKWrNwGW/Ss2h3"
    "HUVabCHHQx+/b/k6mgKg=="
)
