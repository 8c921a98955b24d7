"""Community: SIGs now; meetings, recordings, contributions and members next."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = [
    "models.community.sigs",
    "models.community.meetings",
    "models.community.recordings",
]
