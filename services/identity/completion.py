"""The "complete your account" step after a first sign-in through any outside provider.

An outside provider proves an identity, not an age. So a first sign-in creates nothing yet:
it answers with a ticket, and the account is made only when the person gives their date of
birth, their guardian where the statement's §9 asks for one, and their consents, as sign-up
by e-mail asks. A child's account then waits for the guardian like any other.

The ticket carries what the provider proved, encrypted and authenticated with a key derived
from SECRET_KEY (it holds the provider's tokens, which the browser must not read); it lives
`TICKET_LIFETIME` and is spent on first use.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from cryptography.fernet import Fernet, InvalidToken
from tortoise.transactions import in_transaction

from models.identity.identities import ExternalIdentity
from models.identity.users import User, UserStatus
from providers.base import VerifiedIdentity
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity import guardians
from services.identity.audit import SecurityEventKind
from services.identity.container import Services
from services.identity.identities import _create_account
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

TICKET_LIFETIME = timedelta(minutes=30)
MAX_TICKET_LENGTH = 8192


@dataclass(frozen=True, slots=True)
class AccountToComplete:
    """What a first outside sign-in answers instead of a session."""

    ticket: str


def _fernet(settings: Settings) -> Fernet:
    key = hmac.new(
        settings.secret_key.encode(), b"commons/account-completion/v1", hashlib.sha256
    ).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def needs_completion(svc: Services, identity: VerifiedIdentity) -> AccountToComplete:
    fields = asdict(identity)
    fields["extra"] = dict(identity.extra)
    payload = {"identity": fields, "issued": time.time()}
    token = _fernet(svc.settings).encrypt(json.dumps(payload).encode()).decode()
    return AccountToComplete(token)


_DEAD = "This sign-up has expired or was completed already. Sign in again."


async def _identity_of(svc: Services, ticket: str) -> VerifiedIdentity:
    dead = DomainError(ErrorCode.INVALID_TICKET, _DEAD, ["ticket"])
    if not ticket or len(ticket) > MAX_TICKET_LENGTH:
        raise dead
    ttl = int(TICKET_LIFETIME.total_seconds())
    try:
        payload = json.loads(_fernet(svc.settings).decrypt(ticket.encode(), ttl=ttl))
    except (InvalidToken, ValueError):
        raise dead from None
    # Spent on first use: a copied ticket cannot make or sign in to the account again.
    digest = hashlib.sha256(ticket.encode()).hexdigest()
    if await svc.counter.hit(f"completion:{digest}", ttl) > 1:
        raise dead
    fields = payload["identity"]
    if fields.get("expires_in"):
        elapsed = int(time.time() - float(payload["issued"]))
        fields["expires_in"] = max(int(fields["expires_in"]) - elapsed, 1)
    identity = VerifiedIdentity(**fields)
    if await ExternalIdentity.exists(provider=identity.provider, subject=identity.subject):
        raise dead
    return identity


@dataclass(frozen=True, slots=True)
class Completion:
    ticket: str
    date_of_birth: date
    consents: tuple[ConsentPurpose, ...] = ()
    guardian_email: str | None = None
    guardian_phone: str | None = None


async def complete_account(
    svc: Services, completion: Completion, client: ClientInfo
) -> SignInResult:
    """Make the account: an adult's is active and signed in; a child's waits for a guardian."""
    guardian = guardians.check_sign_up(
        svc.settings,
        completion.date_of_birth,
        completion.guardian_email,
        completion.guardian_phone,
    )
    identity = await _identity_of(svc, completion.ticket)
    # Made inactive, and activated with its age and consents in one transaction.
    user = await _create_account(svc, identity, status=UserStatus.DEACTIVATED)
    async with in_transaction():
        await guardians.record(user, completion.date_of_birth, guardian)
        if guardian is None:  # a child cannot consent; the guardian will
            await consent.record_sign_up(user.id, completion.consents, client)
            await User.filter(id=user.id).update(status=UserStatus.ACTIVE)
            user.status = UserStatus.ACTIVE
    if guardian is not None:
        await guardians.ask_guardian(svc, user, guardian)
        return SignInResult(user, None)
    return await finish_sign_in(svc, user, client, SecurityEventKind.SIGNED_UP)
