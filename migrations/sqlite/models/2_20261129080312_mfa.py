from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
) /* One authenticator app per account. Enabled once `confirmed_at` is set. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "recovery_codes";
        DROP TABLE IF EXISTS "mfa_tickets";
        DROP TABLE IF EXISTS "totp_factors";"""


MODELS_STATE = (
    "eJztXVtv2zYU/iuEn1qgCxxfkqwdBjiJu3pN4iJxu2LroDESbXOWKE2ikhpb/vtISrLuju"
    "RLIil8aWOSh6K+Q5HfOYeXf1uGqSHdOfhkm1Oso9Zb8G+LQIP/kcx6A1rQssIMnkDhrRBq"
    "WV4hkQhvHWpDlbL0KdQdxJI05Kg2tig2CS89Fn9BHWiIQqw7AAIL2Y5JgAGXAGoagFOKbO"
    "DgGcFkBjABrxwKKTIQoeCb227D40N40Ht9wJ+nmSp7ICu3+6pdgv9xkULNGaJzZLMH/PEn"
    "S8ZEQ9/Zy/o/rYUyxUjXYuhhjVcg0hW6tETaiND3oiBv9a2imrprkLCwtaRzk6xKY0J56g"
    "wRZLMG8uqp7XI4iavrPvIBwl5LwyJeEyMyGppCV+dK4dJeA8K0lqJcjSfKzXCiKK2UwgKJ"
    "CNB+kmoSrmzWVEe8/Yw34YfOYe+4d9I96p2wIqKZq5TjB+/RITCeoIDnatJ6EPmQQq+EwD"
    "gElWB1If5OQXs2h3Y2tlGZBMKs6UmEAzwjEPsArhAOioQQh938KTA24HdFR2RG5+znUW8N"
    "oF8G12cfBtevjnqv+QNN9lV6n+uVn9MRWRzzEGN4x9C3FdfWy6Acl2oezv3DTgGgWalcpE"
    "VeHGrVNCxIlmVwjog0D+TDzkkBkFmpXJBFXhxk19I4HAqkaZzPWQ7FBsrGOi6ZgFvzRQ+C"
    "PwqAnxqsnxt9G0FtTPSl3zHWgD8ZXQ5vJoPLT/xxhuP8owv8BpMhz+mI1GUi9dVRQk+rSs"
    "Bvo8kHwH+C38dXQwGv6dCZLZ4Ylpv83uJtgi41FWLeK2z+jmAUJIetj2jdQbZSag6OSDw+"
    "ERdRbu1nYs5tpovIRMwTbqG6uIe2pqRyzI6ZOWlzYNN6GBM0Mdk/Qhkj1nZI1Kw52mehn/"
    "1KaqWEh6CPBanh8214vyKN0a7H3py9L6LeNDC4ORucD1sPMeDjOPMso2MkUyCBM/G+vGW8"
    "HVEcM1h+gG8+xeeNLMbv8/GRfLpafNpyb3WsZo6Tnz+PzrPBjQklMHZdrB1w0f18q62fpi"
    "5ROYpAPIn/0/u5td/PNwtaQUS63vwWnbnEqz+kZqKyNktUZiOaVzmmEeN5nXYBmtdp57I8"
    "npUNsrJApeh0Um43YD/vmLFnqJEBcSnTcCWwE4OlStj2ixjfrFQ+uv2U+W0xiEqNFSuBxs"
    "G7865rQce5NxmFmkNnXgrjpGDzbO9Ov1+oM/fXdOZ+EnDuWXWdbKSHxDVS5D+Geij9dHNg"
    "ixFbfBe0pSjmrcHZZPRl+BZ40t/I+VCkMEP4/C3QkEgWLd1AM4dHRZwiSVs74hM5SvmdmN"
    "2/mUskLildIlVxifhDS8QjIlCTjrBGaz3PEVbCcRM1sBGhmGKUMV6f+rLvP14jHQp00x3B"
    "9yQMv1POqfWRV9+yht0hz28Tn9uQ47B6t0TrxquluSCprs06gYLuEJfbEiuvsiGvq358qx"
    "Bglm2qvEuQmaJjA28L2adVdRe8tqZ2M2MKFYrVBdoWr8spnIh6moqUjVTzDtlLVkzbdqS/"
    "9us6Yz+bhFc6mLHG/x77dIOFMtmYBiGPQp9tUFUDxzhqUkuZMpvIzIgLlQdrwqp7v6qtIX"
    "iVDOukSFdGiCeLmOWHe5BfWonzwt0Gf/7gH80de4JQnePe/o1Y1X/KmNBzxoQiGinsH4vI"
    "NDBesftFVkFXL4FxRKSBEO/F/aibM0zKYLwSkP7dQgDL9ZhPArNckvlkSzKfObpZKYD3Et"
    "+EKndIMBa4QBlD84TRzpzenJBrAtzr3MzDr5OYhzkA9dXl4OvrmJf5Ynz1S1A8ooSzi/Fp"
    "AnsbTW3kzMuDnxKU6JdHX4CnoO8WZlhuEIXJkt9BLKZGWql26CUdcdMxWWwUcIsJynhbVZ"
    "ReKMr6/AvPn1u5+1h6/thy8vemjfCMfETLPS8or8bwuOMl5Y+s5d/d8vMg3JnhnoxEQvO9"
    "ktGgq1yHXqtP+s0an6NHbcquyotLNW7p7u69jnLd10tkJDp0qOIg9qlsQEQTsg3UfE00Xc"
    "jg2Ny43LlZKdW8PzWzzDkPyqobjuZZ8lLllVa5je7MzXwJcUnpMKqylrHFS7MKc/ZM5FgZ"
    "MakmuGbjRLhXJKTWy4+o9VIBNWEdMwuVlIrAx6Wah/NeAmrSHyb9YdIflucP+4JsPOU8jL"
    "22WEab4RhLlXmzzkN2FykdLvKVvrJafe5v1vjK1DkkBJVaoxARaeDSsd3vj7RcmzG7cruw"
    "Q5EGQtwtQgy6+bygm6IFFNpsPFE0PENOKRKWEtwX3I1y/LJ5YAOsE2IN7Nh7OD6RUmRYWf"
    "uQcme+qMjTMd52pec/GbR42UEL6cnO1XpNtFzI4cVfzTU2+7rjotKxWTU9lziFYL9LTqK7"
    "xjMXniS2la9bfpLazi4t68ZY1gv2WmXocVC+gby4V+Qg5l7+Ocy91DHM9aJxT9qtm8viZD"
    "xLxrNkPGvLeFbVMG5SOKti2NY8mpU8bSiDbGccSLT2VqH0YUiScNfqU9+McD9+OGgdyHfr"
    "mhGo69HZZDS+egsYoWFwi9PLv5Hx6a9DP90U5zr4Wx9eZPCrYqPwvmNf9TKFpEd7N7aQjq"
    "ebKT0mKN2cVXNzysVujbUOqgZuzc2D8HDNDMMgdvJmvkmQOOnz8btGmcFhTgGdQ8r+QWCK"
    "bYcC7/BBwI/1R9o7keEgBqsGHIoshilktQDMCrJSEPi7TtO3je66cmmgVMtA8Xpa+Y2pcT"
    "G5MzVBidOrZkQ8TSkbgIlLVdkSrEwYJn950o0Bdf1lrVHqdo6PVkMG/7FutLi5HFxcpJcn"
    "yYUqj9GVpjD7jW7OcKTlVgv9Sp9M/mDZXJ+MtNelvS7t9Tx7PXa/Q4bJnrz/Id9qT9868b"
    "jhPkEE8NCfjn5g+AAhCZy5eU+AyToLYDY3IrapG8wGeMeS9CU3tbENPlwOzgB2wAJZNG2y"
    "765aaaxXy1iv0iaXRhvrkgtLLiy5sOTCkgtLLvxSuHDkkqkMJhy/giqfB0duvirIgseEUd"
    "LwuC4eMbIsYCH2v6qaLqEHYEh49ZpHX/9iAE+x7e2L+ovzVQdlsODdVStZcLVYsIPYJEwV"
    "RFR7afk3ThelwlmyDYyq7OWOlugHUpo2JWQlPa4yPRZnogpjhsfz07o+xbPcUSwt26AtAT"
    "92Ot3ucafdPTrp946P+yft1eCWzlo3yp2OfuEDXUzD8mAAaaYk+OFzmSm15w9b7cx+zKAJ"
    "Lm7dsznzrErYjzGzlYEyQDZW560M48TPWWuYwLCM3F5Tp095nSlwh+zgRo2iFkBERBL/gp"
    "czWhkccM2tjFYW7WsCuoftdpG9SO12/mYknpcyq2jmtuZfb8ZXudYUzd7TrGGVgv+Ajp06"
    "uifXgMvBiPG31H11yavpEsSMV3C6LTPYdjJ7+B/EazCc"
)
