"""Kernel: what the edge keeps for itself (registered GraphQL documents)."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = [
    "models.kernel.documents",
]
