"""The benchmark: Commons against the bare limit and the library a user would pick instead.

Run by hand, never as a test (results and the machine go to docs/performance.md):

    .venv/bin/python benchmarks/run.py --db sqlite
    .venv/bin/python benchmarks/run.py --db postgres --redis redis://127.0.0.1:6379/5

Targets, each its own uvicorn process (one worker unless said), on one database:
  commons          the service, production settings (benchmarks/apps.py:commons)
  commons-nolog    the same without the access-log middleware, for the logging overhead
  bare             Starlette, no middleware, the same reads by hand: the limit
  fastapi-users    configured as its documentation shows (benchmarks/peer/, own virtualenv)
  commons-2w       the service with `--workers 2` (needs --redis: limits and jobs shared)
  commons-2p       two separate service processes, the load split between them
  bare-2p          two bare processes split the same way: what a second process can gain
                   on the machine at all (workers case)

Cases: me, trusted-me (`me` sent as a registered document id), sessions, security-events,
meetings and members (a page of 100 each, with their nested fields), log-in (password,
production Argon2), send-code (sendVerificationCode, a new address and client each time),
workers (me on 1 against 2 processes). Besides req/s and latency, each target's CPU time per
request (its processes', from /proc) and the whole machine's (every process: the load
generator and the database too) are printed, with the share of all cores that was busy.
Rounds interleave the targets of a case, each round starting one target later, so drift on a
shared machine hits all of them alike; each figure is the median over rounds. The load
generator is wrk (Debian package `wrk`), or an aiohttp loop with --loader aiohttp.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
# The member benchmarks/apps.py seeds (and registers with fastapi-users too).
EMAIL = "bench@example.org"
PASSWORD = "a benchmark passphrase of some length"
BENCH = ROOT / "benchmarks"
PEER = BENCH / "peer"
VENV_BIN = Path(sys.executable).parent
LOGS = Path(tempfile.gettempdir()) / "commons-bench-logs"  # each server's stderr
POSTGRES_DEFAULT = "postgres://postgres@127.0.0.1:5432/commons_bench_performance"
# benchmarks/apps.py registers this document (TRUSTED_ME) as `commons documents add` would.
TRUSTED_ID = (
    "sha256:"
    + hashlib.sha256(
        b"query Me { me { id username email createdAt profile { nickname company } } }"
    ).hexdigest()
)

ME = "{ me { id username email createdAt profile { nickname company } } }"
SESSIONS = (
    "{ me { sessions(first: 100) { totalCount nodes "
    "{ id createdAt lastSeenAt ipAddress userAgent current } } } }"
)
EVENTS = "{ me { securityEvents(first: 100) { totalCount nodes { kind at ipAddress } } } }"
MEETINGS = (
    "{ meetings(first: 100) { totalCount nodes { id topic startsAt endsAt timezone status "
    "joinUrl sig { name } organizer { username } recording { status bvid url } } } }"
)
MEMBERS = (
    "{ members(first: 100) { totalCount nodes { username name company giteeId "
    "contributionStats { pullRequests other } } } }"
)
LOG_IN = (
    "mutation($input: LogInInput!) { logIn(input: $input) { sessionToken userErrors { code } } }"
)
SEND_CODE = (
    "mutation($input: SendVerificationCodeInput!) { sendVerificationCode(input: $input) "
    "{ sent userErrors { code } } }"
)
# A request with `vary_client` comes from a new client address each time (X-Forwarded-For;
# TRUSTED_PROXIES is the loopback, as behind a load balancer) and has `{{target}}` in its body
# replaced by a new e-mail address, so per-address and per-target limits are not what is
# measured (a real crowd has many addresses). Each wrk thread seeds its own generator.
VARYING_LUA = """
local counter = 0
local body_template = [==[%BODY%]==]
local fixed = %HEADERS%
function setup(thread) thread:set("seed", math.random(1, 1000000000)) end
function init(args) math.randomseed(seed + os.time()) end
function request()
  counter = counter + 1
  local headers = {}
  for k, v in pairs(fixed) do headers[k] = v end
  headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255)
    .. "." .. math.random(1, 254)
  local target = "b" .. math.random(1, 1000000000) .. "-" .. counter .. "@example.org"
  local body = (string.gsub(body_template, "{{target}}", target))
  return wrk.format(%METHOD%, nil, headers, body)
