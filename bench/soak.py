"""Soak: `entente serve` under a steady mixed load for minutes, with the database taken away and back.

    python -m bench.soak [--duration 300] [--connections 64] [--store embedded|ferretdb]
                         [--outage-at 120 --outage-for 20] [--warmup 15] [--ingest-share 0.05]

Starts a FerretDB v2 of its own in front of the real server's PostgreSQL (ferretdb store; killed
and started again on the same port, it serves the same data) and `entente serve` on free loopback
ports, seeds, warms up, then keeps
``--connections`` HTTP/1.1 keep-alive connections busy for ``--duration`` seconds: country
cards, the nested query and article searches, and ``--ingest-share`` of ingests of new,
generated articles (bench/articles.py) with the bearer token. The rate limits are off
(ENTENTE_RATE_*=0): this measures the server, not its limiter. With ``--outage-at``, FerretDB
is killed at that second of the measured run and started again ``--outage-for`` seconds later.

Then it checks for a memory leak. The server's RSS grows with the knowledge base it holds
(the embedded store keeps every article as Python objects), so growth during the run is not a
leak by itself. Instead, the soaked server is stopped and a fresh `entente serve` is started on
the same data (the same data directory, whose journal it replays, or the same FerretDB
database, once FerretDB has finished the queries the soaked server left it), warmed up with reads
(a few connections' worth first, then ``--warmup`` seconds, longer while it still answers errors),
then for ``--warmup`` seconds with the soak's mix, ingests included, as the soaked server's own
warm-up was, and its RSS taken: a soaked server that holds more than 10% above that is keeping
something it should not. Its RSS after the reads alone is reported too.

At the end it prints throughput, latency, statuses, errors by code inside and outside the
outage window, acknowledged ingests against those in the store, the soaked server's RSS
(growth after warm-up, with the articles added meanwhile, for information) and the fresh
server's, and exits 1 if an invariant fails: a 5xx or a dropped connection, an error outside
the outage window, one other than SERVICE_UNAVAILABLE inside it, no success after it, a lost
ingest, derived collections that differ from a rebuild (ferretdb store), or a soaked server
whose RSS at the end is 10% or more above the fresh server's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import queries
from bench.articles import article_text
from bench.measure import proc_rss_mb, table
from bench.realstore import FerretDB, cpu_seconds, free_port, start_shared

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "soak-token"
DATABASE = "entente_soak"
# After FerretDB is back, errors still count as the outage's for this long: a request may have
# waited up to the server-selection timeout (ENTENTE_DB_TIMEOUT_MS, 3 s) before it came back.
GRACE_S = 5.0
REQUEST_TIMEOUT_S = 60.0
# A leak: the soaked server's RSS at the end this much above a fresh server's holding the same data.
LEAK_RSS_LIMIT = 0.10
# The fresh server replays every article ingested during the soak before it answers /health.
FRESH_START_TIMEOUT_S = 600.0
# Rounds of 5 s the fresh server's warm-up goes on for while the last 5 s had errors, at this
# many connections first, then at the soak's.
FRESH_MORE_ROUNDS = 12
FRESH_FIRST_CONNECTIONS = 4

SEARCH = """
query Search($q: String!) {
  articles(search: $q, first: 10) {
    totalCount edges { node { id title publishedOn events { type title date { iso } } } }
  }
}
"""
INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }"
CARD_CODES = ["KAZ", "KEN", "GBR", "TUR", "UZB", "KGZ", "DEU", "JPN", "HUN", "FRA", "ITA", "CHN"]
NESTED_CODES = ["KAZ", "TUR", "GBR", "UZB"]
SEARCHES = ["strategic dialogue", "trade turnover", "Kazakhstan", "memorandum education", "credentials", "Tokayev"]
# The read mix; ingests take --ingest-share of all requests on top of it.
READS = {"card": 0.60, "nested": 0.20, "search": 0.20}
KINDS = ("card", "nested", "search", "ingest")


@dataclass
class Sample:
    kind: str
    start: float  # seconds since the measured run began
    latency: float  # seconds
    status: int  # 0: no HTTP answer (connection dropped or timed out)
    codes: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """Not answered 200 without an error."""
        return self.status != 200 or bool(self.codes)


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    acked: set[str] = field(default_factory=set)
    outage: tuple[float, float] | None = None  # (down, up), seconds since the measured run began


def _bodies() -> dict[str, list[bytes]]:
    """Pre-encoded request bodies for the reads, so the client spends its time on the wire."""

    def dump(query: str, variables: dict[str, Any]) -> bytes:
        return json.dumps({"query": query, "variables": variables}).encode()

    return {
        "card": [dump(queries.CARD, {"code": code}) for code in CARD_CODES],
        "nested": [dump(queries.nested(NESTED_CODES), {"relations": 5, "events": 5})],
        "search": [dump(SEARCH, {"q": words}) for words in SEARCHES],
    }


class Connection:
    """One HTTP/1.1 keep-alive connection, written by hand: the client shares the cores with the server."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes, authorization: bool) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        auth = f"Authorization: Bearer {TOKEN}\r\n" if authorization else ""
        head = (
            f"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nContent-Type: application/json\r\n"
            f"Accept: application/graphql-response+json, application/json;q=0.9\r\n{auth}"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode() + body)
        assert self.reader is not None
        header = await self.reader.readuntil(b"\r\n\r\n")
        status = int(header[9:12])
        fields = dict(
            line.split(b":", 1) for line in header.lower().split(b"\r\n")[1:] if b":" in line
        )  # fmt: skip
        if fields.get(b"transfer-encoding", b"").strip() == b"chunked":
            payload = b""
            while size := int((await self.reader.readuntil(b"\r\n")).strip(), 16):
                payload += (await self.reader.readexactly(size + 2))[:-2]
            await self.reader.readuntil(b"\r\n")
        else:
            payload = await self.reader.readexactly(int(fields.get(b"content-length", b"0")))
        if fields.get(b"connection", b"").strip() == b"close":
            self.close()
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def _codes(payload: bytes) -> tuple[str, ...]:
    if b'"errors"' not in payload:
        return ()
    try:
        errors = json.loads(payload).get("errors") or []
    except ValueError:
        return ("(not JSON)",)
    return tuple(str((e.get("extensions") or {}).get("code")) for e in errors)


