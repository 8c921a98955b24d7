from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "outbox_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "queue" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128),
    "payload" JSON NOT NULL,
    "state" VARCHAR(16) NOT NULL /* PENDING: pending\nDISPATCHED: dispatched\nRUNNING: running\nDONE: done\nFAILED: failed */,
    "tries" INT NOT NULL,
    "dispatches" INT NOT NULL,
    "available_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "useful_until" TIMESTAMP NOT NULL,
    "claimed_by" VARCHAR(128),
    "last_error" VARCHAR(200),
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_outbox_jobs_key_3e245f" ON "outbox_jobs" ("key");
CREATE INDEX IF NOT EXISTS "idx_outbox_jobs_state_1b98ab" ON "outbox_jobs" ("state", "available_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "outbox_jobs";"""


MODELS_STATE = (
    "eJztXelz4jgW/1dUfOqpynQl5NzM1lYRQjLMJJAidE/vTqa8ii1AEyN7fJBmd/t/X8kH+J"
    "CJ7XAItb4kRn5Ptn9Px7sk/bcxtQxkuh8fHGuETdS4BP9tEDhlF9lbB6ABbXt5gxV48Dlg"
    "atghUVAIn13PgbpHy0fQdBEtMpCrO9j2sEUYdT+4giYwkAex6QIIbOS4FgFTOAfQMAAcec"
    "gBLh4TTMYAE/DB9aCHpoh44Mk/PITnR/DjyQ8f2fMMS6cPpHTrr9on+C8faZ41Rt4EOfQB"
    "v/9BizEx0Ff6sdFP+0UbYWQaKfSwwSoIyjVvbgdlXeLdBITsrZ813TL9KVkS23NvYpEFNS"
    "YeKx0jghz6gqx6z/EZnMQ3zQj5GOHwTZck4SsmeAw0gr7JhMK4wxdYljU0rdcfao+doaY1"
    "cgKLORJAR0W6RZiw6au6wdeP2Sv82Dw6OT+5OD47uaAkwWsuSs6/hY9eAhMyBvD0ho1vwX"
    "3owZAiwHgJKsH6S3Cdg7Y9gQ4f2yRPBmH66lmEYzwTEEcALhCOSZYQL5v5NjCewq+aicjY"
    "m9CfZycrAP3cGrR/bg0+nJ38wB5o0V4ZdtdedKcZ3GKYLzGGM4q+o/mOWQXlNJd8OJ8eNU"
    "sATakKkQ7upaHWrakNybwKzgkW+UA+al6UAJlSFYIc3EuD7NsGg0ODXh7na3rHw1PExzrN"
    "mYHbiFg/xhclwM8N1rtG30HQ6BNzHjWMFeAPu/edx2Hr/oE9buq6f5kBfq1hh91pBqXzTO"
    "mHs4ycFpWA37rDnwH7Cf7V73UCeC3XGzvBE5d0w3812DtB37M0Yr1qdP5OYBQXL98+IXUX"
    "OVqlOTjB8fZEXEa4ez8TM91m9JKYiFnBM9RfXqFjaLk7VtPiTtoM2Lwc+gQNLfonEEaXvj"
    "skOm+OjrTQT1EleyWEb3Ebi0uXz3fg60JpTDY9+uX0e5EXTgOtx3brutP4lgI+jTO7NW1O"
    "syWQwHHwvezN2HskceRo+TG+xSo+e8ly+n0xPkqfFkuftv1nE+vccfLTp+41H9wUUwZj38"
    "fGR8a6mb7a+PvIJzpDEQRPYn9O/tHYbPflQRsoIsfh/JacuYJP/5abiaraLEmeWmqecJpG"
    "Ss9rHpZQ85qHhVoeu8UHWXtBldTpLN96wN7tmLFhqNEU4kqm4YJhLQaLSNieljG+KVUxuq"
    "c589umEFUaKxYM0sG79qZrQ9d9tagKNYHupBLGWUb5bO/m6Wmpxny6ojGfZgFnnlXf5SPd"
    "If40p/ynUF9yb28ObFDFFs/idymLeaPVHnY/dy5ByP1ErjtBCTWEry+BgYLi4E1rSOborI"
    "xTJGtrJ3wiZzm/E7X767lE0pzKJSKKSyQaWhIekQA15QiTWupFjrAKjpukgY2Ihz2MOOP1"
    "VcR78+sAmTBAN98QIk9C56vHdGqzG9Y338PmUOS3Sc9tyHVpve9E6zGsRV6QdN+hjUBDM8"
    "T43olVWFmH1bV/+lYpwBzLfG8HHNAqbh1Yz2m9DxhNR1DzsP6C3tug7kdwGNQjK1IO0q0Z"
    "cuaUzHh3s4rqatOfsuJlI2LQShiVR3V2TZ9AMn4vcA9hpe2wznZQpbQAOpbOZjSKoYmn+L"
    "0d9GFR3R2rTVbU0Ffbct6PFTUx9XknqEtWpOzwIzUH0Xd21wTZIKxMJszy8dgVIcRU941z"
    "/fioxlHbUl03rkpCNQ2OkcYmV4cTOauOVWuMBovKJERr7FM4MCQatGkLm0FO+KA6aLdRpa"
    "1EnRJi51merY2o4mBxkiiqozak1d0sapMEr4o5EDkPBScfgufFKM6NQBG1lnairDdT4nc2"
    "PM/oEwLRuf7zn4hW/YdKoNhlAkVCIqWDSQkeCYP7689Ijpt6BYwTLBJCvJFYnWmNMamC8Y"
    "JBBUNLAawWL2wFZrV+YWvrF3acCiQUwBtJBoI6c39RLfAFcYbmIVU7C1pzhk8GuFfFZDtf"
    "hqlwbAzqh/vWlx9SIdm7fu82Jk8IoX3Xv8pg76CRg9xJdfBzjAr96ugH4Gnoq40pljVSFn"
    "j8a0hc2COpiJ2nkE9PMTF5qZWdkmJUySmiCL1UStLuV2ntWribWKf11tqrG8tBeEx+RfMN"
    "r74SY3hc8/qrNxa+rW+tVpwbxHFPJtKGir2SyQwltWhrr7r0wQqfY6jaVE1hT3NJt85l/V"
    "5HlST9PWokJnQ9zUW0q9RQRDO8Ekp+TyRdyuCob1yu3axUYt6cmOnNCQvK6jVHcx6/ErnQ"
    "InfQzKrnS0hzKoeRyFLGNqOmFRYsMCywMlJcMrhm04rwSZmQ2klxRO0kF1ALrGNqoZJKEf"
    "g0l3w4bySgpvxhyh+m/GFF/rDPyMEjpofRzw5WoXAcYzmag1UeslmCerlGRvnK9qq7H6zw"
    "lbEFPARVylFIsEiYOrb+zQRs36GaXbUtS5YsEkJ8XEYxOC7WC45zaoEHHTqeaAYeR8tUSj"
    "t9s4ybglsqxy+dB2pgnWGTsGFvYK9hz0NTm7eMq3DmS7JsT+M9FHr+U0GL7ztooTzZhVLf"
    "EymXcnixT/On9Xp3mlU5NkWTc4UtezabcpLcYoWbeJLZg2VV+klu7xdlWUtjWb/Qz6qiHs"
    "f0EurFJ2VOLTgpPrTgJHdmwX6pcVtt1vJqcSqepeJZKp71zniWaBjLFM4SDNs9j2Ytt+nj"
    "qNmpPfyKVWy2W6A2ZnQb2W8ibl7sMWqjiZ2q24EIuNPV2/tox7wiq96Nh0H3c6v9T61/c9"
    "NtdwaXIN7qyxqNsB62w91HYoK+VksxT3NK6GmTWDNXaTlS6TGigbvnisxy9zqOIpPa2q5Y"
    "kVnup1fyCOHhBAE2WAJrBJ6x403AGM8QAdALjvb90bcPwAuyPfCMXGwgQJUawPADtF1Q/Y"
    "b+hgRYBGAvf4bwmutWnkuxVCkmWqpVaIFo+dM4H+Ac46pZfH/HIR6qbBbeuW0vXzN9V9RH"
    "nbAp5AmbuX1JObMib+/S4skxt31qyTnyt4k1Ba8IQPcFGcCzAIOJHXM/shwAgT7BpnEAID"
    "HA6wRFMxeaAwMb+TnxnXWpOVCsOXDRpCpv4ZXnlM8XvpG9vBbAVT7hL88pIeRrP+wv2iK+"
    "5jLANK+E7po9cc+UTYwaYad2ZlSKV6VGiSxpZXQoo2PnQhDQ6FieZMWxNlLHXBWbGZljtd"
    "62Lx4cyxoxb5cXuMDoMOpSeyA4XACwE3OR8VNww0UUKgPQ+dSmOEFaC8Cx4RDtUZU3ONZd"
    "ubJAxLJAwpZWfRurNJvaxyqjB+fX2ATZt1rVdM00l8iRY2GSNosXMz1OoWl+XyuajpvnZ4"
    "shg/1YNVo83rfu7vKLmdSylrdUEFl0+lqHUrvKZtsL+e5XMrvKmXlb7CpnZme2usqZkSJn"
    "JnWYMi//N3PY8ooU4NwRzyWSZxAB7FBdE/1I8QEBJ3An1itLW9ERS3RBxLHMKbUBfqJF5p"
    "yZ2tgBP9+32gC7QfYLJ29mbdUqY10sY12kLTGkNtaVLqx0YaULK11Y6cJKF/5edOHEkdQc"
    "TTh9YHWxHpw4J7ukFtwnVCVdbu7NIka2DWxE/+u65RPvI+gQVr0Rqq//TqYK/Jvpqy7iaM"
    "Hrq1ZpwWJpwS6ik7CnIaI7c5tBUkEV5vFKGFXZyImuKr3ne1GPgxNUAmOGxfPzsr7C48JR"
    "LM8r0QYCf2s2j4/Pm4fHZxenJ+fnpxeHi8Etf2vVKHfVvWUDXUrCahtBZaZk9EOVXKeS61"
    "RyXYTjAyIGfeW2RTxqUFAdj4y5Tnsu3UqjxQ452NcyFk0PeEraLy0PTOkAQK0IlDQvgkU4"
    "0SbmP7FcOA++IBeg0QjpXuh1f6XGSZA8xxy09M+U3mdQ5Y2ZDT1j5W4j8QbsasMRtXO+QK"
    "ZNmXyx4nSxXLYYQa/VF1+lmCRcBLSJdVcMs8pLrlJMEgK99tVWKlfvLY1GdAtBxa+UYSiu"
    "Ybhr4ar41b6ZfFuLXz1YJtbnn5Hjht+dtwtTBAcrDcKAVJuFtGrPdLlsqtmyCZRVRBMs0q"
    "VPrX97xtABgWeojh6a4ZVv7/Q90UjKKaIW8dgKtarrB7N8Ejoq1p+V6KGvnO40pKUFizQj"
    "einAXdVrOl+GqQ4Tg/jhvvXlh1Snuev3bmPyBOjtu/5VBuwphcbBkOMXurIsE0HCxzzJls"
    "H9mfJtCvhFyXaRv+r371LIX3Wz0H66v+oMPhwFYqBE2CuIdfpOJRdcRC5F097CCQC2/2xi"
    "d1LLZZDlVU4DUaboIqfBu6Kf67PI2uHedMW70qYJDlZZZNE+d5V2p1UW2b5YZEJ6tvYPYH"
    "Ua9PbPIKioHya4tqge7kYvX6N2mHbIVWrWOU7Vuku07gi2qnZ9hk1CqNdv1r9ShYY9Pwdz"
    "sWWfYJEC4q0b91TtswoWDrx9kM+SW2TwG4/d25726eESRBdPhFIOu73bR1oUXT2Rq1avx8"
    "75Cf8/kdtPrcF1t9W7BPFVo0YvOTor0UuOsmbRspewW5lcaBMz/Z8gjzb+l0q+xhynfJkk"
    "G1kCrY5n3I5zJmqgNRb2ZxlFHo+EadkG0rFRyxOW5pTQD7Ynfq9SoSnbQbPq+muSSbpI7/"
    "r7kkNlUhXjJI8asApAFsSF++BYOtu9l4zv8BRztzXOkhysTKxZEGsmo1aO3H30MxY7cov3"
    "t33brNqHXW4bAzovDbrtYbdPLSQ6W1G4dXbvifSvfulE5dbznygoFcN02oEzWGglfv3eMp"
    "WPXQy9XKHV1DJ5PKon9BSj2gpBZCtCyMikyrlXOfdi5NyHh8N3vtqWU2AcJAneMA3Cg+ZR"
    "QFvh/GGbfgp9PQAJaLXbncdHEJ0bBqi1Yfg6Mg6AYb0S04IGexh4ngNqeQBahJzgiJJzYM"
    "C5yz+BeK21K3NFLHPFs15QpWjygkH5ht72s1q6P+XGD4oDm0keke1AYSObNhxzDL1iwGN6"
    "BXYNsJXZVzy4yGv2qTX2tTqgQFIuZflFal414y/NpOw/3kIPZVEri3oPLGrOWLAGVCODeL"
    "CsUFJ80yOhgE6LWATFXouEkN52W0TfqwKacnkIpA9ohk6ty8i59UQGLIh50223wlBm6ucT"
    "6Qxaj58GnUsQXaTCnotLVksiTJr4IUZAlMrLKwiHvi3VBbPQYqVy63Q/d64DCQZXT+RzZ0"
    "BFycriqyfS7WkPg/7tIGgDiR9U1F+Gnd41o46vnki7f/9w1xmywsUlE/bNp8fwUcHFE2Ha"
    "+fWg9RsV/uJSDNEbyIPY5BwOu8IntWSRIRa+dY+Uyj7YcPaBg3SEZ7X8UBlW5ZIQ2iVh+H"
    "V21FlyKfEKLd4ZcjD9kDr9OMOqckpEljPVNBCptwIhw6rkLLKcddOqd45kilHJWGQZU9hd"
    "Or2OPJ7P9Y2+nGZVchZZzg6a4ppjdoZVyVlkOauQfqGYJQ7pq5ikikkKEDN7R5ZvKj0lzp"
    "9No30VMd78OkAmjJcnrQxTLvN2JUE8rbvNEFkTUFGosDNDe9n7C+HaXhw2hO7NYOwC4dIR"
    "WW0p5nKHEbNzK4E1AjDO9L5kRwcHZvcBILQ2B/g2m8cN/qnDFflVxFesiC9crNwsG65Yco"
    "gcEhQmXKGir99t9HVxgHyFrmXxvCNCibtmz9oQvFp1YybHJ9GRzWvLWyUWb9QqThuI6WWI"
    "YKuFFcKIQmIvjMq434ovRiUzS5TM3HGg6ztoaE2pbcsOSuVY0Dmag1XmMwqpqUEakauUZr"
    "kM3OKUZj6u+5DGLIwKXn0Tz3Xv3in1mvIgZl4rcSbJqNRC0dXCnPqym9m1pbPdCu+scYd4"
    "zpw3t2YoVs6sMKDVTGusZlSpZtTqw5E621L8VBBsM2paISdEWDydp7lkcP6k5/ST0xJz+s"
    "lp4ZzObmW3LPGq7dEc0Uuoj25ke/lVh13wEd6PAy5qYnxRAuGLQnwveNEsnzNCFE6qSwbl"
    "rOK42enIabOz/jQX/4fjb7/C4xWuwAyrTAD/rdk8Pj5vHh6fXZyenJ+fXhwukM7fWgX5Vf"
    "eWoZ5q3zwxjJDDy9lasa/7kkW+aW8jI7M6Y2WjUAtiRPZ979n6+ov13ODYj8ubB6tMRysg"
    "0/60njfvjf19mWQBZxAHbYY5Tv5QRuU2jcrgf4VhIaaXUGVbvx+RfqRfCd0Fg4K3BLwvaF"
    "4pwhCSb2gq253/+6hZxtigVMUBhmbO4LDhnO01nMf3l8d+r8hiXrBkXU5Y98D/gIk3F75t"
    "/H3kkyBDEjz72PQwcT+yx/6jsSEZrICcQZRyP+WSVbJ5KQdpvxKrIJussm/5jA2WixydHl"
    "olqfGh07vu9m4vQcT/RK67jw+tYftnln1oYNeGnj5BxhMZfOr1AkrHJySk7Pc6lMYi6Inc"
    "tLp3jGNEdQsUNtadh+3o01EVI35Bvz0T81BoPSYZAY0aQhU800wK1CyoKUU8B+sbsYYMr4"
    "TRT5nCDiZiy8J94mGzqqQzrGqlschy9l008s16gs7yqi4ttKh1E1IhGNpzJasozSWfn28j"
    "1pEJ2Yo/x6m2zCTNJR/UzcPDElBTqkKog3sqSf/7zMZKSn2ECXYntcSeYVXqiWhzliABkx"
    "ZysD5p8LLtwjsHK7PsljQqw25rA96GgyEz5LgVV2UnWCT02TdPy+RhUariGf00l4nFOlUF"
    "hCNyCdE9KqUvHa3Ql444+pJFPG6ov9hxn2DZvuN+NxPl2lz0O53Mvv0fTxseag=="
)
