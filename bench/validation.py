"""Parse and validation cost per request, with the schema's caches against a schema without them.

    python -m bench.validation

Both schemas have the same types; the query resolves nothing but __typename, so the
time is parsing, validation and the executor's fixed cost.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import strawberry

from entente.store.mock import AsyncMockClient
from resolvers.loaders import Context
from schema import schema
from schema.mutation import Mutation
from schema.query import NODE_TYPES, Query

QUERY = "query Small { __typename a: __typename b: __typename }"
RUNS = 3000


async def per_request_ms(target: strawberry.Schema, context: Context) -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = await target.execute(QUERY, context_value=context)
        times.append((time.perf_counter() - started) * 1000)
        assert result.errors is None, result.errors
    return times[RUNS // 10 :]


async def main() -> None:
    plain = strawberry.Schema(query=Query, mutation=Mutation, types=list(NODE_TYPES.values()))
    context = Context.for_request(AsyncMockClient()["bench"])
    print(f"{'schema':<28} {'median ms':>10} {'p95 ms':>8}")
    for name, target in (("with parser/validation cache", schema), ("without caches", plain)):
        times = sorted(await per_request_ms(target, context))
        print(f"{name:<28} {statistics.median(times):>10.3f} {times[int(len(times) * 0.95)]:>8.3f}")


if __name__ == "__main__":
    asyncio.run(main())
