# syntax=docker/dockerfile:1
# Build stage: a virtual environment with Commons and its dependencies.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY pyproject.toml README.md ./
COPY settings ./settings
COPY api ./api
COPY resolvers ./resolvers
COPY services ./services
COPY providers ./providers
COPY models ./models
COPY jobs ./jobs
RUN pip install .

# Runtime stage: no compiler, no root.
FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 HOST=0.0.0.0 PORT=8000 \
    MIGRATIONS_DIR=/app/migrations
RUN useradd --system --create-home --home-dir /home/commons commons
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# Migrations are read from beside the installed package's source tree.
COPY --chown=commons:commons migrations ./migrations
COPY --chown=commons:commons schema.graphql ./
# The shipped privacy statement, for `commons policy publish docs/policies/...`.
COPY --chown=commons:commons docs/policies ./docs/policies
RUN mkdir -p /app/var && chown commons:commons /app/var
USER commons
EXPOSE 8000
# The API's probe; the worker's service overrides it with `commons worker --check`.
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz')"
# Migrations are a one-off step per deploy (`commons migrate`, compose's `migrate` service),
# never run by each replica. `commons worker` runs the job worker from the same image.
CMD ["commons", "serve"]
