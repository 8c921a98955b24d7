"""Privacy: data-subject requests, erasure tombstones, the access log."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = [
    "models.privacy.privacy_requests",
    "models.privacy.erasure",
    "models.privacy.access_log",
]
