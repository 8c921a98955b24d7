"""Sign-in through an outside provider (Gitee, plugins): the rules, whichever provider.

An unbound identity creates no account yet: the person completes it first (`completion.py`:
date of birth, guardian where needed, consents), as sign-up by e-mail asks.
"""

from __future__ import annotations

from models.identity.identities import ExternalIdentity
from models.identity.users import UserStatus
from services.identity import audit, completion
from services.identity.audit import SecurityEventKind
from services.identity.completion import AccountToComplete
from services.identity.container import Services
from services.identity.identities import _refresh_record, _verified
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel import limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode


async def log_in_with_oauth(
    svc: Services,
    provider_name: str,
    code: str,
    state: str,
    cookie: str | None,
    client: ClientInfo,
) -> SignInResult | AccountToComplete:
    settings = svc.settings
    await limits.enforce(
        svc.counter,
        f"login-ip:{client.limit_key}",
        settings.login_max_failures_per_address,
        settings.login_failure_window_seconds,
        ["oauth"],
    )
    try:
        identity = await _verified(svc, provider_name, code, state, cookie)
    except DomainError:
        await audit.record(None, SecurityEventKind.LOGIN_FAILED, client)
        raise
    bound = await ExternalIdentity.get_or_none(
        provider=identity.provider, subject=identity.subject
    ).select_related("user")
    if bound is None:
        # Nothing is created until the person completes the account (completion.py).
        return completion.needs_completion(svc, identity)
    if bound.user.status is not UserStatus.ACTIVE:
        await audit.record(bound.user_id, SecurityEventKind.LOGIN_FAILED, client)
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "This account cannot sign in.", ["oauth"])
    await _refresh_record(svc, bound, identity)
    return await finish_sign_in(svc, bound.user, client, SecurityEventKind.LOGIN_SUCCEEDED)
