from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
        CREATE TABLE IF NOT EXISTS "role_grants" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(32) NOT NULL /* PRIVACY_OFFICER: privacy_officer */,
    "granted_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_grants_user_id_511588" UNIQUE ("user_id", "role")
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
) /* One step of a request: appended, never updated. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "access_log";
        DROP TABLE IF EXISTS "privacy_requests";
        DROP TABLE IF EXISTS "erasure_tombstones";
        DROP TABLE IF EXISTS "privacy_request_events";
        DROP TABLE IF EXISTS "privacy_exports";
        DROP TABLE IF EXISTS "role_grants";"""


MODELS_STATE = (
    "eJztXW1T4zgS/iuufJqp4qgQwstSW1cVgpnNDkOoENi5XbZcwlYSH47s9QuQ2+O/ryTb8Z"
    "scbBMnjkZfKCOrZeVpWep+ui393ZqbGjSc/RvbnOgGbJ1Jf7cQmJOL9K09qQUsK7pBClzw"
    "SIVall+JFoJHx7WB6uLyCTAciIs06Ki2brm6iUjtIb0ChqRBF+iGIwHJgrZjImkOFhLQNA"
    "lMXGhLjj5FOppKOpI+OS5w4RwiV3rw2m1wcgD2u5/3yfM0U8UPxPXW37SH9L88qLjmFLoz"
    "aOMH/PEnLtaRBl/xjw3+tZ6UiQ4NLYGerpEGaLniLixaNkDuJa1Iev2oqKbhzVFU2Vq4Mx"
    "Mta+vIJaVTiKCNO0iad22PwIk8wwiQDxH2expV8bsYk9HgBHgGUQqR9jsQlbUU5Xo4Vm7l"
    "saK0MgoLJWJAB0WqiYiycVcd+uunpAv/6hx0T7qnh8fdU1yFdnNZcvLmPzoCxhek8FyPW2"
    "/0PnCBX4NiHIGKdPWJXmeg7c+AzcY2LpNCGHc9jXCIZwziAMAlwmGVCOJomG8C4zl4VQyI"
    "pu4M/3vcXQHofW/U/6U3+nTc/UweaOK30n9dr4M7HXqLYB5hDJ4x+rbi2UYZlJNS/OF8dN"
    "ApADSulYs0vZeEWjXnFkCLMjjHRPgD+aBzWgBkXCsXZHovCbJnaQQOBbhZnC/wHVefQzbW"
    "SckU3Foguh9eFAA/M1lvG30bAm2IjEUwMFaAPx58k2/HvW835HFzx/nLoPj1xjK506Gli1"
    "Tpp+OUnpaNSL8Nxr9I5F/p9+G1TOE1HXdq0ydG9ca/t0ifgOeaCjJfFLx+xzAKi6Pex7Tu"
    "QFsptQbHJN5fiIsod+dXYmLbTJ5iCzEpeATq0wuwNSVzx+yYzEWbAJvVwxDBsYn/UGUMcN"
    "8BUllrdGCF3gWN7JQS3sIxFpZGz7fBy9JojA89/Mvx74Wuvwz0bvu9C7n1lgA+iTO5Ne/M"
    "0yUAgSn9vaRnpB9xHBlWfohvvolPOlnMvs/HR9jTzbKnLe/R0FXmPHl3N7hgg5sQSmHseb"
    "q2T0TreVdbP088pBIUJfok8qf771a9ry8LWmqIHPrrW3zloj/9LbMSlfVZ4jKVzLzGWRoJ"
    "O6/TLmDmddq5Vh65xQZZeYKlzOm03HrA3u6cUTPUcA70Uq7hUmAtDkuTsD0q4nzjWvnoHm"
    "XcbwtDVGquWApwB+/ah64FHOfFxCbUDDizUhinBfnzvTtHR4UG89GKwXyUBpwwq57DRlpG"
    "3jxj/CdQj6Q3twa2sGGrP4d9KYp5q9cfD+7lM8mXfkAXMi3BjvDFmaRBWkx7WkEzB8dFSJ"
    "G0rx3jRI4zvBP2+6tRIklJQYk0hRIJppYYI0JRE0QY11rPI8JKEDdxBxsiV3d1yJivzwPZ"
    "y68jaACKbnYgBEyC/OoSm9oY+O0tdnA45PE2ybUNOg5u94No3fqt8AuS6tl4ECjwGRK5D2"
    "LlNyaTtnbP3ioEmGWbKhkSaKoY+lz/KGQ3y+auSGu8DjPbND46bY1wE19sUI3q3wWM4Ktl"
    "2h8fT9iOVRcybYtXpCz/Ryo2xH121gTZyG+MJ8yyQZ8VcYrEFBcmFLFRDUNDhaa3sClO1o"
    "KS4ZyMscUI7bAMsvwwDwxqK0l7cL1Bnz/IIHjGT6B+vOM9/hfipv8UsaBtxoJiGinMi8Vk"
    "OIxTrD+5KhzqJTCOiXAIcS20o2FOdVQG46WA4HULASzyMDcCs0jF3Fgq5pajmo0CuJa4Jl"
    "AJEYGtwCfImJrH2OzMGc0pOR7gXkUvy9/HCWY5BPXTt973zwl2+Wp4/SWsHlNC/2p4nsLe"
    "hhMbOrPy4GcEBfrl0afgKfDV0jGWFaIvLPk1xGB2SCvNDrlkI22Gjp4qBdoSgiLO1hSlF4"
    "qubj/hfNvKrSPl/L008kvThvoUfYWLmhPJmzE9rjmV/J0c/vWlnYdhTgY9GYuA5rOS8WCr"
    "yD/fqVd6bwXn6Js2ZbPxklLcpeyun3UU+V4/okViAMdVHIhflQqGaEqWQ83viKYLORzVnc"
    "u1u5VCzfWpGd+ckaCsWnE2Z8kLlTda5TZ8NqtxCUlJQRg1Wcu6RWrjBnO+lcjxMhJSPFCz"
    "SUO4WySk1s2PqHUzATXqHWMPFZWKwCel+MO5loCa4MMEHyb4sDw+7B7a+oTYYfhn93FRi0"
    "GMZersrWLInmO1MSxaHWl7givbIlemzgBCsFSOQkyEw9Sx9X8XaXk2tuzKfX0diXAI8WER"
    "w+Aw3y44zJgFLrDxfKJo+jRIhi9M+qYF64KbK+IXrwMVsE6JcTiwa9g20XXh3GJ9LJK78s"
    "VFNmfxthu9/omgxY8dtBBMdq7Wd0TLhQgv8tO8ebW3OykqiM2m6bnE7gP1ppzEvxZnJp6k"
    "PidflX6S+YxdeNbceNZP+GeVMY/D+hzaxd0iGzB38/df7ma2X94tM26jw5pfK07Es0Q8S8"
    "SzPhjPahrGPIWzGobtjkez0rsMMYxtxkZEK08Tym6CJAzunXrVqxnc728KugvGd2uEDajR"
    "oD8eDK/PJGzQYLjpruUPaHj+qxyUm3Rfh+DThx8y+NWwWbju2NduuUKC0V6PL2Tok2pKTw"
    "gKmrNpNKdIduPWO2gauDvuHkRbazIcg8S+m/kuAdnhU5mSerVsRxeOL/IYsQ/dVp0DqoKK"
    "zkEo22jn4GY0uO/1/6MMLy8HfXl0JoX7jZqTia7643D7xip91yrZLUlJYaw2xZIRu1gIQ0"
    "YYMh/jOeO7XzNZztT22Ks4Tn/Sj23L/f7B6eMZlCz8U3D3JICkXr8v395KwT7VeB0xNU+F"
    "2p6kmS/IMIFGHiY9LiTddSRcBG1pYtrSiaSBhZM9O33trQvetVmmVc7+b+/stLE+g4rrTT"
    "ZwD7w5MxKbv79eXKbJNutaSJ069taz8FxVBvCwvgC7AtiCv86fXPh1CURGdqUXsEFaLkRh"
    "B2ZeOecvKST8P8ZnLMKjFh71LnjUjLlgDahye/hRGt/kTNhA0iJUQT5rEVPS+7RF/GwskZ"
    "m1U3Pp3gqGgPvMLJ/UOgvIrQc0ItlYl4N+z8/JSvz7gORR7/ZuJJ9JwUUif2t5SVqJ5XvF"
    "/qkSyll/Zhc5R7tySG0p3Gi1Yr3Jg3ty2HZ49YDu5RFWJSkLrx7Q4Fq5GQ2/jOgYiP2DVf"
    "19LF9fkNrh1QPqD7/dXMn0DO/lJVH25d2t/yh68YCIdX4x6v2Glb+8bIbqNegC3WB8hbGC"
    "k4pEeEjq2zgjJdIoa45M21CF+nPFPRETooKSaDQloWHLsLyOIymh3kar19+xrNJ7nBIVyb"
    "FN1jM5URajWEXPKVGh5ybrWTWwEVMpOhQXFDpuso4x7A5eXicui3N9511Oigo9N1nPNpzr"
    "FefslKjQc5P1LEL6uWrmOKQvYpIiJtmAmNkHsnwT6Slh/mwS7fNA8PLrCBog/M56ZZgyyt"
    "vlBPGk7bbcu+zDQAWhwuXOabzAtbk4bO6udDkIF47IltmirjVEUHJcaEnmRAJhpveZhB9G"
    "3e49CeHWbMmzyDquZTPGK8iLiG+zIr5guQVF0XBFJNHkkGBjwhUi+vrDRl/xm2Iy7MCVr5"
    "bJYkcape6Kb1ZN8CrlnZmMnNieLZu3ikzWrJWfNhDW5yGCLT6saIwqOGZhRMb9RrgYkczM"
    "UTKzbAPHs+HYnGPf1kSwxfCgM3X2VrnP0K+NHdKgukhp5svBFbu715lfWvpsqXUfK8X1N+"
    "U0Zl4pcSYuKMzCppuFGfNlO6trTyXbLl+ZUxm59oK1tqZqrFxZAa2rGOZUrKhcrajlpyNe"
    "j/DYkWmnUCqIOLNjM2d2WAA3XALhsD6H9mgtB3XM8SJhlrL4IwkOMS5yoFP+eU6Z45xIQM"
    "orc8hpJCDIKgbNjmdOCz8BKo7+Pwbffq5PV1CBKVGeAP6p0zk8POm0D49Pj7onJ0en7SXS"
    "2VurID8ffCGoJ8Y3Sw0TaLNytvJnjZgIf8tefUcoidOq6oK6KU4ktHV11mI5j/6dvZVOY1"
    "RHOIy7tajlO4zP0HZKJhnFRDg0yjpHRdwKXCv3naf3UukQ+KUqgXBQnUN0D9rtIjx3u51P"
    "dJN7qRi9iVzmyvXr7fA6JzgfiaSpD111pf9Lhr7LYUQWuASMBOGRSY9IZ0LsJZkM0sD5th"
    "ezt38AenDr6A=="
)
