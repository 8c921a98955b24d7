"""A fake of Bilibili's web video upload protocol, member site and upload host on one server.

The real flow, as the web uploader speaks it (point `BILIBILI_BASE_URL` at `fake.url`):

1. `GET /preupload?profile=ugcfx/bup&name=NAME&size=BYTES&r=upos` (cookies `SESSDATA`,
   `bili_jct`) → `{"OK": 1, "auth", "biz_id", "chunk_size", "endpoint": "//host:port",
   "upos_uri": "upos://ugcfx2lf/<stem>.mp4", "threads"}`. The upload host is `http:` +
   `endpoint`; the upload path is `upos_uri` without `upos://`. Every upload call below
   carries `X-Upos-Auth: <auth>` (403 without it).
2. `POST {path}?uploads&output=json` → `{"OK": 1, "bucket", "key": "/<stem>.mp4", "upload_id"}`.
3. `PUT {path}?partNumber=N&uploadId=..&chunk=N-1&chunks=..&size=..&start=..&end=..&total=..`
   with the raw chunk → `MULTIPART_PUT_SUCCESS`. A forgotten upload id answers 404.
4. `POST {path}?output=json&name=..&profile=ugcfx/bup&uploadId=..&biz_id=..` with
   `{"parts": [{"partNumber": 1, "eTag": "etag"}, ...]}` → `{"OK": 1, "location", ...}`,
   or `{"OK": 0}` with 400 when parts are missing, not contiguous or do not add up.
5. `POST /x/vu/web/cover/up` form `cover=data:image/jpeg;base64,...&csrf=..` → cover URL.
6. `POST /x/vu/web/add/v3?csrf=..` JSON (`copyright`, `tid`, `title` ≤ 80 chars else code
   21021, `desc`, `tag`, `cover`, `videos: [{filename: <stem>, title, desc, cid: biz_id}]`,
   `no_reprint`, `csrf`) → `{"code": 0, "data": {"aid", "bvid"}}`.
7. `GET /x/web/archives?status=is_pubing,pubed,not_pubed&pn=1&ps=10` → the account's
   archives, newest first, as `data.arc_audits[].Archive` with `data.page`.
8. `POST /x/web/archive/delete` form `aid`, `csrf` → `{"code": 0}`, `-404` for an unknown aid.

Member-site calls answer HTTP 200 with `code` -101 when `SESSDATA` is missing or wrong and
-111 when `csrf` (or the `bili_jct` cookie) is not the account's `bili_jct`.

Switches: `fail_next_5xx` (next N requests of any kind answer 503), `timeout_next` (next N
requests are carried out, then the answer is held `timeout_delay` seconds, as when the
answer is lost), `slow_chunk_seconds` (each PUT waits before reading its body),
`not_logged_in` (-101), `bad_csrf` (-111), `captcha_on_delete` (340022),
`expire_upload_sessions()`. Records: `requests`, `put_counts`, `submits`, `archives`,
`files` (by stem), `sessions` (by upload id), `covers`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import itertools
import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.base import FakeServer

BUCKET = "ugcfx2lf"
AID_BASE = 113_000_000_000_000
NOT_LOGGED_IN = {"code": -101, "message": "账号未登录", "ttl": 1}
BAD_CSRF = {"code": -111, "message": "csrf 校验失败", "ttl": 1}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def av2bv(aid: int) -> str:
    """Bilibili's aid → BV id encoding (the 2024 one, valid for aids up to 2**51)."""
    alphabet = "FcwAPNKTMug3GV5Lj7EJnHpWsx4tb8haYeviqBz6rkCy12mUSDQX9RdoZf"
    chars = list("BV1000000000")
    tmp, index = ((1 << 51) | aid) ^ 23442827791579, 11
    while tmp > 0:
        chars[index] = alphabet[tmp % 58]
        tmp //= 58
        index -= 1
    chars[3], chars[9] = chars[9], chars[3]
    chars[4], chars[7] = chars[7], chars[4]
    return "".join(chars)


@dataclass
class Part:
    sha256: str
    length: int
    data: bytes | None = None  # only when the fake was made with keep_bytes=True