async def _client(
    index: int, port: int, until: float, begun: float, run: Run | None, share: float, bodies: dict[str, list[bytes]]
) -> None:
    rng = random.Random(index)
    connection = Connection(port)
    sequence = 0
    weights = [w * (1 - share) for w in READS.values()] + [share]
    tag = f"{os.getpid()}-{int(begun)}-{index}"
    while time.monotonic() < until:
        kind = rng.choices(KINDS, weights)[0]
        if kind == "ingest":
            # The same sequence number on every connection: distinct articles that report the same events.
            text = article_text(sequence, tag=tag)
            sequence += 1
            body = json.dumps({"query": INGEST, "variables": {"in": {"text": text}}}).encode()
        else:
            body = rng.choice(bodies[kind])
        started = time.monotonic()
        try:
            status, payload = await asyncio.wait_for(connection.post(body, kind == "ingest"), REQUEST_TIMEOUT_S)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            connection.close()
            status, payload = 0, b""
        ended = time.monotonic()
        codes = _codes(payload)
        if run is None:
            continue
        run.samples.append(Sample(kind, started - begun, ended - started, status, codes))
        if kind == "ingest" and status == 200 and not codes:
            run.acked.add(json.loads(payload)["data"]["ingestArticle"]["article"]["id"].removeprefix("Article:"))
    connection.close()


async def _load(port: int, connections: int, seconds: float, share: float, run: Run | None, begun: float) -> None:
    bodies = _bodies()
    until = time.monotonic() + seconds
    await asyncio.gather(*(_client(i, port, until, begun, run, share, bodies) for i in range(connections)))


async def _outage(db: FerretDB, at: float, lasting: float, run: Run, begun: float) -> None:
    await asyncio.sleep(at)
    down = time.monotonic() - begun
    await asyncio.to_thread(db.stop)
    await asyncio.sleep(lasting)
    await asyncio.to_thread(db.start)
    run.outage = (down, time.monotonic() - begun)


