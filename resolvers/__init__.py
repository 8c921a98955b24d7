"""The GraphQL layer: types, queries and mutations per feature; `schema.py` assembles them."""