@dataclass
class UploadedFile:
    """One preupload: the stem is the `filename` a submission names, biz_id its `cid`."""

    stem: str
    name: str
    size: int
    biz_id: int
    auth: str
    completed: bool = False
    total: int = 0
    sha256: str | None = None  # of the whole file, once completed from in-order parts


@dataclass
class UploadSession:
    upload_id: str
    stem: str
    parts: dict[int, Part] = field(default_factory=dict)
    _hash: Any = field(default_factory=hashlib.sha256)
    _next: int = 1  # the next part number the running whole-file hash waits for
    _pending: dict[int, bytes] = field(default_factory=dict)

    def feed(self, number: int, body: bytes) -> None:
        if number < self._next or number in self._pending:
            return  # a resent part: the first copy already counts
        self._pending[number] = body
        while self._next in self._pending:
            self._hash.update(self._pending.pop(self._next))
            self._next += 1

    def whole_sha256(self, parts: int) -> str | None:
        """The whole file's sha256 once parts 1..parts have all arrived."""
        return str(self._hash.hexdigest()) if self._next > parts else None


@dataclass
class Archive:
    aid: int
    bvid: str
    title: str
    state: int = 0  # 0 open; -30 being reviewed; other negatives rejected or locked
    desc: str = ""
    tid: int = 0
    tag: str = ""
    cover: str = ""
    videos: list[dict[str, Any]] = field(default_factory=list)