def _client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _server_env(data: Path, uri: str | None) -> dict[str, str]:
    cleared = ("MONGODB_URI", "ENTENTE_DB", "ENTENTE_API_TOKEN", "ENTENTE_API_TOKENS", "ENTENTE_PERSISTED_ONLY")
    env = {k: v for k, v in os.environ.items() if k not in cleared}
    env.update(
        ENTENTE_API_TOKEN=TOKEN, ENTENTE_DATA_DIR=str(data), ENTENTE_DB=DATABASE,
        ENTENTE_RATE_MUTATIONS="0", ENTENTE_RATE_EXPENSIVE="0",
    )  # fmt: skip
    if uri:
        env["MONGODB_URI"] = uri
    return env


async def _wait_healthy(port: int, server: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}:\n{log.read_text()}")
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"GET /health HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n")
            answer = await reader.read()
            writer.close()
            if answer.startswith(b"HTTP/1.1 200"):
                return
        except OSError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError(f"the server did not answer /health within {timeout:.0f} s; see {log}")


async def _seed(uri: str) -> None:
    from pymongo import AsyncMongoClient

    from seed.load import seed

    client: AsyncMongoClient[Any] = AsyncMongoClient(uri)
    try:
        await client.drop_database(DATABASE)
        await seed(client[DATABASE])
    finally:
        await client.close()


async def _stored_ferretdb(uri: str, settle_s: float = 120) -> tuple[set[str], str]:
    """The article ids in the store, and whether the derived collections equal a rebuild from them,
    once the ingests still running in the server (their requests timed out) have finished."""
    from pymongo import AsyncMongoClient

    from entente import documents as d
    from entente.write.derive import derive

    client: AsyncMongoClient[Any] = AsyncMongoClient(uri)
    try:
        db = client[DATABASE]
        deadline = time.monotonic() + settle_s
        while await db[d.ARTICLES].find_one({"pending": True}, {"_id": 1}) and time.monotonic() < deadline:
            await asyncio.sleep(1)
        articles = await db[d.ARTICLES].find({}).to_list(None)
        expected = derive(articles)
        differing = [
            name for name, docs in expected.items() if await db[name].find({}, sort=[("_id", 1)]).to_list(None) != docs
        ]
        unfinished = await db[d.ARTICLES].find_one({"pending": True}, {"_id": 1}) is not None
    finally:
        await client.close()
    verdict = "equal to a rebuild" if not differing else f"DIFFER from a rebuild: {', '.join(differing)}"
    return {a["_id"] for a in articles}, verdict + (" (an ingest is unfinished)" if unfinished else "")


async def _stored_embedded(port: int) -> set[str]:
    """The article ids the server holds, read page by page over GraphQL."""
    query = "query($after: String) { articles(first: 100, after: $after) { edges { cursor node { id } } } }"
    connection, ids, after = Connection(port), set(), None
    try:
        while True:
            body = json.dumps({"query": query, "variables": {"after": after}}).encode()
            status, payload = await connection.post(body, False)
            edges = json.loads(payload)["data"]["articles"]["edges"]
            if not edges:
                return ids
            ids |= {edge["node"]["id"].removeprefix("Article:") for edge in edges}
            after = edges[-1]["cursor"]
    finally:
        connection.close()


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def _overlaps(sample: Sample, window: tuple[float, float] | None) -> bool:
    return window is not None and sample.start < window[1] and sample.start + sample.latency > window[0]


@dataclass
class Fresh:
    """A new server on the soaked one's data, after a warm-up of reads, then of the soak's mix."""

    articles: int  # what it held before its mixed warm-up, to show it is the same data
    rss_started_mb: float  # once it answered /health, before any request
    rss_reads_mb: float  # after the warm-up of reads
    rss_mb: float  # after the mixed warm-up too: the figure the soaked server's RSS is compared with
    requests: int
    errors: int
    seconds: float  # of warm-up of reads: --warmup, and more until 5 s without an error
    ingested: int  # articles the mixed warm-up added


@dataclass
class Measures:
    seconds: float
    rss_mb: tuple[float, float, float]  # after warm-up, at the end, highest sampled
    rss_samples: list[float]  # every 5 s of the measured run, then at the end
    cpu_cores: dict[str, float]
    stored: set[str]
    derived: str
    server_alive: bool
    articles_before: int  # held after the warm-up, when the measured run began
    fresh: Fresh | str  # what the fresh server measured, or why it could not


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{key}: {n}" for key, n in sorted(counter.items())) or "none"


