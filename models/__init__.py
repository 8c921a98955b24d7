"""Tortoise models, one module per aggregate. Every field carries a privacy annotation."""

from models import community, gate, identity, kernel, outbox, privacy

# One line a domain: each lists its own modules in models/<domain>/__init__.py.
MODEL_MODULES = [
    *identity.MODULES,
    *gate.MODULES,
    *privacy.MODULES,
    *community.MODULES,
    *kernel.MODULES,
    *outbox.MODULES,
]


def tortoise_config(database_url: str) -> dict[str, object]:
    """The Tortoise/Aerich configuration for one database URL."""
    return {
        "connections": {"default": database_url},
        "apps": {
            "models": {
                "models": [*MODEL_MODULES, "aerich.models"],
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }
