"""Store operations of one ingest: each seed article ingested into a store seeded with the other four.

    python -m bench.ingest_ops [--store embedded|ferretdb]

Counts every operation the writer sends (CountingDatabase) from the ingest's arrival to its answer,
derivation included, by collection and operation.
"""

from __future__ import annotations

import argparse
import asyncio

from bench.measure import table
from bench.run import store_settings
from entente.store import CountingDatabase, connect
from entente.write.writer import Writer
from seed.load import DATA_DIR, seed

DATABASE = "entente_bench_ingest_ops"


async def main(store: str) -> None:
    rows = []
    for path in sorted(DATA_DIR.glob("*.json")):
        connected = connect(store_settings(store, DATABASE))
        if not connected.embedded:
            await connected.client.drop_database(DATABASE)
        await seed(connected.db, [p for p in sorted(DATA_DIR.glob("*.json")) if p != path])
        text = (DATA_DIR.parent / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
        counting = CountingDatabase(connected.db)
        ingested = await Writer(counting).ingest(text)
        assert ingested.changed and ingested.derived
        detail = ", ".join(f"{c}.{o} {n}" for (c, o), n in sorted(counting.counts.items()))
        rows.append([path.stem, counting.total, sum(n for (c, _), n in counting.counts.items() if c == "meta"), detail])
        if not connected.embedded:
            await connected.client.drop_database(DATABASE)
        await connected.close()
    print(
        table(
            f"store operations of one ingest ({store} store)",
            ["article", "operations", "on meta", "by operation"],
            rows,
        )
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="embedded")
    asyncio.run(main(parser.parse_args().store))