def _latency_rows(samples: list[Sample], seconds: float) -> list[list[Any]]:
    rows = []
    for kind in (*KINDS, "all"):
        mine = [s for s in samples if kind in (s.kind, "all")]
        good = [s.latency for s in mine if not s.failed]
        p50, p99 = _percentile(good, 0.5), _percentile(good, 0.99)
        rows.append([kind, len(mine), f"{len(mine) / seconds:.1f}", len(good), len(mine) - len(good), p50, p99])
    return rows


def _report(args: argparse.Namespace, run: Run, m: Measures) -> int:
    samples = run.samples
    window = (run.outage[0], run.outage[1] + GRACE_S) if run.outage else None
    ok = [s for s in samples if not s.failed]
    store = f"{args.store} store"
    if run.outage:
        store += f", FerretDB down {args.outage_for:.0f} s from t={args.outage_at:.0f} s"
    header = ["requests", "count", "per s", "ok", "errors", "p50 ms (ok)", "p99 ms (ok)"]
    title = f"soak: {m.seconds:.0f} s, {args.connections} connections, {store}"
    print(table(title, header, _latency_rows(samples, m.seconds)))

    statuses = Counter("no answer" if s.status == 0 else str(s.status) for s in samples)
    inside = Counter(c for s in samples if _overlaps(s, window) for c in set(s.codes))
    outside = Counter(c for s in samples if not _overlaps(s, window) for c in set(s.codes))
    by_kind = Counter(f"{s.kind} {code}" for s in samples for code in set(s.codes))
    lines = [
        ["HTTP statuses", _counts(statuses)],
        ["errors by request", _counts(by_kind)],
        ["errors outside the outage window", _counts(outside)],
    ]
    after: list[Sample] = []
    if run.outage and window:
        down, up = run.outage
        lines.append([f"errors in the outage window (t={down:.1f}-{window[1]:.1f} s)", _counts(inside)])
        after = [s for s in ok if s.start >= up]
        last_unavailable = max((s.start + s.latency for s in samples if s.codes), default=float("nan"))
        first_ok = min((s.start + s.latency for s in after), default=float("nan"))
        outage = (
            f"FerretDB killed at t={down:.1f} s, started again at t={up:.1f} s; last error answered at "
            f"t={last_unavailable:.1f} s; first success {first_ok - up:.2f} s after the restart, {len(after)} after it"
        )
        lines.append(["outage", outage])
    lost = run.acked - m.stored
    found = len(run.acked) - len(lost)
    ingests = (
        f"{len(run.acked)} acknowledged (warm-up included), {found} found after the soak, {len(lost)} lost; "
        f"the store holds {len(m.stored)} articles"
    )
    lines.append(["ingests", ingests])
    if args.store == "ferretdb":
        lines.append(["derived collections", m.derived])
    before, end, peak = m.rss_mb
    growth = (end - before) / before
    added = len(m.stored) - m.articles_before
    rss = (
        f"{before:.1f} MB after warm-up, {end:.1f} MB at the end ({growth:+.1%}, with {added} articles added "
        f"during the run: information, not an invariant), highest sampled {peak:.1f} MB"
    )
    lines.append(["server RSS", rss])
    quarters = [m.rss_samples[round(q * (len(m.rss_samples) - 1))] for q in (0, 0.25, 0.5, 0.75, 1)]
    lines.append(["server RSS by quarter", " -> ".join(f"{mb:.1f}" for mb in quarters) + " MB"])
    fresh = m.fresh
    lines.append(["RSS at end (soaked server)", f"{end:.1f} MB"])
    if isinstance(fresh, str):
        ratio = float("inf")
        lines.append(["RSS of a fresh server on the same data after warm-up", f"not measured: {fresh}"])
    else:
        ratio = end / fresh.rss_mb
        lines.append([
            "RSS of a fresh server on the same data after warm-up",
            f"{fresh.rss_mb:.1f} MB after the mix, {fresh.rss_reads_mb:.1f} MB after reads only, "
            f"{fresh.rss_started_mb:.1f} MB once started (it held {fresh.articles} articles, and ingested "
            f"{fresh.ingested} in the mix; {fresh.requests} requests in its {fresh.seconds:.0f} s of reads and "
            f"{args.warmup:.0f} s of the mix, {fresh.errors} errors)",
        ])  # fmt: skip
        lines.append(["RSS soaked / fresh after reads only", f"{end / fresh.rss_reads_mb:.3f} (information)"])
        lines.append(["RSS soaked / fresh", f"{ratio:.3f}"])
    lines.append(["CPU (cores busy)", ", ".join(f"{k} {v:.2f}" for k, v in m.cpu_cores.items())])
    width = max(len(name) for name, _ in lines)
    print("\n## soak: results\n" + "\n".join(f"{name.ljust(width)}  {value}" for name, value in lines))

    checks = [
        ("no 5xx", not any(s.status >= 500 for s in samples)),
        ("every request answered", statuses.get("no answer", 0) == 0),
        ("no error outside the outage window", not outside),
        ("only SERVICE_UNAVAILABLE in the outage window", set(inside) <= {"SERVICE_UNAVAILABLE"}),
        ("service resumed after the outage, same server process", m.server_alive and (not run.outage or bool(after))),
        ("no acknowledged ingest lost", not lost),
        ("no leak: RSS within 10% of a fresh server holding the same data", ratio < 1 + LEAK_RSS_LIMIT),
    ]
    if args.store == "ferretdb":
        checks.append(("derived collections equal a rebuild", m.derived.startswith("equal")))
    print(table("soak: invariants", ["invariant", "holds"], [[name, "yes" if held else "NO"] for name, held in checks]))
    return 0 if all(held for _, held in checks) else 1


