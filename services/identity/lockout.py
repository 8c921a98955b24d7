"""Lockout with growing back-off, per sign-in identifier.

After `LOGIN_MAX_FAILURES_PER_ACCOUNT` failures within the failure window the subject is
locked for one window; each further lockout doubles the time, up to a day. The subject is the
account the identifier resolves to (so every spelling of a phone number shares one budget),
or the normalised identifier when none does: unknown names lock the same way, so lockout
cannot tell anyone which accounts exist.

An attempt is counted *before* it is checked (`claim_attempt`), so concurrent guesses cannot
all pass the check while the count is still low.
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
    await _lock_when_due(counter, settings, subject, failures)


async def _lock_when_due(counter: Counter, settings: Settings, subject: str, failures: int) -> None:
    if failures < settings.login_max_failures_per_account:
        return
    lockouts = await counter.hit(f"lockouts:{subject}", LOCKOUT_MEMORY_SECONDS)
    await counter.hit(f"lock:{subject}", lock_seconds(settings, lockouts))
    await counter.reset(f"login-fail:{subject}")


async def claim_attempt(
    counter: Counter, settings: Settings, identifier: str, field: Sequence[str]
) -> None:
    """Count one attempt as a failure before checking it; `record_success` forgets it.

    Refused once the failures in the window reach the cap, however many race."""
    await ensure_not_locked(counter, settings, identifier, field)
    subject = _subject(identifier)
    failures = await counter.hit(f"login-fail:{subject}", settings.login_failure_window_seconds)
    if failures > settings.login_max_failures_per_account:
        raise await limits.rate_limited(
            counter, f"login-fail:{subject}", "Too many failed attempts.", field
        )


async def after_failure(counter: Counter, settings: Settings, identifier: str) -> None:
    """A claimed attempt failed: lock the subject when that was the last one allowed."""
    subject = _subject(identifier)
    failures = await counter.count(f"login-fail:{subject}")
    await _lock_when_due(counter, settings, subject, failures)


async def record_success(counter: Counter, identifier: str) -> None:
    subject = _subject(identifier)
    await counter.reset(f"login-fail:{subject}")
    await counter.reset(f"lockouts:{subject}")
