"""Tortoise models, one module per aggregate. Every field carries a privacy annotation."""

MODEL_MODULES = [
    "models.identity.users",
    "models.identity.identities",
    "models.identity.sessions",
    "models.identity.codes",
    "models.identity.security_events",
    "models.gate.processing_limits",
    # requests
    "models.identity.roles",
    "models.privacy.privacy_requests",
    "models.privacy.erasure",
    "models.privacy.access_log",
    # consent
    "models.gate.policies",
    "models.gate.consent",
    "models.identity.guardians",
    "models.identity.mfa",
    "models.identity.account_changes",
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
