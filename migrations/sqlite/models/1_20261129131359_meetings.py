from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
CREATE INDEX IF NOT EXISTS "idx_recording_e_created_213749" ON "recording_events" ("created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "recordings";
        DROP TABLE IF EXISTS "meeting_invitees";
        DROP TABLE IF EXISTS "recording_events";
        DROP TABLE IF EXISTS "meetings";"""


MODELS_STATE = (
    "eJztXWtT4zi6/iuqfDndVUwXBOhmma2tCpBmsgOEDaFnzgxTXmEriQZH9voSmtnT//1Ivi"
    "S+yMYKduKo9aGbxNarJM8rS+/leaX/duaWgUz3w61jTbCJOqfgvx0C5+xF9tYe6EDbXt1g"
    "Fzz4GAh17LBRcBE+up4DdY9en0DTRfSSgVzdwbaHLcJaD4NX0AQG8iA2XQCBjRzXImAOXw"
    "A0DAAnHnKAi6cEkynABLxzPeihOSIeePD39+GnA/jh6P0H9nmGpdMPpO3q79on+D8+0jxr"
    "irwZcugH/P4HvYyJgb7SHxu9tZ+0CUamkUIPG6yD4LrmvdjBtQHxPgcN2bd+1HTL9Odk1d"
    "h+8WYWWbbGxGNXp4ggh35B1r3n+AxO4ptmhHyMcPhNV03Cr5iQMdAE+iZTCpMOv8DqWkfT"
    "boZj7a4/1rROTmGxRALo6JJuEaZs+lXd4NdP2Vf4oXtw9Ono5PDj0QltEnzN5ZVP38KPXg"
    "ETCgbw3Iw734L70INhiwDjFagE60/B6xy05zPo8LFNymQQpl89i3CMZwLiCMAlwnGTFcSr"
    "Yb4JjOfwq2YiMvVm9O3HoxJAv/RG5z/1Ru8+Hr1nH2jRpzJ8XG+iO93gFsN8hTFcUPQdzX"
    "dMEZTTUvLhfHzQrQA0bVWIdHAvDbVuzW1IXkRwTojIB/JB96QCyLRVIcjBvTTIvm0wODTo"
    "5XG+oHc8PEd8rNOSGbiNSPRD/KIC+LnJetvoOwgaQ2K+RAOjBPzx4Lp/N+5d37KPm7vuf8"
    "wAv964z+50g6svmavvPmb0tOwE/DIY/wTYW/Db8KYfwGu53tQJPnHVbvxbh30n6HuWRqxn"
    "ja7fCYziy6tvn9C6ixxNaA1OSLy+EFdR7s6vxMy2mTwlFmJ24RHqT8/QMbTcHatrcRdtBm"
    "xeD0OCxhb9L1DGgH53SHTeGh1ZofdRJzulhG/xGIuvrj7fgc9LozE59Ogvp78XeeEy0Ls7"
    "7130O99SwKdxZrfm3Xn2CiRwGvxe9s3Y90jiyLHyY3yLTXz2JavZ98X4KHu6Xfa07T+aWO"
    "fOk/f3gws+uCmhDMa+j40PTLSZZ7Xz94lPdIYiCD6J/Xf0j06zjy8P2sAQOQzXt+TKFfz0"
    "b7mVSNRnScqsZea1ztJI2Xnd/QpmXne/0Mpjt/gga09IyJzOytUD9nbnjIahRnOIhVzDpU"
    "AtDkubsD2u4nzTVsXoHufcb5tCJDRXLAWkg7f2oWtD1322qAk1g+5MCOOsoHy+d/f4uNJg"
    "Pi4ZzMdZwFlk1Xf5SPeJP88Z/ynUV9KbWwM71LDFi/i7VMW80zsfD770T0Eo/UAu+sEV6g"
    "hfnAIDBZeDb7qGZg4+VgmKZH3tREzkYy7uRP3+9UIiaUkVEmlLSCSaWhIRkQA1FQiTWutF"
    "gTCBwE3SwUbEwx5GnPn6LJL9/PMImTBANz8QokhC/6vHbGpzEPb3soPDoShuk17bkOvSft"
    "+I1l3Yi7wg6b5DB4GGFojJvRGrsLM+62v37K1KgDmW+dYHcES7uHTgekHrXcBoPoGah/Un"
    "9NYBdT2B46AfWZFykG4tkPNCmxlvHlZRX+f0rax42YgYtBPWyqM2u6bPIJm+FbjbsNPzsM"
    "/zoEtpAXQsna1oFEMTz/FbH9DbZXdXrDdZUUNfbct5O1bUxdRf+kFfsiJlhz9ScxD9zm5N"
    "kI3CzmTFbI6oW0amb10rw14kNbsijDRMFtgLkKgHrgHrD1WZ7ncRNWZeOMGCWYd5P4p7k8"
    "2+z5MjSvL5qbU0Jt7yQY0pFJXW0bgrSTBNMRanSAuHYh1Y9aZotOxMQrSmPoUDQ6JBm46w"
    "BeTk8sRBu4w67SX6lBA7z/JsbUKteIvDaBJHbUy7+7zsTRK8BAlJuXAhh5zECykWE5VQ1F"
    "pLRzTrpS39zqbnBf2EQHWu//gnol3/odhM22QzJTRSObObkJGQaVN/eUA81AUwTohICHEj"
    "iXPTmmIigvFSQDETKgGsKok2ArMqJtpYMdGWeXmtArgRZh7UWSyaWoFPiDM1j6nZWTCaM3"
    "IywF1GkOj/Ok5xI2JQ3133fn2f4kdcDW8u4+YJJZxfDc8y2Dto4iB3Jg5+TlChL45+AJ6G"
    "vtqYYrkGf4gnXwOLaIe00m7SUJ4rZmLytBZVLCWomGJtUXolfuD2Sya3rdwmiiZfK4T8bD"
    "kIT8nP6KXhUsh2TI81F0O+UoVaX+FkTNTjhCcTHL7iqGSSLqgqKHfqkd4riTmGpo1oPUla"
    "Srqis/qjjqpi4Xu0SEzoepqL6KOyhiGakZVQ8zui6UoOx/rOZe1upVJzc2qmN2csKauvOZ"
    "vz5JXKW61yBy2s9WIJaUkVMGqzlrHNWtMOC6p9C7yMlJQModm0IXxUJaV2VJxRO8ol1ALv"
    "mHqoRCgDn5aSD+dGEmoqHqbiYSoeVhQP+4IcPGF2GP3ZQUkYJzCWa7NXFiFbJFqvCtZUrG"
    "ynHve9klgZq6YjSIijkBCRkDpW/84etu9Qy05s/6CViIQQH1YxDA6L7YLDnFngQYfOJ5qB"
    "p1HNWOWgb1awKbilCvzSdWANrDNiEg7sBjb+9jw0t3lVXIUrX1JkcxbvfqvXP5W0+L6TFi"
    "qSXaj1HdFypYAX+2n+fL2nOy2qAptt03MuZrEtyklyvyMu8SSzIVIZ/SS3EZPyrKXxrJ/o"
    "zxIxj+P2EtrFR1WOEDkqPkHkKHeAyG6ZcRsd1vJacSqfpfJZKp/1xnxW2zCWKZ3VMmx3PJ"
    "u12jOTY2anNtQsNrHZ1p3alLVrZL+JeHixj2F/Xd2i40btOLFNuzvWRX7den13+1i2zTZ4"
    "p3dxPbg5BdCYY/JAbkeDL73z/9WGnz8PzvujUxBvx2dNJlhHzgO57lHQ6D92c87UQP8F1/"
    "v98f2tNhxd9m4GvwV3EfJ8W7OcKST4r3Bobz+5Ez5UApbIUmCDRxR0NmKDnFQ5fuOk+PiN"
    "k9zxG8HcuJYjlZaUMDIqsSelaFRS2Z1tA3fHDc/VboMcwzO1FWGx4bna/7Di+evjGQJssg"
    "TWBDxix5uBKV4gAqAXnIv+g2/vgSdke+ARudhAgBqhgOEH6Lig9ih9DwmwCMBe/gD2mvtW"
    "keZ2WbxMtdTc0wLV8pdxPsA5wbJVfHfnIR6qbBXeeixGvmH6piydOp64lccT5/aR5ayKvL"
    "1mixfH3Ha3FdfIX2bWHDwjAN0nZADPAgwmRDwwsRwAgT7DprEHIDHA8wxFKxd6AQY28mvi"
    "G/tSa2C71sDlkBLeci0vKV/uopG915bACR+PmpeUEPLaT0qNztdYs2wzLSthuGZHwjNViW"
    "wT7KzNZEvJKipbmzWtnA7ldGxdCS10OlbHAHK8jdQZgcVuRuZMwtf9i1vHsiYs2uUFITA6"
    "jbrUHwgOgwDsuHFk/BjccBGFygB0PbUpTpD2AnDsOER7iuUdjro7Vx5IuzyQcKSJbzuWFl"
    "P7jmXs4HxNVMCW1kTptWmpNif4W0OyLS4+u5tD0/y+KtAOu58+LqcM9qZstri77l1d5YvP"
    "VBnSayaILDb9Oo5bQkz5bG3W724VHyjOzOtqV5yZrfnqijMjBWcmdRI9j6+dOam+hLIdtR"
    "TYbqgzRgSwE8lN9APFBwSSwJ1Zz4y2oiNGdEHEscw59QF+pJfMF+ZqYwf8dN07B9gN2C8c"
    "3kxt3SpnvV3Oepu2MJHaWVe2sLKFlS2sbGFlCytb+HuxhRNHiHMs4fQB48V2cOJc84pW8J"
    "BQk3S1GTvLGNk2sBH9q+uWT7wPoE9Y90Zovv47SRX4N7NXXcSxguvrVlnB7bKCXUQXYU9D"
    "RHdebAaJgCnMk5Uwq9LICbyK3vO9mMfBiTeBM8Py+Xldn+Fp4SyWl5Vow4e/dbuHh5+6+4"
    "cfT46PPn06PtlfTm75W2Wz3Nngkk10KQ2rbR+Vm5KxDxW5TpHrFLkuwvEWEYN+5XOLeNSh"
    "oDYemXKD9tx2pU6LHUqwX8tEND2Qqei/9DwwpxMA9SJQ0r0IinCiTed/ZFw4Dz4hF6DJBO"
    "leGHV/ps5JQJ5jAVr635zeZ1DlnZmGPqN0d5h4w3y1L4w66aBFrk0VvlgxXSzHFiPoWbz4"
    "KiUkYRFQE3VXDDPhkquUkIRA115tpbh6r1k0bfcQVP5KOYbtdQy3rVyVv9o1l29j+atby8"
    "T6yxfkuOHvzvuFqQZ7pQ5h0FRbhG3VHvdy+VSL1RCoaogmRKSjT9W/92UYgMALtI4dmpGV"
    "b6/7HbFIqhmiFvFYhZpo/WBWTsJARf2sRA995TxOY3q1oEgzai8FuGVPTf/XceqBiUF8d9"
    "379X3qobka3lzGzROgn18NzzJgzyk0DoacuNCZZZkIEj7mSbEM7o9Uringl1c2i/zZcHiV"
    "Qv5skIX2/vqsP3p3EKiBNsJeQa7Td4RCcFFzKYb2Bk5ssP1HE7uztUIGWVkVNGjLEl0UNH"
    "hT9rM+j+w83JuueFfadIO9Mo8s2udOaHda5ZHtikfWysjW7gGsTu/eoJMbnSQgaB8mpDZo"
    "Hm7HLq/ROkwH5ISGdU5Sje4KozuCTdSvz4hJCHX9bv0zNWjY5+dgLvbsEyJSQLxx556afV"
    "ZB4cDr5y2tpNsMfuducHmj3d+egujFA6Etx4Obyzt6KXr1QM56N8EZS+HfB3J53xtdDHo3"
    "pyB+1VnjKTn4WOEpOci6RaunhN3KcKFNzOx/gjw6+J+EYo05SfmYJI2UQKvjNDcTnIkG6B"
    "qF/VnBNs9HrRnZBtKxsVYkLC0pYRxsR+JelVJTtoMW4vZrUki6TG/9z5JDdSKKcVJGTVgF"
    "ILckhHvrWDrbvZdMr/Acc7c1zjbZKyXWLBtrJmutArm7GGcsDuQW72/7ulu1C7vcdkZ0XR"
    "oNzseDIfWQ6GpF4dbZvQcyPPtnP7puPf6JgqvtcJ22EAxutRFff7RM8bGLoZcrtZoqk8eT"
    "9ZSeElRbIbTZi2hlZlJx7hXnvh2cewcvoP7S/2pbToFzkGzwimsQNNVQ0Fbg/GGb/hT69Q"
    "AkoHd+3r+7A9G5YYB6G4avI2MPGNYzMS1osA8Djy+Aeh6AXkJOcETJJ2DAF5d/AnGtvSt3"
    "pV3uimc9IaFs8lJAxYZej7Nauj/n5g+KE5tJmTb7ga3NbNpwynH0igGP2yuw1wBbuX3Fk4"
    "u8bp+qsV/rAWyRlit5fpGZJ+b8pYWU/8cr9FAetfKod8Cj5swFNaAaOcSjVYeS4pueCVsY"
    "tIhVUBy1SCjp9bBF9HtVQlOuCIH0Cc0wqHUaBbceyIglMT8PznthKjP19oH0R727+1H/FE"
    "QvUmnP5UvWSyJNmnjTjoQo1ZdXkA59XatL4VarleqtP/jSvwg0GLx6IF/6I6pKdi1+9UAG"
    "N9rtaHg5CsZA4g1V9a/j/s0Fax2/eiDnw+vbq/6YXVy+ZMr+fH8XflTw4oEw6/xi1PuFKn"
    "/5sh2qN5AHsck5HLYkJrUSkSEXvvGIlGIfNMw+cJCO8GKtOFRGVIUkWh2SMPx1dtRZSSn1"
    "tlq9C+Rg+kPWeY4zoopT0mY9U0sDkfUqEDKiSs9t1rNuWuudI5kSVDpus44p7C5dXiceL+"
    "b6yrOcFlV6brOeHTTHa87ZGVGl5zbrWaX0C9UscUpf5SRVTrIFObM3sHxT9JSYP5tG+ywS"
    "/PzzCJkwLk8qTVOueLuSIJ623RaI1ARUlCrsL9BOPv2FcG0uDxtC92oydolw5YystlJztc"
    "OI2bmVwJoAGDO9T9nRwYHbvQcI7c0Bvs3WcYN/6rCgvMr4tivjC5eVm1XTFSuJNqcEW5Ou"
    "UNnX7zb7ujxAXuDRsnjRkVape80nqyF4NXFnJicn0ZHNtfFWicWbtYppA3F7GTLYqrCiNa"
    "qQOAqjGPcbicUoMrNEZOa+A13fQWNrTn1bdlAqx4POtdkrc59R2Jo6pFFzRWmWy8EtpjTz"
    "cd0FGnNrTHDxTTzr3r1T6pryIGe+FnEmKajMwrabhTnzZTura09nuxVeWdM+8ZwX3tqaaV"
    "G6ssKgrWZaU7WiSrWiik9H6mzL9lNBsM1a0w45KcLi5TwtJUPwJ72mHx1XWNOPjgvXdHYr"
    "u2WJJ7ZHc9ReQnu0ke3lyw674CO8GwdcrInxSQWETwrxPeFls3zODFG4qK4EVLCKE2anM6"
    "fNzvrTXPwXJ95+hqclocCMqEwA/63bPTz81N0//HhyfPTp0/HJ/hLp/K0yyM8Glwz11Pjm"
    "qWGCHB5nq2Rf95WIfMteIzOzOmOlUahb4kTe4WmH4zmyy3tl7qKLpyr0KpejGPwVeNTj9t"
    "JFBo/2q3gR+8VexH6+sH/1tQQQzohtzt7tdDYzme5XQZq2Kp5M93NYzyE2wyM8xELdWTn5"
    "1q7ucZWQN21VCHdwL2uL2ZaLPcvBiONo/PNueFNkkKXlsuEmrHvg/0CsjEYG+d8nPgnYke"
    "DRx6aHifuBfd4/mhr8JeAznFKhpxxRJctJ2UvHlFgHiqjyvWYkUnZ7SN9eQ+tpSaX1tmid"
    "ExBe1j9UdCFSyyPx6D/kvLG4hLoI18u+dnAwVKrCmSM61sn0jVBdh73IBFLDPmliZPG90/"
    "TQK/VTtcyQr9dl/Z19RKBZ7CHE8qeYdP5QjuwWHdmkJgQcgIyYhNmFg0r+1kGJv3WQ97fY"
    "EyY0jFcCMoXAmyLERrPLG8mwUTxvx6CtyoBdjag2sV/jVZ+zgCUMguKlK2l7qDDrTj3PZa"
    "uTZ9lYF1mXlgIyrkjdSitSt2RF6uZWJJZ+MmAe4uJyqJWEBDHWTddD0bXH8dY5cSQlqOhm"
    "7Yku5INK9PFY60yZlZiE4SSZFMxU8FdUflN5YUrISLg21V8g8KeFieY7pgjISRkJQe7uV/"
    "JJWbPirNR+3it1kG5RA56N+Tn0sA5N84UTxLMsE0FSlKHid5HRwiPtoyk1LK9sdvY6Gw6v"
    "UhPX2SBrB9xfn/WpYRbohDbCoceVp2oVMRCrb6jBpSM2aZe5+gwZvoniEVF5Y42785/6F/"
    "dXbLuLZR8P5Lx3c96/Cq7q7Eeacc9bLwcLv47mIOiK8RJygvLlyhuhJvg8h7qES8d1qXef"
    "X9NMGJJVQUdzSNVAZEJkc6HI/aYwrpnrrNgDxVDvZh5ZsQe+R60XsQeSWrecKST4L9Gtmb"
    "JiamcmjgGs0mNvxlOlx5pIj8Un33X4U0ENsFbcEbllM0BVWLOzXwpc+iXAzf3VVbVtkTFZ"
    "MPJBPTSjQdiZRANajG2UDQJFiVY+rkOCxhb973V0R8nO5BjR39bLaMcDrDixnRiCr+a3te"
    "Tgr5ubNV8l2hEj+Ctm1lZz36EOcrgWh0CWAjKGvpsox5jQVQl56535k5VVKdn2uGx5T305"
    "fYpMVGkh5WBwHLbNH7fSMmuhYY8tsSS/0b2Qj1a/l3Ex0o8rn9yYHbvKb2vuIJsm6aIr/4"
    "JjV6ecj2KTeunwVDxRZDxDYCnDjgWxCALRoPsABp4LFthAFnBn1rMLbOh4WMc2pICfAtt/"
    "NLE7QwYVAmfYxI/0XzaxWf8nPBCLmC/gGXszQO18sPTC/8cFTPWIeODddZ+uzzeX2qh/Ph"
    "xd0Fd37/eAB58QAYb1TFh/0a656pSTFroJO0gauO3fsHEmShmIxE5B9OKB3N9eDXvhteXL"
    "+CrjEMSv2Nka18MvvSs6yP91T63J8JSNzKWo1fIeu3Ldu7kP2oRtb/r9oGPu5QfyuTcIuA"
    "vh33WIC91Kbk6Jl5NzclzLd3QkyqRKS8noUDbEpdKtBV0xBdFOCcnHD2kKa/GNxd60n1jb"
    "MN7KdmIe9kxB4mskIEG1QGb/wSqD+qR4SJ/kOU+2aUFDdPZIS8k3fTRDLwtBg77YlqUZMQ"
    "W2CNiCjL6kkHxAd6uuiWVLYhboR/wXF+WyNXElo1bFdVfFCaZ6FdwSLimjhnel4a3PfPJU"
    "sJ9s4fhOC0k0xmuL4nszxtYT2fo4IbG5vMjBjsBpB5WaBrdArHiPt7SU2uEtlVqsY4e3EG"
    "DdmtssiM1bJMsKnDjSqrZJoLYpCHEIx0TkXBsbsbFd/3GOPQ16Hprb67HSC7qogdrQMnXI"
    "RG2AovY+VMb+24z9x4WYIxu3l28iq7QhScl+JPntSJDjiJ0rvhSQD91GlgkHza0FXKeQNS"
    "+pIBeCPFpXRfwsnqiqvsxOyNRqd5HmE4/Hly03eTKiGzF1FIlzPUuHduXPeXUfZecIxRLq"
    "qVE1y9Wh3s3qVVWz/D1qnTN3Fm3NvX3++85T8XJk7Soli2iBCM/uEylYXLJa+wu0k7UHAg"
    "WLFQjwcS1i8/T3rQ7ZOsnvDdCvw7FYxsFejtYKRGxt9ZxUo2ND38AeYMCYjC4NV+zpU0D7"
    "cl4A47cioM8gmdLmxADPMwu8sxz6F3rvgQ59FxkAh9TmHBm75v4Vdbpd1Okn+rNEIiBxew"
    "npsPUf41bGSy9IP2yBi765UGntxG4DeYIFwisJ6biYjQTudstD3ujMvJuuUhUHmRodlmBN"
    "a1JEorRajSeBxwaeEKxZMVWB/XrBcMkuLsKVrSKbuLQN5qp+U3aMvV42HDzsNaArd91wck"
    "oU3uupycrhHnKwPutwXNbozl6ZqwpXbdQhM7s0Ze6VuIHUkXcFD5tOiMjoqxwfV9ps57hk"
    "s53j3EEz9KESQDhqLiG6jezoTD/RiwJtVQnHCZHNs423k/KujVcskAWofzH79v/tCm4w"
)
