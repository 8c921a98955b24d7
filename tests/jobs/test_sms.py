"""SMS delivery through the generic HTTP gateway: bearer token, retries on 5xx and timeouts."""

from __future__ import annotations

import os
from typing import Any

import aiohttp
import pytest
from arq import create_pool
from arq.connections import RedisSettings
from arq.worker import Worker

from jobs.context import close_context, open_context
from jobs.worker import arq_functions
from services.delivery.sms import GatewayRejected, HttpGatewaySender, make_sender
from services.gate.outbound import OutboundClient
from services.kernel.queue import DEFAULT_QUEUE, ArqQueue
from settings import Settings
from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.client import SEND_CODE, GraphQLClient

NUMBER = "+8613900000000"


async def ask_for_code(client: GraphQLClient) -> None:
    sent = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "SMS", "target": NUMBER, "purpose": "LOG_IN"},
    )
    assert sent["userErrors"] == []


async def test_a_gateway_5xx_is_retried_until_the_message_is_delivered(
    client: GraphQLClient, sms_gateway: FakeSmsGateway
) -> None:
    sms_gateway.fail_next = 2

    await ask_for_code(client)
    (delivered,) = await sms_gateway.wait_for(NUMBER)

    assert sms_gateway.requests == 3
    assert "no account" in delivered.message


async def test_a_gateway_that_times_out_is_tried_again(
    client: GraphQLClient, sms_gateway: FakeSmsGateway
) -> None:
    sms_gateway.slow_next = 1  # slower than SMS_GATEWAY_TIMEOUT_SECONDS

    await ask_for_code(client)
    await sms_gateway.wait_for(NUMBER)

    assert sms_gateway.requests == 2


async def test_the_gateway_refuses_a_wrong_token_and_that_is_not_retried(
    sms_gateway: FakeSmsGateway, settings: Settings
) -> None:
    async with aiohttp.ClientSession() as http:
        gate = OutboundClient(settings, http)
        sender = HttpGatewaySender(gate, sms_gateway.send_url, "wrong-token")
        with pytest.raises(GatewayRejected):
            await sender.send(NUMBER, "hello")

    assert sms_gateway.messages == []


async def test_a_real_arq_worker_delivers_and_retries_on_redis(
    settings: Settings, sms_gateway: FakeSmsGateway
) -> None:
    redis = RedisSettings.from_dsn(os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/11"))
    pool = await create_pool(redis)
    await pool.flushdb()
    ctx: dict[str, Any] = dict(await open_context(settings))
    sms_gateway.fail_next = 1
    try:
        await ArqQueue(pool).enqueue("send_sms", to=NUMBER, message="Your code is 123456.")
        worker = Worker(
            functions=arq_functions(DEFAULT_QUEUE),
            redis_pool=pool,
            burst=True,
            ctx=ctx,
            poll_delay=0.01,
            handle_signals=False,
            max_tries=5,
        )
        await worker.main()
        await worker.close()
    finally:
        await close_context(ctx)
        await pool.aclose()

    assert [m.code for m in sms_gateway.to(NUMBER)] == ["123456"]
    assert sms_gateway.requests == 2


async def test_without_a_gateway_messages_are_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with aiohttp.ClientSession() as http:
        settings = Settings(_env_file=None, sms_gateway_url=None)
        sender = make_sender(settings, OutboundClient(settings, http))
        await sender.send(NUMBER, "Your code is 654321.")

    assert "sms to +8613900000000" in capsys.readouterr().out
