"""Text normalization shared by lookups and search: case- and accent-folding, word terms."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, with white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def search_terms(text: str) -> list[str]:
    """The distinct folded words of a text, in first-seen order; what article search matches."""
    return list(dict.fromkeys(_WORD.findall(fold(text))))
