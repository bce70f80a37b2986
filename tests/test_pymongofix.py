"""A request cancelled while pymongo waits for a server leaves pymongo's lock as it found it (entente/pymongofix.py)."""

from __future__ import annotations

import asyncio

import pymongo.asynchronous.topology as topology
from pymongo._asyncio_lock import Condition, Lock

from entente.store import pymongofix


async def test_a_cancel_during_a_condition_wait_never_leaves_the_lock_taken() -> None:
    """The interleaving the soak hit: a waiter's wait times out while another task holds the lock
    (so it cannot take the lock back at once), and the waiter is cancelled just before that task
    releases it. Unpatched on Python 3.11 the waiter fails with "Lock is not acquired" and the lock
    stays taken for good, so every later server selection of the client hangs."""
    pymongofix.apply()
    lock = Lock()
    condition = Condition(lock)

    async def wait_for_a_server() -> None:  # as Topology._select_servers_loop does
        async with lock:
            await topology._async_cond_wait(condition, 0.05)

    async def another_request() -> None:
        await asyncio.sleep(0.01)
        async with lock:
            await asyncio.sleep(0.2)
            waiting.cancel()  # e.g. ENTENTE_QUERY_TIMEOUT_MS expiring

    waiting = asyncio.ensure_future(wait_for_a_server())
    results = await asyncio.gather(waiting, another_request(), return_exceptions=True)
    await asyncio.sleep(0.05)
    assert [type(result).__name__ for result in results] == ["CancelledError", "NoneType"]
    assert not lock.locked()
