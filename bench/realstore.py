"""A FerretDB v2 process of the caller's own, in front of the PostgreSQL that scripts/realstore.sh runs.

``scripts/realstore.sh start`` runs PostgreSQL with DocumentDB and one FerretDB for everyone.
An outage test or a soak needs a server it can kill and start again on the same port with the
same data: FerretDB v2 keeps nothing itself (the documents live in PostgreSQL), so a second
FerretDB process on a port of its own, killed and started again, is exactly that outage.
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
HOME = Path(os.environ.get("DOCDB_HOME", "/var/lib/docdb-ferret"))
BINARY = HOME / "bin" / "ferretdb"
PG_PORT = int(os.environ.get("PG_PORT", "54329"))
POSTGRES_URL = f"postgres://postgres@127.0.0.1:{PG_PORT}/postgres"


def available() -> str | None:
    """Why no FerretDB can be started here, or None when one can."""
    if not os.access(BINARY, os.X_OK):
        return f"no FerretDB v2 binary at {BINARY}: run scripts/realstore.sh install"
    try:
        socket.create_connection(("127.0.0.1", PG_PORT), 0.5).close()
    except OSError:
        return f"no PostgreSQL on 127.0.0.1:{PG_PORT}: run scripts/realstore.sh start"
    return None


def start_shared() -> str:
    """Install and start the shared server with scripts/realstore.sh unless it runs; its MONGODB_URI."""
    script = str(ROOT / "scripts" / "realstore.sh")
    if available() is not None:
        subprocess.run([script, "install"], check=True, stdout=subprocess.DEVNULL)
    return subprocess.run([script, "start"], check=True, capture_output=True, text=True).stdout.strip()


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds() -> float:
    """CPU time of every PostgreSQL process now running (the server and its backends, which do the
    queries' work), including what their ended children used."""
    total = 0.0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                name, _, rest = stat.read().partition(") ")
            if name.rpartition("(")[2] != "postgres":
                continue
            fields = rest.split()
            total += sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError):
            continue  # it ended meanwhile
    return total


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FerretDB:
    """One FerretDB v2 process on a fixed port, to stop (an outage) and start again."""

    def __init__(self, work: Path, port: int | None = None):
        self.work = work
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._cpu_of_stopped = 0.0

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 15) -> None:
        """Start on this port; returns once it accepts connections."""
        self.work.mkdir(parents=True, exist_ok=True)
        with (self.work / "ferretdb.log").open("a") as log:
            self.process = subprocess.Popen(
                [str(BINARY), f"--postgresql-url={POSTGRES_URL}", f"--listen-addr=127.0.0.1:{self.port}",
                 "--no-auth", "--telemetry=disable", "--debug-addr=-", f"--state-dir={self.work}",
                 "--log-level=error"],
                stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"FerretDB exited with {self.process.returncode}; see {self.work / 'ferretdb.log'}")
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
        """CPU time of this FerretDB (every process of it) and of PostgreSQL, which does the queries' work."""
        own = self._cpu_of_stopped + (cpu_seconds(self.process.pid) if self.process else 0.0)
        return own + postgres_cpu_seconds()

    async def settle(self, busy: float = 0.1, timeout: float = 120) -> float:
        """Wait until the database is idle (under ``busy`` of a core for a second); returns the seconds waited:
        queries of a client that has gone may still be running, and would share the cores with what comes next."""
        begun = time.monotonic()
        while time.monotonic() - begun < timeout:
            used = self.cpu_seconds()
            await asyncio.sleep(1)
            if self.cpu_seconds() - used < busy:
                break
        return time.monotonic() - begun
