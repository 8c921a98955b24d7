# Two commands set everything up on a fresh machine with nothing but Python 3.11+:
#   make run    create .venv, install, migrate ./var/commons.sqlite3, serve http://127.0.0.1:8000/graphql
#   make test   create .venv, install, lint, type-check, check layers, run the suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck layers pytest schema migrations worker clean

$(STAMP): pyproject.toml examples/commons-oidc-example/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# The example identity-provider plugin: the suite signs in through its entry point.
	$(BIN)/pip install --quiet -e examples/commons-oidc-example
	touch $(STAMP)

# The shipped privacy statement is published once, so sign-up can record consent to it.
run: $(STAMP)
	mkdir -p var
	$(BIN)/commons migrate
	$(BIN)/commons policy publish docs/policies/privacy-statement-v20241205.md --if-missing
	DEBUG=$${DEBUG:-true} SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-false} \
	CORS_ALLOWED_ORIGINS=$${CORS_ALLOWED_ORIGINS-http://127.0.0.1:5173,http://localhost:5173} \
	SECRET_KEY=$${SECRET_KEY:-local-development-only} $(BIN)/commons serve

worker: $(STAMP)
	$(BIN)/commons worker

test: lint typecheck layers pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy .

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest

schema: $(STAMP)
	$(BIN)/commons export-schema

migrations: $(STAMP)
	$(BIN)/commons makemigrations --name $${NAME:-update}

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
