"""Bilibili's web upload protocol and its member-site calls, all through the outbound gate.

The flow (the web uploader's): `GET /preupload` names the upload host, auth and chunk size;
`POST {upload}?uploads` opens a multipart session; `PUT {upload}?partNumber=..` sends each
chunk; `POST {upload}?output=json&..` completes it; `POST /x/vu/web/cover/up` uploads the
cover; `POST /x/vu/web/add/v3` submits the video. `GET /x/web/archives` lists the account's
videos and `POST /x/web/archive/delete` deletes one.

Quirks: the member site answers HTTP 200 with a `code` (-101 not logged in, -111 csrf,
340022 captcha required); the upload host answers plain HTTP statuses (404 once an upload
session has expired). Cookies go in one `Cookie` header: aiohttp's jar drops cookies for
hosts given as IP addresses. A submit is never retried here: a lost answer may still have
made a video, so the caller looks the title up first (`find_archive`).
"""

from __future__ import annotations

from collections.abc import AsyncIterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from services.gate.outbound import OutboundClient, OutboundRefused, RetryPolicy
from settings import Settings

SERVICE = "BILIBILI"
NOT_LOGGED_IN = -101
BAD_CSRF = -111
CAPTCHA_REQUIRED = 340022
# Refusals no retry can fix: an admin must renew the account's cookies.
CREDENTIAL_CODES = frozenset({NOT_LOGGED_IN, BAD_CSRF})
ARCHIVE_PAGES = 5  # find_archive looks at the newest 5 pages of 20 videos


class BilibiliRefused(Exception):
    """The member site answered with a non-zero `code` (or the upload host with a 4xx)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"Bilibili refused ({code}): {message}")
        self.code = code
        self.message = message

    @property
    def credentials(self) -> bool:
        return self.code in CREDENTIAL_CODES


class UploadSessionExpired(Exception):
    """The upload host forgot the upload id: start a fresh session."""


@dataclass(frozen=True, slots=True)
class PreUpload:
    upload_url: str  # the upload host and path of this file
    auth: str
    biz_id: int
    chunk_size: int
    threads: int
    filename: str  # the stem a submission names


def _upload_url(base_url: str, endpoint: str, upos_uri: str) -> str:
    """`endpoint` is protocol-relative ("//upos-cs.example"): take the member site's scheme."""
    scheme = urlsplit(base_url).scheme or "https"
    return f"{scheme}:{endpoint}/{upos_uri.removeprefix('upos://').lstrip('/')}"


def _stem(upos_uri: str) -> str:
    name = upos_uri.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]


