from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "processing_limits" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RESTRICTION: restriction\nOBJECTION: objection */,
    "purpose" VARCHAR(32),
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "processing_limits";"""


MODELS_STATE = (
    "eJztnf1vmzgYx/8VxE+dtKvaNO2m6nRSmma3bGsztdlu2ouQC07iCxgGJm206/9+toHwng"
    "INLTD/EiW2H2M+Nvh5vjbkl2yYGtSd/Y+2OUM6lE+lXzIGBvuSzHopycCywgyWQMANN5It"
    "rxBPBDcOsYFKaPoM6A6kSRp0VBtZBJmYlZ7wb0CXNEgA0h0JSBa0HRNLBlhLQNMkMCPQlh"
    "w0xwjPJYSlPYcAAg2IifTdPTgArw7Bfv/FPjueZqr0gLTc7qt2MfrpQoWYc0gW0KYH+PaD"
    "JiOswTt6sv5Pa6nMENS1GD2ksQp4ukLWFk8bY/KGF2StvlFUU3cNHBa21mRh4k1phAlLnU"
    "MMbdpAVj2xXYYTu7rukw8Iey0Ni3hNjNhocAZcnXUKs/YaEKbJinI5mSrXo6miyKkOCywi"
    "oP0k1cSss2lTHX72c9aEP3qH/Vf910cn/de0CG/mJuXVvXfoEIxnyPFcTuV7ng8I8Epwxi"
    "FUjNQl/55CO1wAO5tt1CZBmDY9STjgGUHsA9wQDoqEiMNh/hSMDXCn6BDPyYL+POlvAfp5"
    "cDV8O7jaO+m/YAc06VXpXa6Xfk6PZzHmIWOwovRtxbX1MpTjVt3jfHzYKwCalsolzfPiqF"
    "XTsABel+EcMeke5MPe6wKQaalcyDwvDtm1NIZDASTN+ZzmEGTAbNZxywRuzTfdD74UgJ+6"
    "WT83fRsCbYL1tT8wtsCfji9G19PBxUd2OMNxfuqc32A6Yjk9nrpOpO6dJPppU4n0z3j6Vm"
    "I/pa+TyxHHazpkbvMjhuWmX2XWJuASU8HmrULn7wijIDlsfaTXHWgrpebgiMXDE3GRzm39"
    "TMx8m9kyMhGzhBugLm+BrSmpHLNnZk7aDGy6HyYYTk36wTtjTNsOsJo1R/te6Ce/klZ1wn"
    "0wxoLU8Pg2uN04jdGhR8+cni8k3jQwuB4OzkfyfQx8nDPLMnpGMgVgMOfny1rG2hHlmOHl"
    "B3zzXXzWyGL+fT4f4U83y5+23BsdqZn3yU+fxufZcGNGCcaui7R9ZlrPtSr/OXOxyihK/E"
    "jso/+XXO/lm4WWOyJH3vwWnbn4qd+nZqKyMUvUppKb1zhPI+bn9Q4KuHm9g1wvj2VlQ1aW"
    "sJQ7nbTbDeznvWfUjBoaAJUKDTcGOwlYmsT2uEjwTUvl0z1Ohd8WRVTqXrEx6BzenQ9dCz"
    "jOrUldqAVwFqUYJw27F3v3jo8LDebjLYP5OAmcKauuk016hF0j5fzHqIfWTzcHytSxRaug"
    "LUWZy4PhdPx5dCp51t/x+Yin0ED4/FTSIE/mLa3QM4cnRUSRZKwd0UROUroTjfurSSJxSy"
    "GJNEUS8W8tEUWEUxNCWKd7PU8IKyHcRANsiAkiCGbcr8982zfvr6AOON30QPCVhNEdYT61"
    "PvbqW7dwOOTpNvG5DToOrfeRtK69WroLSXVtOggUuILM7pGsvMpGrK72+VuFgFm2qbIhge"
    "eKjgz0WGQfN9V9YLV1aZilJectKmkMcLCdIRtrIEwXghtU1ZGRWFJMTt3qM4TlrOkgX2SG"
    "fmklPhvtVnL+xgbBih6BRxGOe/MvpFX/EEr0cyrRkR4pHJVHbDqoku5+a0cw1Eswjph0EH"
    "EtooduzhEuw3hjIFSlQoDFLrAnwSw2gj3ZRrBnXlNpFOBaVlWAysIg6gUuYcateUrdzpzR"
    "nLDrAu5t4tboyzSmawVQ9y4GX17EtK0Pk8u/g+KRThh+mJwl2NtwZkNnUR5+ylDQL0+fw1"
    "PgnYUoywrab5b9DhTgFvVKswXftM6vI7ysJPPHDIXK35ROL7S28/zbXZ+7c+vY8PrQJtY3"
    "pg3RHL+H65q3sTbj9rjjjawP7CDe3abXYJElQ56MrL/kq5LRpR6x+7VVl/TLLZqj59qU3Q"
    "sUt+rchsHdq45it8nv6JHowCGKA+mlUsERTdh2sOdb0tOFAo7qweXOw0rRzfV1M81csEVZ"
    "teLdPMtedHmju9yGK7OalhC3FIJRk3sZWaw0rTBnp3ZOlBGz6oI0G3eE+0WW1Pr5K2r91I"
    "Iaj45phIpLrcDHrbrHuZYFNaGHCT1M6GF5ethnaKMZ88PoaQ9pkpwhjKXKvNymkK0ipSkW"
    "rY5te0Ire0atTF0AjGGpPQoRkw5uHdv9U1mWa1PPrtyzn6FJBxEfFXEMjvL9gqOUW0CATe"
    "8niobm0CnlhKUM68LdKeGXzgMVWCfMOjiwa3hpGyHQsLKeFsmd+aImT+fxHjR6/hOLFr/3"
    "ooVQsnN7vSW9XEjwYqfmGtWu7ripEDab1s8lnn2ud8tJ9FnVzI0niYdZt20/ST1EKyLrzk"
    "TWS3paZdzjoHwH/eJ+kde/9vPf/tpPvfy1XW7ckw7r7npxYj1LrGeJ9axHrmc1jXGXlrMa"
    "xrblq1nJd5xk/4dJ8jUoW//LJP0KFuFwt+pSr+ZwP/xKwjY43/IVdaCuxsPpeHJ5KlGHhu"
    "Lm70z+jidn70Z+usnf6+A/+vBbLn417C5c99pXu0IhoWjvJhbS0axap8cMhczZNJlTbHbr"
    "bHTQNLgtDw8GkLo/CzkjKvBztgYDICwjIoA2Xc7bIoAVtIOHfos6mxGTJvv+Fb3Net4fRS"
    "+qEoT94h2ke3hQ5J8MaKn8eOkg9V8G9IgkU3l9dz25zF27Jtmyq0YDROk/SUdOG2f/LXAZ"
    "jJgbl3qlTvLtOQn/jFVw9tj/QnvsZHb/P4hPW9k="
)
