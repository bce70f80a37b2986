"""Page weight, first render and requests of each explorer view, in headless Chromium against a live server.

    python -m bench.explorer [--runs 5] [--url http://127.0.0.1:8000]

Starts `entente serve` on the embedded seed store (unless --url names a running server), then has
tests/browser/measure.mjs load each view from a cold cache and again as a return visit, on loopback
and under Lighthouse's "Slow 4G" throttling, and prints the medians as a Markdown table
(docs/explorer.md quotes them). Needs Node, Chromium and `npm ci --prefix tests/browser`.
Measures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BROWSER = ROOT / "tests" / "browser"
BUILD = ROOT / "entente" / "http" / "static" / "explorer"


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """`entente serve` on the seeded embedded store, on a free port; its origin."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ENTENTE_DATA_DIR": data}
        env.pop("MONGODB_URI", None)
        command = [sys.executable, "-m", "entente.cli", "serve", "--port", str(port)]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            origin = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                with contextlib.suppress(httpx.TransportError):
                    if httpx.get(origin + "/health", timeout=1).status_code == 200:
                        break
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("entente serve did not start")
                time.sleep(0.1)
            yield origin
        finally:
            process.terminate()
            process.wait(timeout=10)


def measure(origin: str, runs: int, throttle: str | None) -> list[dict]:
    command = ["node", "measure.mjs", origin, str(runs), *([throttle] if throttle else [])]
    done = subprocess.run(command, cwd=BROWSER, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode:
        raise SystemExit(done.stderr)
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def assets() -> list[tuple[str, int, int]]:
    """Each built file the page loads: name, bytes, gzipped bytes (as served)."""
    files = sorted(p for p in (BUILD / "assets").iterdir() if p.suffix in (".js", ".css"))
    index = BUILD / "index.html"
    return [(index.name, index.stat().st_size, len(gzip.compress(index.read_bytes(), 9)))] + [
        (p.name, p.stat().st_size, (p.with_name(p.name + ".gz")).stat().st_size) for p in files
    ]


def table(loads: list[dict]) -> str:
    rows = [
        "| view | visit | network | requests (page + assets + GraphQL) | transferred | decoded | FCP ms "
        "| data on screen ms |",
        "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    keys = list(dict.fromkeys((load["view"], load["warm"], load["throttle"]) for load in loads))
    for view, warm, throttle in keys:
        group = [load for load in loads if (load["view"], load["warm"], load["throttle"]) == (view, warm, throttle)]
        r = group[0]["requests"]
        cached = f", {r['fromCache']} from cache" if r["fromCache"] else ""
        requests = f"{r['document']} + {r['asset']} + {r['graphql']}{cached}"
        if r["elsewhere"]:
            requests += f", {r['elsewhere']} ELSEWHERE"
        median = {k: statistics.median(load[k] for load in group) for k in ("transferred", "decoded", "fcp", "ready")}
        rows.append(
            f"| {view} | {'return' if warm else 'first'} | {'Slow 4G' if throttle == 'slow4g' else 'loopback'} "
            f"| {requests} | {median['transferred'] / 1024:.1f} KB | {median['decoded'] / 1024:.1f} KB "
            f"| {median['fcp']:.0f} | {median['ready']:.0f} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="loads of each view in each setting (medians printed)")
    parser.add_argument("--url", help="measure the server at this origin instead of starting one")
    args = parser.parse_args(argv)
    print("| file | bytes | gzipped |\n| --- | ---: | ---: |")
    for name, size, zipped in assets():
        print(f"| {name} | {size:,} | {zipped:,} |")
    with contextlib.nullcontext(args.url) if args.url else serve() as origin:
        loads = measure(origin, args.runs, None) + measure(origin, args.runs, "slow4g")
    print()
    print(table(loads))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
