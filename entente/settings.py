"""Settings, read from the environment only when asked (never at import time)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


class SettingsError(ValueError):
    """An environment variable holds a value that cannot be used."""


def _flag(environ: Mapping[str, str], key: str, default: bool) -> bool:
    value = environ.get(key)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{key}={value!r} is not a boolean; use 1 or 0")


def _int(environ: Mapping[str, str], key: str, default: int) -> int:
    value = environ.get(key)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{key}={value!r} is not an integer") from None


@dataclass(frozen=True)
class Settings:
    mongodb_uri: str | None = None
    database: str = "entente"
    seed_on_start: bool = True
    debug: bool = False
    timeout_ms: int = 3000
    api_token: str | None = None
    data_dir: str = ".entente"
    max_article_chars: int = 100_000

    @property
    def embedded(self) -> bool:
        """True when no server is configured and the in-process mongomock store is used."""
        return not self.mongodb_uri

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            mongodb_uri=env.get("MONGODB_URI") or None,
            database=env.get("ENTENTE_DB") or cls.database,
            seed_on_start=_flag(env, "ENTENTE_SEED", cls.seed_on_start),
            debug=_flag(env, "ENTENTE_DEBUG", cls.debug),
            timeout_ms=_int(env, "ENTENTE_DB_TIMEOUT_MS", cls.timeout_ms),
            api_token=env.get("ENTENTE_API_TOKEN") or None,
            data_dir=env.get("ENTENTE_DATA_DIR") or cls.data_dir,
            max_article_chars=_int(env, "ENTENTE_MAX_ARTICLE_CHARS", cls.max_article_chars),
        )