class FakeBilibili(FakeServer):
    def __init__(
        self,
        sessdata: str = "fake-sessdata",
        bili_jct: str = "fake-bili-jct",
        chunk_size: int = 10 * 1024 * 1024,
        threads: int = 3,
        keep_bytes: bool = False,
    ) -> None:
        super().__init__()
        self.app = web.Application(middlewares=[self._gatekeeper], client_max_size=1 << 30)
        self.sessdata, self.bili_jct = sessdata, bili_jct
        self.chunk_size, self.threads, self.keep_bytes = chunk_size, threads, keep_bytes
        self.cookies = {"SESSDATA": sessdata, "bili_jct": bili_jct}
        r = self.app.router
        r.add_get("/preupload", self.preupload)
        r.add_post(f"/{BUCKET}/{{file}}", self.upload_post)
        r.add_put(f"/{BUCKET}/{{file}}", self.upload_put)
        r.add_post("/x/vu/web/cover/up", self.cover_up)
        r.add_post("/x/vu/web/add/v3", self.submit)
        r.add_get("/x/web/archives", self.archive_list)
        r.add_post("/x/web/archive/delete", self.delete)
        self.reset()

    def reset(self) -> None:
        self.fail_next_5xx = self.timeout_next = self.submits = 0
        self.timeout_delay, self.slow_chunk_seconds = 5.0, 0.0
        self.not_logged_in = self.bad_csrf = self.captcha_on_delete = False
        self.requests: list[tuple[str, str]] = []
        self.put_counts: dict[tuple[str, int], int] = {}
        self.files: dict[str, UploadedFile] = {}
        self.sessions: dict[str, UploadSession] = {}
        self.archives: dict[int, Archive] = {}
        self.covers: dict[str, bytes] = {}
        self._ids = itertools.count(1)

    def expire_upload_sessions(self) -> None:
        """Forget every upload id, as the upload host does after a while: PUTs answer 404."""
        self.sessions.clear()

    @web.middleware
    async def _gatekeeper(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.requests.append((request.method, request.path))
        if self.fail_next_5xx > 0:
            self.fail_next_5xx -= 1
            return web.Response(status=503, text="503 Service Temporarily Unavailable")
        response = await handler(request)
        if self.timeout_next > 0:
            self.timeout_next -= 1
            await asyncio.sleep(self.timeout_delay)
        return response

    def _refused(self, request: web.Request, csrf: str | None = None) -> web.Response | None:
        """The member site's login and (for writes) csrf checks, answered as it does: HTTP 200."""
        if self.not_logged_in or request.cookies.get("SESSDATA") != self.sessdata:
            return web.json_response(NOT_LOGGED_IN)
        jct = request.cookies.get("bili_jct")
        forged = self.bad_csrf or csrf != self.bili_jct or jct != csrf
        return web.json_response(BAD_CSRF) if csrf is not None and forged else None

    async def preupload(self, request: web.Request) -> web.Response:
        if refused := self._refused(request):
            return refused
        name, size = request.query.get("name", ""), request.query.get("size", "")
        if not name or not size.isdigit() or request.query.get("r") != "upos":
            return web.json_response({"OK": 0, "message": "bad request"}, status=400)
        stem, biz_id = f"n{secrets.token_hex(10)}", 4_000_000 + next(self._ids)
        auth = f"ak=fake&os=upos&sign={secrets.token_hex(16)}&uid=1"
        self.files[stem] = UploadedFile(stem, name, int(size), biz_id, auth)
        return web.json_response(
            {"OK": 1, "auth": auth, "biz_id": biz_id, "chunk_size": self.chunk_size,
             "endpoint": self.url.removeprefix("http:"), "upos_uri": f"upos://{BUCKET}/{stem}.mp4",
             "threads": self.threads, "chunk_retry": 10, "timeout": 1200}
        )  # fmt: skip

    def _file(self, request: web.Request) -> UploadedFile | web.Response:
        stem, ext = request.match_info["file"].rpartition(".")[::2]
        file = self.files.get(stem)
        if file is None or ext != "mp4":
            return web.json_response({"OK": 0, "message": "no such object"}, status=404)
        if request.headers.get("X-Upos-Auth") != file.auth:
            return web.json_response({"OK": 0, "message": "auth failed"}, status=403)
        return file

    async def upload_post(self, request: web.Request) -> web.Response:
        file = self._file(request)
        if isinstance(file, web.Response):
            return file
        key = {"bucket": BUCKET, "key": f"/{file.stem}.mp4"}
        if "uploads" in request.query:
            upload_id = secrets.token_hex(16)
            self.sessions[upload_id] = UploadSession(upload_id, file.stem)
            return web.json_response({"OK": 1, **key, "upload_id": upload_id})
        session = self.sessions.get(request.query.get("uploadId", ""))
        if session is None or session.stem != file.stem:
            return web.json_response({"OK": 0, "message": "no such upload"}, status=404)
        try:
            listed = [int(p["partNumber"]) for p in (await request.json())["parts"]]
        except (ValueError, KeyError, TypeError):
            return web.json_response({"OK": 0, "message": "bad parts"}, status=400)
        total = sum(part.length for part in session.parts.values())
        if (
            listed != list(range(1, len(listed) + 1))
            or set(listed) != set(session.parts)
            or total != file.size
            or request.query.get("biz_id") != str(file.biz_id)
        ):
            return web.json_response({"OK": 0, "message": "parts do not add up"}, status=400)
        file.completed, file.total = True, total
        file.sha256 = session.whole_sha256(len(listed))
        location = f"upos://{BUCKET}/{file.stem}.mp4"
        return web.json_response({"OK": 1, "location": location, **key, "etag": "etag"})

    async def upload_put(self, request: web.Request) -> web.Response:
        file = self._file(request)
        if isinstance(file, web.Response):
            return file
        session = self.sessions.get(request.query.get("uploadId", ""))
        if session is None or session.stem != file.stem:
            return web.Response(status=404, text="upload session expired")
        if self.slow_chunk_seconds:
            await asyncio.sleep(self.slow_chunk_seconds)
        body = await request.read()
        q = request.query
        try:
            number, size, start, end = (int(q[k]) for k in ("partNumber", "size", "start", "end"))
            chunk, total = int(q["chunk"]), int(q["total"])
        except (KeyError, ValueError):
            return web.Response(status=400, text="bad part parameters")
        if not (
            len(body) == size == end - start and chunk == number - 1 >= 0 and total == file.size
        ):
            return web.Response(status=400, text="part size mismatch")
        key = (session.upload_id, number)
        self.put_counts[key] = self.put_counts.get(key, 0) + 1
        digest = hashlib.sha256(body).hexdigest()
        session.parts[number] = Part(digest, len(body), body if self.keep_bytes else None)
        session.feed(number, body)
        return web.Response(text="MULTIPART_PUT_SUCCESS")

    async def cover_up(self, request: web.Request) -> web.Response:
        form = await request.post()
        if refused := self._refused(request, str(form.get("csrf", ""))):
            return refused
        header, _, payload = str(form.get("cover", "")).partition(";base64,")
        try:
            image = base64.b64decode(payload, validate=True)
        except binascii.Error:
            image = b""
        if not header.startswith("data:image/") or not image:
            return web.json_response({"code": -400, "message": "请求错误", "ttl": 1})
        url = f"https://archive.biliimg.com/bfs/archive/{hashlib.sha1(image).hexdigest()}.jpg"  # noqa: S324
        self.covers[url] = image
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": {"url": url}})

    async def submit(self, request: web.Request) -> web.Response:
        if refused := self._refused(request, request.query.get("csrf", "")):
            return refused
        self.submits += 1
        try:
            body = await request.json()
            title, videos = str(body["title"]), list(body["videos"])
            stems = [(str(v["filename"]), int(v["cid"])) for v in videos]
            tid, copyright_ = int(body["tid"]), int(body["copyright"])
        except (ValueError, KeyError, TypeError, json.JSONDecodeError):
            return web.json_response({"code": -400, "message": "请求错误", "ttl": 1})
        if body.get("csrf", self.bili_jct) != self.bili_jct:
            return web.json_response(BAD_CSRF)
        if len(title) > 80:
            return web.json_response({"code": 21021, "message": "标题过长", "ttl": 1})
        for stem, cid in stems:
            file = self.files.get(stem)
            if file is None or not file.completed or cid != file.biz_id:
                return web.json_response({"code": 21012, "message": "视频文件不存在", "ttl": 1})
        if not title or not videos or copyright_ not in (1, 2) or not body.get("tag"):
            return web.json_response({"code": -400, "message": "请求错误", "ttl": 1})
        aid = AID_BASE + next(self._ids)
        self.archives[aid] = Archive(
            aid, av2bv(aid), title, 0, str(body.get("desc", "")), tid, str(body["tag"]),
            str(body.get("cover", "")), videos,
        )  # fmt: skip
        data = {"aid": aid, "bvid": self.archives[aid].bvid}
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": data})

    async def archive_list(self, request: web.Request) -> web.Response:
        if refused := self._refused(request):
            return refused
        wanted = set(request.query.get("status", "is_pubing,pubed,not_pubed").split(","))
        try:
            pn, ps = int(request.query.get("pn", "1")), int(request.query.get("ps", "10"))
        except ValueError:
            return web.json_response({"code": -400, "message": "请求错误", "ttl": 1})

        def status(state: int) -> str:
            return "pubed" if state >= 0 else "is_pubing" if state in (-1, -30) else "not_pubed"

        found = [a for a in self.archives.values() if status(a.state) in wanted][::-1]
        audits = [
            {"Archive": {"aid": a.aid, "bvid": a.bvid, "title": a.title, "state": a.state,
                         "desc": a.desc, "tid": a.tid, "tag": a.tag, "cover": a.cover},
             "Videos": [{"cid": v.get("cid"), "filename": v.get("filename")} for v in a.videos]}
            for a in found[(pn - 1) * ps : pn * ps]
        ]  # fmt: skip
        page = {"pn": pn, "ps": ps, "count": len(found)}
        data = {"arc_audits": audits, "page": page}
        return web.json_response({"code": 0, "message": "0", "ttl": 1, "data": data})

    async def delete(self, request: web.Request) -> web.Response:
        form = await request.post()
        if refused := self._refused(request, str(form.get("csrf", ""))):
            return refused
        if self.captcha_on_delete:
            return web.json_response({"code": 340022, "message": "需要验证码", "ttl": 1})
        aid = str(form.get("aid", ""))
        if not aid.isdigit() or self.archives.pop(int(aid), None) is None:
            return web.json_response({"code": -404, "message": "啥都木有", "ttl": 1})
        return web.json_response({"code": 0, "message": "0", "ttl": 1})
