"""The ingest journal: what the embedded store was asked to ingest, kept on disk.

The embedded store lives in memory, so every acknowledged ingest is appended here as one
JSON line, flushed and fsynced before the response; at startup the journal is replayed.
A line cut short by a crash mid-write was never acknowledged, and replay skips it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger("entente")


class Journal:
    def __init__(self, directory: str | Path):
        self.path = Path(directory) / "ingested.jsonl"

    def append(self, record: dict[str, Any]) -> None:
        """Write one record durably: it is on disk when this returns."""
        created = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        with open(self.path, "a+b") as file:
            file.seek(0, os.SEEK_END)
            if file.tell() > 0:
                file.seek(-1, os.SEEK_END)
                if file.read(1) != b"\n":
                    file.write(b"\n")  # end a line cut short by a crash, so this one stays whole
            file.write(line)
            file.flush()
            os.fsync(file.fileno())
        if created:
            directory = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)  # the new file's name is durable too
            finally:
                os.close(directory)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every complete record, in the order written."""
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as file:
            for number, line in enumerate(file, 1):
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    log.warning("%s:%d: skipping an incomplete record (a write cut short)", self.path, number)
                    continue
                yield record
