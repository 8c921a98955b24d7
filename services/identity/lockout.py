"""Lockout with growing back-off, per sign-in identifier.

After `LOGIN_MAX_FAILURES_PER_ACCOUNT` failures within the failure window the identifier is
locked for one window; each further lockout doubles the time, up to a day. The key is the
identifier as typed (lower-cased), never whether an account exists: unknown names lock the
same way, so lockout cannot tell anyone which accounts exist.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.kernel import limits
from services.kernel.ratelimit import Counter
from settings import Settings

MAX_LOCK_SECONDS = 24 * 3600
# How long earlier lockouts still count towards the next, longer one.
LOCKOUT_MEMORY_SECONDS = 7 * 24 * 3600


def lock_seconds(settings: Settings, lockouts: int) -> int:
    """The length of the `lockouts`-th lockout in a row: one window, then doubling."""
    window = settings.login_failure_window_seconds
    return int(min(window * 2 ** max(lockouts - 1, 0), MAX_LOCK_SECONDS))


def _subject(identifier: str) -> str:
    return identifier.strip().lower()


async def ensure_not_locked(
    counter: Counter, settings: Settings, identifier: str, field: Sequence[str]
) -> None:
    key = f"lock:{_subject(identifier)}"
    if await counter.count(key) > 0:
        raise await limits.rate_limited(counter, key, "Too many failed attempts.", field)


async def record_failure(counter: Counter, settings: Settings, identifier: str) -> None:
    subject = _subject(identifier)
    failures = await counter.hit(f"login-fail:{subject}", settings.login_failure_window_seconds)
    if failures < settings.login_max_failures_per_account:
        return
    lockouts = await counter.hit(f"lockouts:{subject}", LOCKOUT_MEMORY_SECONDS)
    await counter.hit(f"lock:{subject}", lock_seconds(settings, lockouts))
    await counter.reset(f"login-fail:{subject}")


async def record_success(counter: Counter, identifier: str) -> None:
    subject = _subject(identifier)
    await counter.reset(f"login-fail:{subject}")
    await counter.reset(f"lockouts:{subject}")
