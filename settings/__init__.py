"""One Settings object, read once from the environment and passed down.

The names are the operator's interface (see docs/operations.md); keep them stable.
"""

from __future__ import annotations

import secrets
from functools import cached_property
from ipaddress import IPv4Network, IPv6Network, ip_network
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, PrivateAttr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob the API and the worker read. Environment variables use the same names."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = "sqlite://./var/commons.sqlite3"
    redis_url: str | None = None
    # Without a configured key every process start gets a fresh one: fine for a laptop
    # (DEBUG=true), but codes and cookies do not survive a restart. With DEBUG=false the API
    # refuses to start without a strong SECRET_KEY (`secret_key_problem`).
    secret_key: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    debug: bool = False
    public_url: str = "http://127.0.0.1:8000"

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    mail_from: str = "Commons <no-reply@localhost>"

    sms_gateway_url: str | None = None
    sms_gateway_token: str | None = None

    gitee_client_id: str | None = None
    gitee_client_secret: str | None = None
    gitee_base_url: str = "https://gitee.com"
    bilibili_base_url: str = "https://member.bilibili.com"

    # Every call to an outside service (services/gate/outbound.py): its timeout, and how
    # often an idempotent call is tried with a doubling pause after a 5xx or timeout.
    outbound_timeout_seconds: float = Field(default=10, gt=0, le=300)
    outbound_attempts: int = Field(default=3, ge=1, le=10)
    outbound_backoff_seconds: float = Field(default=0.25, ge=0, le=60)

    session_cookie_name: str = "commons_session"
    session_cookie_secure: bool = True
    session_idle_minutes: int = 60 * 24 * 7
    session_absolute_days: int = 30

    code_ttl_minutes: int = 10
    code_max_attempts: int = 5
    code_resend_seconds: int = 60

    login_max_failures_per_account: int = 10
    login_max_failures_per_address: int = 50
    login_failure_window_seconds: int = 15 * 60

    # Addresses of reverse proxies whose X-Forwarded-For we believe.
    trusted_proxies: str = ""

    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19 * 1024
    argon2_parallelism: int = 1

    graphql_max_depth: int = 12
    graphql_max_aliases: int = 30
    graphql_max_tokens: int = 2000
    graphql_cache_size: int = 256
    # At most this many validation errors per document, one per distinct message.
    graphql_max_errors: int = Field(default=10, ge=1, le=100)

    # Identity providers (docs/plugins.md). Plugins read their own PREFIX_* variables.
    # Origins a frontend may ask OAuth providers to send people back to; comma-separated.
    # Empty: only the origin of PUBLIC_URL.
    oauth_redirect_origins: str = ""
    # How long a browser has between startOAuth and coming back with the provider's code.
    oauth_state_minutes: int = 10
    # Linking and unlinking identities needs a sign-in (or re-authentication) this recent.
    reauthentication_minutes: int = 10
    # Code sign-ins and code sends per target (address or number) per hour.
    code_sends_per_target_per_hour: int = 10
    sms_gateway_timeout_seconds: float = 10
    # A failed SMS delivery (5xx, timeout) is retried after try-number times this.
    sms_retry_seconds: int = 5

    # Data-subject requests, export, erasure and retention (statement §4, §6).
    # Days between an erasure request and the erasure itself; the statement allows one month.
    erasure_grace_days: int = Field(default=30, ge=0, le=30)
    # How long the download link of an access package works.
    export_link_days: int = Field(default=7, ge=1, le=7)
    # Officers are reminded of open requests this many days before they fall due.
    privacy_request_reminder_days: int = Field(default=7, ge=1)
    # Without Redis the retention purge runs on this in-process timer.
    retention_interval_seconds: int = Field(default=3600, ge=60)
    # Where to complain about a refusal (statement §6f), quoted in the refusal mail.
    privacy_complaint_authority: str = (
        "the competent data protection authority, e.g. the Office of the Privacy "
        "Commissioner for Personal Data, Hong Kong (https://www.pcpd.org.hk)"
    )
    # Mailman 3 REST API for mailing-list unsubscription on erasure (unset: skipped).
    mailman_base_url: str | None = None
    mailman_username: str = "restadmin"
    mailman_password: str | None = None

    # consent: privacy statement, consent ledger, outbound gate, children (docs/privacy.md)
    # Regions (ISO 3166 codes, comma-separated) where personal data may be processed; the
    # outbound gate refuses recipients elsewhere (statement §7: no cross-border transfer).
    data_regions: str = "HK"
    # Where recipients process data, when it differs from the register: "SMS_GATEWAY=HK,GITEE=CN".
    recipient_regions: str = ""
    # Where the privacy statement in effect is published for people to read.
    privacy_policy_url: str = "https://commons.example/privacy"
    # Under this age a guardian must consent before the account is used (statement §9).
    guardian_consent_age: int = 14
    # Unconfirmed child accounts are deleted after this many days.
    guardian_wait_days: int = 30

    # frontend: CORS, cookies across origins, the API's own address (docs/frontend.md)
    # Exact origins (scheme://host[:port]) a browser frontend may call from; comma-separated.
    # Empty: no cross-origin access (same-origin behind a proxy still works). Never "*".
    cors_allowed_origins: str = ""
    # How long a browser may cache a CORS preflight answer.
    cors_max_age_seconds: int = Field(default=600, ge=0, le=86400)
    # lax (default), strict, or none for a frontend on another site (needs the Secure flag).
    session_cookie_samesite: Literal["lax", "strict", "none"] = "lax"
    # The API's public base for what it serves itself (export downloads, .ics files).
    # Empty: http://{HOST}:{PORT}. PUBLIC_URL stays the frontend's address.
    api_url: str = ""
    # Only registered documents (`commons documents add`) run; ad-hoc queries are refused.
    trusted_documents_only: bool = False

    @cached_property
    def cors_origins(self) -> tuple[str, ...]:
        return tuple(exact_origin(o) for o in self.cors_allowed_origins.split(",") if o.strip())

    @property
    def api_base_url(self) -> str:
        return (self.api_url or f"http://{self.host}:{self.port}").rstrip("/")

    @model_validator(mode="after")
    def _check_frontend_settings(self) -> Settings:
        """Refused at start rather than failing quietly in a browser later."""
        if self.session_cookie_samesite == "none" and not self.session_cookie_secure:
            raise ValueError(
                "SESSION_COOKIE_SAMESITE=none needs SESSION_COOKIE_SECURE=true: "
                "browsers drop SameSite=None cookies without the Secure flag."
            )
        _ = self.cors_origins  # raises on a malformed origin or "*"
        return self

    # plugin-kit: identity-provider plugins (docs/plugins.md)
    # Which installed plugins to consider, by entry-point name, comma-separated; unset: all.
    provider_plugins: str | None = None

    # community: contributions from Gitee, CLA status, mailing lists (issue 9).
    # Gitee API v5 for the contribution import; unset: GITEE_BASE_URL + /api/v5.
    gitee_api_url: str | None = None
    # A token of a Gitee account that can read the organisations' repositories (unset: no import).
    gitee_api_token: str | None = None
    # Gitee organisations whose every repository counts, comma-separated (besides SIG repositories).
    contribution_orgs: str = ""
    # The CLA signing service: GET {CLA_SERVICE_URL}/v1/individual-signing/{CLA_LINK_ID}?email=
    cla_service_url: str | None = None
    cla_link_id: str | None = None
    # A member's CLA status is checked again after this many hours (job), or on demand.
    cla_cache_hours: int = Field(default=24, ge=1)
    # On-demand CLA checks (refreshClaStatus) per member per hour.
    cla_refreshes_per_hour: int = Field(default=5, ge=1)
    # Satisfaction-survey answers per client address per hour.
    survey_submissions_per_hour: int = Field(default=5, ge=1)

    # Request bodies larger than this are refused with 413 before they are parsed.
    max_request_bytes: int = Field(default=256 * 1024, ge=1024)

    _secret_key_generated: bool = PrivateAttr(default=False)

    @model_validator(mode="after")
    def _fresh_secret_key(self) -> Settings:
        if not self.secret_key:
            self.secret_key = secrets.token_urlsafe(32)
            self._secret_key_generated = True
        return self

    # meetings: recordings uploaded to Bilibili (docs/operations.md, "Meetings and recordings")
    # The uploading account's cookies, copied from a browser signed in to Bilibili.
    bilibili_sessdata: str | None = None
    bilibili_bili_jct: str | None = None
    # Bilibili's category for the videos (124: 社科·法律·心理 / technology talks).
    bilibili_tid: int = 124
    # One part's PUT (Bilibili's chunks are 10 MiB): its timeout and how often it is tried.
    bilibili_part_timeout_seconds: float = Field(default=300, gt=0, le=3600)
    bilibili_part_attempts: int = Field(default=5, ge=1, le=20)
    # Deletions refused this many times end in MANUAL_REMOVAL_NEEDED for an admin.
    bilibili_removal_attempts: int = Field(default=3, ge=1, le=20)
    # HMAC-SHA256 key of POST /hooks/recordings (unset: the webhook answers 404).
    recordings_webhook_secret: str | None = None
    # Origins recordings may be fetched from, comma-separated ("https://meet.example.org").
    recording_source_origins: str = ""
    # A worker holds an upload this long between signs of life; a lapsed lease is resumed.
    recording_upload_lease_seconds: int = Field(default=30, ge=1, le=600)
    # A failed upload or removal job (Bilibili 5xx, timeouts) waits try-number times this.
    recording_retry_seconds: int = Field(default=30, ge=0, le=3600)

    # operations: outbox, retries, worker, start-up and probes (docs/operations.md)
    # A failed job is tried again after this, doubling each time up to the maximum, for as
    # long as the job is useful (a code mail: its 10 minutes; most jobs: a day).
    job_retry_seconds: float = Field(default=5, gt=0, le=3600)
    job_retry_max_seconds: float = Field(default=300, gt=0, le=86400)
    # The dispatcher looks for due outbox rows this often (and at once after an enqueue).
    outbox_poll_seconds: float = Field(default=1, gt=0, le=60)
    # A row handed to the queue and not started within this is handed again (Redis lost it).
    outbox_ack_seconds: float = Field(default=30, gt=0, le=3600)
    # A running job renews its claim every third of this; a dead worker's jobs are handed
    # again once it runs out.
    outbox_lease_seconds: float = Field(default=15, gt=0, le=3600)
    # The worker's heartbeat (`commons worker --check`) and its graceful-stop bound.
    worker_heartbeat_seconds: float = Field(default=5, gt=0, le=300)
    worker_heartbeat_file: str = "/tmp/commons-worker-heartbeat"  # noqa: S108
    worker_stop_seconds: float = Field(default=25, ge=0, le=3600)
    # Start-up waits this long for the database and Redis before giving up loudly.
    startup_wait_seconds: float = Field(default=60, ge=0, le=3600)
    # Each `/readyz` check answers within this, or counts as down.
    readyz_timeout_seconds: float = Field(default=1, gt=0, le=30)
    # `json` (one line per event) or `console` (for a terminal).
    log_format: str = "json"
    log_level: str = "info"
    # The `request` line per HTTP request: `errors` logs failed (4xx/5xx, GraphQL errors) and
    # slow ones only, `all` every one. Every request is in the access log and the metrics
    # either way; a line per request costs about a tenth of a `me` (docs/performance.md).
    request_log: Literal["all", "errors"] = "errors"
    request_log_slow_ms: float = Field(default=1000, ge=0)

    # performance: the access log is written in batches off the request path (docs/performance.md).
    # How often buffered access-log rows are written, in seconds.
    access_log_flush_seconds: float = Field(default=1.0, gt=0, le=60)
    # Rows held in memory at most; beyond that new rows are counted as dropped and logged.
    access_log_buffer_rows: int = Field(default=20_000, ge=1)
    # Startup's objects (schema, models, plans) moved out of the garbage collector's sight once
    # the API has started, so its full collections walk only what requests make.
    freeze_startup_objects: bool = True

    @cached_property
    def allowed_data_regions(self) -> frozenset[str]:
        return frozenset(r.strip().upper() for r in self.data_regions.split(",") if r.strip())

    @cached_property
    def recipient_region_overrides(self) -> dict[str, str]:
        pairs = (p.partition("=") for p in self.recipient_regions.split(",") if "=" in p)
        return {k.strip().upper(): v.strip().upper() for k, _, v in pairs}

    @cached_property
    def trusted_proxy_networks(self) -> frozenset[IPv4Network | IPv6Network]:
        # A frozenset keeps its hash: `api/client_address.py` caches by it on every request,
        # and a tuple would hash each network again (a Python-level `__hash__`) each time.
        return frozenset(
            ip_network(p.strip()) for p in self.trusted_proxies.split(",") if p.strip()
        )

    @cached_property
    def provider_plugin_names(self) -> frozenset[str] | None:
        if self.provider_plugins is None:
            return None
        return frozenset(n.strip() for n in self.provider_plugins.split(",") if n.strip())

    @property
    def gitee_api_base(self) -> str:
        return (self.gitee_api_url or f"{self.gitee_base_url.rstrip('/')}/api/v5").rstrip("/")

    @property
    def contribution_org_names(self) -> tuple[str, ...]:
        return tuple(o.strip() for o in self.contribution_orgs.split(",") if o.strip())

    @cached_property
    def recording_origins(self) -> frozenset[str]:
        found = (o.strip().rstrip("/").lower() for o in self.recording_source_origins.split(","))
        return frozenset(o for o in found if o)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def exact_origin(value: str) -> str:
    """`scheme://host[:port]` as a browser sends it in `Origin`; anything else is refused."""
    text = value.strip().rstrip("/")
    parts = urlsplit(text)
    if (
        "*" in text
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or parts.path
        or parts.query
        or parts.fragment
        or "@" in parts.netloc
    ):
        raise ValueError(
            f"CORS_ALLOWED_ORIGINS: {value.strip()!r} is not an exact origin "
            "like https://portal.example or http://127.0.0.1:5173"
        )
    return f"{parts.scheme}://{parts.netloc.lower()}"


# Keys that have appeared in our own files: anyone can read them.
KNOWN_DEVELOPMENT_KEYS = frozenset({"local-development-only", "change-me", "changeme", "secret"})
MIN_SECRET_KEY_LENGTH = 32


def secret_key_problem(settings: Settings) -> str | None:
    """Why the API must not start with this SECRET_KEY, or None. DEBUG=true allows any key."""
    if settings.debug:
        return None
    if settings._secret_key_generated:
        return "SECRET_KEY is not set; with DEBUG=false it must be (see docs/security.md)."
    if settings.secret_key in KNOWN_DEVELOPMENT_KEYS:
        return "SECRET_KEY is a published development key; set a secret one."
    if len(settings.secret_key) < MIN_SECRET_KEY_LENGTH:
        return f"SECRET_KEY has fewer than {MIN_SECRET_KEY_LENGTH} characters."
    return None


def load_settings() -> Settings:
    return Settings()
