"""HTTP load on loopback with wrk: the country card under uvicorn beside a hello-world Strawberry app."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import queries
from bench.measure import proc_rss_mb
from entente.settings import Settings

CONNECTIONS, THREADS = 32, 2
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass
class Load:
    name: str
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int
    rss_mb: float = 0.0
    peak_mb: float = 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(port: int, body: bytes) -> dict[str, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", body, {"Content-Type": "application/json", "Accept": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _latency_ms(output: str, label: str) -> float:
    match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    return float(match.group(1)) * _UNITS[match.group(2)] if match else float("nan")


def wrk(port: int, body: bytes, seconds: int) -> tuple[float, float, float, int]:
    """Requests/s, p50 and p99 (ms), and non-2xx/socket errors of a wrk run POSTing ``body``."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(body.decode())}\n')
        script.write('wrk.headers["Content-Type"] = "application/json"\n')
    command = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",
        "30s",  # wrk's default of 2 s would drop the slow requests from the latencies
        "-s",
        script.name,
        f"http://127.0.0.1:{port}/graphql",
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    Path(script.name).unlink()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|connect|read|write|timeout) (\d+)", output))
    # With every request failed or timed out, wrk prints zero latencies: report them as unknown.
    if errors and rate * seconds <= errors:
        return rate, float("nan"), float("nan"), errors
    return rate, _latency_ms(output, "50%"), _latency_ms(output, "99%"), errors


def serve(args: list[str], name: str, body: bytes, seconds: int) -> tuple[Load, dict[str, float]]:
    """Start a bench.server, check one answer, load it for ``seconds``, then stop it."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.server", *args, "--port", str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        info = json.loads(server.stdout.readline() or "{}")
        for _ in range(200):
            try:
                answer = _post(port, body)
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(f"{name}: the server exited with {server.returncode}") from None
                time.sleep(0.1)
        else:
            raise RuntimeError(f"{name}: the server did not answer on port {port}")
        assert not answer.get("errors"), answer
        rate, p50, p99, errors = wrk(port, body, seconds)
        rss, peak = proc_rss_mb(server.pid)
        return Load(name, rate, p50, p99, errors, rss, peak), info
    finally:
        server.terminate()
        server.wait(timeout=30)


def compare(scale: str, code: str, seconds: int, settings: Settings) -> tuple[list[Load], dict[str, float]]:
    """The country card on Entente (on the store of ``settings``), then hello-world, on the same stack,
    one after the other."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is not installed (apt-get install -y wrk)")
    card = json.dumps({"query": queries.CARD, "variables": {"code": code}}).encode()
    hello = json.dumps({"query": queries.HELLO}).encode()
    where = ["--uri", settings.mongodb_uri, "--database", settings.database] if settings.mongodb_uri else []
    entente, info = serve(["entente", "--scale", scale, *where], f"country card ({scale})", card, seconds)
    ceiling, _ = serve(["hello"], "hello-world", hello, seconds)
    return [entente, ceiling], info
