"""pymongo's async condition wait made safe to cancel on Python 3.11, where a cancel could wedge the client.

pymongo (4.20) waits for a server, or for a free pooled connection, with
``asyncio.wait_for(condition.wait(), timeout)``. On Python 3.11, wait_for runs the wait as a
task of its own; when the outer task is cancelled just as that timeout expires (a request
stopped by ENTENTE_QUERY_TIMEOUT_MS while the database is away), the outer task leaves
before the inner one has taken the condition's lock back, fails to release it ("Lock is not
acquired"), and the inner task then takes it for good: every later server selection waits on
that lock forever, and the app never recovers without a restart (found by bench/soak.py;
reproduced in tests/test_pymongofix.py). Python 3.12's wait_for is built on asyncio.timeout,
in the caller's task, which re-takes the lock before the cancel propagates; this does the same.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any


async def _cond_wait(condition: Any, timeout: float | None) -> bool:
    try:
        async with asyncio.timeout(timeout):
            return await condition.wait()
    except TimeoutError:
        return False


def apply() -> None:
    """Replace pymongo's async condition wait where it is used, on Python before 3.12; idempotent."""
    if sys.version_info >= (3, 12):
        return
    import pymongo.asynchronous.pool as pool
    import pymongo.asynchronous.topology as topology
    import pymongo.lock

    for module in (pymongo.lock, pool, topology):
        module._async_cond_wait = _cond_wait  # type: ignore[attr-defined]
