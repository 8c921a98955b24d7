"""The Bilibili and recording-source fakes speak their protocols, with plain aiohttp."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.fakes.bilibili import FakeBilibili, av2bv
from tests.fakes.recording_source import (
    FakeRecordingSource,
    cover_bytes,
    expected_sha256,
    recording_bytes,
)

CHUNK = 64 * 1024
SIZE = 2 * CHUNK + 1234  # three chunks, the last one short


@pytest.fixture
async def bili() -> AsyncIterator[FakeBilibili]:
    fake = FakeBilibili(chunk_size=CHUNK, keep_bytes=True)
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def source() -> AsyncIterator[FakeRecordingSource]:
    fake = FakeRecordingSource()
    await fake.start()
    fake.add("talk", SIZE)
    yield fake
    await fake.stop()


@pytest.fixture
async def http(bili: FakeBilibili) -> AsyncIterator[aiohttp.ClientSession]:
    # The default cookie jar keeps no cookies for IP addresses; unsafe=True does.
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar, cookies=bili.cookies) as session:
        yield session


async def preupload(http: aiohttp.ClientSession, bili: FakeBilibili) -> dict[str, Any]:
    params = {"profile": "ugcfx/bup", "name": "talk.mp4", "size": str(SIZE), "r": "upos"}
    async with http.get(f"{bili.url}/preupload", params=params) as response:
        body: dict[str, Any] = await response.json()
    return body


async def test_av2bv_matches_bilibili() -> None:
    assert av2bv(111298867365120) == "BV1L9Uoa9EUx"


async def test_a_three_chunk_upload_submitted_listed_and_deleted(
    bili: FakeBilibili, source: FakeRecordingSource, http: aiohttp.ClientSession
) -> None:
    async with http.get(source.recording_url("talk")) as response:
        video = await response.read()
    assert hashlib.sha256(video).hexdigest() == expected_sha256("talk", SIZE)

    pre = await preupload(http, bili)
    assert pre["OK"] == 1 and pre["chunk_size"] == CHUNK and pre["threads"] == 3
    upload = f"http:{pre['endpoint']}/{pre['upos_uri'].removeprefix('upos://')}"
    assert upload.startswith(bili.url)
    auth = {"X-Upos-Auth": pre["auth"]}
    stem = pre["upos_uri"].rsplit("/", 1)[1].removesuffix(".mp4")

    async with http.post(f"{upload}?uploads&output=json", headers=auth) as response:
        init = await response.json()
    assert init["OK"] == 1 and init["bucket"] == "ugcfx2lf" and init["key"] == f"/{stem}.mp4"
    upload_id = init["upload_id"]

    async def put(number: int) -> int:
        start = (number - 1) * CHUNK
        end = min(SIZE, start + CHUNK)
        params = {
            "partNumber": number, "uploadId": upload_id, "chunk": number - 1, "chunks": 3,
            "size": end - start, "start": start, "end": end, "total": SIZE,
        }  # fmt: skip
        body = video[start:end]
        async with http.put(upload, params=params, data=body, headers=auth) as response:
            assert response.status != 200 or await response.text() == "MULTIPART_PUT_SUCCESS"
            return response.status

    async with http.put(upload, params={"uploadId": upload_id}, data=b"x") as response:
        assert response.status == 403  # no X-Upos-Auth
    assert list(await asyncio.gather(put(3), put(1))) == [200, 200]

    complete = {"output": "json", "name": "talk.mp4", "profile": "ugcfx/bup",
                "uploadId": upload_id, "biz_id": str(pre["biz_id"])}  # fmt: skip
    parts = {"parts": [{"partNumber": n, "eTag": "etag"} for n in (1, 2, 3)]}
    async with http.post(upload, params=complete, json=parts, headers=auth) as response:
        assert response.status == 400 and (await response.json())["OK"] == 0  # part 2 missing
    assert await put(2) == 200
    assert await put(2) == 200  # resent
    async with http.post(upload, params=complete, json=parts, headers=auth) as response:
        done = await response.json()
    assert done["OK"] == 1 and done["location"] == pre["upos_uri"]
    assert bili.files[stem].completed and bili.files[stem].total == SIZE
    assert bili.files[stem].sha256 == expected_sha256("talk", SIZE)
    assert bili.put_counts == {(upload_id, 1): 1, (upload_id, 2): 2, (upload_id, 3): 1}
    assert bili.sessions[upload_id].parts[3].data == video[2 * CHUNK :]

    async with http.get(source.cover_url("talk")) as response:
        assert response.content_type == "image/jpeg"
        jpeg = await response.read()
    assert jpeg == cover_bytes("talk") and jpeg.startswith(b"\xff\xd8")
    cover_form = {"cover": "data:image/jpeg;base64," + base64.b64encode(jpeg).decode(),
                  "csrf": bili.bili_jct}  # fmt: skip
    async with http.post(f"{bili.url}/x/vu/web/cover/up", data=cover_form) as response:
        cover = (await response.json())["data"]["url"]
    assert cover.startswith("https://archive.biliimg.com/bfs/archive/")
    assert bili.covers[cover] == jpeg

    submission: dict[str, Any] = {
        "copyright": 1, "tid": 201, "title": "A talk", "desc": "d", "tag": "talk,commons",
        "cover": cover, "no_reprint": 1, "csrf": bili.bili_jct,
        "videos": [{"filename": stem, "title": "A talk", "desc": "", "cid": pre["biz_id"]}],
    }  # fmt: skip
    add = f"{bili.url}/x/vu/web/add/v3"
    too_long = {**submission, "title": "长" * 81}
    async with http.post(add, params={"csrf": bili.bili_jct}, json=too_long) as response:
        assert (await response.json())["code"] == 21021
    wrong_cid = {**submission, "videos": [{**submission["videos"][0], "cid": 1}]}
    async with http.post(add, params={"csrf": bili.bili_jct}, json=wrong_cid) as response:
        assert (await response.json())["code"] != 0
    async with http.post(add, params={"csrf": bili.bili_jct}, json=submission) as response:
        added = await response.json()
    assert added["code"] == 0 and added["data"]["aid"] > 113_000_000_000_000
    aid, bvid = added["data"]["aid"], added["data"]["bvid"]
    assert bvid == av2bv(aid) and bili.archives[aid].title == "A talk" and bili.submits == 3

    listing = {"status": "is_pubing,pubed,not_pubed", "pn": "1", "ps": "10"}
    async with http.get(f"{bili.url}/x/web/archives", params=listing) as response:
        data = (await response.json())["data"]
    assert data["page"] == {"pn": 1, "ps": 10, "count": 1}
    archive = data["arc_audits"][0]["Archive"]
    assert [archive[k] for k in ("aid", "bvid", "title", "state")] == [aid, bvid, "A talk", 0]

    delete = f"{bili.url}/x/web/archive/delete"
    bili.captcha_on_delete = True
    async with http.post(delete, data={"aid": str(aid), "csrf": bili.bili_jct}) as response:
        assert (await response.json())["code"] == 340022
    bili.captcha_on_delete = False
    async with http.post(delete, data={"aid": str(aid), "csrf": bili.bili_jct}) as response:
        assert (await response.json())["code"] == 0
    async with http.post(delete, data={"aid": str(aid), "csrf": bili.bili_jct}) as response:
        assert await response.json() == {"code": -404, "message": "啥都木有", "ttl": 1}
    assert bili.archives == {}


async def test_login_and_csrf_failures(bili: FakeBilibili, http: aiohttp.ClientSession) -> None:
    async with aiohttp.ClientSession() as anonymous:
        assert (await preupload(anonymous, bili))["code"] == -101
    bili.not_logged_in = True
    assert await preupload(http, bili) == {"code": -101, "message": "账号未登录", "ttl": 1}
    bili.not_logged_in = False
    delete = f"{bili.url}/x/web/archive/delete"
    async with http.post(delete, data={"aid": "1", "csrf": "forged"}) as response:
        assert (await response.json())["code"] == -111
    bili.bad_csrf = True
    async with http.post(delete, data={"aid": "1", "csrf": bili.bili_jct}) as response:
        assert (await response.json())["code"] == -111


async def test_5xx_timeouts_and_expired_sessions(
    bili: FakeBilibili, http: aiohttp.ClientSession
) -> None:
    bili.fail_next_5xx = 1
    params = {"profile": "ugcfx/bup", "name": "a.mp4", "size": "10", "r": "upos"}
    async with http.get(f"{bili.url}/preupload", params=params) as response:
        assert response.status == 503
    pre = await preupload(http, bili)
    assert pre["OK"] == 1

    bili.timeout_next, bili.timeout_delay = 1, 1.0
    timeout = aiohttp.ClientTimeout(total=0.2)
    with pytest.raises(asyncio.TimeoutError):
        async with http.get(f"{bili.url}/preupload", params=params, timeout=timeout):
            pass
    assert len(bili.files) == 2  # carried out; only the answer was lost

    upload = f"http:{pre['endpoint']}/{pre['upos_uri'].removeprefix('upos://')}"
    auth = {"X-Upos-Auth": pre["auth"]}
    async with http.post(f"{upload}?uploads&output=json", headers=auth) as response:
        upload_id = (await response.json())["upload_id"]
    bili.expire_upload_sessions()
    part = {"partNumber": 1, "uploadId": upload_id, "chunk": 0, "chunks": 1, "size": 10,
            "start": 0, "end": 10, "total": SIZE}  # fmt: skip
    async with http.put(upload, params=part, data=b"0123456789", headers=auth) as response:
        assert response.status == 404
    assert ("PUT", pre["upos_uri"].removeprefix("upos:/")) in bili.requests


async def test_source_ranges_heads_and_drops(source: FakeRecordingSource) -> None:
    url = source.recording_url("talk")
    async with aiohttp.ClientSession() as http:
        async with http.head(url) as response:
            assert response.status == 200 and response.content_length == SIZE
            assert response.headers["Accept-Ranges"] == "bytes"
        async with http.get(url, headers={"Range": "bytes=70000-70099"}) as response:
            assert response.status == 206
            assert response.headers["Content-Range"] == f"bytes 70000-70099/{SIZE}"
            assert await response.read() == b"".join(recording_bytes("talk", 70000, 70100))
        async with http.get(url, headers={"Range": f"bytes={SIZE}-"}) as response:
            assert response.status == 416
        assert source.range_requests == [(70000, 70099)]

        source.drop_after_bytes = 1000
        with pytest.raises(aiohttp.ClientPayloadError):
            async with http.get(url) as response:
                await response.read()
        async with http.get(url, headers={"Range": "bytes=1000-"}) as response:
            rest = await response.read()
        assert len(rest) == SIZE - 1000 and source.drop_after_bytes is None
        assert source.bytes_served == 100 + 1000 + SIZE - 1000

        source.fail_next_5xx = 1
        async with http.get(url) as response:
            assert response.status == 503
        async with http.get(source.recording_url("missing")) as response:
            assert response.status == 404
    assert expected_sha256("talk", SIZE) != expected_sha256("other", SIZE)
    # Blocks differ by index, so swapped 64 KiB chunks change the hash.
    block0, block1 = (b"".join(recording_bytes("talk", i * CHUNK, (i + 1) * CHUNK)) for i in (0, 1))
    assert block0 != block1
