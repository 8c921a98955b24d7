"""The job outbox: jobs that must happen, written in the transaction that causes them."""

# This domain's model modules; models/__init__.py collects every domain's list.
MODULES = ["models.outbox.jobs"]
