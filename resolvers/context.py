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
from resolvers.identity.loaders import profiles_by_user
from services.identity.container import Services
from services.kernel.client import ClientInfo

_UNSET = object()


@dataclass
class Context:
    request: Request
    response: Response
    services: Services
    client: ClientInfo
    token: str | None
    # Per-request dataloaders (resolvers/dataloaders.py).
    loaders: Loaders = field(default_factory=Loaders)
    _session: object = field(default=_UNSET)

    async def session(self) -> Session | None:
        """The live session of this request, looked up once."""
        if self._session is _UNSET:
            store = self.services.sessions
            session = await store.resolve(self.token) if self.token else None
            self._session = session
            # The viewer's profile comes with the session (one statement); `me` reuses it.
            profile = getattr(session.user, "profile", None) if session else None
            if session is not None and isinstance(profile, Profile):
                self.loaders.of(profiles_by_user).prime(session.user.id, profile)
        return self._session  # type: ignore[return-value]

    async def viewer(self) -> User | None:
        session = await self.session()
        return session.user if session else None

    def start_session(self, token: str) -> None:
        settings = self.services.settings
        self.response.set_cookie(
            settings.session_cookie_name,
            token,
            max_age=settings.session_absolute_days * 24 * 3600,
            httponly=True,
            secure=settings.session_cookie_secure,
            samesite="lax",
            path="/",
        )
        self._session = _UNSET
        self.token = token

    def end_session(self) -> None:
        settings = self.services.settings
        self.response.delete_cookie(
            settings.session_cookie_name,
            httponly=True,
            secure=settings.session_cookie_secure,
            samesite="lax",
            path="/",
        )
        self._session = None
        self.token = None


Info = StrawberryInfo[Context, None]
