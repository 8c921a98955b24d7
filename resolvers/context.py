"""The per-request Context every resolver receives as `info.context`.

It lives here rather than in `api/` because resolvers type against it and may not import
`api`; the edge (`api/graphql.py`) builds one per request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response
from strawberry.types import Info as StrawberryInfo

from models.identity.sessions import Session
from models.identity.users import Profile, User
from resolvers.dataloaders import Loaders
from services.identity.container import Services
from services.identity.sessions import NewSession
from services.kernel.client import ClientInfo


class _Unset:
    """Not looked up yet (None means: looked up, no session)."""


_UNSET = _Unset()


def blank_response() -> Response:
    """What resolvers set cookies on: no status or headers of its own until one is set (as
    Strawberry's `get_sub_response` makes it)."""
    response = Response()
    response.status_code = None  # type: ignore[assignment]
    response.raw_headers = []
    return response


@dataclass
class Context:
    request: Request
    services: Services
    client: ClientInfo
    token: str | None
    # The answer's cookies and status, made when a resolver first sets one: most operations
    # set none, and the view then builds its answer without it.
    sub_response: Response | None = None
    # Per-request dataloaders (resolvers/dataloaders.py).
    loaders: Loaders = field(default_factory=Loaders)
    # The viewer's profile, read with the session (one statement): `User.profile` answers the
    # viewer's own from it (docs/performance.md).
    viewer_profile: Profile | None = None
    _session: Session | _Unset | None = field(default=_UNSET)
    # A failed lookup: raised again by each field that reads the session.
    _failure: Exception | None = field(default=None)

    @property
    def response(self) -> Response:
        if self.sub_response is None:
            self.sub_response = blank_response()
        return self.sub_response

    async def look_up_session(self) -> None:
        """The session looked up, once: the pipeline does it before execution
        (`Pipeline.prepare`), so no field ever waits on another's lookup. A failure (the
        database away) is kept, not raised: each field that needs the session reports it,
        masked."""
        if not isinstance(self._session, _Unset) or self._failure is not None:
            return
        try:
            self._session = await self._resolve()
        except Exception as error:
            self._failure = error

    async def session(self) -> Session | None:
        """The live session of this request, looked up once."""
        await self.look_up_session()
        return self.known_session()

    async def _resolve(self) -> Session | None:
        session = await self.services.sessions.resolve(self.token) if self.token else None
        profile = getattr(session.user, "profile", None) if session else None
        if isinstance(profile, Profile):
            self.viewer_profile = profile
        return session

    async def viewer(self) -> User | None:
        session = await self.session()
        return session.user if session else None

    def known_session(self) -> Session | None:
        """The session, without waiting: the pipeline looks it up before execution
        (`resolvers/pipeline.py`), so permission checks can be plain functions and a field
        that only checks who asks never becomes a task of its own. A failed lookup raises
        its error here, for the field to report it."""
        if self._failure is not None:
            raise self._failure
        if isinstance(self._session, _Unset):
            raise RuntimeError("the session is looked up before execution")
        return self._session

    def known_viewer(self) -> User | None:
        session = self.known_session()
        return session.user if session else None

    async def require_session(self) -> Session:
        """The session, in a resolver whose `signed_in` permission made sure there is one."""
        session = await self.session()
        if session is None:  # only a field without its declaration gets here
            raise PermissionError("signed_in permission missing on this field")
        return session

    async def require_viewer(self) -> User:
        session = await self.require_session()
        user: User = session.user
        return user

    def start_session(self, new: NewSession) -> None:
        settings = self.services.settings
        self.response.set_cookie(
            settings.session_cookie_name,
            new.token,
            max_age=settings.session_absolute_days * 24 * 3600,
            httponly=True,
            secure=settings.session_cookie_secure,
            samesite=settings.session_cookie_samesite,
            path="/",
        )
        self._session = new.session  # created with its user: nothing to look up
        self._failure = None
        self.viewer_profile = None  # not read with it: loaded when asked for
        self.token = new.token

    def end_session(self) -> None:
        settings = self.services.settings
        self.response.delete_cookie(
            settings.session_cookie_name,
            httponly=True,
            secure=settings.session_cookie_secure,
            samesite=settings.session_cookie_samesite,
            path="/",
        )
        self._session = None
        self._failure = None
        self.viewer_profile = None
        self.token = None


Info = StrawberryInfo[Context, None]
