"""Prometheus metrics, one registry per process, served by `GET /metrics` (api/metrics.py).

Labels are bounded sets (operation names, job names, service keys, outcomes), never ids,
addresses or anything a person typed.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter(
    "commons_requests_total",
    "HTTP requests by route, GraphQL operation and outcome",
    ["route", "operation", "outcome"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "commons_request_seconds",
    "HTTP request latency by route and GraphQL operation",
    ["route", "operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
    registry=REGISTRY,
)
JOB_RUNS = Counter(
    "commons_job_runs_total",
    "Job runs by function and outcome",
    ["job", "outcome"],
    registry=REGISTRY,
)
JOB_SECONDS = Histogram(
    "commons_job_seconds", "Job run time by function", ["job"], registry=REGISTRY
)
PROVIDER_ERRORS = Counter(
    "commons_provider_errors_total",
    "Failed calls to outside services, by service and reason",
    ["service", "reason"],
    registry=REGISTRY,
)
OUTBOX = Gauge(
    "commons_outbox_jobs",
    "Outbox rows by state (failed: the dead-letter list), read at scrape time",
    ["state"],
    registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "commons_queue_depth",
    "Jobs waiting in each arq queue, read at scrape time",
    ["queue"],
    registry=REGISTRY,
)


def provider_failed(service: str, reason: str) -> None:
    # Reasons are exception class names or `status 503`: a small set.
    PROVIDER_ERRORS.labels(service=service, reason=reason[:40]).inc()
