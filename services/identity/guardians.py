"""Children (statement §9): under `GUARDIAN_CONSENT_AGE` (14) an account is created pending
a guardian. It gets no session and nothing is processed beyond keeping it, until the
guardian proves their address with a code and consents (ledger method GUARDIAN). A pending
account (status DEACTIVATED with an unconfirmed `GuardianApproval`) not confirmed within
`GUARDIAN_WAIT_DAYS` (30) is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.transactions import in_transaction

from models.gate.consent import ConsentMethod
from models.identity.guardians import AgeRecord, GuardianApproval
from models.identity.users import User, UserStatus, find_by_username
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity.codes import Channel, CodePurpose
from services.identity.contact import notify
from services.identity.container import Services
from services.identity.identifiers import normalise_email, normalise_phone
from services.kernel import clock, limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


@dataclass(frozen=True, slots=True)
class GuardianContact:
    channel: Channel
    target: str


def check_sign_up(
    settings: Settings,
    date_of_birth: date | None,
    guardian_email: str | None,
    guardian_phone: str | None,
) -> GuardianContact | None:
    """The guardian to ask when the person is a child, None for an adult; raises on bad input.

    Without a date of birth the person was not asked (an older client) and counts as adult.
    """
    if date_of_birth is None:
        return None
    today = clock.now().date()
    if date_of_birth > today or age_on(date_of_birth, today) > 130:
        raise DomainError(ErrorCode.INVALID, "This is not a date of birth.", ["dateOfBirth"])
    if age_on(date_of_birth, today) >= settings.guardian_consent_age:
        return None
    if guardian_email:
        return GuardianContact(Channel.EMAIL, normalise_email(guardian_email, ["guardianEmail"]))
    if guardian_phone:
        return GuardianContact(Channel.SMS, normalise_phone(guardian_phone, ["guardianPhone"]))
    raise DomainError(
        ErrorCode.GUARDIAN_REQUIRED,
        f"Under {settings.guardian_consent_age}, a parent or guardian must agree first. "
        "Give their e-mail address or phone number.",
        ["guardianEmail"],
    )


async def record(user: User, date_of_birth: date | None, guardian: GuardianContact | None) -> None:
    """Keep the date of birth and, for a child, whom we will ask. Inside the sign-up
    transaction."""
    if date_of_birth is not None:
        await AgeRecord.create(user=user, date_of_birth=date_of_birth)
    if guardian is not None:
        await GuardianApproval.create(
            user=user,
            guardian_email=guardian.target if guardian.channel is Channel.EMAIL else None,
            guardian_phone=guardian.target if guardian.channel is Channel.SMS else None,
            requested_at=clock.now(),
        )


async def ask_guardian(svc: Services, user: User, guardian: GuardianContact) -> None:
    """Send the guardian a code; the child gets nothing more from us until they use it."""
    issued = await svc.codes.issue(
        guardian.channel, _bound_target(guardian.target, user), CodePurpose.GUARDIAN
    )
    text = (
        f"Someone under {svc.settings.guardian_consent_age} signed up to Commons as "
        f"'{user.username}' and named you as their parent or guardian. If you agree, enter "
        f"the code {issued.code} on the guardian page with their user name. Read our privacy "
        f"statement at {svc.settings.privacy_policy_url}. Without your consent the account is "
        f"deleted after {svc.settings.guardian_wait_days} days."
    )
    subject = "Your consent is asked for a Commons account"
    await notify(svc.queue, guardian.channel, guardian.target, subject, text)


def _bound_target(target: str, child: User) -> str:
    """A guardian's code is bound to one child: it cannot confirm another child's account
    even when the same guardian was named twice."""
    return f"{target}\x1fchild:{child.public_id}"


async def _waiting(username: str) -> tuple[User, GuardianApproval] | None:
    user = await find_by_username(username)
    approval = (
        await GuardianApproval.get_or_none(user_id=user.id, confirmed_at=None) if user else None
    )
    return (user, approval) if user is not None and approval is not None else None


def _guardian_of(approval: GuardianApproval) -> GuardianContact:
    if approval.guardian_email:
        return GuardianContact(Channel.EMAIL, approval.guardian_email)
    assert approval.guardian_phone is not None
    return GuardianContact(Channel.SMS, approval.guardian_phone)


async def _limit(svc: Services, kind: str, username: str, client: ClientInfo) -> None:
    """Per client address and per child name, counted for every name alike: the limits
    answer the same whether or not such an account waits."""
    name = username.strip().lower()[:64]
    per_address, per_child = GUARDIAN_LIMITS[kind]
    await limits.enforce(
        svc.counter, f"guardian-{kind}-ip:{client.limit_key}", per_address, 3600, ["username"]
    )
    await limits.enforce(svc.counter, f"guardian-{kind}:{name}", per_child, 24 * 3600, ["code"])


# (per client address per hour, per child per day)
GUARDIAN_LIMITS = {"resend": (10, 3), "confirm": (20, 10)}


async def resend(svc: Services, username: str, client: ClientInfo) -> None:
    """A fresh code for the guardian of a waiting account: codes live minutes, the wait
    lasts days. The answer is the same whether or not such an account exists."""
    await _limit(svc, "resend", username, client)
    found = await _waiting(username)
    if found is None:
        return
    user, approval = found
    try:
        await ask_guardian(svc, user, _guardian_of(approval))
    except DomainError:
        # Sent a moment ago: saying so would tell that this account waits for a guardian.
        return


_NO_SUCH = "No account waits for a guardian under this name, or the code is wrong."


async def confirm(
    svc: Services,
    username: str,
    code: str,
    optional: Sequence[ConsentPurpose],
    client: ClientInfo,
) -> User:
    """The guardian's consent: the code proves their address; the ledger records it.

    Every attempt counts before it is checked, per child and per client address, so a
    resend cannot buy fresh guesses."""
    await _limit(svc, "confirm", username, client)
    found = await _waiting(username)
    if found is None:
        raise DomainError(ErrorCode.INVALID_CODE, _NO_SUCH, ["code"])
    user, approval = found
    guardian = _guardian_of(approval)
    target = _bound_target(guardian.target, user)
    if not await svc.codes.consume(guardian.channel, target, CodePurpose.GUARDIAN, code):
        raise DomainError(ErrorCode.INVALID_CODE, _NO_SUCH, ["code"])
    async with in_transaction():
        approval.confirmed_at = clock.now()
        await approval.save(update_fields=["confirmed_at"])
        user.status = UserStatus.ACTIVE
        await user.save(update_fields=["status"])
        await consent.record_sign_up(user.id, optional, client, ConsentMethod.GUARDIAN)
    return user


async def purge_unconfirmed(settings: Settings) -> int:
    """Delete child accounts whose guardian did not consent in time. Returns how many."""
    cutoff = clock.now() - timedelta(days=settings.guardian_wait_days)
    waiting = await GuardianApproval.filter(confirmed_at=None, requested_at__lt=cutoff).values_list(
        "user_id", flat=True
    )
    if not waiting:
        return 0
    # The count of users, not of rows: a database may count the cascaded rows too.
    await User.filter(id__in=list(waiting)).delete()
    return len(set(waiting))


async def awaiting(user_id: int) -> bool:
    """True while the account waits for its guardian."""
    return await GuardianApproval.exists(user_id=user_id, confirmed_at=None)
