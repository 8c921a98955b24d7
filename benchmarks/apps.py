"""The servers the benchmark compares, each started by uvicorn as an app factory:

    commons                     the real app, `create_app(load_settings())`, production settings
    commons_without_access_log  the same without the access-log middleware (its cost)
    bare                        Starlette, no middleware, the same reads by hand: the limit

Each also answers `GET /__bench/statements` with the number of SQL statements this process has
run (access-log batch writes counted apart), so the harness can report statements per request.
`python benchmarks/apps.py seed` migrates the database and makes the benchmark's member.
"""

from __future__ import annotations

import asyncio
import functools
import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from starlette.applications import Starlette  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402
from tortoise.backends.base.client import BaseDBAsyncClient  # noqa: E402

USERNAME = "bench"
EMAIL = "bench@example.org"
PASSWORD = "a benchmark passphrase of some length"
LIST_ROWS = 120  # sessions, security events, meetings, members: a page of 100 is full
# Registered as a trusted document (`commons documents add`): sent by id, never validated.
TRUSTED_ME = "query Me { me { id username email createdAt profile { nickname company } } }"

# --- statements per request -------------------------------------------------------------

COUNTS = {"statements": 0, "access_log": 0}
EXECUTE_METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many")


def _counting(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def wrapper(self: BaseDBAsyncClient, query: str, *args: Any, **kwargs: Any) -> Any:
        COUNTS["access_log" if "access_log" in query else "statements"] += 1
        return await method(self, query, *args, **kwargs)

    return wrapper


def install_statement_counter() -> None:
    # Tortoise imports a backend on init; import both now so their classes get wrapped.
    import tortoise.backends.asyncpg.client
    import tortoise.backends.sqlite.client  # noqa: F401

    todo = [BaseDBAsyncClient]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            for name in EXECUTE_METHODS:
                if name in sub.__dict__:
                    setattr(sub, name, _counting(sub.__dict__[name]))


async def statements(_: Request) -> JSONResponse:
    return JSONResponse(COUNTS)


def _with_counter(app: Starlette) -> Starlette:
    install_statement_counter()
    app.router.routes.append(Route("/__bench/statements", statements, methods=["GET"]))
    return app


# --- Commons --------------------------------------------------------------------------------


def commons() -> Starlette:
    """The service as `commons serve` runs it, settings from the environment."""
    from api.app import create_app

    return _with_counter(create_app())


def commons_without_access_log() -> Starlette:
    from api.app import create_app
    from api.middleware.edge import EdgeMiddleware

    app = create_app()
    edge: object = EdgeMiddleware
    for middleware in app.user_middleware:
        if middleware.cls is edge:
            middleware.kwargs["access_log"] = False
    return _with_counter(app)


# --- bare Starlette: the same reads, no middleware, no GraphQL ----------------------------


def bare() -> Starlette:
    from tortoise import Tortoise

    from models import tortoise_config
    from models.identity.security_events import SecurityEvent
    from models.identity.users import Profile, User
    from providers.password import PasswordProvider, make_hasher
    from services.identity.sessions import SessionStore
    from services.kernel.client import ClientInfo
    from settings import load_settings

    settings = load_settings()
    store = SessionStore(settings)
    passwords = PasswordProvider(make_hasher(settings))

    def token_of(request: Request) -> str:
        return request.headers.get("authorization", "").removeprefix("Bearer ")

    async def me(request: Request) -> JSONResponse:
        """Session by token hash with its user and profile (one statement), as `me`."""
        session = await store.resolve(token_of(request))
        if session is None:
            return JSONResponse({"data": {"me": None}})
        user = session.user
        profile = getattr(user, "profile", None)
        if not isinstance(profile, Profile):
            profile = await Profile.get(user_id=user.id)
        return JSONResponse(
            {
                "data": {
                    "me": {
                        "id": str(user.public_id),
                        "username": user.username,
                        "email": user.email,
                        "createdAt": user.created_at.isoformat(),
                        "profile": {"nickname": profile.nickname, "company": profile.company},
                    }
                }
            }
        )

    async def sessions(request: Request) -> JSONResponse:
        session = await store.resolve(token_of(request))
        if session is None:
            return JSONResponse({"data": {"me": None}})
        query = store.live_query(session.user.id)
        total = await query.count()
        rows = await query.limit(100)
        nodes = [
            {
                "id": s.id,
                "createdAt": s.created_at.isoformat(),
                "lastSeenAt": s.last_seen_at.isoformat(),
                "ipAddress": s.ip_address,
                "userAgent": s.user_agent,
                "current": s.id == session.id,
            }
            for s in rows
        ]
        return JSONResponse({"data": {"me": {"sessions": {"totalCount": total, "nodes": nodes}}}})

    async def security_events(request: Request) -> JSONResponse:
        session = await store.resolve(token_of(request))
        if session is None:
            return JSONResponse({"data": {"me": None}})
        query = SecurityEvent.filter(user_id=session.user.id).order_by("-created_at", "-id")
        total = await query.count()
        rows = await query.limit(100)
        nodes = [
            {"kind": e.kind, "at": e.created_at.isoformat(), "ipAddress": e.ip_address}
            for e in rows
        ]
        return JSONResponse(
            {"data": {"me": {"securityEvents": {"totalCount": total, "nodes": nodes}}}}
        )

    async def log_in(request: Request) -> JSONResponse:
        """Verify the password with the same Argon2 parameters and start a session."""
        body = await request.json()
        credentials = body["variables"]["input"]["password"]
        identity = await passwords.authenticate(credentials)
        user = await User.get(id=identity.user_id)
        new = await store.start(user, ClientInfo("127.0.0.1", request.headers.get("user-agent")))
        return JSONResponse({"data": {"logIn": {"sessionToken": new.token}}})

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await Tortoise.init(
            config=tortoise_config(settings.database_url), _enable_global_fallback=True
        )
        yield
        await Tortoise.close_connections()

    app = Starlette(
        routes=[
            Route("/me", me, methods=["POST"]),
            Route("/sessions", sessions, methods=["POST"]),
            Route("/security-events", security_events, methods=["POST"]),
            Route("/log-in", log_in, methods=["POST"]),
        ],
        lifespan=lifespan,
    )
    return _with_counter(app)


# --- seed -------------------------------------------------------------------------------------


async def seed(database_url: str) -> dict[str, Any]:
    """Migrate, and make one member with a profile, sessions and security events."""
    from tortoise import Tortoise

    from api.commands.gate import publish_policy
    from api.migrations import apply_migrations
    from models import tortoise_config
    from models.identity.security_events import SecurityEvent
    from models.identity.users import Profile, User
    from providers.password import make_hasher
    from services.identity.sessions import SessionStore
    from services.kernel import documents
    from services.kernel.client import ClientInfo
    from settings import Settings

    await apply_migrations(database_url)
    settings = Settings(_env_file=None, database_url=database_url)
    statement = ROOT / "docs/policies/privacy-statement-v20241205.md"
    await publish_policy(settings, statement.read_text(encoding="utf-8"), None, None, False)
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)
    try:
        user = await User.get_or_none(username_key=USERNAME)
        if user is None:
            user = await User.create(
                username=USERNAME,
                username_key=USERNAME,
                email=EMAIL,
                password_hash=make_hasher(settings).hash(PASSWORD),
            )
            await Profile.create(user=user, nickname="Bench", company="Commons")
        store = SessionStore(settings)
        client = ClientInfo("192.0.2.10", "benchmark/1.0")
        for _ in range(LIST_ROWS - await store.live_query(user.id).count()):
            await store.start(user, client)
        events = await SecurityEvent.filter(user_id=user.id).count()
        for i in range(LIST_ROWS - events):
            await SecurityEvent.create(user=user, kind=f"bench.{i}", ip_address="192.0.2.10")
        await seed_community(user, settings)
        await documents.add(TRUSTED_ME, ["Me"])
        new = await store.start(user, client)
        return {"token": new.token, "identifier": USERNAME, "password": PASSWORD}
    finally:
        await Tortoise.close_connections()


