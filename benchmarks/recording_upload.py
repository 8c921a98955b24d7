"""A 1 GiB recording through the fake Bilibili in 10 MiB chunks: the worker's memory and speed.

Run by hand (results go to docs/performance.md):

    REDIS_URL=redis://127.0.0.1:6379/7 .venv/bin/python benchmarks/recording_upload.py \
        [--size-mib 1024] [--chunk-mib 10] [--threads 3]

This process runs the fake Bilibili and the fake meeting platform (tests/fakes/) and a fresh
SQLite database; a real `commons worker --queue slow` process does the upload. The worker's
resident memory is read from /proc: idle (started, heartbeat written) and its peak (VmHWM)
after the upload. WARNING: the Redis database named by REDIS_URL is flushed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from arq.connections import RedisSettings, create_pool
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.migrations import apply_migrations  # noqa: E402
from jobs.worker import SPECS  # noqa: E402
from models import tortoise_config  # noqa: E402
from models.community.meetings import Meeting  # noqa: E402
from models.community.recordings import Recording, RecordingStatus  # noqa: E402
from models.identity.users import User  # noqa: E402
from services.community import recordings, sigs  # noqa: E402
from services.gate import consent, policies  # noqa: E402
from services.gate.consent import ConsentPurpose  # noqa: E402
from services.gate.outbound import OutboundClient  # noqa: E402
from services.kernel import clock  # noqa: E402
from services.kernel.client import ClientInfo  # noqa: E402
from services.kernel.queue import ArqQueue  # noqa: E402
from settings import Settings  # noqa: E402
from tests.fakes.bilibili import FakeBilibili  # noqa: E402
from tests.fakes.recording_source import FakeRecordingSource  # noqa: E402

MIB = 1024 * 1024
STATEMENT = ROOT / "docs" / "policies" / "privacy-statement-v20241205.md"


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


async def prepare(settings: Settings) -> int:
    """A consenting organizer and a recorded meeting; answers the meeting's id."""
    user = await User.create(
        username="bench", username_key="bench", email="bench@example.org", password_hash=None
    )
    queue = ArqQueue(await create_pool(RedisSettings.from_dsn(settings.redis_url or "")), SPECS)
    policy = await policies.publish(queue, STATEMENT.read_text(), url="https://example.org/p")
    await consent.grant(
        user.id, [ConsentPurpose.MEETING_RECORDINGS], policy.version, ClientInfo.unknown()
    )
    sig = await sigs.set_sig("bench", sigs.SigChange(maintainers=["bench"]))
    now = clock.now()
    meeting = await Meeting.create(
        sig=sig, organizer=user, topic="Benchmark", starts_at=now, ends_at=now, timezone="UTC",
        join_url="https://meet.example.org/j/1", uid="bench@commons", record_automatically=True,
    )  # fmt: skip
    return meeting.id


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--chunk-mib", type=int, default=10)
    parser.add_argument("--threads", type=int, default=3)
    args = parser.parse_args()
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        raise SystemExit("set REDIS_URL (its database is flushed)")

    bilibili = FakeBilibili(chunk_size=args.chunk_mib * MIB, threads=args.threads)
    source = FakeRecordingSource()
    await bilibili.start()
    await source.start()
    size = args.size_mib * MIB
    url = source.add("benchmark", size)
    workdir = Path(tempfile.mkdtemp(prefix="commons-bench-"))
    env = {
        "DATABASE_URL": f"sqlite://{workdir / 'bench.sqlite3'}",
        "REDIS_URL": redis_url,
        "DATA_REGIONS": "HK,CN",
        "BILIBILI_BASE_URL": bilibili.url,
        "BILIBILI_SESSDATA": bilibili.sessdata,
        "BILIBILI_BILI_JCT": bilibili.bili_jct,
        "RECORDING_SOURCE_ORIGINS": source.url,
    }
    settings = Settings(_env_file=None, **{k.lower(): v for k, v in env.items()})  # type: ignore[arg-type]
    await apply_migrations(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    pool = await create_pool(RedisSettings.from_dsn(redis_url))
    await pool.flushdb()
    meeting_id = await prepare(settings)

    commons = Path(sys.executable).with_name("commons")
    worker = await asyncio.create_subprocess_exec(
        str(commons), "worker", "--queue", "slow", env={**os.environ, **env},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while not await pool.exists("commons:slow:health-check"):
            await asyncio.sleep(0.1)
        await asyncio.sleep(2)
        idle = rss_kib(worker.pid, "VmRSS")
        async with aiohttp.ClientSession() as http:
            outbound = OutboundClient(settings, http)
            queue = ArqQueue(pool, SPECS)
            started = time.monotonic()
            await recordings.register(queue, settings, outbound, meeting_id, url, None, None)
            while True:
                recording = await Recording.get(meeting_id=meeting_id)
                if recording.status in (RecordingStatus.UPLOADED, RecordingStatus.FAILED):
                    break
                await asyncio.sleep(0.2)
            elapsed = time.monotonic() - started
        peak = rss_kib(worker.pid, "VmHWM")
    finally:
        worker.terminate()
        await worker.wait()
    completed = [f for f in bilibili.files.values() if f.completed]
    intact = len(completed) == 1 and completed[0].sha256 == source.sha256_of("benchmark")
    parts = -(-size // (args.chunk_mib * MIB))
    print(f"status              {recording.status.value} {recording.bvid or recording.error}")
    print(f"file                {args.size_mib} MiB in {parts} parts of {args.chunk_mib} MiB, "
          f"{args.threads} at once; bytes intact: {intact}")  # fmt: skip
    print(f"time                {elapsed:.1f} s ({args.size_mib / elapsed:.1f} MiB/s)")
    print(f"worker RSS idle     {idle / 1024:.1f} MiB")
    print(f"worker RSS peak     {peak / 1024:.1f} MiB (+{(peak - idle) / 1024:.1f} MiB)")
    await pool.aclose()
    await Tortoise.close_connections()
    await bilibili.stop()
    await source.stop()


if __name__ == "__main__":
    asyncio.run(main())
