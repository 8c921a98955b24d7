"""A Strawberry resolver called the way Strawberry's own wrapper calls it, with less around it.

For every field with a resolver, Strawberry builds a chain per call: its `Info`, the
arguments converted, `functools.partial` links through the field's extensions, and for an
async field two more coroutines (its async wrapper and the permission extension's async
check) around the resolver's own. Most fields here carry only permission declarations whose
checks never wait (`resolvers/permissions.py`: public, signed in, owner). For those, a plan
(`resolvers/plans.py`) calls `direct_call(...)` instead: the same `Info`, the same argument
conversion (Strawberry's `get_arguments`), each check in order with the same arguments and
the same refusal (`PermissionExtension._on_unauthorized`), then the resolver.

A field with any other extension, a permission that may wait or fails silently, or an
exception handler of the schema's, keeps Strawberry's chain.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from graphql import GraphQLField, GraphQLSchema
from graphql.type.definition import GraphQLResolveInfo
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.schema.schema_converter import get_arguments
from strawberry.types.field import StrawberryField
from strawberry.types.fields.resolver import StrawberryResolver

DirectCall = Callable[[Any, GraphQLResolveInfo[Any], dict[str, Any]], Any]
PlainCall = Callable[[Any], Any]


def direct_call(schema: GraphQLSchema, definition: GraphQLField) -> DirectCall | None:
    """`call(source, info, arguments)` for the field, or None where Strawberry's chain must
    run. `arguments` are graphql-core's coerced values, as a resolver receives them."""
    found = _resolver_field(schema, definition)
    if found is None:
        return None
    field, resolver, strawberry_schema = found
    checks: list[tuple[PermissionExtension, BasePermission]] = []
    for extension in field.extensions:
        if type(extension) is not PermissionExtension:
            return None
        if extension.fail_silently or not extension.supports_sync:
            return None
        checks.extend((extension, permission) for permission in extension.permissions)
    config = strawberry_schema.config
    info_class = config.info_class
    registry = strawberry_schema.schema_converter.scalar_registry
    # Without arguments, what `get_arguments` hands the resolver depends only on its
    # signature: the source as `self` or by name, the info by name.
    plain = not field.arguments
    takes_self = resolver.self_parameter is not None
    source_names = [p.name for p in (resolver.parent_parameter, resolver.root_parameter) if p]
    info_name = resolver.info_parameter.name if resolver.info_parameter else None

    def call(source: Any, info: GraphQLResolveInfo[Any], arguments: dict[str, Any]) -> Any:
        strawberry_info = info_class(_raw_info=info, _field=field)
        if plain:
            args = [source] if takes_self else []
            kwargs = dict.fromkeys(source_names, source)
            if info_name is not None:
                kwargs[info_name] = strawberry_info
        else:
            args, kwargs = get_arguments(
                field=field,
                source=source,
                info=strawberry_info,
                kwargs=arguments,
                config=config,
                scalar_registry=registry,
            )
        # Strawberry hands the checks the arguments without `info`, the resolver with it.
        checked = {k: v for k, v in kwargs.items() if k != "info"} if "info" in kwargs else kwargs
        for extension, permission in checks:
            allowed = permission.has_permission(source, strawberry_info, **checked)
            if allowed is True:
                continue
            if allowed is False:
                return extension._on_unauthorized(permission)
            # Anything but a bool: Strawberry's own chain raises its own error for it.
            if inspect.iscoroutine(allowed):
                allowed.close()
            return definition.resolve(source, info, **arguments)  # type: ignore[misc]
        return field.get_result(source, info=strawberry_info, args=args, kwargs=kwargs)

    return call


def plain_call(schema: GraphQLSchema, definition: GraphQLField) -> PlainCall | None:
    """`call(source)` for a field whose resolver needs nothing but its object: no argument, no
    extension, no info, no root or parent by name. Strawberry would build its `Info` and the
    resolve info for it anyway; this calls the resolver as `get_result` does."""
    found = _resolver_field(schema, definition)
    if found is None:
        return None
    field, resolver, _ = found
    if field.extensions or field.arguments or definition.args:
        return None
    if resolver.info_parameter or resolver.parent_parameter or resolver.root_parameter:
        return None
    if resolver.self_parameter is not None:
        return resolver  # StrawberryResolver.__call__(source): the method bound to its object
    return lambda source: resolver()


def _resolver_field(
    schema: GraphQLSchema, definition: GraphQLField
) -> tuple[StrawberryField, StrawberryResolver[Any], Any] | None:
    """The Strawberry field, its resolver and the Strawberry schema behind a field with a
    resolver of its own; None also where the schema has an exception handler for the field
    (only Strawberry's chain applies it)."""
    field: StrawberryField | None = (definition.extensions or {}).get("strawberry-definition")
    strawberry_schema = getattr(schema, "_strawberry_schema", None)
    resolver = field.base_resolver if field is not None else None
    if field is None or resolver is None or strawberry_schema is None:
        return None
    if strawberry_schema.schema_converter._get_field_exception_handlers(field):
        return None
    return field, resolver, strawberry_schema
