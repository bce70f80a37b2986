"""Bearer tokens: which configured token, if any, an Authorization header carries."""

from __future__ import annotations

import hashlib
import hmac

from entente.settings import Settings


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def matching_token(settings: Settings, authorization: str | None) -> str | None:
    """The configured token that ``Authorization: Bearer <token>`` names, or None.

    The token sent is compared with every configured one (ENTENTE_API_TOKEN, ENTENTE_API_TOKENS),
    each time with hmac.compare_digest on SHA-256 digests: the time taken depends neither on
    which token matches, nor on how much of one matches, nor on the tokens' lengths.
    """
    scheme, _, given = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    sent = _digest(given.strip())
    matches = [hmac.compare_digest(sent, _digest(token)) for token in settings.tokens]
    return next((token for token, match in zip(settings.tokens, matches, strict=True) if match), None)
