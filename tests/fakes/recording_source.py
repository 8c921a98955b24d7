"""A fake recording store: large deterministic videos served in pieces, never held in memory.

`GET|HEAD /recordings/<name>.mp4` for each name added with `add(name, size)`: HEAD answers
`Content-Length` and `Accept-Ranges: bytes`; GET streams the whole file (200) or, with a
single `Range: bytes=start-end` / `bytes=start-` / `bytes=-suffix`, that slice (206 with
`Content-Range: bytes start-end/size`; 416 with `bytes */size` when it cannot be satisfied;
several ranges at once are ignored and the whole file is sent, as HTTP allows).
`GET /covers/<name>.jpg` answers a small JPEG-shaped byte string as `image/jpeg`.

The content is a 64 KiB block generated from the name, repeated, with each block's first
8 bytes replaced by its index, so misordered chunks change the file's hash:
`recording_bytes(name, start, stop)` yields any slice and `expected_sha256(name, size)`
hashes the whole file, both streaming.

Switches: `fail_next_5xx` (next N requests answer 503); `drop_after_bytes` with
`drop_responses` (default 1: that many GET responses are cut after N body bytes by closing
the connection, as a broken download; then the switch turns itself off). Records:
`requests` (method, path), `bytes_served`, `range_requests` (start, end inclusive),
`full_downloads` (GETs without a Range).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Awaitable, Callable, Iterator
from functools import lru_cache

from aiohttp import web

from tests.fakes.base import FakeServer

BLOCK = 64 * 1024
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@lru_cache(maxsize=16)
def _block(name: str) -> bytes:
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
    return random.Random(seed).randbytes(BLOCK)


def recording_bytes(name: str, start: int, stop: int) -> Iterator[bytes]:
    """The bytes [start, stop) of the recording called `name`, in pieces of at most 64 KiB."""
    base = _block(name)
    while start < stop:
        index, offset = divmod(start, BLOCK)
        block = index.to_bytes(8, "big") + base[8:]
        piece = block[offset : min(BLOCK, offset + stop - start)]
        yield piece
        start += len(piece)


def expected_sha256(name: str, size: int) -> str:
    """The sha256 (hex) of the whole recording `name` of `size` bytes, computed in pieces."""
    digest = hashlib.sha256()
    for piece in recording_bytes(name, 0, size):
        digest.update(piece)
    return digest.hexdigest()


def cover_bytes(name: str) -> bytes:
    """A small JPEG-shaped byte string (SOI, JFIF APP0, a comment, EOI) naming `name`."""
    comment = f"cover of {name}".encode()
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    com = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return b"\xff\xd8" + app0 + com + b"\xff\xd9"


class FakeRecordingSource(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self.app = web.Application(middlewares=[self._gatekeeper])
        self.app.router.add_get("/recordings/{name}.mp4", self.recording)
        self.app.router.add_get("/covers/{name}.jpg", self.cover)
        self.recordings: dict[str, int] = {}
        self.reset()

    def reset(self) -> None:
        """Clears switches and records; the recordings added stay."""
        self.fail_next_5xx = 0
        self.drop_after_bytes: int | None = None
        self.drop_responses = 1
        self.requests: list[tuple[str, str]] = []
        self.bytes_served = 0
        self.range_requests: list[tuple[int, int]] = []
        self.full_downloads = 0

    def add(self, name: str, size: int) -> str:
        """Serve a recording of `size` bytes; answers its URL (valid once started)."""
        self.recordings[name] = size
        return self.recording_url(name)

    def recording_url(self, name: str) -> str:
        return f"{self.url}/recordings/{name}.mp4"

    def cover_url(self, name: str) -> str:
        return f"{self.url}/covers/{name}.jpg"

    def sha256_of(self, name: str) -> str:
        return expected_sha256(name, self.recordings[name])

    @web.middleware
    async def _gatekeeper(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.requests.append((request.method, request.path))
        if self.fail_next_5xx > 0:
            self.fail_next_5xx -= 1
            return web.Response(status=503, text="503 Service Unavailable")
        return await handler(request)

    async def cover(self, request: web.Request) -> web.Response:
        return web.Response(body=cover_bytes(request.match_info["name"]), content_type="image/jpeg")

    async def recording(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        size = self.recordings.get(name)
        if size is None:
            raise web.HTTPNotFound()
        response = web.StreamResponse(headers={"Accept-Ranges": "bytes"})
        response.content_type = "video/mp4"
        start, stop = 0, size
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", request.headers.get("Range", "").strip())
        if match and match.group(1) + match.group(2):
            first, last = match.groups()
            if first:
                start, stop = int(first), min(size, int(last) + 1 if last else size)
            else:
                start = max(0, size - int(last))
            if start >= stop:
                raise web.HTTPRequestRangeNotSatisfiable(
                    headers={"Content-Range": f"bytes */{size}"}
                )
            response.set_status(206)
            response.headers["Content-Range"] = f"bytes {start}-{stop - 1}/{size}"
            if request.method == "GET":
                self.range_requests.append((start, stop - 1))
        elif request.method == "GET":
            self.full_downloads += 1
        response.content_length = stop - start
        await response.prepare(request)
        if request.method == "HEAD":
            return response
        limit = None
        if self.drop_after_bytes is not None and self.drop_responses > 0:
            limit = self.drop_after_bytes
            self.drop_responses -= 1
            if self.drop_responses == 0:
                self.drop_after_bytes, self.drop_responses = None, 1
        sent = 0
        for piece in recording_bytes(name, start, stop):
            if limit is not None and sent + len(piece) > limit:
                piece = piece[: limit - sent]
            await response.write(piece)
            sent += len(piece)
            self.bytes_served += len(piece)
            if limit is not None and sent >= limit:
                await response.drain()
                if request.transport is not None:
                    request.transport.close()
                return response
        await response.write_eof()
        return response