end
"""


@dataclass
class Request:
    path: str
    method: str = "POST"
    body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    expect: str = ""  # a substring every answer must hold (checked before measuring)
    vary_client: bool = False  # a new client address (and `{{target}}`) per request


@dataclass
class Target:
    name: str
    port: int
    command: list[str]
    env: dict[str, str]
    cwd: Path = ROOT
    workers: int = 1
    also: list[int] = field(default_factory=list)  # ports of sibling processes (wrk only)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Figures:
    rps: list[float] = field(default_factory=list)
    p50: list[float] = field(default_factory=list)
    p99: list[float] = field(default_factory=list)
    errors: int = 0
    statements: float | None = None
    access_log_writes: float | None = None
    cpu_us: list[float] = field(default_factory=list)  # the server's CPU time per request
    # The whole machine's: the server, the load generator, the database, Redis, neighbours.
    machine_us: list[float] = field(default_factory=list)
    busy: list[float] = field(default_factory=list)  # share of all cores busy in a round


def cpu_seconds(target: Target, targets: dict[str, Target]) -> float | None:
    """The target's CPU time so far: its process's (all threads: the event loop and SQLite's),
    the worker processes' of `--workers N` (the supervisor only waits), or the sum over the
    processes behind its ports."""
    if target.also:
        pids = [t.process.pid for t in targets.values() if t.process and t.port in _ports(target)]
    elif target.process is None:
        return None
    elif target.workers > 1:
        pids = _children(target.process.pid)
    else:
        pids = [target.process.pid]
    return sum(_process_cpu(pid) for pid in pids) if pids else None


def _ports(target: Target) -> list[int]:
    return [target.port, *target.also]


def _children(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return children


def _process_cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    # utime and stime, the 14th and 15th fields (the 12th and 13th after the name)
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU time all cores spent working so far (`/proc/stat`: user, nice, system, irq and
    softirq; not idle, I/O wait or the time the hypervisor stole)."""
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:8]]
    user, nice, system, _idle, _iowait, irq, softirq = values
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


# --- the database ---------------------------------------------------------------------------


