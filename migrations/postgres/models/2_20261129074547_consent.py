from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON COLUMN "consent_records"."method" IS 'SIGN_UP: SIGN_UP\nSETTINGS: SETTINGS\nBANNER: BANNER\nGUARDIAN: GUARDIAN';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "consent_records";
        DROP TABLE IF EXISTS "policy_versions";"""


MODELS_STATE = (
    "eJztXW1v2zYQ/iuCPqVAFjiOkxbBMMBO3NZdaxeO0w1rCoGRaJuzTGl6cWNs+e8jKcnWqy"
    "spki2z/NI65B1FPUeRdw9P1L/y0tCgbp99towp0qF8Lf0rY7CkP+JVp5IMTHNbQQsc8MiU"
    "ZNMTYoXg0XYsoDqkfAp0G5IiDdqqhUwHGZhKj9gvoEsadADSbQlIJrRsA0tLsJaApklg6k"
    "BLstEMIzyTEJZObAc4cAmxIz24rRZ4fQ7OOq/O6PU0QyUXJHLVN+1i9I8LFceYQWcOLXKB"
    "r99IMcIafCI36/9pLpQpgroWQQ9ptAFWrjhrk5UNsPOWCdJePyqqobtLvBU2187cwBtphB"
    "1aOoMYWqSDtHnHcimc2NV1H/kAYa+nWxGviyEdDU6Bq1OjUG2vA9syWVGGo4ly158oipww"
    "WKARAtovUg1MjU26arO7n9Eu/NI+77zuvLm46rwhIqybm5LXz96lt8B4igye4UR+ZvXAAZ"
    "4Ew3gLKkbqgv1OQHszB1Y6tmGdGMKk63GEAzxDEPsAbhAORLYQb4f5PjBegidFh3jmzMmf"
    "V50dgH7pjm/ed8cnV51X9IIGeSq9x3Xo17RZFcV8izFYEfQtxbX0IihHtfjD+fK8nQNoIp"
    "WJNKuLQq0aSxPgdRGcQyr8gXzefpMDZCKVCTKri4LsmhqFQwFOEudbUuOgJUzHOqoZg1vz"
    "Vc+CHznAT0zWh0bfgkAbYX3tD4wd4E8Gn/p3k+6nz/RyS9v+R2f4dSd9WtNmpetY6clVzE"
    "6bRqQ/BpP3Ev1T+ms07DN4DduZWeyKW7nJXzLtE3AdQ8HGd4Ws3yGMguJt70NWt6GlFFqD"
    "Qxo/XojzGPfoV2Lq20wXoYWYFjwCdfEdWJqSqDHaRuqiTYFN2mGE4cQg/zBjDEjfAVbT1m"
    "jfC733GzkqIzwHYywo3V7fAt83TmN46JE7J/cLHW8Z6N7ddG/78nME+CjOtGrZXsZLAAYz"
    "dr+0Z7QfYRxTvPwA32wXn3Yyn3+fjY/wp5vlT5vuo47U1Hny/n5wmw5uRCmGsesi7Yyq1v"
    "Osyr9OXaxSFCV2JfpP5ze53sc3DVrmiFx461t45WK3/pxYiYrGLGGdUm5e4zyNiJ/XbuVw"
    "89qtTC+PVqWDrCxgIXc6rlcN2IedM2qGGi4BKhQabhQqCViahO1lnuCbSGWje5kIv00CUa"
    "G5YqPAHbyVD10T2PZ3g7hQc2DPC2EcV+Qv9m5fXuYazJc7BvNlHHDKrLp2OtJ97C4Tzn8E"
    "9a32/tZAmTi2aBX0JS/mcvdmMvjSv5Y87Qd822clJBC+vZY0yIpZT0tY5vwqDykSj7VDnM"
    "hVgncicX85SiSqKSiRplAi/tQSYkQYaoII49rqWURYAeImHGBD7CAHwZT5uufrvv19DHXA"
    "0E0OBJ9J6D851KfWB1576yMcDlm8TXRtg7ZN2n0hWndeK/yCpLoWGQQKXEGq90KsvMb6tK"
    "3j87dyAWZahkqHBJ4pOlqil0L2edPcR9oaT8MsSTnvYEkjAAfpDOmwBsR0LnCDpjgZiQXJ"
    "5MRUn0Ispy0H2SQz9KWV6GpULeX8lQ6CFbkCiyJs9/FvSJr+JpjoQzLRIYvkjspDOhyypN"
    "WndgRDvQDGIRUOIa6F9NCNGcJFMN4oCFYpF8AiC2wvMItEsL0lgh14T6VRANeyqwJUGgYR"
    "L3ABU6bmCXE7M0ZzTI8HuHeRW/0/JxFeKwD15FP3z1cRbuvjaPguEA8Z4ebjqBfD3oJTC9"
    "rz4uAnFAX6xdFn4CnwyUQEyxLcb5p+BQzwEVml2YRvkufXEV6UovkjioLlb4rRc+3tHD7d"
    "9dDGrSPh9UdJrG8NC6IZ/h2ua05jbcb0WHEi6w8yiKtLeg02WVLoydD+SzYrGd7qEdmvR/"
    "VIn+7gHD3XpmguUFSLu4TB6llHkW3yM3okOrAdxYbkUSnhiMZ0ObT8kVg6V8BRPrisPKwU"
    "Zq7PzKRyTjdl1ZKzeZq+MHmjTW7BlVGOS4hqCsKoyVZGJpUmDWZkamdEGREtHqjZqCPcyb"
    "Ol1sneUeskNtRYdEwiVFxoBz6qxR/OtWyoCT5M8GGCD8viw75AC02pH0Zu+4YUySnEWELm"
    "dBdDtgpJE1i0OtL2BFd2QK5MnQOMYaEchZAKh6lj1b+VZboW8eyKvfu5VeEQ4os8jsFFtl"
    "9wkXALHGCR+UTR0AzahZywhGJdcHNF/JJ1oATWMTUOB3YNh7Y5DlyaaW+LZK58YZX9ebyt"
    "Rq9/YtPi5960EEx2ptWPxMq5CC96a+6y3NMdVRXEZtPsXODd53pTTsLvqqYmnsReZt2Vfp"
    "J4iVZE1txE1gtyW0Xc40CeQ7+4k+f410726a+dxOGvx+XG7XVY8+vFif0ssZ8l9rNeuJ/V"
    "NIx52s5qGLZHvpsVP+Mk/Rsm8WNQdn7LJHkEi3C4j+pRL+dw//hIwmNwvuUxcaDGg5vJYD"
    "S8lohDQ+BmZyY/4FHvQ98vN9i5Dv6rDz/l5lfDZuG6976OKxQSjHY1sZCOpuWMHlEUNGfT"
    "aE6R7MZtdNA0cI89PDB0pK6/QCvrFdCowO7QgIkqK09WBAZ8BQar7RDI64OGVLh7E7R6Fx"
    "ROp5AdkF5mgz2myx8jz5NLQm7Ngdgp/HJ1XK/JcXZjkr8c+JTyOGWfqxTIcwHurqemjvOU"
    "lgQaC4GUTOieYegQ4HTMw2ox3B+JXl3Ab0r2i3xvNPoYQb43iEN7/6nXH5+cMzMQIeT5is"
    "lEvILHD77k3MGmDe097Cuxb7nZ81IMQVxXEENNWaKziKGG5EbdEJDJIj+GqmFFw5pUgdNd"
    "EZnqiSoWkxURGV8RWSOZreMDWLxjtMcgd2YB7H/pq4B/GNLao3t4GL+8Qu8wSsgVGtYJTT"
    "G6c4xuH7bCH1CMqnEIdfVhPf3gJL1+AubsyD6kwgXEew/uidtnlE4O2Wo3GXz5bvBuqNx/"
    "vpb8Hw+YSE4Gw3d3pMj/9YB73eGwP76WvP8f8Lv77vh20B1eS8EvucRTUsO3LHVE/X8MHT"
    "L4F4W4xoQmf2kk1c9KIul3b+SMP0BLvEEdV2zyfNSYka1BFWmlmLCoJoc82JHwXrm2pkwL"
    "ror7r2El7nZ6q3+WLGKTohiHdcSElQFyQyjcLrSQOpdTuFu/5nQXaQu2MoKr3dto/AmyZx"
    "r1wNfzUTbyUBVA2BfnEN3zVitPKNlqZceStC5+YhFLP0ki/OFuNNyZsZLm+CHVkf6TdGQf"
    "Y0rtDnApGLuplzjLEnPjaAO9Qy9mz/8DqpqgnQ=="
)
