"""One Settings object, read once from the environment and passed down.

The names are the operator's interface (see docs/operations.md); keep them stable.
"""

from __future__ import annotations

import secrets
from functools import cached_property
from ipaddress import IPv4Network, IPv6Network, ip_network

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob the API and the worker read. Environment variables use the same names."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = "sqlite://./var/commons.sqlite3"
    redis_url: str | None = None
    # Without a configured key every process start gets a fresh one: fine for a laptop,
    # but codes and cookies do not survive a restart. Production sets SECRET_KEY.
    secret_key: str = Field(default_factory=lambda: secrets.token_urlsafe(32))
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

    # performance: the access log is written in batches off the request path (docs/performance.md).
    # How often buffered access-log rows are written, in seconds.
    access_log_flush_seconds: float = Field(default=1.0, gt=0, le=60)
    # Rows held in memory at most; beyond that new rows are counted as dropped and logged.
    access_log_buffer_rows: int = Field(default=20_000, ge=1)

    @cached_property
    def allowed_data_regions(self) -> frozenset[str]:
        return frozenset(r.strip().upper() for r in self.data_regions.split(",") if r.strip())

    @cached_property
    def recipient_region_overrides(self) -> dict[str, str]:
        pairs = (p.partition("=") for p in self.recipient_regions.split(",") if "=" in p)
        return {k.strip().upper(): v.strip().upper() for k, _, v in pairs}

    @cached_property
    def trusted_proxy_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        return tuple(ip_network(p.strip()) for p in self.trusted_proxies.split(",") if p.strip())

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings() -> Settings:
    return Settings()
