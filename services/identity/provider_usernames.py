"""The user name of an account created by an outside sign-in, from what the provider says.

The provider may suggest one (`UsernameSuggester`; `OAuth2Provider` suggests the login);
the core turns each candidate source into a valid name (3-20 of letters, digits, '_', '-';
letter first) and de-duplicates it. Sources in order: the suggestion, the nickname, the
local part of a verified address; else "member". Never the provider's name.
"""

from __future__ import annotations

import re
import unicodedata

from providers.base import UsernameSuggester, VerifiedIdentity

FALLBACK = "member"
MAX_LENGTH = 20


def derive_username(text: str) -> str | None:
    """A valid user name from `text`, or None when too little of it is usable.

    Accents are dropped (José → Jose), other characters become '-'. A leading digit is
    kept behind "user-" (9lives → user-9lives). Long names are cut at a separator when one
    leaves most of the name, so "the-quick-brown-fox-jumps" becomes "the-quick-brown-fox".
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^0-9A-Za-z_-]+", "-", ascii_text)
    cleaned = re.sub(r"[_-]{2,}", "-", cleaned).strip("_-")
    if cleaned[:1].isdigit():
        cleaned = f"user-{cleaned}"
    if len(cleaned) > MAX_LENGTH:
        cut = cleaned[:MAX_LENGTH]
        boundary = max(cut.rfind("-"), cut.rfind("_"))
        cleaned = cut[:boundary] if boundary >= MAX_LENGTH // 2 else cut
    cleaned = cleaned.rstrip("_-")
    return cleaned if len(cleaned) >= 3 and cleaned[0].isalpha() else None


def username_base(provider: object, identity: VerifiedIdentity) -> str:
    """The first usable candidate of the provider's suggestion, nickname, verified address."""
    suggested = (
        provider.suggest_username(identity)
        if isinstance(provider, UsernameSuggester)
        else identity.login
    )
    address = identity.email if identity.email_verified and identity.email else None
    sources = [suggested, identity.nickname, address.partition("@")[0] if address else None]
    for source in sources:
        found = derive_username(source) if source else None
        if found and found.lower() != identity.provider.lower():
            return found
    return FALLBACK
