"""Every string the API accepts has a maximum length, checked before any resolver runs.

One mechanism for all of them: before execution, each argument of the operation (written
inline or passed in `variables`, at any depth of an input object or list) is compared with
the maximum declared for its place in the schema. A value over the limit gets a top-level
error with `extensions.code = "BAD_USER_INPUT"`, the path into the argument and the limit,
and nothing is executed, so no unchecked value reaches a service or the database.
The same pass refuses a string holding a NUL character (U+0000): PostgreSQL's text type
cannot store one, and no honest input has one.

Where a limit comes from, first match wins:
1. the input field's own declaration, `strawberry.field(metadata={"max_length": 64})`;
2. `MAX_LENGTHS` below, by schema coordinate (`Type.field` or `Type.field(argument)`);
3. `BY_NAME`, for names that mean the same everywhere (cursors, ids);
4. `DEFAULT_MAX_LENGTH`, so a field added without a declaration is still bounded (a test
   lists such fields so they get a real declaration).

These are ceilings at the edge. A service may apply a stricter rule with its own code
(a nickname over 64 characters gets `TOO_LONG` in `userErrors`; a 21-character user name at
sign-up gets `INVALID_USERNAME`). Values that are only looked up (a child's user name)
are limited to the column they are compared with.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    GraphQLArgument,
    GraphQLError,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    OperationDefinitionNode,
    TypeInfo,
    TypeInfoVisitor,
    VariableNode,
    Visitor,
    value_from_ast_untyped,
    visit,
)

DEFAULT_MAX_LENGTH = 1000
PASSWORD = 1024  # the service refuses over 256 with PASSWORD_TOO_LONG
ADDRESS = 320  # an e-mail address or phone number as typed; the service normalises
CODE = 64  # one-time codes, TOTP codes, recovery codes
USERNAME_LOOKUP = 20  # the column a looked-up user name is compared with
PROSE = 4000  # free text of privacy requests (MAX_DETAILS)
URL = 2048

BY_NAME: dict[str, int] = {"after": 512, "before": 512, "id": 128}

MAX_LENGTHS: dict[str, int] = {
    "ChangePasswordInput.currentPassword": PASSWORD,
    "ChangePasswordInput.newPassword": PASSWORD,
    "CodeLogInInput.target": ADDRESS,
    "CodeLogInInput.code": CODE,
    "CompleteLogInInput.ticket": 512,
    "CompletePrivacyRequestInput.note": PROSE,
    "ConfirmContactChangeInput.code": CODE,
    "ConfirmGuardianConsentInput.username": USERNAME_LOOKUP,
    "ConfirmGuardianConsentInput.code": CODE,
    "ConfirmTotpInput.code": CODE,
    "DeleteAccountInput.reason": PROSE,
    "ExtendPrivacyRequestInput.reason": PROSE,
    "GrantConsentInput.policyVersion": 32,
    "OAuthCallbackInput.provider": 64,
    "OAuthCallbackInput.code": URL,
    "OAuthCallbackInput.state": URL,
    "PasswordLogInInput.identifier": ADDRESS,
    "PasswordLogInInput.password": PASSWORD,
    "ReauthenticateInput.password": PASSWORD,
    "ReauthenticateInput.totpCode": CODE,
    "ReauthenticateInput.recoveryCode": CODE,
    "ReauthenticationCodeInput.code": CODE,
    "RefusePrivacyRequestInput.reasons": PROSE,
    "RequestContactChangeInput.newAddress": ADDRESS,
    "ResendGuardianCodeInput.username": USERNAME_LOOKUP,
    "ResetPasswordInput.target": ADDRESS,
    "ResetPasswordInput.code": CODE,
    "ResetPasswordInput.newPassword": PASSWORD,
    "SecondFactorInput.totpCode": CODE,
    "SecondFactorInput.recoveryCode": CODE,
    "SendVerificationCodeInput.target": ADDRESS,
    "SignUpInput.username": 64,  # 21 to 64 characters: INVALID_USERNAME from the service
    "SignUpInput.email": ADDRESS,
    "SignUpInput.phone": 32,
    "SignUpInput.password": PASSWORD,
    "SignUpInput.verificationCode": CODE,
    "SignUpInput.guardianEmail": ADDRESS,
    "SignUpInput.guardianPhone": 32,
    "StartOAuthInput.provider": 64,
    "StartOAuthInput.redirectUri": URL,
    "SubmitPrivacyRequestInput.details": PROSE,
    "SubmitPrivacyRequestInput.purpose": 32,
    "UnlinkIdentityInput.provider": 64,
    "UpdateProfileInput.nickname": 256,  # the service: 64, TOO_LONG
    "UpdateProfileInput.avatarUrl": URL,  # the service: 512, TOO_LONG
    "UpdateProfileInput.company": 512,  # the service: 128, TOO_LONG
    "VerifyPrivacyRequestInput.code": CODE,
    # an outside sign-in's completion (an encrypted ticket of a few hundred bytes)
    "CompleteAccountInput.ticket": 4000,
    "CompleteAccountInput.guardianEmail": ADDRESS,
    "CompleteAccountInput.guardianPhone": 32,
    # community: meetings and recordings (the services' own limits are stricter)
    "MeetingFilter.sig": 64,
    "ScheduleMeetingInput.sig": 64,
    "ScheduleMeetingInput.topic": 256,
    "ScheduleMeetingInput.timezone": 64,
    "ScheduleMeetingInput.joinUrl": URL,
    "ScheduleMeetingInput.agenda": PROSE,
    "ScheduleMeetingInput.invitees": ADDRESS,
    "UpdateMeetingInput.topic": 256,
    "UpdateMeetingInput.agenda": PROSE,
    "UpdateMeetingInput.timezone": 64,
    "UpdateMeetingInput.joinUrl": URL,
    "UpdateMeetingInput.invitees": ADDRESS,
    "CancelMeetingInput.reason": 1000,
    "AddMeetingRecordingInput.meetingId": 128,
    "AddMeetingRecordingInput.sourceUrl": URL,
    "AddMeetingRecordingInput.coverUrl": URL,
    "RemoveMeetingRecordingInput.meetingId": 128,
    "RemoveMeetingRecordingInput.reason": 1000,
    "ConfirmRecordingRemovedInput.meetingId": 128,
    # community: SIGs (the service refuses names over 40, descriptions over 500)
    "Query.sig(name)": 64,
    "SetSigInput.name": 64,
    "SetSigInput.description": 1000,
    "SetSigInput.mailingList": ADDRESS,
    "SetSigInput.maintainers": 128,
    "SetSigInput.repositories": 256,
}

STRING_SCALARS = frozenset({"String", "ID"})


def declared_length(coordinate: str, definition: GraphQLInputField | GraphQLArgument) -> int | None:
    """The limit declared for a place in the schema, or None when nothing declares one."""
    strawberry_field = (definition.extensions or {}).get("strawberry-definition")
    metadata = getattr(strawberry_field, "metadata", None) or {}
    if "max_length" in metadata:
        return int(metadata["max_length"])
    if coordinate in MAX_LENGTHS:
        return MAX_LENGTHS[coordinate]
    name = coordinate.rsplit("(", 1)[-1].rstrip(")").rsplit(".", 1)[-1]
    return BY_NAME.get(name)


def max_length(coordinate: str, definition: GraphQLInputField | GraphQLArgument) -> int:
    return declared_length(coordinate, definition) or DEFAULT_MAX_LENGTH


def string_inputs(
    schema: GraphQLSchema,
) -> Iterator[tuple[str, GraphQLInputField | GraphQLArgument]]:
    """Every place in the schema that takes a string: input fields and field arguments."""
    for type_name, named in schema.type_map.items():
        if type_name.startswith("__"):
            continue
        if isinstance(named, GraphQLInputObjectType):
            for name, field in named.fields.items():
                if _is_string(field.type):
                    yield f"{type_name}.{name}", field
        for field_name, field in getattr(named, "fields", {}).items():
            for arg_name, argument in getattr(field, "args", {}).items():
                if _is_string(argument.type):
                    yield f"{type_name}.{field_name}({arg_name})", argument


def _is_string(type_: Any) -> bool:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    return isinstance(type_, GraphQLScalarType) and type_.name in STRING_SCALARS


@dataclass(frozen=True, slots=True)
class Site:
    """One argument in a document, with what the schema says about it."""

    coordinate: str
    argument: GraphQLArgument
    node: ArgumentNode
    # The operation it belongs to (its variables are that operation's); None in a fragment.
    operation: str | None


class _ArgumentCollector(Visitor):
    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.fields: list[str] = []
        self.sites: list[Site] = []
        self.operation: str | None = None

    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        self.operation = node.name.value if node.name else ""

    def enter_fragment_definition(self, *_: Any) -> None:
        self.operation = None

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        parent = self.type_info.get_parent_type()
        self.fields.append(f"{parent.name if parent else '?'}.{node.name.value}")

    def leave_field(self, *_: Any) -> None:
        self.fields.pop()

    def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
        argument = self.type_info.get_argument()
        if argument is None or not self.fields or self.type_info.get_directive() is not None:
            return  # unknown arguments are validation's business; directives take no strings
        coordinate = f"{self.fields[-1]}({node.name.value})"
        self.sites.append(Site(coordinate, argument, node, self.operation))


def argument_sites(schema: GraphQLSchema, document: DocumentNode) -> tuple[Site, ...]:
    """Every argument of `document` with its place in the schema: found once per document
    (the pipeline keeps them with the parsed document), checked per request."""
    type_info = TypeInfo(schema)
    collector = _ArgumentCollector(type_info)
    visit(document, TypeInfoVisitor(type_info, collector))
    return tuple(collector.sites)


def length_errors(
    sites: Sequence[Site], variables: dict[str, Any] | None, operation_name: str | None = None
) -> list[GraphQLError]:
    """Over-long strings in the arguments of `operation_name` (None: every operation)."""
    found: list[GraphQLError] = []
    for site in sites:
        if None not in (site.operation, operation_name) and site.operation != operation_name:
            continue  # another operation's arguments, with other variables
        value_node = site.node.value
        if isinstance(value_node, VariableNode):
            if not variables or value_node.name.value not in variables:
                continue
            value = variables[value_node.name.value]
            where = f"Variable '${value_node.name.value}'"
        else:
            value = value_from_ast_untyped(value_node, variables)
            where = f"Argument '{site.node.name.value}'"
        top = max_length(site.coordinate, site.argument)
        for path in _with_nul(value, site.argument.type, []):
            at = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
            found.append(
                GraphQLError(
                    f"{where} got invalid value at '{site.node.name.value}{at}': "
                    "contains a NUL character (U+0000).",
                    site.node,
                    extensions={
                        "code": "BAD_USER_INPUT",
                        "field": [site.node.name.value, *map(str, path)],
                    },
                )
            )
        for path, length, limit in _too_long(value, site.argument.type, top, []):
            at = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
            found.append(
                GraphQLError(
                    f"{where} got invalid value at '{site.node.name.value}{at}': "
                    f"longer than {limit} characters ({length}).",
                    site.node,
                    extensions={
                        "code": "BAD_USER_INPUT",
                        "field": [site.node.name.value, *map(str, path)],
                        "maxLength": limit,
                    },
                )
            )
    return found


def _too_long(
    value: Any, type_: GraphQLInputType, limit: int, path: list[str | int]
) -> Iterator[tuple[list[str | int], int, int]]:
    while isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if value is None:
        return
    if isinstance(type_, GraphQLList):
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            yield from _too_long(item, type_.of_type, limit, [*path, index])
    elif isinstance(type_, GraphQLInputObjectType):
        if not isinstance(value, dict):
            return
        for name, field in type_.fields.items():
            if name in value:
                inner = max_length(f"{type_.name}.{name}", field)
                yield from _too_long(value[name], field.type, inner, [*path, name])
    elif (
        isinstance(type_, GraphQLScalarType)
        and type_.name in STRING_SCALARS
        and isinstance(value, str)
        and len(value) > limit
    ):
        yield path, len(value), limit


def _with_nul(
    value: Any, type_: GraphQLInputType, path: list[str | int]
) -> Iterator[list[str | int]]:
    """Paths to strings holding U+0000, which PostgreSQL text cannot store (SQLite can)."""
    while isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(type_, GraphQLList):
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            yield from _with_nul(item, type_.of_type, [*path, index])
    elif isinstance(type_, GraphQLInputObjectType):
        if isinstance(value, dict):
            for name, field in type_.fields.items():
                if name in value:
                    yield from _with_nul(value[name], field.type, [*path, name])
    elif isinstance(type_, GraphQLScalarType) and isinstance(value, str) and "\x00" in value:
        yield path
