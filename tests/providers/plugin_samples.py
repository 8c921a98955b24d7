"""Plugins as third parties might write them, good and bad, loaded through real entry points."""

from __future__ import annotations

from providers.base import IdentityProvider, InvalidCredentials, ProviderKind, VerifiedIdentity
from providers.http import HttpClient
from providers.plugins import Plugin, PluginSettings


class Named:
    kind = ProviderKind.PASSWORD
    display_name = "Named"

    def __init__(self, name: str) -> None:
        self.name = name

    async def authenticate(self, credentials: object) -> VerifiedIdentity:
        raise InvalidCredentials


class CampusSettings(PluginSettings):
    client_id: str
    client_secret: str
    issuer: str = "https://sso.campus.example"


def build(config: CampusSettings, http: HttpClient) -> IdentityProvider:
    return Named("campus")


campus = Plugin(name="campus", api_version="1.0", settings=CampusSettings, build=build)
from_the_future = Plugin(name="campus", api_version="2.0", settings=CampusSettings, build=build)
needs_newer_minor = Plugin(name="campus", api_version="1.9", settings=CampusSettings, build=build)
misnamed = Plugin(name="Campus!", api_version="1.0", settings=CampusSettings, build=build)
builds_another = Plugin(
    name="campus", api_version="1.0", settings=CampusSettings, build=lambda c, h: Named("other")
)
not_a_plugin = build
