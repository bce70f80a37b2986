"""A FerretDB process of the caller's own, on a fixed port and data directory, to stop and start again.

scripts/ferretdb.sh runs one shared server per checkout on a throwaway directory; a soak that
takes the database away and brings it back needs the same port and the same data on restart,
so it runs the binary that ``scripts/ferretdb.sh install`` builds, itself.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BINARY = Path(os.environ.get("FERRETDB_BIN", ROOT / ".ferretdb" / "bin" / "ferretdb"))


def install() -> None:
    """Build the pinned FerretDB with scripts/ferretdb.sh unless it is there (needs Go the first time)."""
    if not os.access(BINARY, os.X_OK):
        subprocess.run([str(ROOT / "scripts" / "ferretdb.sh"), "install"], check=True, stdout=subprocess.DEVNULL)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FerretDB:
    def __init__(self, data: Path, port: int | None = None):
        self.data = data
        self.port = port or _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._cpu_of_stopped = 0.0

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 15) -> None:
        """Start on this port and data directory; returns once the port accepts connections."""
        self.data.mkdir(parents=True, exist_ok=True)
        with (self.data / "ferretdb.log").open("a") as log:
            self.process = subprocess.Popen(
                [str(BINARY), "--handler=sqlite", f"--sqlite-url=file:{self.data}/", f"--state-dir={self.data}",
                 f"--listen-addr=127.0.0.1:{self.port}", "--debug-addr=-", "--telemetry=disable", "--log-level=error"],
                stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"FerretDB exited with {self.process.returncode}; see {self.data / 'ferretdb.log'}")
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"FerretDB did not listen on port {self.port} within {timeout:.0f} s")

    def stop(self, sig: int = signal.SIGKILL) -> None:
        """Stop it (killed by default: an outage, not a shutdown)."""
        if self.process is not None:
            self._cpu_of_stopped += cpu_seconds(self.process.pid)
            self.process.send_signal(sig)
            self.process.wait()
            self.process = None

    def cpu_seconds(self) -> float:
        """CPU time used by every process this object started, the running one included."""
        return self._cpu_of_stopped + (cpu_seconds(self.process.pid) if self.process else 0.0)

    async def settle(self, busy: float = 0.1, timeout: float = 120) -> float:
        """Wait until it is idle (under ``busy`` of a core for a second); returns the seconds waited.

        FerretDB goes on with the queries of a client that has gone (a server stopped mid-load, or its
        requests timed out) until each is done: what comes next would otherwise share the cores with them."""
        begun = time.monotonic()
        while self.process is not None and time.monotonic() - begun < timeout:
            used = self.cpu_seconds()
            await asyncio.sleep(1)
            if self.cpu_seconds() - used < busy:
                break
        return time.monotonic() - begun
