"""Verification codes: short-lived, single use, few tries, never stored in the clear."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import time_machine

from models.identity.codes import VerificationCode
from services.identity.codes import Channel, CodeBook, CodePurpose
from services.identity.container import Services
from services.kernel import clock

TARGET = "dana@example.org"


async def issue(codes: CodeBook) -> str:
    return (await codes.issue(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP)).code


async def test_a_code_is_six_digits_and_stored_only_as_an_hmac(services: Services) -> None:
    code = await issue(services.codes)
    assert len(code) == 6 and code.isdigit()
    row = await VerificationCode.get()
    assert code not in row.code_digest
    assert TARGET not in row.target_digest


async def test_a_code_works_once(services: Services) -> None:
    code = await issue(services.codes)
    assert await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, code)
    assert not await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, code)


async def test_two_racing_uses_of_one_code_let_only_one_through(services: Services) -> None:
    code = await issue(services.codes)
    results = await asyncio.gather(
        *(
            services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, code)
            for _ in range(5)
        )
    )
    assert results.count(True) == 1


async def test_a_code_expires_after_ten_minutes(services: Services) -> None:
    with time_machine.travel(clock.now(), tick=False) as traveller:
        code = await issue(services.codes)
        traveller.shift(timedelta(minutes=10, seconds=1))
        assert not await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, code)


async def test_a_code_still_works_just_before_it_expires(services: Services) -> None:
    with time_machine.travel(clock.now(), tick=False) as traveller:
        code = await issue(services.codes)
        traveller.shift(timedelta(minutes=9, seconds=59))
        assert await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, code)


async def test_five_wrong_tries_burn_the_code(services: Services) -> None:
    code = await issue(services.codes)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(5):
        assert not await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, wrong)
    assert not await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, code)


async def test_a_new_code_replaces_the_previous_one(
    services: Services, forget_rate_limits: object
) -> None:
    first = await issue(services.codes)
    forget_rate_limits()  # type: ignore[operator]
    second = await issue(services.codes)
    assert not await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, first) or (
        first == second
    )
    assert await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.SIGN_UP, second)


async def test_a_code_is_bound_to_its_purpose(services: Services) -> None:
    code = await issue(services.codes)
    assert not await services.codes.consume(Channel.EMAIL, TARGET, CodePurpose.LOG_IN, code)
