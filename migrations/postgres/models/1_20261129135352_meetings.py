from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "meetings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "topic" VARCHAR(120) NOT NULL,
    "agenda" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "join_url" VARCHAR(2000) NOT NULL,
    "record_automatically" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "cancel_reason" VARCHAR(500),
    "uid" VARCHAR(100) NOT NULL UNIQUE,
    "sequence" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organizer_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sig_id" INT NOT NULL REFERENCES "sigs" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_meetings_starts__dea72f" ON "meetings" ("starts_at");
COMMENT ON COLUMN "meetings"."status" IS 'SCHEDULED: scheduled\nCANCELLED: cancelled';
        CREATE TABLE IF NOT EXISTS "meeting_invitees" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "forget_after" TIMESTAMPTZ NOT NULL,
    "removed" BOOL NOT NULL,
    "notified_sequence" INT,
    "meeting_id" INT NOT NULL REFERENCES "meetings" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_meeting_inv_meeting_7787ef" UNIQUE ("meeting_id", "email")
);
CREATE INDEX IF NOT EXISTS "idx_meeting_inv_forget__2c57cd" ON "meeting_invitees" ("forget_after");
        CREATE TABLE IF NOT EXISTS "recordings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(24) NOT NULL,
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
    "parts_done" JSONB NOT NULL,
    "parts_completed" BOOL NOT NULL,
    "cover" VARCHAR(500),
    "submit_attempted_at" TIMESTAMPTZ,
    "aid" BIGINT,
    "bvid" VARCHAR(20),
    "error" VARCHAR(500),
    "removal_reason" VARCHAR(500),
    "removal_attempts" INT NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "resumes" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "meeting_id" INT NOT NULL UNIQUE REFERENCES "meetings" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_recordings_lease_u_12c5d6" ON "recordings" ("lease_until");
COMMENT ON COLUMN "recordings"."status" IS 'PENDING: PENDING\nUPLOADING: UPLOADING\nUPLOADED: UPLOADED\nREMOVAL_REQUESTED: REMOVAL_REQUESTED\nREMOVED: REMOVED\nMANUAL_REMOVAL_NEEDED: MANUAL_REMOVAL_NEEDED\nFAILED: FAILED';
COMMENT ON TABLE "recordings" IS 'The recording of one meeting. Its video shows participants: published on Bilibili';
        CREATE TABLE IF NOT EXISTS "recording_events" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(40) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "recording_id" INT NOT NULL REFERENCES "recordings" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_recording_e_created_213749" ON "recording_events" ("created_at");