async def _sample_rss(pid: int, into: list[float]) -> None:
    while True:
        into.append(proc_rss_mb(pid)[0])
        await asyncio.sleep(5)


async def _article_count(port: int, attempts: int = 30) -> int:
    """How many articles the server holds, by asking it: the same question on either store. Asked
    again while the answer is an error: a server just started on FerretDB may still be deriving."""
    for attempt in range(attempts):
        connection = Connection(port)
        try:
            _, payload = await connection.post(b'{"query": "{ articles(first: 1) { totalCount } }"}', False)
        finally:
            connection.close()
        data = json.loads(payload).get("data")
        if data is not None:
            return int(data["articles"]["totalCount"])
        if attempt + 1 < attempts:
            await asyncio.sleep(2)
    raise RuntimeError(f"the server did not count its articles: {payload[:300]!r}")


def _start_server(port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "entente.cli", "serve", "--port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


def _stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


async def _fresh(
    args: argparse.Namespace, port: int, env: dict[str, str], log: Path, servers: list[subprocess.Popen[bytes]]
) -> Fresh:
    """Start a new server on the soaked one's data and warm it up as the soaked one was: its RSS is
    what that data costs under the same load without a long run, and the soaked server's RSS at the
    end is judged against it rather than against its own start, which held fewer articles.

    First reads only, until they are answered without an error, with the data unchanged; then
    ``--warmup`` seconds of the soak's mix, ingests included, as the soaked server's warm-up was. A
    server that writes holds more than one that only reads (the articles waiting to be merged, the
    documents a merge reads and rewrites): without the mix, that
    working set would count as a leak. The mix adds a few per cent to the data; both RSS figures
    are reported."""
    server = _start_server(port, env, log)
    servers.append(server)
    await _wait_healthy(port, server, log, FRESH_START_TIMEOUT_S)
    started = proc_rss_mb(server.pid)[0]
    print(f"soak: fresh server pid {server.pid} on port {port}; warming up {args.warmup:.0f} s", file=sys.stderr)
    run = Run()
    begun = time.monotonic()
    # A few connections first, until they are answered without an error: a server just started may
    # still be deriving what the soaked one left pending.
    for _ in range(FRESH_MORE_ROUNDS):
        gentle = Run()
        await _load(port, FRESH_FIRST_CONNECTIONS, 5, 0.0, gentle, begun)
        run.samples += gentle.samples
        if not any(s.failed for s in gentle.samples):
            break
    await _load(port, args.connections, args.warmup, 0.0, run, begun)
    # It is warm once it has answered for a while without an error, as the soaked server was.
    for _ in range(FRESH_MORE_ROUNDS):
        if not any(s.failed for s in run.samples if s.start >= time.monotonic() - begun - 5):
            break
        await _load(port, args.connections, 5, 0.0, run, begun)
    reads_rss = proc_rss_mb(server.pid)[0]
    seconds, articles = time.monotonic() - begun, await _article_count(port)
    print(f"soak: fresh server warm after reads; {args.warmup:.0f} s of the mix", file=sys.stderr)
    mixed = Run()
    await _load(port, args.connections, args.warmup, args.ingest_share, mixed, begun)
    rss = proc_rss_mb(server.pid)[0]  # sampled as the soaked server's RSS at the end: right after the load
    samples = run.samples + mixed.samples
    errors = sum(1 for s in samples if s.failed)
    return Fresh(articles, started, reads_rss, rss, len(samples), errors, seconds, len(mixed.acked))


async def soak(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="entente-soak-"))
    db = FerretDB(work / "ferretdb") if args.store == "ferretdb" else None
    servers: list[subprocess.Popen[bytes]] = []
    log = work / "server.log"
    failed = True
    try:
        if db is not None:
            start_shared()
            db.start()
            await _seed(db.uri)
        port = free_port()
        env = _server_env(work / "data", db.uri if db else None)
        server = _start_server(port, env, log)
        servers.append(server)
        await _wait_healthy(port, server, log)
        run = Run()
        print(f"soak: server pid {server.pid} on port {port}; warming up {args.warmup:.0f} s", file=sys.stderr)
        await _load(port, args.connections, args.warmup, args.ingest_share, run, time.monotonic())
        warm_acked, run = run.acked, Run()
        articles_before = await _article_count(port)
        rss_samples: list[float] = []
        sampler = asyncio.create_task(_sample_rss(server.pid, rss_samples))
        await asyncio.sleep(0)
        server_pid = server.pid
        cpu = {"server": lambda: cpu_seconds(server_pid), **({"FerretDB": db.cpu_seconds} if db else {})}
        used = {name: measure() for name, measure in cpu.items()}
        client_cpu, begun = _client_cpu(), time.monotonic()
        print(f"soak: measuring {args.duration:.0f} s", file=sys.stderr)
        outage = None
        if db is not None and args.outage_at is not None:
            outage = asyncio.create_task(_outage(db, args.outage_at, args.outage_for, run, begun))
        await _load(port, args.connections, args.duration, args.ingest_share, run, begun)
        seconds = time.monotonic() - begun
        if outage is not None:
            await outage
        sampler.cancel()
        cores = {"client": (_client_cpu() - client_cpu) / seconds}
        cores.update({name: (measure() - used[name]) / seconds for name, measure in cpu.items()})
        rss_end = proc_rss_mb(server.pid)[0]
        run.acked |= warm_acked
        if db is not None:
            stored, derived = await _stored_ferretdb(db.uri)
        else:
            stored, derived = await _stored_embedded(port), ""
        rss_samples.append(rss_end)
        alive = server.poll() is None
        _stop_server(server)
        if db is not None:
            settled = await db.settle()
            print(f"soak: FerretDB idle {settled:.0f} s after the soaked server stopped", file=sys.stderr)
        try:
            fresh: Fresh | str = await _fresh(args, free_port(), env, work / "fresh-server.log", servers)
        except Exception as exc:  # noqa: BLE001 - the run's own results are still reported
            fresh = f"{type(exc).__name__}: {exc}"
        rss = (rss_samples[0], rss_end, max(rss_samples))
        measures = Measures(seconds, rss, rss_samples, cores, stored, derived, alive, articles_before, fresh)
        code = _report(args, run, measures)
        failed = code != 0
        return code
    finally:
        for each in servers:
            _stop_server(each)
        if db is not None:
            db.stop(signal.SIGTERM)
        if failed:
            print(f"soak: logs kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=300, help="seconds of measured load (default 300)")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="embedded")
    parser.add_argument("--outage-at", type=float, help="kill FerretDB this many seconds into the measured run")
    parser.add_argument("--outage-for", type=float, default=20, help="seconds before FerretDB is started again")
    parser.add_argument("--warmup", type=float, default=20, help="seconds of unmeasured load first (default 20)")
    parser.add_argument("--ingest-share", type=float, default=0.05, help="share of requests that ingest")
    args = parser.parse_args(argv)
    if args.outage_at is not None and args.store != "ferretdb":
        parser.error("--outage-at needs --store ferretdb (the embedded store lives in the server)")
    return asyncio.run(soak(args))


if __name__ == "__main__":
    sys.exit(main())