class Bilibili:
    """One uploading account (BILIBILI_SESSDATA, BILIBILI_BILI_JCT) at BILIBILI_BASE_URL."""

    def __init__(self, settings: Settings, outbound: OutboundClient) -> None:
        self.settings = settings
        self.outbound = outbound
        self.base_url = settings.bilibili_base_url.rstrip("/")
        self.csrf = settings.bilibili_bili_jct or ""
        self.part_policy = RetryPolicy(
            attempts=1, timeout_seconds=settings.bilibili_part_timeout_seconds
        )

    @property
    def configured(self) -> bool:
        return bool(self.settings.bilibili_sessdata and self.settings.bilibili_bili_jct)

    @property
    def cookie(self) -> dict[str, str]:
        sessdata = self.settings.bilibili_sessdata or ""
        return {"Cookie": f"SESSDATA={sessdata}; bili_jct={self.csrf}"}

    async def _member(
        self, method: str, path: str, user_id: int | None, *, gated: bool = True, **kwargs: Any
    ) -> Any:
        """A member-site call; answers `data`, raises BilibiliRefused on a non-zero code."""
        headers = {**self.cookie, **kwargs.pop("headers", {})}
        async with self.outbound.request(
            SERVICE, method, f"{self.base_url}{path}", user_id=user_id, headers=headers,
            gated=gated, **kwargs,
        ) as response:  # fmt: skip
            try:
                body = await response.json(content_type=None)
            except ValueError:
                raise BilibiliRefused(response.status, "not a JSON answer") from None
        if not isinstance(body, dict):
            raise BilibiliRefused(response.status, "not a JSON object")
        if body.get("code", 0) != 0 or response.status >= 400:
            raise BilibiliRefused(
                int(body.get("code", response.status)), str(body.get("message", ""))
            )
        return body.get("data")

    async def preupload(self, name: str, size: int, user_id: int | None) -> PreUpload:
        params = {"profile": "ugcfx/bup", "name": name, "size": str(size), "r": "upos"}
        async with self.outbound.request(
            SERVICE, "GET", f"{self.base_url}/preupload", user_id=user_id, params=params,
            headers=self.cookie,
        ) as response:  # fmt: skip
            body = await response.json(content_type=None)
        if not isinstance(body, dict) or body.get("OK") != 1:
            code = int(body.get("code", response.status)) if isinstance(body, dict) else 0
            raise BilibiliRefused(code, str(body.get("message", "preupload refused")))
        return PreUpload(
            upload_url=_upload_url(self.base_url, str(body["endpoint"]), str(body["upos_uri"])),
            auth=str(body["auth"]),
            biz_id=int(body["biz_id"]),
            chunk_size=int(body["chunk_size"]),
            threads=max(1, min(int(body.get("threads", 1)), 8)),
            filename=_stem(str(body["upos_uri"])),
        )

    async def _upload_json(
        self, method: str, url: str, auth: str, user_id: int | None, **kwargs: Any
    ) -> dict[str, Any]:
        async with self.outbound.request(
            SERVICE, method, url, user_id=user_id, retry=True,
            headers={"X-Upos-Auth": auth}, **kwargs,
        ) as response:  # fmt: skip
            if response.status == 404:
                raise UploadSessionExpired(url)
            body = await response.json(content_type=None)
        if response.status >= 400 or not isinstance(body, dict) or body.get("OK") != 1:
            message = str(body.get("message", "")) if isinstance(body, dict) else ""
            raise BilibiliRefused(response.status, message or "upload host refused")
        return body

    async def start_session(self, upload_url: str, auth: str, user_id: int | None) -> str:
        """Open a multipart upload; answers its upload id. Safe to repeat (an unused id lapses)."""
        url = f"{upload_url}?uploads&output=json"
        return str((await self._upload_json("POST", url, auth, user_id))["upload_id"])

    async def put_part(
        self,
        upload_url: str,
        auth: str,
        upload_id: str,
        *,
        number: int,
        chunks: int,
        start: int,
        end: int,
        total: int,
        body: AsyncIterable[bytes],
        user_id: int | None,
    ) -> None:
        """Send part `number` (1-based) of bytes [start, end): one attempt, streamed.

        Raises ServiceUnavailable (5xx, timeout, broken connection: try again),
        UploadSessionExpired (404) or BilibiliRefused (another 4xx)."""
        params = {
            "partNumber": str(number), "uploadId": upload_id, "chunk": str(number - 1),
            "chunks": str(chunks), "size": str(end - start), "start": str(start),
            "end": str(end), "total": str(total),
        }  # fmt: skip
        headers = {
            "X-Upos-Auth": auth,
            "Content-Type": "application/octet-stream",
            "Content-Length": str(end - start),
        }
        async with self.outbound.request(
            SERVICE, "PUT", upload_url, user_id=user_id, retry=False, policy=self.part_policy,
            params=params, headers=headers, data=body,
        ) as response:  # fmt: skip
            if response.status == 404:
                raise UploadSessionExpired(upload_url)
            if response.status >= 400:
                raise BilibiliRefused(response.status, (await response.text())[:200])
            await response.read()

    async def complete(
        self,
        upload_url: str,
        auth: str,
        upload_id: str,
        *,
        name: str,
        biz_id: int,
        parts: int,
        user_id: int | None,
    ) -> None:
        query = f"output=json&name={name}&profile=ugcfx/bup&uploadId={upload_id}&biz_id={biz_id}"
        listed = [{"partNumber": n, "eTag": "etag"} for n in range(1, parts + 1)]
        await self._upload_json(
            "POST", f"{upload_url}?{query}", auth, user_id, json={"parts": listed}
        )

    async def upload_cover(self, image: bytes, content_type: str, user_id: int | None) -> str:
        import base64

        data = f"data:{content_type};base64,{base64.b64encode(image).decode()}"
        found = await self._member(
            "POST", "/x/vu/web/cover/up", user_id, retry=True,
            data={"cover": data, "csrf": self.csrf},
        )  # fmt: skip
        return str(found["url"])

    async def submit(self, video: dict[str, Any], user_id: int | None) -> tuple[int, str]:
        """Submit the uploaded file as a video; one attempt (a lost answer may have made one)."""
        data = await self._member(
            "POST", f"/x/vu/web/add/v3?csrf={self.csrf}", user_id, retry=False,
            json={**video, "csrf": self.csrf},
        )  # fmt: skip
        return int(data["aid"]), str(data["bvid"])

    async def find_archive(self, title: str, user_id: int | None) -> tuple[int, str] | None:
        """The newest of the account's videos titled `title`, if any (aid, bvid)."""
        for page in range(1, ARCHIVE_PAGES + 1):
            params = {"status": "is_pubing,pubed,not_pubed", "pn": str(page), "ps": "20"}
            data = await self._member("GET", "/x/web/archives", user_id, params=params)
            audits = (data or {}).get("arc_audits") or []
            for audit in audits:
                archive = audit.get("Archive") or {}
                if archive.get("title") == title:
                    return int(archive["aid"]), str(archive["bvid"])
            if len(audits) < 20:
                return None
        return None

    async def delete(self, aid: int) -> None:
        """Delete video `aid`. Ungated: a takedown carries no personal data and must go out
        precisely when consent is gone; the region rule still holds."""
        recipient = self.outbound.register[SERVICE]
        if recipient.region not in self.settings.allowed_data_regions:
            raise OutboundRefused(SERVICE, f"region {recipient.region} is outside DATA_REGIONS")
        await self._member(
            "POST", "/x/web/archive/delete", None, gated=False, retry=True,
            data={"aid": str(aid), "csrf": self.csrf},
        )  # fmt: skip
