"""Where the time of the nested query goes: graphql-core's executor against the compiled fast path.

    python -m bench.profile [--scale small] [--runs 3] [--threshold 0.02]

Needs pyinstrument (``pip install -e '.[bench]'``). Both sides run the same 20 x 10 x 10 x 5
query over the same embedded store. Each side prints its functions
by their own time (flat), leaving out those under ``--threshold`` of the total.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import time
from typing import Any

from pyinstrument import Profiler
from pyinstrument.renderers import ConsoleRenderer

from bench import queries
from bench.data import SCALES, generate, load
from entente.store.mock import AsyncMockClient
from resolvers.loaders import Context
from schema import build


async def _profile(schema: Any, db: Any, query: str, variables: dict[str, Any], runs: int) -> tuple[Profiler, float]:
    async def once() -> None:
        context = Context.for_request(db)
        result = await schema.execute(query, variable_values=variables, context_value=context)
        assert result.errors is None, result.errors

    await once()  # warm the parser, validation and plan caches
    profiler = Profiler(interval=0.001, async_mode="disabled")
    started = time.perf_counter()
    profiler.start()
    for _ in range(runs):
        await once()
    profiler.stop()
    return profiler, (time.perf_counter() - started) / runs * 1000


async def main(scale: str, runs: int, threshold: float, top: int) -> None:
    dataset = generate(SCALES[scale])
    db = AsyncMockClient()["entente_profile"]
    hubs = dataset.hubs
    await load(db, dataset)
    del dataset
    gc.collect()
    query, variables = queries.nested(hubs), {"relations": 10, "events": 10}
    for label, compiled in (("graphql-core executor (before)", False), ("compiled fast path (after)", True)):
        profiler, ms = await _profile(build(compiled=compiled), db, query, variables, runs)
        print(f"\n## {label}: {ms:,.0f} ms per run (with the profiler's overhead), {runs} runs")
        renderer = ConsoleRenderer(
            unicode=False, color=False, show_all=True, time="percent_of_total", flat=True,
            processor_options={"filter_threshold": threshold},
        )  # fmt: skip
        lines = profiler.output(renderer).splitlines()
        print("\n".join(lines[:top]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.02, help="hide frames under this share of the time")
    parser.add_argument("--top", type=int, default=40, help="print this many lines of each profile")
    args = parser.parse_args()
    asyncio.run(main(args.scale, args.runs, args.threshold, args.top))
