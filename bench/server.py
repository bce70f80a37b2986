"""The servers the HTTP benchmark loads: Entente on generated data, or hello-world.

    python -m bench.server entente --scale small --port 8123 [--uri mongodb://... --database entente_bench]
    python -m bench.server hello --port 8124

Prints one JSON line (load timings and RSS) once the data is in, then serves with uvicorn.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from typing import Any

import strawberry
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Route
from strawberry.asgi import GraphQL

from bench.data import SCALES, generate, load
from bench.measure import peak_rss_mb, proc_rss_mb


@strawberry.type
class Hello:
    @strawberry.field
    def hello(self) -> str:
        return "world"


def hello_app() -> Starlette:
    """One field on the same stack (Strawberry's ASGI view on Starlette, under uvicorn): the ceiling."""
    schema = strawberry.Schema(query=Hello)
    return Starlette(routes=[Route("/graphql", GraphQL(schema))])


def entente_app(scale: str, uri: str | None, database: str) -> tuple[Any, dict[str, float]]:
    """The real app over a store holding the generated data at this scale: the embedded store, or the
    database of the server at ``uri``."""
    from entente.app import create_app
    from entente.settings import Settings
    from entente.store import connect

    settings = Settings(mongodb_uri=uri, database=database, seed_on_start=False)
    started = time.perf_counter()
    dataset = generate(SCALES[scale])
    generated = time.perf_counter()

    async def loaded_into(dataset: Any) -> Any:
        store = connect(settings)  # a real server's client belongs to the event loop it is made in
        await load(store.db, dataset)
        if uri:
            await store.close()
        return store.db

    db = asyncio.run(loaded_into(dataset))
    loaded = time.perf_counter()
    del dataset
    # The embedded store is served as loaded; the real server's database is connected to anew by the app.
    app = create_app(settings, db=None if uri else db)
    rss, _ = proc_rss_mb(os.getpid())
    info = {"generate_s": generated - started, "insert_s": loaded - generated, "rss_mb": rss, "peak_mb": peak_rss_mb()}
    return app, info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("app", choices=["entente", "hello"])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--uri", help="the real server's MONGODB_URI (default: the embedded store)")
    parser.add_argument("--database", default="entente_bench")
    args = parser.parse_args()
    app, info = entente_app(args.scale, args.uri, args.database) if args.app == "entente" else (hello_app(), {})
    print(json.dumps(info), flush=True)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
