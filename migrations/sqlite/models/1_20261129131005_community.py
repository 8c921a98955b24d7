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
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "contribution_tallies";
        DROP TABLE IF EXISTS "cla_checks";
        DROP TABLE IF EXISTS "public_profiles";
        DROP TABLE IF EXISTS "contributions";
        DROP TABLE IF EXISTS "contribution_cursors";"""


MODELS_STATE = (
    "eJztXW1z4ji2/isqPvVUZboSknSyma2tIoTOsJOEXEJ65s4w5VGMAG2M7PULaXZv//crCR"
    "v8HtsYEGp9SDD2ObJ5jiydNx39tzEzR8hwPj7a5hgbqHEF/tsgcMYO4peOQANa1voCO+HC"
    "F87UsJZE/CR8cVwb6i49P4aGg+ipEXJ0G1suNgmj7vEjaIARciE2HACBhWzHJGAGFwCORg"
    "COXWQDB08IJhOACfjguNBFM0RcMPSOj+HFCfx49sNHdr+RqdMbUrr6m/YI/reHNNecIHeK"
    "bHqDP/6kpzEZoa/0x/pfrVdtjJExiqCHR6wBfl5zFxY/1yXuZ07InvpF003Dm5E1sbVwpy"
    "ZZUWPisrMTRJBNH5A179oeg5N4huEjHyC8fNI1yfIRQzwjNIaewYTCuJcPsD7X0LSH3kB7"
    "6gw0rZEQWMARAto/pZuECZs+qsN//YQ9wo/Nk7OLs8vTT2eXlIQ/5urMxbflrdfALBk5PA"
    "+Dxjd+HbpwScExXoNKsP7KjxPQtqfQTsc2zBNDmD56HOEAzxDEPoArhAOSNcTrbr4LjGfw"
    "q2YgMnGn9OunsxxAv7T67Z9b/Q+fzn5gNzTpW7l8XR/8K01+iWG+xhjOKfq25tlGGZSjXP"
    "LhfH7SLAA0pcpEml+LQq2bMwuSRRmcQyzygXzSvCwAMqXKBJlfi4LsWSMGhwbdJM439IqL"
    "Zygd6yhnDO6Rz/oxOCgAfmKw3jf6NoKjHjEWfsfIAX/Qve88DVr3j+x2M8f5t8Hxaw067E"
    "qTn13Ezn74FJPTqhHwa3fwM2Bfwe+9hw6H13Tcic3vuKYb/N5gzwQ919SI+abR+TuEUXB6"
    "/fQhqTvI1krNwSGO9yfiIsI9+JmY6Tbj19BEzE68QP31DdojLXHFbJqpkzYDNimHHkEDk/"
    "7jwujSZ4dET5ujfS302W/koITwLehjwdn1/W34tlIaw12P/nL6e5G7nAZaT+3WTafxLQJ8"
    "FGd2adacxc9AAif897InY88RxjFFyw/wzVbx2UMW0++z8VH6tFj6tOW9GFhPHSefn7s36e"
    "BGmGIYex4efWSs23lXG38fe0RnKAJ+J/bv7B+N7b6+adByReR0Ob+FZy7+078lZqKyNkuY"
    "p5KaJ5ymEdHzmscF1LzmcaaWxy6lg6y9olLqdJyvHrD3O2ZsGWo0g7iUabhiqMVgEQnb8y"
    "LGN6XKRvc8YX5bFKJSY8WKQTp4a++6FnScN5OqUFPoTEthHGeUz/Zunp8X6sznOZ35PA44"
    "86x6TjrSHeLNEsp/BPU19+7mwAZVbPE8eJaimDda7UH3S+cKLLmH5KbDz1BD+OYKjBA/zZ"
    "+0gmROPhVxisRt7ZBP5FPC70Tt/moukSincomI4hLxh5aQR4SjphxhUks9yxFWwnETNrAR"
    "cbGLUcp4fe3zfv6ljwzI0U12BN+T0PnqMp3a6C7bWxxgd8jy20TnNuQ4tN0N0XpatiIvSL"
    "pn006goTlifBtitWysw9o6PH2rEGC2aWz6AvZpE7c2rOa0PgSMZmOouVh/RZt2qPsxHPB2"
    "ZEXKRro5R/aCko027lZ+W236VVa8LERGtBFG5VKdXdOnkEw2Be5x2Wh72WabNyktgLapsx"
    "mNYmjgGd70BX1cNXfHWpMVNfTVMu3NsaImpr7o8LZkRcpa/kjNRvSZnZog6y8bkxUzNpjZ"
    "+MVzN9dW26GmpIXLgHTcR/rrplgZsM2akQmnZJg/JzIdmRWCFNJ0PINkgEIzQtCUhNo/nC"
    "CN6Wx2SkC2PFatCeqvGpMQrYlH4cCQaNCiPWwOU6JS5UG79RtthdqUEDvXdC1tTPVRMyU3"
    "pzxqA9rc51VrEuLlJz3UOZLxFuUbz0omJCXchSnJSWkuxexEJeRTa1GPZr1pS3+wSW1O78"
    "A7vOO9/AvRpv9U2Uz7zGYKSaRwZDfEI2GmTf3LA4KuXgLjEIuEEG8lcG6YE0zKYLxiUJkJ"
    "hQBWK4l2ArNaTLSzxUR7zssTCuCtZOZBnfmiqRb4ilKG5gFVOzN6c4xPBrjzEiQ6vw0iuR"
    "EBqB/uW7/9EMmPuOs93AbkISG073rXMextNLaRMy0PfoJRoV8efQ6ehr5amGJZIX8ojb+G"
    "LKIDkorYSUPJXDEDk9dKqWIRRpUpJorQC+UH7n/J5L6Fu41Fk+8thPxs2ghPyC9oseWlkG"
    "IMjzUvhnxnFWp9CyeDRL0U92Qohy/bKxlOF1QrKA/qlT7K8TkuVZuy60miXNItOqvf66hW"
    "LHyPGokBHVdzEH1VKiiiMV4JJX8gki5kcFQ3Lms3K5WYtydmenHKgrJ6xdE8jV+JXGiR22"
    "huVvMlRDmVw0hkKWOLUdMGM1b7ZlgZES4ZXLNRRfisSEjtLDuidpYIqHHrmFqopFQEPsol"
    "H85bCagpf5jyhyl/WJY/7Auy8ZjpYfRn8yVhKY6xBM1RnodsHqJeL1hTvrKDet2PcnxlbD"
    "UdQaVyFEIsEqaO1V/Zw/JsqtmVqx+0ZpEQ4tMiisFptl5wmlALXGjT8UQb4Ym/Zqyw0zfO"
    "uC24pXL80nmgAtYxNgk79hYKf7sumllpayozZ74wy+403mOh5z8VtPi+gxbKk50p9QORci"
    "GHF/tp3qza2x1lVY5N0eSc8FnsK+UkXO8oNfEkVhApL/0kUYhJWdbSWNav9GeVUY8Degn1"
    "4rMiW4icZe8gcpbYQOSw1Liddmt5tTgVz1LxLBXP2jCeJRrGMoWzBMP2wKNZ65qZKWp2pK"
    "BmtorNSndqE0a3lXoTQfdit2Gfjm7SfqMqTuxT7w5kkZy33q9uH/CKrIM3Wjf33YcrAEcz"
    "TIbksd/90mr/r9b7/Lnb7vSvQFCOzxyPsY7sIblvUdDoH7s4Y2Kgf/x8pzN4ftR6/dvWQ/"
    "d3fhUh17M0055Agv+z7Nr7D+4sX6oSmsiKYYdbFDR2ooNcFtl+4zJ7+43LxPYbfGysZEhF"
    "OSX0jEpsSak0Kqn0TtHAPXDFc12jMUXxjBRwzFY811UjC+6/PpgiwAZLYI7BC7bdKZjgOS"
    "IAunxf9B896wi8IssFL8jBIwSoEgoYfoD2C6qP0u+QAJMA7CY3YK+5beVpFkvjZaKl6p7G"
    "RZs+jacDnGDMm8UPdxxKQ5XNwnv3xcjXTTeK0qntiYXcnjhRfTdlVkyr0Js9OSaKBBecI3"
    "+dmjPwhgB0XtEIuCZgMCHigrFpAwj0KTZGRwCSEXibIn/mQgswwqPknLhhW2oOFGsOXHWp"
    "0iXXkpzyxS62UnttBVzp7VGTnBJCXvtOqf7+GhWXbUZ5JXTXHIh7pmgi2xjblTPZIrwqlU"
    "1kSSujQxkdexeCgEbHehvAFGsjskdgtpkR25Pwffvi0TbNMfN2udwFRodRh9oDfAsNwLYb"
    "R6Of+AUHUahGgM6nFsUJ0lYADgwHv6ZY0uCou3FlgYhlgSx7WvmyY1E2VXcspgcn10TxbG"
    "mtbHptlEvkAL8wSbbZi8+eZtAwvq8VaKfNi0+rIYN9yRstnu5bd3fJxWdqGdJ7KogsOn0V"
    "wy3Epmw2keV7WIsPVM7M+2JXOTN7s9VVzowUOTORnejT8rVjO9XnpGz7lCXKDTUGiAC2I7"
    "mBfqT4AM4JnKn5xtJWdMQSXRCxTWNGbYCf6CljwUxtbIOf71ttgB2e/ZKSN1Nbs8pYF8tY"
    "F6mEidTGutKFlS6sdGGlCytdWOnC34suHNp4PUUTjm7Lnq0Hh3aDL6gF9whVSdfF2FnEyL"
    "KAheinrpsecT+CDmHNj5bq61/hVIG/mL7qoBQtuL5mlRYslhbsIDoJuxoiur2wGCQlVOE0"
    "XgmjKlvZgVel93wv6jHf8YYbMyyen5T1NZ5kjmJJXokKPvyt2Tw9vWgen366PD+7uDi/PF"
    "4NbslLeaPcdfeWDXQRCauyj8pMiemHKrlOJdep5Dofx0dERvSR2yZxqUFBdTwySXXap9Ll"
    "Gi3WkoP9Wsai6ZynoP3ScsGMDgDUikBh84IvwvGLzv/EcuFc+IocgMZjpLtLr/sbNU548h"
    "xz0NJ/M3qdQZU0ZrZ0j9zqMEHBfFUXRu10IJBpUyRfLDtdLJEtRtBb+cVXESYJFwFtY90V"
    "w6z0kqsIk4RA177aSuXqvafRiG4hqPiVMgzFNQz3LVwVvzo0k29n8atH08D64guyneXvTt"
    "qFEYKjXIOQk2rzJa2qcS+XTTVfd4GiimiIRbr0qfprXy4dEHiOquihMV75at0fiEZSTBE1"
    "ictWqJVdPxjnk9BRUX9Woou+prxOA3o2Y5GmTy8FuHlvTee3QeSFCUD8cN/67YfIS3PXe7"
    "gNyEOgt+961zGwZxQaG8MUv9C1aRoIknTMw2wx3F8o37aAX53ZLfLXvd5dBPnrbhza5/vr"
    "Tv/DCRcDJcJuRqzTs0u54HxyKbr2DnZssLwXAzvTSi6DOK9yGogyRWc5DTaKftZnkbWXte"
    "myq9JGCY7yLDK/zl2p6rTKIjsUi0xIz9bhAax2796hkevvJFBSPwxx7VA93I9eXqN2GHXI"
    "lerWCU7Vuwv0bh+2snZ9jE1CqOs369+oQsPun4A527IPsUgB8c6Ne6r2mRkLB97fb2nNLT"
    "L4jafu7YP2/HgF/IMhoZSD7sPtEz3lHw3JdeuB77G0/ByS2+dW/6bbergCwVGjwlty8qnA"
    "W3ISN4vWbwm7FMuFNjDT/wlyaed/LeVrTHDKl0mylSXQajvN3Thn/A5aYWF/nFHk8UiYnj"
    "1COh5V8oRFOSX0gx2I36tQaMqy0by8/hpmki7SW/+7ZFOZlMU4zKMGrAyQBXHhPtqmzqr3"
    "kskdnuHUssZxkqPcxJoVsWYwauXIPUQ/Y7YjN7u+7ftm1SFUuW306bzU77YH3R61kOhsRe"
    "HW2bUh6V3/s+OfN1/+hfhZMUynPTiDhVbi6/eWqXzsbOjlCq1GlsnjcTWhRxhVKQSRrQgh"
    "I5Mq517l3IuRc2/jOdQXna+WaWcYB2GCd0wDTqohTlti/2GL/hT6eAAS0Gq3O09PwN83DF"
    "BrY+TpaHQERuYbMUw4YjcDLwtALQ9ATyGbb1FyAUZw4aTvQFxr68pcEctccc1XVCqavGJQ"
    "vqH3/aym7s1S4wfZgc0wj8h2oLCRTQtOUgy9bMADegV2BbCV2Zc9uMhr9qk19pVeQIGkXM"
    "jy89W8csZflEnZf2kLPZRFrSzqA7CoU8aCGlD1DeL+ukFJ8Y2OhAI6LQIRZHstQkJ6323h"
    "/14V0JTLQyB9QHPp1LrynVtD0mdBzM/ddmsZyox8HZJOv/X03O9cAf8gEvZcHbJWQmHS0B"
    "cxAqJUXm5GOPR9qa6YhRYrlVun+6VzwyXIj4bkS6dPRcnOBUdD0n3QHvu92z7vA6EvVNS/"
    "DToPN4w6OBqSdu/+8a4zYCdXh0zYn5+flrfiB0PCtPObfutXKvzVoRiiHyEXYiNlc9gcn9"
    "SaRYZY+M49Uir7YMvZBzbSEZ5X8kPFWJVLQmiXxMirUlFnzaXEK7R458jG9IdUeY9jrCqn"
    "RGQ5U00DkWorEGKsSs4iy1k3zGr7SEYYlYxFljGF3aHT69hN87m+8y5HWZWcRZazjWa44p"
    "gdY1VyFlnOKqSfKWaJQ/oqJqlikgLEzDbI8o2kpwT5s1G0r33Gz7/0kQGD5Um5Ycp13q4k"
    "iEd1tzkiNQHlhwo7c3SQb38mXLuLwy6hezcYu0K4cERWW4u52GbEbN9KYI4BDDK9r9jWwd"
    "zsPgKEtmYDz2Lz+Ch91+GS/CriK1bEF65WbhYNV6w5RA4JChOuUNHX7zb6utpAvsSrZaZ5"
    "R4QSd8U3a0vwauWNmQSfRFs215a3Ssy0USs7bSCglyGCrRZWCCMKib0wKuN+J74YlcwsUT"
    "Jzx4aOZ6OBOaO2LdsoNcWCTtAc5ZnPaElNDVKfXKU0y2XgZqc0p+N6CGnMwqjg5Yt41l29"
    "U+o15TxmXilxJsyo1ELR1cKE+rKf2bWls2qFd+akQ1x7kTa3xihyZ1bIaTXDnKgZVaoZtf"
    "xwpPa2FD8VBFuMmjaYEiLMns6jXDI4f6Jz+tl5gTn97DxzTmeX4iVL3HI1mn16CfXRrZSX"
    "z9vsIh3hw9jgoiLGlwUQvszE9zItmuWljBCZk+qaQTmrUtzsdOS02F5/moP/k+Jvv8aTHF"
    "dgjFUmgP/WbJ6eXjSPTz9dnp9dXJxfHq+QTl7Kg/y6e8tQj/TvNDGMkZ2Ws5VT133NIt+0"
    "t5WRWe2xslWoBTEin/CkkWI5stNHeeaigyfK9SqXocg/S7zqAb10nsGz4yJWxHG2FXGcXN"
    "i/fqwSCMfYdqfvNhq7GUyPiyBNqbIH0+ME1jOIjeUWHuVc3XE++eau5nkRlzelyoSbX4vr"
    "YpbpYNe0MUoxNP751HvIUsiifHF3E9Zd8H8gEMZWOvnfxx7h2ZHgxcOGi4nzkd3vH9vq/D"
    "ngM5wirqdEoko8J+Uo6lNiDahEle81IhHR25fp2xWkHuVUUhdF6ikO4dX6h4ImRGR6JC79"
    "Q/aGi0uoiXC/ausAO0OhVTj0Km3lxWONb4hXO9TU4WkShdByoWGkqgFVcRrQBhcSgbVlSz"
    "70Pqbb9NEXNte612IDRb2G/h/sFlyw2EWIRZ0xafypzP89mv9hSSTQzTabYmwSxmROClmp"
    "JzlW6knSSmVvWKluvGaQKXCwrTRif3TZMIXY94IeGLRF84bXPUqknOGImpQyi8XVqOxJLK"
    "G71T2FBbmnrO6VTaDB0FRzmJjZw5IURH58vrvT+p3/eab24hUIfxuS7tPTc+cK8I8hCV/T"
    "2r37+85DjCM463OuiSJfh2TQuvvlCrD/Q3J917u9Auz/kNz02k9XgP0fks4Xzsk/hqQ3+L"
    "nTvwL8o1Fhxm0W8lPmuCkTXkrH9Gy9+rreFbfQneO2O+jQDsA/huS+c3/NpLD8rCKGmpNR"
    "wsNkQhB5qRMxRonWf+44b8LFrlEqxLdiELnfV46GFEkWpFQ50ZBEuqBnG2Xw9cnlCzVtJS"
    "NlFTJalME4yiUf1M3jkyL9+Pgkux+za1GoTV33bLtSFCHGqtLIxYkaJINFM2RPKkk5wqiq"
    "RoosY92AGrX1CUpTu0zTQJBkRIEjjDEhv1BOqeR63evdRUR63Y0Xg3hmmvSH5UBKibCboW"
    "epwHv23HWYIVgVeP8epZ4VeN+nI1+wAVVtwCkiojmREVXstkhspNQGnLsMNgn2+m8Ya6K3"
    "Bw/Pd3ciBJvanu2YqYkTKVRHRQNPms4ZClZ4/dl8o5ds4E4RwDNW3pjVajUJ4omwVBDgg0"
    "V/gXMEsON4iH5+/Pjxh4Bm7ekAE9O9Yq3E3b7132FICHpDjgv+WmsxfwEHIXIEHJPfh6Cv"
    "LrA9AqDz6tB2jAUYmzZ4m0IX6FNIqGiAg+nLkVVy9o+YE8d/VBVs22uwbW/uONEmlR3444"
    "IeXwLoEIuMKNcfIqRDluYRF6d48PPNtyincoaJY60ljXQDOq5G56IKVnqMVclZeDlnlT/I"
    "GTSjbDtccWe+NnYycNZTVU6Q1cvJXPF31PdVQnlB7T2U0V5Me6ePugCRzLPlbgssu4h+PH"
    "VvwRSOAKbKMJhRsukVpaZzB1W0iQksZFoGSu7cUGvLeenYnJEd8GwopV/vU79eySI5SWXE"
    "5AKGvKnpADW/HBTZXBPT41QF0S0qyXxEKfGur+h355o9Fvp1V4ED+RYACIbsYef/P3ovBt"
    "YfbXOMObjJLbciBLmqnMVJNWtJq+rVyKUfwTm9YmslUy6jXPKlA24l83KnpYGEhncLVcNZ"
    "4Zky4K4Y5EN3KxVqdHNmUdu5DMQhFvlAPmkWWdhBqbJ9QM3E4g4e1ClZ3irMo2AuBLOjT/"
    "28y6IgrzkUxIUgtpHjpc122ZuprTlkgDgvCrCN7dTm2MEvacuSsmuHhVg2KhtWBXnpq4ap"
    "NNbs0UfeNFYB8i4P3ljdKCj2XoZmj6CBSf9tOT9zr0KoLTuzxgijAdtTpL820gKLwbWj3H"
    "iiATWdkW2lBkXQWZZGoQrY7dMhtWNLXrjZcfumfKVlbJsuYauE8+rMwS5imyPbYSkQM+jS"
    "4ass6CncCv0ySwjZjFFtCWGEU0It/HC17pQ1g/tXu/c9a6jlToemUO9uh0tkY33aSFG9/S"
    "u5ijdc06ig7yG9znk6tq9XlNGyQyxS6tlbKGPEXqoSCPvkEqK7ldqvLIk3dVutbI93iGX3"
    "G2XsR5erzbm911z1b/8PZ30OKw=="
)
