"""The servers the HTTP benchmark loads: Entente on generated data (embedded store), or hello-world.

    python -m bench.server entente --scale small --port 8123
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


def entente_app(scale: str) -> tuple[Any, dict[str, float]]:
    """The real app over an embedded store holding the generated data at this scale."""
    from entente.app import create_app
    from entente.settings import Settings
    from entente.store.mock import AsyncMockClient

    started = time.perf_counter()
    dataset = generate(SCALES[scale])
    generated = time.perf_counter()
    db = AsyncMockClient()["entente_bench"]
    asyncio.run(load(db, dataset))
    loaded = time.perf_counter()
    del dataset
    app = create_app(Settings(seed_on_start=False), db=db)
    rss, _ = proc_rss_mb(os.getpid())
    info = {"generate_s": generated - started, "insert_s": loaded - generated, "rss_mb": rss, "peak_mb": peak_rss_mb()}
    return app, info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("app", choices=["entente", "hello"])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    app, info = entente_app(args.scale) if args.app == "entente" else (hello_app(), {})
    print(json.dumps(info), flush=True)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
