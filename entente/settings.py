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


def _origins(environ: Mapping[str, str], key: str) -> tuple[str, ...]:
    """A comma-separated list of origins (scheme://host[:port]); empty means none."""
    origins = []
    for item in (environ.get(key) or "").split(","):
        origin = item.strip().rstrip("/")
        if not origin:
            continue
        scheme, sep, host = origin.partition("://")
        if scheme not in ("http", "https") or not sep or not host or "/" in host:
            raise SettingsError(f"{key}: {item.strip()!r} is not an origin; write scheme://host[:port]")
        origins.append(origin)
    return tuple(origins)


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
    # Query limits (schema/limits.py, schema/cost.py): refused before execution as QUERY_TOO_COMPLEX.
    max_depth: int = 15
    max_aliases: int = 30
    max_tokens: int = 2000
    max_cost: int = 500_000
    cors_origins: tuple[str, ...] = ()
    persisted_only: bool = False
    cache_max_age: int = 60
    # Prometheus metrics at GET /metrics (entente/metrics.py); unauthenticated, so keep it off the public network.
    metrics: bool = True

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
            max_depth=_int(env, "ENTENTE_MAX_DEPTH", cls.max_depth),
            max_aliases=_int(env, "ENTENTE_MAX_ALIASES", cls.max_aliases),
            max_tokens=_int(env, "ENTENTE_MAX_TOKENS", cls.max_tokens),
            max_cost=_int(env, "ENTENTE_MAX_COST", cls.max_cost),
            cors_origins=_origins(env, "ENTENTE_CORS_ORIGINS"),
            persisted_only=_flag(env, "ENTENTE_PERSISTED_ONLY", cls.persisted_only),
            cache_max_age=max(0, _int(env, "ENTENTE_CACHE_MAX_AGE", cls.cache_max_age)),
            metrics=_flag(env, "ENTENTE_METRICS", cls.metrics),
        )
