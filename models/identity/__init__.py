"""Identity: accounts, sign-in, codes, MFA, sessions, guardians, roles."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = [
    "models.identity.users",
    "models.identity.identities",
    "models.identity.sessions",
    "models.identity.codes",
    "models.identity.security_events",
    "models.identity.roles",
    "models.identity.guardians",
    "models.identity.mfa",
    "models.identity.account_changes",
]
