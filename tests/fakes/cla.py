"""A fake CLA signing service: has this email signed the individual CLA behind a link?

`GET /v1/individual-signing/{link_id}?email=ADDRESS` answers 200
`{"data": {"signed": bool, "version_matched": bool}}`: `signed` when the address has signed
the CLA of that link at all, `version_matched` when what it signed is the current version
(false whenever `signed` is). Emails are compared exactly, as given.

Errors: a link id the service does not know is 400
`{"error_code": "cla.invalid_link_id", "error_message": "invalid link id"}`; a missing or
empty `email` is 400 `{"error_code": "cla.missing_email", ...}`. Switch: `fail_next_5xx = N`
answers the next N calls 500 `{"error_code": "system_error", ...}`, as the service does when
its database is away. Every call counts in `calls`; every email looked up (valid link or not)
is kept in `lookups`.
"""

from __future__ import annotations

from aiohttp import web

from tests.fakes.base import FakeServer


class FakeClaService(FakeServer):
    def __init__(self, link_id: str = "cla-link-1") -> None:
        super().__init__()
        self.link_id = link_id
        self.app.router.add_get("/v1/individual-signing/{link_id}", self._signing)
        self.reset()

    def reset(self) -> None:
        self.link_ids: set[str] = {self.link_id}
        # email -> whether what it signed is the current version of the CLA
        self.signatures: dict[str, bool] = {}
        self.lookups: list[str] = []
        self.calls = 0
        self.fail_next_5xx = 0

    def sign(self, email: str, version_matched: bool = True) -> None:
        self.signatures[email] = version_matched

    def revoke(self, email: str) -> None:
        self.signatures.pop(email, None)

    def signing_url(self, link_id: str | None = None) -> str:
        return f"{self.url}/v1/individual-signing/{link_id or self.link_id}"

    def lookups_of(self, email: str) -> int:
        return self.lookups.count(email)

    async def _signing(self, request: web.Request) -> web.Response:
        self.calls += 1
        if self.fail_next_5xx > 0:
            self.fail_next_5xx -= 1
            body = {"error_code": "system_error", "error_message": "system error"}
            return web.json_response(body, status=500)
        email = request.query.get("email", "")
        if email:
            self.lookups.append(email)
        if request.match_info["link_id"] not in self.link_ids:
            body = {"error_code": "cla.invalid_link_id", "error_message": "invalid link id"}
            return web.json_response(body, status=400)
        if not email:
            message = "missing email in the query"
            body = {"error_code": "cla.missing_email", "error_message": message}
            return web.json_response(body, status=400)
        signed = email in self.signatures
        matched = self.signatures.get(email, False)
        return web.json_response({"data": {"signed": signed, "version_matched": matched}})
