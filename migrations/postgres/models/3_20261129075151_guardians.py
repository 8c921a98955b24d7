from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "guardian_approvals" IS 'Whom we asked to consent for a child, and whether they did.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "guardian_approvals";
        DROP TABLE IF EXISTS "age_records";"""


MODELS_STATE = (
    "eJztXW1vo7gW/isWnzpSt0rTtDOqrq6UtpludmeSUZvOrna7Qi44iW+IYcGkjXb7369NIO"
    "E1BQoJ8fjLTGp8jHmOsc95zrH5R5mbOjKck2+2OcYGUi7BPwqBc/4jfukYKNCyNhd4AYVP"
    "npBirSp5hfDJoTbUKCsfQ8NBrEhHjmZji2KT8NpD7xc0gI4oxIYDILCQ7ZgEzOESQF0HcE"
    "yRDRw8IZhMACbgyKGQojkiFDy6rRb8eApPOh9O+P10U2M3ZPWqb9ol+G8XqdScIDpFNrvB"
    "n3+xYkx09MIe1v/TmqljjAw9gh7WeQNeuUqXllfWJ/SzV5H3+knVTMOdk01la0mnJlnXxo"
    "Ty0gkiyGYd5M1T2+VwEtcwfOQDhFc93VRZdTEko6MxdA2uFC696sCmTFHVwXCk3vdGqqok"
    "FBZIhID2izSTcGWzrjre0094F35qn3Y+dj6dXXQ+sSpeN9clH19Xt94AsxL04BmMlFfvOq"
    "RwVcPDeAMqwdrM+52A9noK7XRswzIxhFnX4wgHeIYg9gFcIxxU2UC8Gea7wHgOX1QDkQmd"
    "sj8vOlsA/d69u/65e3d00fnAb2iyt3L1ug78K23vEsd8gzFcMPRt1bWNIihHpcTD+fy0nQ"
    "NoVisTae9aFGrNnFuQLIvgHBIRD+TT9qccILNamSB716Igu5bO4VAhTeJ8w65QPEfpWEcl"
    "Y3DrvuhJ8CMH+InJet/o2wjqQ2Is/YGxBfxR/2vvftT9+o3fbu44fxseft1Rj19pe6XLWO"
    "nRRUxP60bAb/3Rz4D/Cf4YDnoevKZDJ7Z3x0290R8K7xN0qakS81ll63cIo6B40/uQ1h1k"
    "q4XW4JDE2wtxHuUe/ErMbZvxLLQQ84InqM2eoa2riStm20xdtDmwST0MCRqZ7B9PGX3Wd0"
    "i0tDXat0If/EYOSgmvwRgLSjf3t+Hz2mgMDz325Ox5EV0tA9376+5NT3mNAB/FmV+at+fx"
    "EkjgxHte3jPejzCOKVZ+gG+2ic87mc++z8ZH2tPNsqct98nAWuo8+fDQv0kHNyIUw9h1sX"
    "7CRet5V5X/jF2icRSBdyf+T+e/Sr2vbxq0niFytlrfwiuX9+iviZWoqM8Slill5jXO0ojY"
    "ee1WDjOv3cq08vildJDVGSpkTsflqgF7v3NGzVCjOcSFXMO1QCUOS5OwPc/jfLNa2eieJ9"
    "xvi0FUaK5YCwgHb+VD14KO82wyE2oKnWkhjOOC4vne7fPzXIP5fMtgPo8DzplV10lHukfc"
    "ecL4j6C+kd7dGqgwwxYvgr7kxVzpXo/633uXYCX9SG56XglzhG8ugY68Yq+nJTRzepGHFI"
    "n72iFO5CLBOzG/vxwlEpWUlEhTKBF/agkxIh5qkggTWutZRFgB4ibsYCNCMcUoZb6+8mU/"
    "/3qHDOihmxwIPpPQe6Hcpjb6q/aWBzgcsnib6NqGHIe1+0607letiAuS5tpsEKhogbjcO7"
    "FaNdbjbR2evZULMMs2NT4kyEQ18By/F7Jv6+a+8NZEGmZJynkLSxoBOEhnSIc1IKZzgRs0"
    "JeBIhBOk2khjXk8VWHUnrFLQmIBoTVwGB4ZEhRYbYQuYwpAUB+3Wb7QbalMQ7AqGLRJGRU"
    "oII83wyA5nIL+2GrV7qg1u/MmnmwW7g+evOu7T/xBr+i8Z89hnzCOkkdz8T0hGQD6++iSi"
    "YKgXwDgkIiDEtdBrhjnBpAjGawHJX+YCWOYb7gRmmXK4s5TDPUfvGgVwLfE7qHGHm1mBM5"
    "QyNY+Y2ZkxmmNyIsC9jUbt/T6KMKgBqEdfu79/iLCoX4aD26B6SAnXX4ZXMextNLaRMy0O"
    "fkJQol8cfQ88Fb1YmGFZIsqQJl9BrOGAtNLs0EIyomRgMisVUIoIynhSU5SeK4q4/8TqfS"
    "u3jtTqt9KlP5s2whPyK1rWnDDdjOmx4pTpN3LVq0uvDsJ5KfRkKNKXzUqGg4oyz/qgXunj"
    "LZzjyrQpmnUWlRIuNbV61lHmNf2IFokBHao6iL0qJQzRmKyAmj8QTedyOMo7l5W7lVLN9a"
    "mZXZzyoKxWcjZPk5cqb7TKbbQwy3EJUUlJGDVZy9jitVmDGXsCMryMiJQI1GzUEO7kCal1"
    "siNqnURAzfOOmYdKCkXgo1Li4VxLQE3yYZIPk3xYFh/2Hdl4zO0w9tjXrEhJIcYSdY63MW"
    "SLUG0Gi15H2p7kyvbIlWlTSAgqlKMQEhEwdaz6/X+WazPLrtgu442IgBCf5TEMzrLtgrOE"
    "WUChzeYTVccT5BQywhKCdcEtFPHL1oESWMfEBBzYNRwPSCmaW2n7kjJXvrDI7izeVqPXPx"
    "m0+LGDFpLJztT6gWg5F+HFH82dl3u7o6KS2Gyangvssq835SS8Kzo18SS2bXpb+kliu7b0"
    "rIXxrGfssYqYx0F9Ae3iTp6DhjvZ5wx3EscMH5YZt9NhLa4VJ+NZMp4l41nvjGc1DWORwl"
    "kNw/bAo1nx03RSjO2UA3e2fjUnediPNLgP6lUvZ3C/ffjlIRjfyh0zoO7616P+cHAJmEHD"
    "4PZO534kw6tfen656Z3r4G99+CGDXw2bheuOfR2WKyQZ7Wp8IQOPyyk9IihpzqbRnDLZTV"
    "jvoGngHrp7YBpYW35HdtYW0GiF7a6BV1VdrOpKx0Asx2CxGQJ5bdCQiHA7Qas3QdF4jLyj"
    "+MsE2GOy4jHyIpkk7NEoIrTw5uq4XJP97MYkf1H0kvI6ZZ+rFNQXAtxtb00d5ynNGTQ2Tj"
    "1J2DQNBEk65mGxGO5PTK4u4Nclu0X+ajj8EkH+qh+H9uHrVe/u6NRTA6uEV7ZiMhGv4PGD"
    "7zl3sGlDewdxJe+rgc60FEMQl5XEUFOW6CxiqCG5UdcMZLbI+yfPp3hk0QrH2zwybVXVPx"
    "NfemRieWSNZLYOD2C5x2iHTu7EhsT/plwB+zAktUPzcD92eYXWYZSQKzSsE5JydOcY3T5s"
    "hT/VGRUTEOrq3Xr+aVN+/wTM2Z59SEQIiHfu3DOzzyydHLKRbjL4yn3/dqA+fLsE/o9Hwm"
    "qO+oPbe1bk/3okV93BoHd3CVb/P5Lbh+7dTb87uATBL6XEW1LDV1MNzO1/gigb/LNCXGNC"
    "Urw0kupnJZn0uzNyxh+gJXZQxwWbPB81ZmTrSMN6KSYsKikgD3YgvFeu0JRlo0Vx+zUsJF"
    "ykt/p3yWY6KYpxWEZOWBkgN4TC3Xw4NIW+jXxVNJu63XzKNB9tq4ymCPBJFJhj8IRtOgUT"
    "vEAEQAocPCE/udYxmCGLgifksPkYUFafGx6AjZkp+49OIQEmAZiexG3XqtuWRHKziGSuWt"
    "Ucq55q05f3jKU9LrhtdT/AOWoLqny13vs2NPGG6btm8LdyUoOvGNeckbpXJdSTj/qu5TDx"
    "SeiUVTHts9HZi2Piy9U518jfpuYcPCMAnRnSATWBHyAFY9MGEGhTbOjHABIdPE+Rv3KhJd"
    "CxnlwT39mWXAObtQauh1Thr00mJcVjcGr57OQaOIuhVSjqmpQUEPJWHsRb2YC3Em4nYo/p"
    "lNvwFJeVNE6jaRz2aGNslz7EKyIrt7c1WdPS6ZBOx96V0ECno4tsrE2VNAJudWWrgwE3dW"
    "S+5CG9yttM/CbsYGuWiXme59QrVmuLVZ8494q/VAUQ9qsLiO5pK48Fz2pl53O0Eja8vwUs"
    "ifAv98PB1l1jaaYc1ij4FxjYOcRt7VvA5WBEDLhE+lM80ylmmfEGrvYdUHr9Pz1wvXE="
)
