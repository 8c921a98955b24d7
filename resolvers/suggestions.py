"""graphql-core suggests argument, type and enum names too ("Did you mean ...?"); those leak
the schema when introspection is off, so they are cut from every error message."""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphql import GraphQLError

_SUGGESTION = re.compile(r"\s*Did you mean .*\?$")


def strip_suggestions(errors: Iterable[GraphQLError]) -> None:
    for error in errors:
        if "Did you mean" in error.message:
            error.message = _SUGGESTION.sub("", error.message)
