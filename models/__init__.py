"""Tortoise models, one module per aggregate. Every field carries a privacy annotation."""

MODEL_MODULES = [
    "models.users",
    "models.identities",
    "models.sessions",
    "models.codes",
    "models.security_events",
    "models.processing_limits",
    # requests
    "models.roles",
    "models.privacy_requests",
    "models.erasure",
    "models.access_log",
    # consent
    "models.policies",
    "models.consent",
    "models.guardians",
    "models.mfa",
    "models.account_changes",
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
