"""Timing helpers: interleaved samples at a chosen call depth, medians, p95 and the process's RSS."""

from __future__ import annotations

import json
import resource
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

Action = Callable[[], Awaitable[Any]]


async def at_depth(depth: int, action: Action) -> Any:
    """Run ``action`` with ``depth`` extra coroutine frames under it (gh-142183: speed can depend on depth)."""
    if depth <= 0:
        return await action()
    return await at_depth(depth - 1, action)


async def interleaved(actions: dict[str, Action], runs: int, depth: int = 0, warm: int = 2) -> dict[str, list[float]]:
    """Milliseconds per run of each action, the actions taking turns so both sides of a comparison
    see the same conditions, every one started at the same call depth."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for i in range(warm + runs):
        for name, action in actions.items():
            started = time.perf_counter()
            await at_depth(depth, action)
            if i >= warm:
                times[name].append((time.perf_counter() - started) * 1000)
    return times


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def encode(value: Any) -> str:
    """The execution floor's encoding, json.dumps; store documents may hold values json cannot encode (dates)."""
    return json.dumps(value, default=str, separators=(",", ":"))


def send(value: Any) -> bytes:
    """JSON as the server sends it (entente/http/view.py encodes with orjson)."""
    return orjson.dumps(value)


def peak_rss_mb() -> float:
    """This process's peak resident set size, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def proc_rss_mb(pid: int) -> tuple[float, float]:
    """Current and peak RSS of another process, in MB, from /proc."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def table(title: str, header: list[str], rows: list[list[Any]]) -> str:
    """A plain-text table with a title; numbers right-aligned."""
    cells = [header] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [f"\n## {title}"]
    for j, row in enumerate(cells):
        lines.append(
            "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        )
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