async def recreate_postgres(url: str) -> None:
    import asyncpg

    base, _, name = url.rpartition("/")
    admin = await asyncpg.connect(f"{base}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()


def sqlalchemy_url(url: str) -> str:
    if url.startswith("sqlite://"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite://")  # an absolute path
    return "postgresql+asyncpg://" + url.split("://", 1)[1]


# --- processes --------------------------------------------------------------------------------


def uvicorn(factory: str, port: int, workers: int = 1, app_dir: Path | None = None) -> list[str]:
    binary = str((PEER / ".venv/bin/uvicorn") if app_dir else VENV_BIN / "uvicorn")
    command = [binary, "--factory", factory, "--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(workers), "--no-access-log", "--log-level", "warning"]
    command += ["--no-server-header"]
    if app_dir:
        command += ["--app-dir", str(app_dir)]
    return command


def ensure_peer_venv() -> None:
    """benchmarks/peer/.venv, made or brought up to its requirements file when that changed."""
    venv = PEER / ".venv"
    requirements = (PEER / "requirements.txt").read_bytes()
    stamp = venv / ".requirements"
    if (venv / "bin/uvicorn").exists() and stamp.exists() and stamp.read_bytes() == requirements:
        return
    print("installing benchmarks/peer/.venv (fastapi-users) ...", flush=True)
    if not (venv / "bin/pip").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = str(venv / "bin/pip")
    subprocess.run([pip, "install", "-q", "-r", str(PEER / "requirements.txt")], check=True)
    stamp.write_bytes(requirements)


async def wait_ready(target: Target) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            assert target.process is not None
            if target.process.poll() is not None:
                raise RuntimeError(f"{target.name} exited with {target.process.returncode}")
            try:
                async with http.get(f"{target.base}/__bench/statements") as answer:
                    if answer.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{target.name} did not start")


# --pin: each single-process target on the first core, the load generator on the second.
SERVER_CORE, LOAD_CORE = "0", "1"
SINGLE = ("commons", "commons-nolog", "bare", "fastapi-users")


@contextmanager
def running(targets: list[Target], pin: bool = False) -> Iterator[None]:
    LOGS.mkdir(exist_ok=True)
    try:
        for target in targets:
            if not target.command:  # a name for processes started as other targets
                continue
            pinned = pin and target.name in SINGLE
            target.process = subprocess.Popen(
                ["taskset", "-c", SERVER_CORE, *target.command] if pinned else target.command,
                cwd=target.cwd,
                env={**os.environ, **target.env},
                stdout=subprocess.DEVNULL,  # mail printed to the console goes nowhere
                stderr=(LOGS / f"{target.name}.log").open("wb"),
            )
        for target in targets:
            if target.command:
                asyncio.run(wait_ready(target))
        yield
    finally:
        for target in targets:
            if target.process is not None:
                target.process.terminate()
        for target in targets:
            if target.process is not None:
                target.process.wait(timeout=30)


# --- load -------------------------------------------------------------------------------------

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def wrk(
    url: str,
    request: Request,
    connections: int,
    seconds: float,
    ports: list[int] | None = None,
    pin: bool = False,
) -> tuple[float, float, float, int]:
    """One wrk run; with `ports`, one wrk per port at once (connections split evenly), as a
    load balancer would spread them over replicas: req/s summed, the worst p50 and p99."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        if request.vary_client:
            pairs = request.headers.items()
            headers = ", ".join(f"[{json.dumps(k)}] = {json.dumps(v)}" for k, v in pairs)
            script.write(
                VARYING_LUA.replace("%BODY%", request.body or "")
                .replace("%HEADERS%", "{" + headers + "}")
                .replace("%METHOD%", json.dumps(request.method))
            )
        else:
            script.write(f"wrk.method = {json.dumps(request.method)}\n")
            if request.body is not None:
                script.write(f"wrk.body = {json.dumps(request.body)}\n")
            for key, value in request.headers.items():
                script.write(f"wrk.headers[{json.dumps(key)}] = {json.dumps(value)}\n")
    urls = [url] if not ports else [re.sub(r":\d+/", f":{p}/", url, count=1) for p in ports]
    each = max(1, connections // len(urls))
    duration = f"-d{max(1, round(seconds))}s"
    command = [
        *(["taskset", "-c", LOAD_CORE] if pin and not ports else []),
        "wrk",
        "-t1",
        f"-c{each}",
        duration,
        "--timeout",
        "30s",
        "--latency",
        "-s",
        script.name,
    ]
    try:
        runs = [
            subprocess.Popen(
                [*command, one],
                stdout=subprocess.PIPE,
                text=True,
            )
            for one in urls
        ]
        outputs = [run.communicate()[0] for run in runs]
    finally:
        os.unlink(script.name)
    figures = [_parse_wrk(output) for output in outputs]
    return (
        sum(f[0] for f in figures),
        max(f[1] for f in figures),
        max(f[2] for f in figures),
        sum(f[3] for f in figures),
    )


def _parse_wrk(output: str) -> tuple[float, float, float, int]:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    failed = re.search(r"Socket errors:.*", output)
    errors = int(bad.group(1)) if bad else 0
    if failed:
        errors += sum(int(n) for n in re.findall(r"\d+", failed.group(0)))
    return rps, p50, p99, errors


async def aiohttp_load(
    url: str, request: Request, connections: int, seconds: float
) -> tuple[float, float, float, int]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    counter = 0
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def worker() -> None:
            nonlocal errors, counter
            while time.perf_counter() < deadline:
                counter += 1
                body, headers = _one(request, counter)
                started = time.perf_counter()
                async with http.request(request.method, url, data=body, headers=headers) as r:
                    await r.read()
                    errors += r.status >= 400
                latencies.append((time.perf_counter() - started) * 1e3)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return (
        len(latencies) / elapsed,
        latencies[len(latencies) // 2],
        latencies[int(len(latencies) * 0.99)],
        errors,
    )


def _one(request: Request, n: int) -> tuple[str | None, dict[str, str]]:
    if not request.vary_client:
        return request.body, request.headers
    target = f"p{n}-{time.time_ns()}@example.org"
    body = (request.body or "").replace("{{target}}", target)
    ip = f"10.{n % 250}.{(n // 250) % 250}.{time.time_ns() % 250 + 1}"
    return body, {**request.headers, "X-Forwarded-For": ip}


async def probe(target: Target, request: Request, times: int) -> tuple[float, float]:
    """Check the answer; returns statements per request and access-log writes per request."""
    async with aiohttp.ClientSession() as http:

        async def counts() -> dict[str, int]:
            async with http.get(f"{target.base}/__bench/statements") as answer:
                result: dict[str, int] = await answer.json()
                return result

        before = await counts()
        for n in range(times):
            body, headers = _one(request, n)
            async with http.request(
                request.method, target.base + request.path, data=body, headers=headers
            ) as answer:
                text = await answer.text()
                if answer.status != 200 or request.expect not in text:
                    raise RuntimeError(
                        f"{target.name} {request.path}: {answer.status} {text[:300]}"
                    )
        after = await counts()
    return (
        (after["statements"] - before["statements"]) / times,
        (after.get("access_log", 0) - before.get("access_log", 0)) / times,
    )


# --- the run ----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--database-url", help=f"for --db postgres; default {POSTGRES_DEFAULT}")
    parser.add_argument("--redis", help="REDIS_URL for Commons (required by the workers case)")
    parser.add_argument(
        "--cases",
        default="me,trusted-me,sessions,security-events,meetings,members,log-in,send-code,workers",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--loader", choices=["wrk", "aiohttp"], default="wrk")
    parser.add_argument("--no-peer", action="store_true", help="leave fastapi-users out")
    parser.add_argument(
        "--pin",
        action="store_true",
        help="single-process servers on core 0 and wrk on core 1 (taskset); pin the database "
        "to core 1 yourself (`taskset -a -cp 1 $(pgrep postgres)`) to keep it off the servers'",
    )
    args = parser.parse_args()
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    if args.loader == "wrk" and not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install -y wrk), or pass --loader aiohttp")
    if "workers" in cases and not args.redis:
        print("workers case skipped: it needs --redis (limits and jobs shared across processes)")
        cases.remove("workers")

    scratch = Path(tempfile.mkdtemp(prefix="commons-bench-"))
    if args.db == "sqlite":
        database_url = f"sqlite://{scratch}/bench.sqlite3"
    else:
        database_url = args.database_url or POSTGRES_DEFAULT
        asyncio.run(recreate_postgres(database_url))
    seeded = json.loads(
        subprocess.run(
            [sys.executable, str(BENCH / "apps.py"), "seed", database_url],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()[-1]
    )
    token = seeded["token"]
    env = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "benchmark-secret-key-not-for-production",
        "DEBUG": "false",
        "TRUSTED_PROXIES": "127.0.0.1/32",
        "REDIS_URL": args.redis or "",
        "PYTHONPATH": str(ROOT),
    }
    if not args.redis:
        env.pop("REDIS_URL")

    def own_database(name: str) -> str:
        """SQLite has one writer per file: each process gets its own copy of the seeded file,
        so no target waits on another's writes (PostgreSQL: all share the one database)."""
        if args.db != "sqlite":
            return database_url
        path = scratch / "bench.sqlite3"
        copy = scratch / f"{name}.sqlite3"
        shutil.copyfile(path, copy)
        return f"sqlite://{copy}"

    def commons_env(name: str) -> dict[str, str]:
        return {**env, "DATABASE_URL": own_database(name)}

    targets = {
        "commons": Target(
            "commons", 8801, uvicorn("benchmarks.apps:commons", 8801), commons_env("commons")
        ),
        "commons-nolog": Target(
            "commons-nolog",
            8802,
            uvicorn("benchmarks.apps:commons_without_access_log", 8802),
            commons_env("commons-nolog"),
        ),
        "bare": Target("bare", 8803, uvicorn("benchmarks.apps:bare", 8803), commons_env("bare")),
    }
    if not args.no_peer:
        ensure_peer_venv()
        targets["fastapi-users"] = Target(
            "fastapi-users",
            8804,
            uvicorn("app:create_app", 8804, app_dir=PEER),
            {"PEER_DATABASE_URL": sqlalchemy_url(own_database("fastapi-users"))},
            cwd=PEER,
        )

    def split(name: str, factory: str, env: dict[str, str], first_port: int) -> None:
        """`name`: two processes of `factory`, on `first_port` and the next, with one target
        each (`<kind>-p<port>`) to start them."""
        ports = (first_port, first_port + 1)
        kind = name.removesuffix("-2p")
        for port in ports:
            targets[f"{kind}-p{port}"] = Target(
                f"{kind}-p{port}", port, uvicorn(factory, port), env
            )
        targets[name] = Target(name, first_port, [], env, workers=2, also=[ports[1]])

    if "workers" in cases:
        targets["commons-2w"] = Target(
            "commons-2w",
            8805,
            uvicorn("benchmarks.apps:commons", 8805, workers=2),
            commons_env("commons-2w"),
            workers=2,
        )
        # Two separate processes on two ports, load split between them as a balancer would:
        # `--workers 2` leaves the spreading of connections to the kernel's accept(), which
        # can hand every keep-alive connection of a burst to one process.
        split("commons-2p", "benchmarks.apps:commons", commons_env("commons-2w"), 8806)
        # The bare endpoint split the same way: what two processes can gain on this machine
        # when each does only the read.
        split("bare-2p", "benchmarks.apps:bare", commons_env("bare"), 8808)

    bearer = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def graphql(query: str, expect: str, variables: dict[str, Any] | None = None) -> Request:
        body = json.dumps({"query": query, "variables": variables or {}})
        return Request("/graphql", body=body, headers=bearer, expect=expect)

    commons_me = graphql(ME, '"username":"bench"')
    bare_me = Request("/me", body="{}", headers=bearer, expect='"username":"bench"')

    credentials = {"identifier": seeded["identifier"], "password": seeded["password"]}
    login_body = json.dumps({"query": LOG_IN, "variables": {"input": {"password": credentials}}})
    json_headers = {"Content-Type": "application/json"}
    code_input = {"channel": "EMAIL", "target": "{{target}}", "purpose": "SIGN_UP"}
    send_code_body = json.dumps({"query": SEND_CODE, "variables": {"input": code_input}})

    with running(list(targets.values()), args.pin):
        peer_token = asyncio.run(peer_sign_in(targets)) if "fastapi-users" in targets else None
        peer_bearer = {"Authorization": f"Bearer {peer_token}"}
        plans: dict[str, dict[str, Request]] = {
            "me": {
                "commons": commons_me,
                "commons-nolog": commons_me,
                "bare": bare_me,
                "fastapi-users": Request("/users/me", "GET", headers=peer_bearer, expect="bench@"),
            },
            "trusted-me": {
                "commons": Request(
                    "/graphql",
                    body=json.dumps({"documentId": TRUSTED_ID}),
                    headers=bearer,
                    expect='"username":"bench"',
                ),
                "bare": bare_me,
            },
            "meetings": {"commons": graphql(MEETINGS, '"totalCount":120')},
            "members": {"commons": graphql(MEMBERS, '"totalCount":120')},
            "sessions": {
                "commons": graphql(SESSIONS, '"totalCount"'),
                "bare": Request("/sessions", body="{}", headers=bearer, expect='"totalCount"'),
            },
            "security-events": {
                "commons": graphql(EVENTS, '"totalCount"'),
                "bare": Request(
                    "/security-events", body="{}", headers=bearer, expect='"totalCount"'
                ),
            },
            "log-in": {
                "commons": Request(
                    "/graphql",
                    body=login_body,
                    headers=json_headers,
                    expect='"sessionToken":"',
                    vary_client=True,
                ),
                "bare": Request(
                    "/log-in",
                    body=login_body,
                    headers=json_headers,
                    expect='"sessionToken":"',
                    vary_client=True,
                ),
                "fastapi-users": Request(
                    "/auth/db/login",
                    body=urlencode({"username": EMAIL, "password": seeded["password"]}),
                    headers={"Content-Type": "application/x-www-form-urlencoded"},
                    expect="access_token",
                ),
            },
            "send-code": {
                "commons": Request(
                    "/graphql",
                    body=send_code_body,
                    headers=json_headers,
                    expect='"sent":true',
                    vary_client=True,
                ),
            },
            "workers": {
                "commons": commons_me,
                "commons-2w": commons_me,
                "commons-2p": commons_me,
                "bare": bare_me,
                "bare-2p": bare_me,
            },
        }
        print(machine_line(args, database_url))
        for case in cases:
            plan = {n: r for n, r in plans[case].items() if n in targets}
            run_case(case, plan, targets, args)
    shutil.rmtree(scratch, ignore_errors=True)


async def peer_sign_in(targets: dict[str, Target]) -> str:
    base = targets["fastapi-users"].base

    async with aiohttp.ClientSession() as http:
        await http.post(f"{base}/auth/register", json={"email": EMAIL, "password": PASSWORD})
        form = {"username": EMAIL, "password": PASSWORD}
        async with http.post(f"{base}/auth/db/login", data=form) as answer:
            token: str = (await answer.json())["access_token"]
            return token


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.machine()


def machine_line(args: argparse.Namespace, database_url: str) -> str:
    load = os.getloadavg()
    return (
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} | {cpu_name()}, "
        f"{os.cpu_count()} cores, load {load[0]:.1f} | Python {platform.python_version()} | "
        f"db {args.db} | redis {'yes' if args.redis else 'no'} | loader {args.loader}, "
        f"{args.connections} connections, {args.seconds:g}s x {args.rounds} rounds"
    )


def run_case(
    case: str, plan: dict[str, Request], targets: dict[str, Target], args: argparse.Namespace
) -> None:
    figures = {name: Figures() for name in plan}
    for name, request in plan.items():  # check answers and count statements first
        if targets[name].workers > 1:  # each process counts its own: check the answer only
            asyncio.run(probe(targets[name], request, 5))
            continue
        per_request, access_log = asyncio.run(probe(targets[name], request, 20))
        figures[name].statements = per_request
        figures[name].access_log_writes = access_log
    for name, request in plan.items():  # warm-up
        load(targets[name], request, args, min(args.seconds, 3))
    order = list(plan.items())
    for round_number in range(args.rounds):
        # Each round starts one target later, so no target is always the one that runs right
        # after another's load (whatever that leaves behind: the database's background work).
        shift = round_number % len(order)
        for name, request in order[shift:] + order[:shift]:
            before = cpu_seconds(targets[name], targets)
            machine_before = machine_busy_seconds()
            rps, p50, p99, errors = load(targets[name], request, args, args.seconds)
            machine_seconds = machine_busy_seconds() - machine_before
            after = cpu_seconds(targets[name], targets)
            f = figures[name]
            served = rps * round(args.seconds)
            if before is not None and after is not None and rps > 0:
                f.cpu_us.append((after - before) * 1e6 / served)
            if rps > 0:
                f.machine_us.append(machine_seconds * 1e6 / served)
                f.busy.append(machine_seconds / (round(args.seconds) * (os.cpu_count() or 1)))
            f.rps.append(rps)
            f.p50.append(p50)
            f.p99.append(p99)
            f.errors += errors
    for name, request in plan.items():  # still the right answers after the load?
        try:
            asyncio.run(probe(targets[name], request, 1))
        except RuntimeError as wrong:
            print(f"WARNING {name}: wrong answer after the load: {wrong}")
    print(f"\n## {case}")
    print(
        f"{'target':<15} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'stmts/req':>10} "
        f"{'cpu µs/req':>10} {'machine µs/req':>14} {'busy':>5}  rounds (req/s)"
    )
    for name, f in figures.items():
        statements = "—" if f.statements is None else f"{f.statements:.1f}"
        cpu = f"{statistics.median(f.cpu_us):.0f}" if f.cpu_us else "—"
        machine = f"{statistics.median(f.machine_us):.0f}" if f.machine_us else "—"
        busy = f"{statistics.median(f.busy):.0%}" if f.busy else "—"
        print(
            f"{name:<15} {statistics.median(f.rps):>8.0f} {statistics.median(f.p50):>8.1f} "
            f"{statistics.median(f.p99):>8.1f} {statements:>10} {cpu:>10} {machine:>14} "
            f"{busy:>5}  "
            + ", ".join(f"{v:.0f}" for v in f.rps)
            + (f"  ERRORS {f.errors}" if f.errors else "")
        )
    base = statistics.median(figures["commons"].rps)
    base_cpu = figures["commons"].cpu_us
    for name, f in figures.items():
        other = statistics.median(f.rps)
        if name != "commons" and other > 0:
            line = f"commons ÷ {name}: {base / other:.2f}"
            if base_cpu and f.cpu_us:
                # Requests per CPU second: steadier than req/s on a machine with neighbours.
                efficiency = statistics.median(f.cpu_us) / statistics.median(base_cpu)
                line += f" (per CPU second: {efficiency:.2f}"
                if targets[name].workers > 1 and figures["commons"].machine_us and f.machine_us:
                    # Several processes: also per second of the whole machine's CPU.
                    machine_ratio = statistics.median(f.machine_us) / statistics.median(
                        figures["commons"].machine_us
                    )
                    line += f"; per machine CPU second: {machine_ratio:.2f}"
                line += ")"
            print(line)
    if figures["commons"].machine_us:
        ceiling = (os.cpu_count() or 1) * 1e6 / statistics.median(figures["commons"].machine_us)
        print(f"all cores at one process's cost per request: {ceiling:.0f} req/s")
    for one, two in (("commons", "commons-2w"), ("commons", "commons-2p"), ("bare", "bare-2p")):
        if one in figures and two in figures:
            gain = statistics.median(figures[two].rps) / statistics.median(figures[one].rps)
            print(f"{two} ÷ {one}: {gain:.2f}")


def load(
    target: Target, request: Request, args: argparse.Namespace, seconds: float
) -> tuple[float, float, float, int]:
    url = target.base + request.path
    if args.loader == "wrk":
        ports = [target.port, *target.also] if target.also else None
        return wrk(url, request, args.connections, seconds, ports, args.pin)
    return asyncio.run(aiohttp_load(url, request, args.connections, seconds))


if __name__ == "__main__":
    main()
