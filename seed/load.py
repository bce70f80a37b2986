"""Seeding: validate seed files, then write their documents idempotently.

Every file is read and validated (JSON, schema, country codes, quotes) before anything
is written, so one bad file leaves the store as it was. Writes are replacements keyed by
the documents' stable ids and are skipped where the stored document is already equal,
so a second run reports zero changes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import bson
from pydantic import ValidationError

from entente import documents as d
from entente.store import ensure_indexes, find_by_ids, set_schema_version
from entente.write.build import article_document
from entente.write.merge import Report, rebuild, sync
from seed.evidence import QuoteError, locate
from seed.model import SeedFile

DATA_DIR = Path(__file__).parent / "data"
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


class SeedError(ValueError):
    """One or more seed files are invalid; ``problems`` lists each as 'file: path: message'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid seed data:\n" + "\n".join(f"  {p}" for p in problems))


def seed_paths(paths: list[Path]) -> list[Path]:
    """The JSON files named, with directories expanded to their *.json files in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.json")))
        else:
            found.append(path)
    return found


def _json_path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(root)"


class _JSONObject(dict):
    """A JSON object that remembers the keys its text gave more than once (json keeps the last silently)."""

    repeated: tuple[str, ...] = ()

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> _JSONObject:
        obj = cls(pairs)
        if len(obj) < len(pairs):
            seen: set[str] = set()
            obj.repeated = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
        return obj


def _repeated_keys(data: Any) -> list[tuple[str, str]]:
    """(JSON path, key) of every key given twice in one object. Iterative: the nesting can be as deep as
    the JSON reader allows."""
    found = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, _JSONObject):
            found += [(_json_path(loc), key) for key in value.repeated]
            stack += [(item, (*loc, key)) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, (*loc, i)) for i, item in enumerate(value)]
    return sorted(found)


def read_seed_file(path: Path) -> SeedFile:
    """One validated seed file; raises SeedError naming the file, the JSON path and the problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError([f"{path}: cannot read: {exc}"]) from exc
    try:
        data = json.loads(raw, object_pairs_hook=_JSONObject.of)
    except json.JSONDecodeError as exc:
        raise SeedError([f"{path}: line {exc.lineno} column {exc.colno}: malformed JSON: {exc.msg}"]) from exc
    except RecursionError as exc:
        raise SeedError([f"{path}: malformed JSON: arrays or objects nested too deeply"]) from exc
    except ValueError as exc:  # an integer longer than int() reads (sys.get_int_max_str_digits())
        raise SeedError([f"{path}: malformed JSON: a number is too long: {str(exc).partition(';')[0]}"]) from exc
    repeated = _repeated_keys(data)
    if repeated:
        raise SeedError([f"{path}: {where}: the key {key!r} is given more than once" for where, key in repeated])
    try:
        seed = SeedFile.model_validate(data)
    except ValidationError as exc:
        raise SeedError(
            [f"{path}: {_json_path(e['loc'])}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()]
        ) from exc
    problems = []
    for group in ("people", "events", "figures"):
        for i, item in enumerate(getattr(seed, group)):
            for j, quote in enumerate(item.quotes):
                try:
                    locate(seed.article.text, quote)
                except QuoteError as exc:
                    problems.append(f"{path}: {group}[{i}].quotes[{j}]: {exc}")
    if problems:
        raise SeedError(problems)
    return seed


def read_seed_files(paths: list[Path]) -> list[SeedFile]:
    """Every file validated; all problems in all files are reported together."""
    files, problems = [], []
    ids: dict[str, Path] = {}
    for path in seed_paths(paths):
        try:
            seed = read_seed_file(path)
        except SeedError as exc:
            problems.extend(exc.problems)
            continue
        aid = d.article_id(seed.article.text)
        if aid in ids:
            problems.append(f"{path}: article.text: the same article as {ids[aid]}")
        ids[aid] = path
        files.append(seed)
    if problems:
        raise SeedError(problems)
    return files


def _check_sizes(paths: list[Path], articles: list[d.Article]) -> None:
    """MongoDB refuses a document over 16 MiB; found before any write (a seed with drop would have dropped
    every collection before the refusal), as every other problem is."""
    problems = [
        f"{path}: article: its document is {size:,} bytes of BSON, over MongoDB's limit of {MAX_DOCUMENT_BYTES:,}"
        for path, doc in zip(paths, articles, strict=True)
        if (size := len(bson.encode(doc))) > MAX_DOCUMENT_BYTES
    ]
    if problems:
        raise SeedError(problems)


async def seed(db: Any, paths: list[Path] | None = None, *, drop: bool = False) -> Report:
    """Validate the seed files (default: seed/data), then write their articles and derive the rest again.
    Idempotent: a second run of the same files changes nothing."""
    files = read_seed_files(paths or [DATA_DIR])
    articles = [article_document(f) for f in files]
    _check_sizes(seed_paths(paths or [DATA_DIR]), articles)  # the files are valid, so one per path, in order
    report = Report(files=len(files))
    if drop:
        for name in (*d.COLLECTIONS, d.META):
            await db.drop_collection(name)
    await ensure_indexes(db)
    stored = {a["_id"]: a for a in await find_by_ids(db[d.ARTICLES], [a["_id"] for a in articles])}
    report.add(d.ARTICLES, await sync(db, d.ARTICLES, articles, stored))
    await rebuild(db, report)
    await set_schema_version(db)
    return report
