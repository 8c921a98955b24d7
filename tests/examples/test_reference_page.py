"""The reference page (examples/spa) on its own origin, driven in real headless Chromium.

Debian's `chromium` (`/usr/bin/chromium`) is driven by Playwright for Python; no browser is
downloaded. The API runs with CORS_ALLOWED_ORIGINS naming the page's origin, codes come from
the real SMTP test server, and the journey is the one a new member takes.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

from services.kernel.ratelimit import MemoryCounter
from tests.conftest import ROOT, RunningServer, free_port, make_settings, serve
from tests.resolvers.identity.test_two_step_sign_in import enable_totp
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement
from tests.support.privacy import finish_jobs

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SPA = ROOT / "examples" / "spa"
TIMEOUT = 15_000  # ms; the machine is shared


@dataclass
class Site:
    origin: str
    runner: web.AppRunner


async def static_site(host: str, port: int) -> Site:
    """The page served as any static host would: its own origin, no proxy."""

    async def index(_: web.Request) -> web.FileResponse:
        return web.FileResponse(SPA / "index.html")

    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_static("/", SPA)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return Site(f"http://{host}:{port}", runner)


@dataclass
class Setup:
    api: RunningServer
    page_origin: str
    unlisted_origin: str
    localhost_origin: str


@pytest.fixture(scope="module")
async def setup(
    database_url: str, mailbox: Mailbox, outside_services: dict[str, Any]
) -> AsyncIterator[Setup]:
    page_port, unlisted_port, localhost_port, api_port = (free_port() for _ in range(4))
    page = await static_site("127.0.0.1", page_port)
    unlisted = await static_site("127.0.0.1", unlisted_port)
    # Listed, but on another site than the API: the localhost vs 127.0.0.1 trap.
    localhost = await static_site("localhost", localhost_port)
    settings = make_settings(
        database_url,
        mailbox,
        **{
            **outside_services,
            "public_url": page.origin,
            "api_url": f"http://127.0.0.1:{api_port}",
            "cors_allowed_origins": f"{page.origin},{localhost.origin}",
        },
    )
    api = await serve(settings, port=api_port)
    yield Setup(api, page.origin, unlisted.origin, localhost.origin)
    await api.stop()
    for site in (page, unlisted, localhost):
        await site.runner.cleanup()


@pytest.fixture(autouse=True)
def fresh_counters(setup: Setup) -> None:
    counter = setup.api.services.counter
    if isinstance(counter, MemoryCounter):
        counter._entries.clear()


@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        await launched.close()


@pytest.fixture
async def context(browser: Browser) -> AsyncIterator[BrowserContext]:
    fresh = await browser.new_context()
    fresh.set_default_timeout(TIMEOUT)
    yield fresh
    await fresh.close()


async def open_page(context: BrowserContext, origin: str, api: RunningServer) -> Page:
    page = await context.new_page()
    await page.goto(f"{origin}/?api={api.base_url}")
    await expect(page.locator("#api-url")).to_have_text(api.base_url)
    return page


async def status_says(page: Page, text: str) -> None:
    await expect(page.locator("#status")).to_contain_text(text, timeout=TIMEOUT)


async def test_a_new_member_takes_the_whole_journey_on_the_reference_page(
    setup: Setup, context: BrowserContext, mailbox: Mailbox
) -> None:
    api = setup.api
    await publish_statement(api.services.queue)
    page = await open_page(context, setup.page_origin, api)
    await expect(page.locator("#signed-out")).to_be_visible()

    # Sign up with a code from the mailbox.
    await page.fill("#signup-email", "ada@example.org")
    await page.click("#send-code")
    await status_says(page, "on its way")
    code = await mailbox.code_for("ada@example.org")
    await page.fill("#signup-code", code)
    await page.fill("#signup-username", "ada")
    await page.fill("#signup-password", PASSWORD)
    await page.fill("#signup-dob", "1990-01-01")
    await page.click("#signup")
    await status_says(page, "Welcome, ada")
    await expect(page.locator("#me-email")).to_have_text("ada@example.org")

    # Profile, sessions, a consent granted and withdrawn.
    await page.fill("#profile-nickname", "Ada L.")
    await page.click("#save-profile")
    await status_says(page, "Profile saved")
    await expect(page.locator("#me-nickname")).to_have_text("Ada L.")
    await page.click("#load-sessions")
    await expect(page.locator("li.session")).to_have_count(1)
    await expect(page.locator("li.session")).to_contain_text("this browser")
    await page.click("#grant-mail")
    await expect(page.locator("#consent-mail")).to_have_text("granted")
    await page.click("#withdraw-mail")
    await expect(page.locator("#consent-mail")).to_have_text("not granted")

    # A copy of the data, opened from the API's own address with the session cookie.
    await page.click("#request-export")
    await status_says(page, "being prepared")
    await finish_jobs(api.services)
    await page.click("#refresh-export")
    await expect(page.locator("#export-link")).to_be_visible()
    href = await page.locator("#export-link").get_attribute("href")
    assert href is not None and href.startswith(f"{api.base_url}/exports/")
    async with context.expect_page() as opened:
        await page.click("#export-link")
    export = await opened.value
    await export.wait_for_load_state()
    await expect(export.locator("h1")).to_have_text("Your personal data at Commons")
    assert "ada@example.org" in await export.content()
    await export.close()

    # The server refuses a cookie-authenticated mutation that names a foreign origin,
    # sent with this browser's own cookie.
    refused = await context.request.post(
        f"{api.base_url}/graphql",
        headers={"Origin": "http://evil.example", "Content-Type": "application/json"},
        data=json.dumps({"query": "mutation { logOut { userErrors { code } } }"}),
    )
    assert refused.status == 403
    assert (await refused.json())["errors"][0]["extensions"]["code"] == "FORBIDDEN_ORIGIN"
    await page.reload()
    await expect(page.locator("#signed-in")).to_be_visible()  # still signed in

    await page.click("#logout")
    await status_says(page, "Signed out")
    await expect(page.locator("#signed-out")).to_be_visible()


async def test_two_step_sign_in_on_the_reference_page(
    setup: Setup, context: BrowserContext, mailbox: Mailbox
) -> None:
    api = setup.api
    await publish_statement(api.services.queue)
    helper = GraphQLClient(api.base_url)
    try:
        await sign_up(helper, mailbox, username="grace", email="grace@example.org")
        _, recovery_codes = await enable_totp(helper)
    finally:
        await helper.close()

    page = await open_page(context, setup.page_origin, api)
    await page.fill("#login-identifier", "grace")
    await page.fill("#login-password", PASSWORD)
    await page.click("#login")
    await expect(page.locator("#mfa-form")).to_be_visible()
    await status_says(page, "authenticator")
    await page.fill("#mfa-code", recovery_codes[0])
    await page.click("#mfa-submit")
    await status_says(page, "Welcome, grace")
    await expect(page.locator("#me-username")).to_have_text("grace")


async def test_an_origin_not_listed_is_refused_by_the_browser(
    setup: Setup, context: BrowserContext, mailbox: Mailbox
) -> None:
    failed: list[str] = []
    page = await open_page(context, setup.unlisted_origin, setup.api)
    page.on("requestfailed", lambda request: failed.append(request.url))
    await page.fill("#login-identifier", "nobody")
    await page.fill("#login-password", PASSWORD)
    await page.click("#login")
    await status_says(page, "did not answer this page's origin")
    # The browser reports the failed request on its own schedule: wait for it, bounded.
    for _ in range(50):
        if f"{setup.api.base_url}/graphql" in failed:
            break
        await asyncio.sleep(0.1)
    assert f"{setup.api.base_url}/graphql" in failed


async def test_a_page_on_localhost_against_an_api_on_127_0_0_1_is_told_why_it_stays_signed_out(
    setup: Setup, context: BrowserContext, mailbox: Mailbox
) -> None:
    await publish_statement(setup.api.services.queue)
    helper = GraphQLClient(setup.api.base_url)
    try:
        await sign_up(helper, mailbox, username="linus", email="linus@example.org")
    finally:
        await helper.close()
    page = await open_page(context, setup.localhost_origin, setup.api)
    await page.fill("#login-identifier", "linus")
    await page.fill("#login-password", PASSWORD)
    await page.click("#login")
    # CORS lets the answer through (the origin is listed), but the cookie is cross-site.
    await status_says(page, "did not keep the session cookie")
