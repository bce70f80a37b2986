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


def _optional_flag(environ: Mapping[str, str], key: str) -> bool | None:
    """A boolean, or None when unset (the default then depends on other settings)."""
    return None if not environ.get(key) else _flag(environ, key, False)


def _int(environ: Mapping[str, str], key: str, default: int) -> int:
    value = environ.get(key)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{key}={value!r} is not an integer") from None


def _list(environ: Mapping[str, str], key: str) -> tuple[str, ...]:
    """A comma-separated list; entries are stripped, and empty or blank ones ignored."""
    return tuple(item.strip() for item in (environ.get(key) or "").split(",") if item.strip())


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


ENVIRONMENTS = ("development", "production")


@dataclass(frozen=True)
class Settings:
    mongodb_uri: str | None = None
    database: str = "entente"
    seed_on_start: bool = True
    debug: bool = False
    timeout_ms: int = 3000
    api_token: str | None = None
    # More valid tokens beside api_token (ENTENTE_API_TOKENS), so that a new one can be rolled out before the old goes.
    api_tokens: tuple[str, ...] = ()
    data_dir: str = ".entente"
    max_article_chars: int = 100_000
    # Query limits (schema/limits.py, schema/cost.py): refused before execution as QUERY_TOO_COMPLEX.
    max_depth: int = 15
    max_aliases: int = 30
    max_tokens: int = 2000
    # Characters of query text: one token (a string, a comment) could otherwise take the whole body to lex.
    max_query_chars: int = 100_000
    max_cost: int = 500_000
    cors_origins: tuple[str, ...] = ()
    persisted_only: bool = False
    cache_max_age: int = 60
    # Prometheus metrics at GET /metrics (entente/metrics.py); unauthenticated, so keep it off the public network.
    metrics: bool = True
    # Security and limits (docs/security.md). "production" turns introspection, the
    # playground and debug off; None below means "as the environment says".
    env: str = "development"
    playground: bool | None = None
    introspection: bool | None = None
    # Per client, per minute; 0 turns a limit off. Expensive: an estimated cost above expensive_cost.
    rate_mutations: int = 60
    rate_expensive: int = 30
    expensive_cost: int = 10_000
    # Reverse proxies in front that append to X-Forwarded-For; 0 ignores the header.
    trusted_proxies: int = 0
    # 100,000 characters of article text take at most 400 KB in UTF-8, and 1.2 MB JSON-escaped
    # (an astral character is a surrogate pair, 12 bytes as two \u escapes): the default fits both.
    max_body_bytes: int = 2 * 1024 * 1024
    max_query_string_bytes: int = 8 * 1024
    query_timeout_ms: int = 10_000
    # How long an ingest waits, once its article is stored, for the derived collections to hold it
    # before answering with ``derived: false`` (0: no limit); under the query timeout, so that an
    # ingest slowed by a busy database answers with its stored article rather than TIMEOUT.
    ingest_wait_ms: int = 3_000
    # Ingested articles that may wait on the writer (to be written, or written and not derived yet) before
    # a mutation is refused with RATE_LIMITED (0: no bound); at the longest articles, 100-400 MB of text.
    ingest_backlog: int = 1_000
    # Served over HTTPS (directly or by the proxy in front): responses carry Strict-Transport-Security.
    https: bool = False
    # What the app keeps in memory across requests while the store's generation stays the same
    # (resolvers/cache.py): at most this many MB of BSON, least recently used out first; 0 turns it off.
    cache_mb: int = 64
    # The explorer page at /explorer (entente/http/explorer.py, docs/explorer.md); it sends only persisted queries.
    explorer: bool = True

    def __post_init__(self) -> None:
        if self.env not in ENVIRONMENTS:
            raise SettingsError(f"ENTENTE_ENV={self.env!r} is not one of {', '.join(ENVIRONMENTS)}")
        if self.production and self.debug:
            raise SettingsError("ENTENTE_DEBUG=1 shows internal errors to clients: not with ENTENTE_ENV=production")

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def serves_playground(self) -> bool:
        """The GraphiQL page and its assets: on in development, off in production unless ENTENTE_PLAYGROUND=1."""
        return not self.production if self.playground is None else self.playground

    @property
    def allows_introspection(self) -> bool:
        """Introspection (__schema, __type): on in development, off in production unless ENTENTE_INTROSPECTION=1."""
        return not self.production if self.introspection is None else self.introspection

    @property
    def tokens(self) -> tuple[str, ...]:
        """Every valid bearer token: ENTENTE_API_TOKEN and those of ENTENTE_API_TOKENS, once each."""
        given = ((self.api_token or "").strip(), *(token.strip() for token in self.api_tokens))
        return tuple(dict.fromkeys(token for token in given if token))

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
            api_token=(env.get("ENTENTE_API_TOKEN") or "").strip() or None,
            api_tokens=_list(env, "ENTENTE_API_TOKENS"),
            data_dir=env.get("ENTENTE_DATA_DIR") or cls.data_dir,
            max_article_chars=_int(env, "ENTENTE_MAX_ARTICLE_CHARS", cls.max_article_chars),
            max_depth=_int(env, "ENTENTE_MAX_DEPTH", cls.max_depth),
            max_aliases=_int(env, "ENTENTE_MAX_ALIASES", cls.max_aliases),
            max_tokens=_int(env, "ENTENTE_MAX_TOKENS", cls.max_tokens),
            max_query_chars=_int(env, "ENTENTE_MAX_QUERY_CHARS", cls.max_query_chars),
            max_cost=_int(env, "ENTENTE_MAX_COST", cls.max_cost),
            cors_origins=_origins(env, "ENTENTE_CORS_ORIGINS"),
            persisted_only=_flag(env, "ENTENTE_PERSISTED_ONLY", cls.persisted_only),
            cache_max_age=max(0, _int(env, "ENTENTE_CACHE_MAX_AGE", cls.cache_max_age)),
            metrics=_flag(env, "ENTENTE_METRICS", cls.metrics),
            env=(env.get("ENTENTE_ENV") or cls.env).strip().lower(),
            playground=_optional_flag(env, "ENTENTE_PLAYGROUND"),
            introspection=_optional_flag(env, "ENTENTE_INTROSPECTION"),
            rate_mutations=max(0, _int(env, "ENTENTE_RATE_MUTATIONS", cls.rate_mutations)),
            rate_expensive=max(0, _int(env, "ENTENTE_RATE_EXPENSIVE", cls.rate_expensive)),
            expensive_cost=_int(env, "ENTENTE_EXPENSIVE_COST", cls.expensive_cost),
            trusted_proxies=max(0, _int(env, "ENTENTE_TRUSTED_PROXIES", cls.trusted_proxies)),
            max_body_bytes=_int(env, "ENTENTE_MAX_BODY_BYTES", cls.max_body_bytes),
            max_query_string_bytes=_int(env, "ENTENTE_MAX_QUERY_STRING_BYTES", cls.max_query_string_bytes),
            query_timeout_ms=max(0, _int(env, "ENTENTE_QUERY_TIMEOUT_MS", cls.query_timeout_ms)),
            ingest_wait_ms=max(0, _int(env, "ENTENTE_INGEST_WAIT_MS", cls.ingest_wait_ms)),
            ingest_backlog=max(0, _int(env, "ENTENTE_INGEST_BACKLOG", cls.ingest_backlog)),
            https=_flag(env, "ENTENTE_HTTPS", cls.https),
            cache_mb=max(0, _int(env, "ENTENTE_CACHE_MB", cls.cache_mb)),
            explorer=_flag(env, "ENTENTE_EXPLORER", cls.explorer),
        )
