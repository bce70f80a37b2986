"""The ``entente`` command: serve the API, or seed the store from JSON files."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from entente.settings import Settings, SettingsError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="entente", description="A knowledge base of foreign relations, over GraphQL.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="start the GraphQL server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    seed = commands.add_parser("seed", help="validate seed files and write them to the store")
    seed.add_argument("paths", nargs="*", type=Path, help="JSON files or directories (default: seed/data)")
    seed.add_argument("--drop", action="store_true", help="drop every collection first and rebuild from scratch")
    return parser


def _serve(settings: Settings, host: str, port: int) -> int:
    import uvicorn

    from entente.app import create_app

    where = settings.mongodb_uri and "MONGODB_URI" or "the embedded store (mongomock; data lives in memory)"
    print(f"entente: serving http://{host}:{port}/graphql on {where}", file=sys.stderr)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"entente: {exc}", file=sys.stderr)
        return 2
    if args.command == "serve":
        return _serve(settings, args.host, args.port)
    return asyncio.run(_seed(settings, args.paths, args.drop))


if __name__ == "__main__":
    sys.exit(main())
