"""The ``entente`` command: serve the API, seed the store from JSON files, or register persisted documents."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from entente.settings import Settings, SettingsError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="entente", description="A knowledge base of foreign relations, over GraphQL.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="start the GraphQL server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--no-seed", action="store_true", help="start the embedded store empty (what is ingested is all it holds)"
    )

    seed = commands.add_parser("seed", help="validate seed files and write them to the store")
    seed.add_argument("paths", nargs="*", type=Path, help="JSON files or directories (default: seed/data)")
    seed.add_argument("--drop", action="store_true", help="drop every collection first and rebuild from scratch")

    persist = commands.add_parser("persist", help="register persisted GraphQL documents; print their ids")
    persist.add_argument(
        "files", nargs="+", type=Path, help=".graphql files (one document each) or JSON manifests {hash: document}"
    )

    commands.add_parser("schema", help="print the GraphQL schema (SDL), as committed in schema/schema.graphql")

    extract = commands.add_parser("extract", help="extract entities from article text files and print them")
    extract.add_argument("files", nargs="+", type=Path, help="UTF-8 text files, one article each")
    extract.add_argument("--json", action="store_true", help="print the seed-file JSON instead of a summary")
    extract.add_argument("--published-on", type=date.fromisoformat, help="publication date, YYYY-MM-DD")
    return parser


def _serve(settings: Settings, host: str, port: int) -> int:
    import uvicorn

    from entente.app import create_app

    where = settings.mongodb_uri and "MONGODB_URI" or "the embedded store (mongomock; data lives in memory)"
    print(f"entente: serving http://{host}:{port}/graphql on {where}", file=sys.stderr)
    # uvicorn's own X-Forwarded-For handling is off: the app trusts the header only with
    # ENTENTE_TRUSTED_PROXIES set (entente/http/ratelimit.py), whoever the peer is.
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=False)
    return 0


async def _seed(settings: Settings, paths: list[Path], drop: bool) -> int:
    from pymongo.errors import ConnectionFailure

    from entente.store import connect
    from seed.load import SeedError, seed

    if settings.embedded:
        print(
            "entente: MONGODB_URI is not set, so this seeds a throwaway in-memory store; "
            "`entente serve` seeds its own embedded store at startup",
            file=sys.stderr,
        )
    store = connect(settings)
    try:
        report = await seed(store.db, paths, drop=drop)
    except SeedError as exc:
        print(f"entente seed: {exc}", file=sys.stderr)
        return 1
    except ConnectionFailure as exc:
        print(f"entente seed: cannot reach the database at MONGODB_URI: {exc}", file=sys.stderr)
        return 1
    finally:
        await store.close()
    print(report.summary())
    return 0


async def _persist(settings: Settings, files: list[Path]) -> int:
    from pymongo.errors import ConnectionFailure

    from entente.http.persisted import ManifestError, PersistedDocuments, read_documents
    from entente.store import connect

    try:
        documents = [(path, query) for path in files for query in read_documents(path)]
    except ManifestError as exc:
        print(f"entente persist: {exc}", file=sys.stderr)
        return 1
    if settings.embedded:
        print("entente: MONGODB_URI is not set, so this registers into a throwaway in-memory store", file=sys.stderr)
    store = connect(settings)
    try:
        for path, query in documents:
            print(f"{await PersistedDocuments(store.db).put(query)}  {path}")
    except ConnectionFailure as exc:
        print(f"entente persist: cannot reach the database at MONGODB_URI: {exc}", file=sys.stderr)
        return 1
    finally:
        await store.close()
    return 0


def _extract(files: list[Path], *, as_json: bool, published_on: date | None) -> int:
    from seed.extract import extract

    results = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"entente extract: {path}: cannot read: {exc}", file=sys.stderr)
            return 1
        article = extract(text, published_on=published_on)
        if as_json:
            results.append(json.loads(article.model_dump_json(by_alias=True, exclude_none=True)))
            continue
        print(summarize(path, article))
    if as_json:
        print(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))
    return 0


def summarize(path: Path, article: Any) -> str:
    """A readable account of what was extracted from one article."""
    lines = [f"{path}: published {article.article.published_on or 'unknown'}; countries {', '.join(article.countries)}"]
    lines += [f"  person   {p.name} ({p.country or '?'}){': ' + p.role if p.role else ''}" for p in article.people]
    lines += [
        f"  event    {e.type.value:<20} {e.date or 'undated':<10} {'-'.join(e.countries)}"
        f"{' (planned)' if e.status.value == 'PLANNED' else ''}  {e.title}"
        for e in article.events
    ]
    lines += [
        f"  figure   {f.metric.value:<20} {f.value:>15} {f.unit:<7} {'-'.join(f.countries)}"
        f"{' / ' + f.counterpart if f.counterpart else ''}"
        for f in article.figures
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"entente: {exc}", file=sys.stderr)
        return 2
    if args.command == "serve":
        return _serve(replace(settings, seed_on_start=False) if args.no_seed else settings, args.host, args.port)
    if args.command == "schema":
        from schema import schema

        print(schema.as_str())
        return 0
    if args.command == "persist":
        return asyncio.run(_persist(settings, args.files))
    if args.command == "extract":
        return _extract(args.files, as_json=args.json, published_on=args.published_on)
    return asyncio.run(_seed(settings, args.paths, args.drop))


if __name__ == "__main__":
    sys.exit(main())