async def seed_community(organizer: Any, settings: Any) -> None:
    """A SIG with LIST_ROWS upcoming meetings (every other one with an uploaded recording) and
    LIST_ROWS members in the directory (public profile, consent, a contribution each)."""
    from datetime import timedelta

    from models.community.contributions import (
        Contribution,
        ContributionKind,
        ContributionSource,
    )
    from models.community.meetings import Meeting
    from models.community.members import PublicProfile
    from models.community.recordings import Recording, RecordingStatus
    from models.community.sigs import Sig
    from models.gate.policies import PolicyVersion
    from models.identity.users import User
    from services.gate import consent
    from services.gate.consent import ConsentPurpose
    from services.kernel import clock
    from services.kernel.client import ClientInfo

    if await Sig.exists(name="bench"):
        return
    sig = await Sig.create(name="bench", description="The benchmark's SIG")
    start = clock.now() + timedelta(days=1)
    for n in range(LIST_ROWS):
        meeting = await Meeting.create(
            sig=sig,
            organizer=organizer,
            topic=f"Meeting {n}",
            agenda="Status and plans",
            starts_at=start + timedelta(hours=n),
            ends_at=start + timedelta(hours=n, minutes=45),
            timezone="Asia/Shanghai",
            join_url="https://meet.example.org/j/1",
            uid=f"bench-{n}@commons",
        )
        if n % 2 == 0:
            await Recording.create(
                meeting=meeting,
                status=RecordingStatus.UPLOADED,
                source_url="https://recordings.example.org/1.mp4",
                aid=1000 + n,
                bvid=f"BV1bench{n:04d}",
            )
    policy = await PolicyVersion.all().order_by("-effective_at").first()
    assert policy is not None, "publish the privacy statement first"
    for n in range(LIST_ROWS):
        user = await User.create(
            username=f"member{n:03d}", username_key=f"member{n:03d}", email=f"m{n}@example.org"
        )
        await consent.grant(
            user.id, [ConsentPurpose.CONTENT_RELEASE], policy.version, ClientInfo.unknown()
        )
        await PublicProfile.create(
            user=user, name=f"Member {n}", company="Co", visible=["name", "company", "gitee_id"]
        )
        await Contribution.create(
            user=user,
            kind=ContributionKind.BLOG,
            source=ContributionSource.MEMBER,
            title=f"Post {n}",
            occurred_at=clock.now(),
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["seed"]:
        print(json.dumps(asyncio.run(seed(sys.argv[2]))))
