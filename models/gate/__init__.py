"""The gate: privacy-statement versions, the consent ledger, processing limits."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = [
    "models.gate.policies",
    "models.gate.consent",
    "models.gate.processing_limits",
]
