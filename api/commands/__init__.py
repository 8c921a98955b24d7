"""The `commons` subcommands each domain adds; `api/cli.py` collects them."""