COMMENT ON TABLE "recording_events" IS 'The audit trail of a recording: every state change and who (or what) caused it.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "meeting_invitees";
        DROP TABLE IF EXISTS "meetings";
        DROP TABLE IF EXISTS "recording_events";
        DROP TABLE IF EXISTS "recordings";"""


MODELS_STATE = (
    "eJztXWtz2za6/isYfTnJjJvxNfG6Ozsjy4qrrW15ZTntad3hwiQkoaZALi9y3D357wfgRe"
    "IFpAmZlCgEHxJTIF6Iel4QeO/4b2duGch0P9w61gSbqHMG/tshcM4usrf2QAfa9uoGa/Dg"
    "Y0DUscNOQSN8dD0H6h5tn0DTRbTJQK7uYNvDFmG9h8EVNIGBPIhNF0BgI8e1CJjDFwANA8"
    "CJhxzg4inBZAowAe9cD3pojogHHvz9ffjpAH44fv+BfZ9h6fQLab/6h/YJ/o+PNM+aIm+G"
    "HPoFv/9BmzEx0Ff6Y6OP9pM2wcg0Uuhhgw0QtGveix20DYj3OejInvpR0y3Tn5NVZ/vFm1"
    "lk2RsTj7VOEUEOfUA2vOf4DE7im2aEfIxw+KSrLuEjJmgMNIG+yZjCqMMHWLV1NO1mONbu"
    "+mNN6+QYFlMkgI6adIswZtNHdYNfP2WP8MPhwfGn49Ojj8entEvwmMuWT9/Cr14BExIG8N"
    "yMO9+C+9CDYY8A4xWoBOtPwXUO2t4MOnxskzQZhOmjZxGO8UxAHAG4RDjusoJ4Nc03gfEc"
    "ftVMRKbejH78eFwC6JfuqPdTd/Tu4/F79oUWfSvD1/UmunMY3GKYrzCGC4q+o/mOKYJymk"
    "o+nE8ODisATXsVIh3cS0OtW3MbkhcRnBMk8oF8cHhaAWTaqxDk4F4aZN82GBwa9PI4X9A7"
    "Hp4jPtZpygzcRkT6Ib6oAH5usd42+g6CxpCYL9HEKAF/PLju342717fs6+au+x8zwK877r"
    "M7h0HrS6b13ccMn5aDgF8G458A+wh+G970A3gt15s6wTeu+o1/67Bngr5nacR61uj+ncAo"
    "bl49fYLrLnI0oT04QfH6RlyFuTu/EzPZZvKU2IhZwyPUn56hY2i5O9ahxd20GbB5PgwJGl"
    "v0v4AZA/rskOi8PTqSQu+jQXaKCd/iORa3rr7fgc9LoTE59egvp78XeeE20L3rdS/6nW8p"
    "4NM4s1vzw3m2BRI4DX4vezL2HEkcOVJ+jG+xiM8espp8X4yPkqfbJU/b/qOJde46eX8/uO"
    "CDmyLKYOz72PjASJt5Vzt/n/hEZyiC4JvYf8f/6DT7+vKgDQSRo3B/S+5cwU//ltuJRHWW"
    "JM1aYl7rJI2UnHe4X0HMO9wvlPLYLT7I2hMSEqezdPWAvd01o2Go0RxiIdVwSVCLwtImbE"
    "+qKN+0VzG6Jzn126YQCa0VSwLp4K196trQdZ8tKkLNoDsTwjhLKJ/ufXhyUmkyn5RM5pMs"
    "4Myy6rt8pPvEn+eE/xTqK+rN7YEdKtjiRfwsVTHvdHvjwZf+GQipH8hFP2ihivDFGTBQ0B"
    "w86RqcOfhYxSiS1bUTNpGPObsT1fvXM4mkKZVJpC0mkWhpSVhEAtSUIUxqrhcZwgQMN0kF"
    "GxEPexhx1uvziPbzzyNkwgDd/ESILAn9rx6Tqc1BON7LDk6HIrtNem9DrkvHfSNad+Eo8o"
    "Kk+w6dBBpaIEb3RqzCwfpsrN2TtyoB5ljmW1/AER3i0oHrGa13AaP5BGoe1p/QWyfU9QSO"
    "g3FkRcpBurVAzgvtZrx5WkVj9ehHWfGyETHoIKyXR2V2TZ9BMn0rcLfhoL1wzF4wpLQAOp"
    "bOdjSKoYnn+K0v6O1yuCs2mqyooa+25bwdK6pi6i/9YCxZkbLDH6k5iD6zWxNko3AwWTGb"
    "I6qWkelb98pwFEnFrggjDZMF9gIk6oFrwMZDVZb7XUSNiRdOsGHWId6P4tFkk+/zwREl/v"
    "zUXhoH3vJBjUMoKu2j8VCSYJqKWJwiLZyKdWDVnaLRcjAJ0Zr6FA4MiQZtOsMWkOPLEwft"
    "Mhq0mxhTQuw8y7O1CZXiLU5EkzhqYzrc5+VokuAlGJCUMxdygpN4JsXiQCUU9dbSFs16w5"
    "Z+Z8vzgn5DwDrXf/wT0aH/UNFM24xmSnCksmc3QSNhpE396QHxVBfAOEEiIcSNOM5Na4qJ"
    "CMZLAhWZUAlglUm0EZhVMtHGkom2HJfXKoAbicyDOrNFUynwCXGW5jEVOwtmc4ZOBrjLAi"
    "T6v45TsRExqO+uu7++T8VHXA1vLuPuCSb0robnGewdNHGQOxMHP0eo0BdHPwBPQ19tTLFc"
    "I36IR19DFNEOcaXdQUP5WDETk6e1QsVShCpSrC1MrxQfuP2UyW0zt4mkydcSIT9bDsJT8j"
    "N6aTgVsh3LY83JkK9kodaXOBkH6nHMk4kYvmKrZDJcUGVQ7tQrvVdicwxFG9F8kjSVdEln"
    "9VsdVcbC9yiRmND1NBfRV2UNQTRDKyHnd4TTlRSO9ZXL2tVKxebm2ExvzphTVl9zNefRK5"
    "a3muUOWljr2RLSlMpg1GYuY5v1pgMWZPsWaBkpKhlMs2lB+LiKS+242KN2nHOoBdox1VCJ"
    "kAc+TSUfzo041JQ9TNnDlD2syB72BTl4wuQw+rODlDCOYSzXZ6/MQrZI9F4lrClb2U697n"
    "sltjKWTUeQUIxCgkTC0LH6K3vYvkMlO7H6QSsSCSE+qiIYHBXLBUc5scCDDl1PNANPo5yx"
    "ykbfLGFTcEtl+KX7wBpYZ8gknNgNFP72PDS3eVlchTtfkmRzEu9+q/c/5bT4vp0WypJdyP"
    "Ud4XIlgxf7af58vbc7TaoMm23jc85msa2Qk2S9I27gSaYgUln4Sa4Qk9KspdGsn+jPEhGP"
    "4/4SysXHVY4QOS4+QeQ4d4DIbolxG53W8kpxyp+l/FnKn/VGf1bbMJbJndUybHfcm7Wqmc"
    "kRs1MFNYtFbFa6U5uyfo3Um4inF/sa9tfVLTpvVMWJbcrdMS/y+9br1e1j2jbL4J3uxfXg"
    "5gxAY47JA7kdDb50e/+rDT9/HvT6ozMQl+OzJhOsI+eBXHcpaPQfuzlnbKD/gvZ+f3x/qw"
    "1Hl92bwW/BXYQ839YsZwoJ/iuc2tt37oQvlYAksiTY4BEFnY3IIKdVjt84LT5+4zR3/Eaw"
    "Nq6lSKUpJbSMSqxJqTAqqeTOtoG744LnqtogR/BMlSIsFjxX9Q8rnr8+niHAFktgTcAjdr"
    "wZmOIFIgB6wbnoP/j2HnhCtgcekYsNBKgQChh+gM4LKo/Sz5AAiwDs5Q9gr3lsZWlul8TL"
    "WEvFPS1gLX8b5wOcIyzbxXd3HeKhynbhrdti5Jumb/LSqeOJW3k8ca6OLGdX5NWaLd4cc+"
    "VuK+6Rv8ysOXhGALpPyACeBRhMiHhgYjkAAn2GTWMPQGKA5xmKdi70Agxs5PfEN46l9sB2"
    "7YHLKSVcci1PKZ/vopHaa0vghI9HzVNKCHntJ6VG52usmbaZppXQXLMj5pmqgWwT7KwdyZ"
    "aiVaFsbea0UjqU0rF1JrRQ6VgdA8jRNlJnBBarGZkzCV/XL24dy5owa5cXmMDoMupSfSA4"
    "DAKw48aR8WNww0UUKgPQ/dSmOEE6CsCx4hDVFMsrHHUPrjSQdmkg4UwTLzuWJlN1xzJycD"
    "4nKoiW1kTDa9NUbXbwtybItjj57G4OTfP7ykA7Ovz0cblksA9lq8XddffqKp98ptKQXhNB"
    "ZJHp11HcEmRKZ2szf3cr+UDFzLzOdhUzszVdXcXMSBEzkzqJnhevnTmpviRkO+opUG6oM0"
    "YEsBPJTfQDxQcElMCdWc8sbEVHLNAFEccy51QH+JE2mS9M1cYO+Om62wPYDaJfOHEztQ2r"
    "lPV2KettKmEitbKuZGElCytZWMnCShZWsvD3IgsnjhDnSMLpA8aL5eDEueYVpeAhoSLpqh"
    "g78xjZNrAR/avrlk+8D6BP2PBGKL7+Oxkq8G8mr7qIIwXXN6ySgtslBbuIbsKehojuvNgM"
    "EgFRmEcroVelkRN4VXjP9yIeByfeBMoM8+fneX2Op4WrWJ5WooIPfzs8PDr6dLh/9PH05P"
    "jTp5PT/eXilr9VtsqdDy7ZQpfisCr7qNSUjHyogutUcJ0KrotwvEXEoI/cs4hHFQoq45Ep"
    "12jP7VeqtNghBfu1jETTA5qK+kvXA3O6AFAtAiXViyAJJyo6/yOLhfPgE3IBmkyQ7oVW92"
    "eqnATBc8xAS/+b0/sMqrwy09B3lFaHiQvmq7ow6qSDFqk2VeLFisPFctFiBD2LJ1+liCRM"
    "Amoi74phJpxylSKSEOjas61UrN5rEk3bNQTlv1KKYXsVw20zV/mvdk3l25j/6tYysf7yBT"
    "lu+LvzemGqw16pQhh01RZhX1XjXi6darGaAlUF0QSJdOFT9de+DA0QeIHWkUMztPLVut8R"
    "iaSaIGoRj2WoieYPZukkNFTUH5Xooa+c12lMWwuSNKP+UoBb9tb0fx2nXpgYxHfX3V/fp1"
    "6aq+HNZdw9AXrvanieAXtOoXEw5NiFzi3LRJDwMU+SZXB/pHRNAb9s2Szy58PhVQr580EW"
    "2vvr8/7o3UHABtoJewW+Tt8RMsFF3aWY2hs4scH2H03sztYyGWRpldGgLVt0kdHgTd7P+j"
    "SyXlibrrgqbbrDXplGFtW5E6pOqzSyXdHIWmnZ2j2A1endG1Ryo5MEBOXDBNUGxcPtyOU1"
    "Sodpg5zQtM5RqtldYXZHsInq9RkyCaGuX61/pgIN+/4czMWafYJECog3rtxTsc8qSBx4/b"
    "ylFXWbwe/cDS5vtPvbMxBdPBDaczy4ubyjTdHVAznv3gRnLIV/H8jlfXd0MejenIH4qrPG"
    "W3LwscJbcpBVi1ZvCbuViYU2MZP/CfLo5H8SsjXmKOWLJGkkBVodp7kZ40w0QddI7M8Stn"
    "k9as3MNpCOjbUsYWlKCe1gO2L3quSash20EJdfk0TSeXrrf5ccyhNRjJM0asEqALklJtxb"
    "x9JZ9V4yvcJzzC1rnO2yVxpYs+ysmay3MuTuop2x2JBbXN/2dbVqF6rcdkZ0XxoNeuPBkG"
    "pIdLeicOvs3gMZnv+zH7Vbj3+ioLUdqtMWjMGtFuLrt5apeOxi6OVyrabS5PFkPaanCFUp"
    "hDZrEa30TKqYexVz346YewcvoP7S/2pbToFykOzwimoQdNVQ0Ffg/GGb/hT6eAAS0O31+n"
    "d3IDo3DFBtw/B1ZOwBw3ompgUN9mXg8QVQzQPQJuQER5R8AgZ8cfknENc6ulJX2qWueNYT"
    "EvImLwmUbeh1O6ul+3Ou/6DYsZmkabMe2FrPpg2nHEWvGPC4vwJ7DbCV2le8uMir9qkc+7"
    "VewBZxuZLmF4l5Yspfmkjpf7xED6VRK416BzRqzlpQA6qRQjxaDSgpvumVsIVGi5gFxVaL"
    "BJNeN1tEv1c5NOWyEEjv0AyNWmeRceuBjJgT8/Og1w1dmamPD6Q/6t7dj/pnILpIuT2Xl2"
    "yUhJs08aEdDlHKL6/AHfo6V5fErWYr5Vt/8KV/EXAwuHogX/ojykrWFl89kMGNdjsaXo6C"
    "OZD4QFn967h/c8F6x1cPpDe8vr3qj1nj8pIx+/P9XfhVwcUDYdL5xaj7C2X+8rIdrDeQB7"
    "HJORy2xCa1IpHBF75xi5SKPmg4+sBBOsKLtexQGVJlkmi1ScLw16mos6JS7G01exfIwfSH"
    "rPMeZ0hVTEmb+UwlDUTWy0DIkCo+t5nPummtd45kilDxuM08prC7dHudeDyb6yvvcppU8b"
    "nNfHbQHK+5ZmdIFZ/bzGfl0i9ks8QufeWTVD7JFvjM3hDlmwpPieNn02ifR4Sffx4hE8bp"
    "SaVuylXcriSIp2W3BSI1ARW5CvsLtJNvfyFcm/PDhtC96oxdIlzZI6ut2FztMGJ2biWwJg"
    "DGkd5n7OjgQO3eA4SO5gDfZvu4wT91WJBeeXzb5fGFy8zNqu6KFUWbXYKtcVco7+t3631d"
    "HiAv8GpZPOtIq9i95pvVELyauDKTo5PoyOba4laJxVu1isMG4v4yeLBVYkVrWCGxFUZF3G"
    "/EFqOCmSUKZu470PUdNLbmVLdlB6VyNOhcn70y9RmFvalCGnVXIc1yKbjFIc18XHchjLk1"
    "Irh4Ec+6q3dKnVMe+MzXCpxJEiqxsO1iYU582c7u2tVZtcIra9onnvPC21szPUp3Vhj01U"
    "xrqnZUqXZU8eVInW3Z/lAQbLPedECOi7B4O09TyWD8Se/pxycV9vTjk8I9nd3KlizxxGo0"
    "R/0llEcbKS9fdtgFH+HdOOBiTYxPKyB8WojvKc+b5XNWiMJNdUWgjFUcMztdOW121p/m4r"
    "849vZzPC0xBWZIZQL4b4eHR0efDvePPp6eHH/6dHK6v0Q6f6sM8vPBJUM9Nb95bJgghxez"
    "VVLXfUUi37bXyMqszlhpFOqWKJF3eNrhaI6sea9MXXTxVJle5VIUg78Cr3rcXzrL4PF+FS"
    "1iv1iL2M8n9q8eSwDhDNnm5N1OZzOL6X4VpGmv4sV0P4f1HGIzPMJDzNSdpZNv7zo8qWLy"
    "pr0K4Q7uZWUx23KxZzkYcRSNf94Nb4oEsjRd1tyEdQ/8H4iZ0cgk//vEJ0F0JHj0selh4n"
    "5g3/ePpiZ/CfgMp5TpKReoko1J2UvblNgAKlDle/VIpOT2MHx7Da6nKRXX28J1jkF4mf9Q"
    "UYVIbY/Eo/+Q88bkEqoiXC/H2sHJUCkLZ47oXCfTN0J1HY4iE0gN66SJmcXXTtNTr1RP1T"
    "JTvl6V9Xf2FQFnsYcQ859i0vlDKbJbVGSTnBBQADJkEnoXDirpWwcl+tZBXt9ib5jQNF4R"
    "yGQCbyogNlpd3hgMG9nzdgzaqhGwqxnVpujXeNfnbGAJgaB460rKHsrMulPvc9nu5Fk21k"
    "X2pSWBjDvSYaUd6bBkRzrM7UjM/WTAPMTF6VArCglsrJvOh6J7j+Otc+JIilCFm7XHupA3"
    "KtHXY60zZVZkEpqTZGIwY8FfUfpN5Y0pQSPh3lR/gsCfFiaa75giICdpJAT5cL+STsq6FX"
    "ul9vNaqYN0iwrwbM7PoYd1aJovHCOeZZkIkiIPFX+IDBce6RhNsWHZstnV63w4vEotXOeD"
    "rBxwf33ep4JZwBPaCYcaVz5UqygCsXpBDW44YpNymavPkOGbKJ4RlQtr3PV+6l/cX7FyF8"
    "sxHkive9PrXwWtOvuRZjzy1tPBwsfRHARdsbiEHKF8vvJGQhN8nkJdEkvHVal3P76mGTMk"
    "y4KO1pCqhsgEyeZMkftNYVxzrLOKHiiGejf9yCp64HvkelH0QJLrljOFBP8lWpopS6YqM3"
    "EEYOUeezOeyj3WhHssPvmuw18KaoC1YkXklq0AVWHNrn4pcOlDgJv7q6tqZZExWbDgg3rC"
    "jAbhYBJNaLFoo6wRKHK08nEdEjS26H+voztKDibHjP62nkc7nmDFju3EFHzVv60lJ3/dsV"
    "nzlaMdsQB/FZm1Vd93yIMcrsUmkCWBjKbvJtIxJnRXQt56Z/5kaZVLtj0qW15Td9DcWiDO"
    "KvWKU2NJpfwYAn4MYnnhGYZr2Bm5tEpXzoO8lAhE9t40kdKZObhu/gQhCSdqiREiIWW+UW"
    "OWL1NkL6M1p19Xfrxudu4qU0RzZzM1GQG9Upk5qmJKny7WEpc6fMVDcsYzBJY07KQbiyAQ"
    "TboPYOC5YIENZAF3Zj27wIaOh3VsQwr4GbD9RxO7M2RQInCOTfxI/2V99fV/wwOxiPkCnr"
    "E3A1R1BUvD0v+4gLEeEQ+8u+5TkfPmUhv1e8PRBb26e78HPPiECDCsZ8LGiwpBq4N7Wqj5"
    "7mAczG3/hs2zjhjiMdkZiC4eyP3t1bAbti0v41YWFhNfseNirodfuld0kv/rnipI4cExma"
    "ao1/Iea7nu3twHfcK+N/1+MDC3+YF87g6CcJzwb/b9rqS6V9LcSxT3nN7uWr6jI9HgwDSV"
    "jDaShsIDdaoEO6Jop4jkC3lqCmvxWnlvKpHXNoy3UiHPw54pGMsdEUiQAJMpqVllUp8WT+"
    "nTfBifbVrQEF090lTyLR/NREyGoEFfrApvhkyBLQK2YJBqkkg+oA+r7ollW2IW6Ef8Fxfl"
    "sj1xRaN2xXV3xQmmfBWscpikUdO70vTWZz55KiiRXDi/00QSzfHarPjejAWgilTzTlBszi"
    "9ysCNw2kHyscHNeSwuW5imUkULU+7VOooWhgDr1txmRmxR9zaHWrm5BdzcgYlD2CYi597Y"
    "iIzt+o9z7GnQ89DcXi/RomCIGqJ1WsYOmaJ1oKi8D5Ww/zZh/3EhpsjG/eVbyCrV2CkpsZ"
    "OvsIMcxxLaJpYE8qHbyDYRhOnBdXKz85QKciHIo31VRM/ikaqE4uyCTKV2F2k+8Xgh4OUi"
    "T4Z0I6KOikteNy7Z9ee8VKayo7FiCvXWqDT86lDvZkK2SsP/HrnOWTuLqs1vP/5950Pxcs"
    "HaVbJw0QIRntwnkoO7jGrtL9BO5h4I5OBWCICP02ubD3/f6pStM/i9gfDrcC6WxWAvZ2uF"
    "QGxt9Z5UC8eGvoE9wIAxWbg0XEVPnwE6lvMCWHwrAvoMkintTgzwPLPAO8uhf6H3HujQd5"
    "EBcBjanAvGrnl8FTrdrtDpJ/qzRCwgcX8Jw2HrP5mwLC69wP2whVj0zZlKaw/sNpAnmPO+"
    "opAuFrMRw91uacgbXZl3U1WqoiBTocMSzGlNkkjkVqvxcPtYwBOCNUumMrBfTxguKUwknN"
    "kqUpeobTBX1Zuyc+z1tOHgZa8BXbnzhpNLonD5siYzh7vIwfqsw1FZozt7ZaoqXPVR5ybt"
    "0pK5V6IGUkXeFTw/PUEio65yclKpftRJSf2ok9zZSfSlEkA46i4huo0UKaff6EWGtqoBxw"
    "mSzUcbb8flXVtcsYAXoP7N7Nv/AznEVE8="
)
