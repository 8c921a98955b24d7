"""The authorization matrix, generated from the schema (issue 11).

Every query and mutation, and every object field whose answer depends on who asks, declares
who may use it next to its resolver (`resolvers/permissions.py`). This test reads those
declarations from the schema, fails for a field without one, and runs every cell over HTTP:
each operation x anonymous, member, another member, SIG maintainer, privacy officer, admin.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    build_schema,
    get_named_type,
)
from strawberry.types.base import StrawberryObjectDefinition

from models.community.sigs import Sig
from models.identity.roles import Role, RoleGrant
from models.identity.users import User
from models.privacy.privacy_requests import (
    PrivacyExport,
    PrivacyRequest,
    RequestKind,
    RequestState,
)
from resolvers.permissions import Access, Audience, HasRole, declared_access
from resolvers.schema import create_schema
from services.identity.container import Services
from services.identity.roles import ADMIN_COVERS
from services.kernel import clock
from services.kernel.client import ClientInfo
from settings import Settings
from tests.conftest import ROOT, RunningServer
from tests.support.client import GraphQLClient

REFUSALS = {"UNAUTHENTICATED", "FORBIDDEN"}


def _declarations() -> dict[str, list[Access]]:
    """`Type.field` → its declarations, for operations and viewer-dependent fields."""
    schema = create_schema(Settings(_env_file=None, debug=True, secret_key="k" * 40))
    found: dict[str, list[Access]] = {}
    for name, entry in schema.schema_converter.type_map.items():
        definition = entry.definition
        if not isinstance(definition, StrawberryObjectDefinition):
            continue
        for strawberry_field in definition.fields:
            resolver = strawberry_field.base_resolver
            asks_who = resolver is not None and "info" in resolver.signature.parameters
            declared = declared_access(strawberry_field.extensions)
            if name in ("Query", "Mutation") or asks_who or declared:
                graphql_name = schema.config.name_converter.from_field(strawberry_field)
                found[f"{name}.{graphql_name}"] = declared
    return found


DECLARED = _declarations()
SDL = build_schema((ROOT / "schema.graphql").read_text())


def test_every_operation_and_viewer_dependent_field_declares_who_may_use_it() -> None:
    missing = sorted(name for name, declared in DECLARED.items() if not declared)
    assert missing == [], f"no permission declared on: {missing}"


def test_every_operation_of_schema_graphql_is_in_the_matrix() -> None:
    for root in ("Query", "Mutation"):
        root_type = SDL.get_type(root)
        assert isinstance(root_type, GraphQLObjectType)
        for name in root_type.fields:
            assert DECLARED.get(f"{root}.{name}"), f"{root}.{name} has no declaration"


# --- the actors -------------------------------------------------------------------------


@dataclass
class Actor:
    name: str
    roles: set[Role] = field(default_factory=set)
    user: User | None = None

    def holds(self, role: Role) -> bool:
        if self.user is None:
            return False
        return role in self.roles or (role in ADMIN_COVERS and Role.ADMIN in self.roles)


ACTORS = ["anonymous", "member", "another member", "SIG maintainer", "privacy officer", "admin"]


async def _world() -> dict[str, Actor]:
    actors = {"anonymous": Actor("anonymous")}
    await Sig.get_or_create(name="infra")
    made = [
        ("member", "mira", set(), ""),
        ("another member", "otto", set(), ""),
        ("SIG maintainer", "mia", set(), "sig:infra"),
        ("privacy officer", "olga", {Role.PRIVACY_OFFICER}, ""),
        ("admin", "adam", {Role.ADMIN}, ""),
    ]
    for n, (name, username, held, scope) in enumerate(made):
        user = await User.create(
            username=username,
            username_key=username,
            email=f"{username}@example.org",
            phone=f"+861380000{n:04d}",
        )
        for role in held:
            await RoleGrant.create(user=user, role=role, scope="")
        if scope:
            await RoleGrant.create(user=user, role=Role.MAINTAINER, scope=scope)
        # The maintainer holds the role on sig:infra, the SIG every cell's input names.
        actors[name] = Actor(name, held | ({Role.MAINTAINER} if scope else set()), user)
    return actors


async def _client(server: RunningServer, services: Services, actor: Actor) -> GraphQLClient:
    """A fresh session per cell: a mutation such as logOut must not spoil the next cell."""
    client = GraphQLClient(server.base_url)
    if actor.user is not None:
        started = await services.sessions.start(actor.user, ClientInfo("127.0.0.1", "matrix"))
        client.bearer = started.token
    return client


# --- documents built from the SDL ----------------------------------------------------------


def _dummy(type_: GraphQLInputType, name: str = "") -> Any:
    if isinstance(type_, GraphQLNonNull):
        return _dummy(type_.of_type, name)
    if isinstance(type_, GraphQLList):
        return []
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        fields = type_.fields.items()
        if type_.is_one_of:
            name, first = next(iter(fields))
            return {name: _dummy(first.type, name)}
        return {
            name: _dummy(f.type, name)
            for name, f in fields
            if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
        }
    assert isinstance(type_, GraphQLScalarType)
    if name == "sig":
        return "infra"  # the SIG the maintainer actor maintains
    return {
        "String": "x",
        "ID": base64.urlsafe_b64encode(b"Thing:1").decode(),
        "Int": 1,
        "Float": 1.0,
        "Boolean": False,
        "Date": "1990-01-01",
        "DateTime": "2020-01-01T00:00:00+00:00",
        "JSON": {},
    }[type_.name]


def _document(root: str, name: str) -> tuple[str, dict[str, Any]]:
    root_type = SDL.get_type(root)
    assert isinstance(root_type, GraphQLObjectType)
    target = root_type.fields[name]
    required = {
        arg: spec for arg, spec in target.args.items() if isinstance(spec.type, GraphQLNonNull)
    }
    params = ", ".join(f"${arg}: {spec.type}" for arg, spec in required.items())
    call = ", ".join(f"{arg}: ${arg}" for arg in required)
    named = get_named_type(target.type)
    if isinstance(named, GraphQLObjectType):
        selection = (
            "{ __typename userErrors { code } }"
            if "userErrors" in named.fields
            else "{ __typename }"
        )
    else:
        selection = ""
    operation = "mutation" if root == "Mutation" else "query"
    document = (
        f"{operation} Cell{f'({params})' if params else ''} "
        f"{{ {name}{f'({call})' if call else ''} {selection} }}"
    )
    return document, {arg: _dummy(spec.type) for arg, spec in required.items()}


def _expected(declared: list[Access], actor: Actor) -> bool:
    """Whether the declaration lets `actor` through (the matrix cell's expectation)."""
    for permission in declared:
        if permission.audience is Audience.SIGNED_IN and actor.user is None:
            return False
        if isinstance(permission, HasRole) and not actor.holds(permission.role):
            return False
        if permission.audience is Audience.SIG_MAINTAINER and not actor.holds(Role.MAINTAINER):
            return False
    return True


# Mutations that end the actor's session or account run last; each cell has its own session.
LAST = ("logOut", "revokeOtherSessions", "deleteAccount")


def _operations() -> list[tuple[str, str]]:
    found = []
    for root in ("Query", "Mutation"):
        root_type = SDL.get_type(root)
        assert isinstance(root_type, GraphQLObjectType)
        found += [(root, name) for name in root_type.fields]
    return sorted(found, key=lambda op: (op[1] in LAST, LAST.index(op[1]) if op[1] in LAST else 0))


async def test_every_cell_of_the_operation_matrix_over_http(
    server: RunningServer, services: Services
) -> None:
    actors = await _world()
    failures: list[str] = []
    cells = 0
    for root, name in _operations():
        declared = DECLARED[f"{root}.{name}"]
        document, variables = _document(root, name)
        for actor_name in ACTORS:
            actor = actors[actor_name]
            client = await _client(server, services, actor)
            try:
                status, body = await client.raw({"query": document, "variables": variables})
            finally:
                await client.close()
            cells += 1
            if status != 200 or "errors" in body:
                failures.append(f"{root}.{name} x {actor_name}: {status} {body}")
                continue
            answer = body["data"][name]
            expected = _expected(declared, actor)
            if root == "Mutation":
                codes = {e["code"] for e in answer["userErrors"]}
                allowed = not (codes & REFUSALS)
            elif declared[0].audience is Audience.PUBLIC:
                allowed = True  # a public query may answer null (no such SIG, signed out)
            else:
                allowed = answer is not None
            if allowed != expected:
                failures.append(
                    f"{root}.{name} x {actor_name}: {'allowed' if allowed else 'refused'}, "
                    f"declared {'allowed' if expected else 'refused'}"
                )
    assert failures == []
    assert cells == len(_operations()) * len(ACTORS)


# --- object fields: through every path the schema offers -----------------------------------

USER_FIELDS = {
    "email": "email",
    "phone": "phone",
    "identities": "identities { provider }",
    "privacyRequests": "privacyRequests { totalCount }",
    "sessions": "sessions { totalCount }",
    "securityEvents": "securityEvents { totalCount }",
    "consents": "consents { purpose }",
    "consentHistory": "consentHistory { totalCount }",
    "consentRequired": "consentRequired",
    "bulletins": "bulletins { __typename }",
    "mfaEnabled": "mfaEnabled",
    "recoveryCodesLeft": "recoveryCodesLeft",
    "profile": "profile { nickname }",
    "contributions": "contributions { totalCount }",
    "contributionStats": "contributionStats { pullRequests }",
    "publicProfile": "publicProfile { published }",
    "cla": "cla { signed }",
    "subscriptions": "subscriptions { listId }",
    "meetupApplications": "meetupApplications { city }",
}


def test_the_user_fields_the_matrix_reads_are_the_declared_ones() -> None:
    declared = {key.split(".")[1] for key in DECLARED if key.startswith("User.")}
    assert declared == set(USER_FIELDS)


@pytest.mark.parametrize("field_name", sorted(USER_FIELDS))
async def test_user_fields_answer_their_owner_through_me_and_nothing_signed_out(
    server: RunningServer, services: Services, field_name: str
) -> None:
    """`me` is the one path to a User: every signed-in actor owns the object it reaches, and
    anonymous reaches none. Owner-only fields are non-null for the owner."""
    actors = await _world()
    query = f"{{ me {{ username {USER_FIELDS[field_name]} }} }}"
    for actor_name in ACTORS:
        actor = actors[actor_name]
        client = await _client(server, services, actor)
        try:
            status, body = await client.raw({"query": query})
        finally:
            await client.close()
        assert status == 200 and "errors" not in body, body
        me = body["data"]["me"]
        if actor.user is None:
            assert me is None
        else:
            assert me["username"] == actor.user.username
            assert me[field_name] is not None, (field_name, actor_name)


async def test_an_export_link_is_for_its_requester_not_the_officer(
    server: RunningServer, services: Services
) -> None:
    actors = await _world()
    member = actors["member"].user
    assert member is not None
    now = clock.now()
    request = await PrivacyRequest.create(
        user=member,
        kind=RequestKind.ACCESS,
        state=RequestState.COMPLETED,
        received_at=now,
        due_at=now + timedelta(days=30),
    )
    await PrivacyExport.create(
        user=member,
        request=request,
        token="t" * 43,
        document="{}",
        page="<html></html>",
        expires_at=now + timedelta(days=7),
    )
    own = "{ me { privacyRequests { edges { node { kind export { url } } } } } }"
    queue = "{ privacyRequests { edges { node { kind export { url } } } } }"
    answers: dict[str, Any] = {}
    for actor_name in ACTORS:
        client = await _client(server, services, actors[actor_name])
        try:
            _, mine = await client.raw({"query": own})
            _, officer = await client.raw({"query": queue})
        finally:
            await client.close()
        assert "errors" not in mine and "errors" not in officer, (mine, officer)
        answers[actor_name] = (mine["data"]["me"], officer["data"]["privacyRequests"])

    member_view = answers["member"][0]["privacyRequests"]["edges"]
    assert member_view[0]["node"]["export"]["url"]
    officer_queue = answers["privacy officer"][1]["edges"]
    assert officer_queue and officer_queue[0]["node"]["export"] is None
    for actor_name in ("another member", "SIG maintainer", "admin"):
        assert answers[actor_name][0]["privacyRequests"]["edges"] == []
        assert answers[actor_name][1] is None
    assert answers["anonymous"] == (None, None)
