"""Community: SIGs now; meetings, recordings, contributions and members next."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = [
    "models.community.sigs",
    "models.community.contributions",
    "models.community.members",
    "models.community.cla",
    "models.community.mailing_lists",
    "models.community.meetups",
    "models.community.surveys",
    "models.community.statistics",
    "models.community.meetings",
    "models.community.recordings",
]
