"""Seed loader fuzzing: every malformed seed file is refused with 'file: JSON path: problem', and the store is
left byte for byte as it was, on both stores.

The malformed files are the real seed files (seed/data) broken by hypothesis: truncated at any byte, a value
of another type at any JSON path, unknown country codes, keys given twice, invalid UTF-8, deep nesting, other
top-level values, and files of several MB. Validation is fuzzed alone (fast, with shrinking); a sample of the
same corpus is then seeded, with drop, into a seeded store of each kind, which must not change.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bson
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from entente.countries import by_code
from entente.store.mock import AsyncMockClient, AsyncMockDatabase
from seed.load import DATA_DIR, SeedError, read_seed_files, seed

REAL = {path.name: path.read_bytes() for path in sorted(DATA_DIR.glob("*.json"))}
NAMES = sorted(REAL)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
# Where a problem is: a JSON path ('(root)', 'figures[0].value', 'article.$gt'), or, for a file that is not
# JSON, its line and column, or nothing more than the file.
PROBLEM = re.compile(
    r"(?P<where>\(root\)|[^\s.\[\]:]+(?:\.[^\s.\[\]:]+|\[\d+\])*|line \d+ column \d+: malformed JSON"
    r"|malformed JSON|cannot read): (?P<what>\S.*)",
    re.S,
)

Loc = tuple[str | int, ...]


def json_path(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(root)"


def locations(value: Any, loc: Loc = ()) -> list[Loc]:
    """Every JSON path in a document, containers and leaves."""
    found = [loc] if loc else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += locations(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += locations(item, (*loc, i))
    return found


def replaced(document: Any, loc: Loc, value: Any) -> Any:
    document = json.loads(json.dumps(document))
    target = document
    for part in loc[:-1]:
        target = target[part]
    target[loc[-1]] = value
    return document


def problems_of(name: str, content: bytes, tmp_path: Path) -> list[str] | None:
    """The problems read_seed_files reports for the real files with ``name`` replaced by ``content``, each
    checked to name that file and a JSON path; None when the file is accepted."""
    directory = tmp_path / f"case{next(_cases)}"
    directory.mkdir()
    for other, data in REAL.items():
        (directory / other).write_bytes(content if other == name else data)
    target = directory / name
    try:
        read_seed_files([directory])
    except SeedError as error:
        problems = error.problems
    else:
        return None
    assert problems
    wheres = []
    for problem in problems:
        assert problem.startswith(f"{target}: "), (problem, "names another file")
        match = PROBLEM.fullmatch(problem.removeprefix(f"{target}: "))
        assert match, f"no JSON path in {problem!r}"
        wheres.append(match["where"])
    return wheres


def related(where: str, loc: Loc) -> bool:
    """The reported path is the changed one, one of its ancestors, or inside it."""
    path = json_path(loc)
    return where == path or path.startswith((where + ".", where + "[")) or where.startswith((path + ".", path + "["))


_cases = itertools.count()

# --- Malformed files, as strategies: (file name, content, what the error must name) ---------------------------

_file = st.sampled_from(NAMES)


@st.composite
def truncated(draw: st.DrawFn) -> tuple[str, bytes, str]:
    name = draw(_file)
    data = REAL[name].rstrip()
    return name, data[: draw(st.integers(min_value=0, max_value=len(data) - 1))], "malformed or unreadable"


_OTHER_TYPE: dict[type, list[Any]] = {
    str: [0, -1, 1.5, True, [], ["x"], {}, {"$gt": ""}, {"$where": "1"}],
    list: ["x", 0, {}, {"$ne": 1}, True],
    dict: [[], "x", 0, False, [{"$regex": ".*"}]],
    int: ["x", [], {}, {"$gt": 0}],
    float: ["x", [], {}],
    bool: ["x", [], {}, {"$ne": False}],
    type(None): [0, [], {}, True, {"$exists": True}],
}


@st.composite
def wrong_type(draw: st.DrawFn) -> tuple[str, bytes, Loc]:
    name = draw(_file)
    document = json.loads(REAL[name])
    loc = draw(st.sampled_from(locations(document)))
    original = document
    for part in loc:
        original = original[part]
    value = draw(st.sampled_from(_OTHER_TYPE[type(original)]))
    return name, json.dumps(replaced(document, loc, value), ensure_ascii=False).encode(), loc


def _country_locations(document: dict[str, Any]) -> list[Loc]:
    found: list[Loc] = [("countries", i) for i in range(len(document["countries"]))]
    for group, fields in (("people", ("country",)), ("events", ("countries",)), ("figures", ("countries", "origin"))):
        for i, item in enumerate(document.get(group, [])):
            for field in fields:
                value = item.get(field)
                if isinstance(value, list):
                    found += [(group, i, field, j) for j in range(len(value))]
                elif field in item:
                    found.append((group, i, field))
    return found


unknown_codes = st.one_of(
    st.text(st.characters(min_codepoint=ord("A"), max_codepoint=ord("Z")), min_size=3, max_size=3).filter(
        lambda code: by_code(code) is None
    ),
    st.sampled_from(["", "X", "KZ", "kz", "KAZA", "K AZ", "КАЗ", "K\u200bAZ", "\u212aAZ", "$gt", "$where", "0"]),
)


@st.composite
def unknown_country(draw: st.DrawFn) -> tuple[str, bytes, Loc]:
    name = draw(_file)
    document = json.loads(REAL[name])
    loc = draw(st.sampled_from(_country_locations(document)))
    code = draw(unknown_codes)
    return name, json.dumps(replaced(document, loc, code), ensure_ascii=False).encode(), loc


@st.composite
def repeated_key(draw: st.DrawFn) -> tuple[str, bytes, str]:
    """A key given twice in one object, in the JSON text: '{"a": 1, ..., "a": 2}'."""
    name = draw(_file)
    document = json.loads(REAL[name])
    objects = [loc for loc in [(), *locations(document)] if isinstance(_at(document, loc), dict) and _at(document, loc)]
    loc = draw(st.sampled_from(objects))
    key = draw(st.sampled_from(sorted(_at(document, loc))))
    marker = "\u0000MARK\u0000"
    text = json.dumps(replaced(document, (*loc, key), marker), ensure_ascii=False)
    value = json.dumps(_at(document, (*loc, key)), ensure_ascii=False)
    text = text.replace(json.dumps(marker), f"{value}, {json.dumps(key)}: {value}", 1)
    return name, text.encode(), json_path(loc)


def _at(document: Any, loc: Loc) -> Any:
    for part in loc:
        document = document[part]
    return document


@st.composite
def repeated_entity_key(draw: st.DrawFn) -> tuple[str, bytes, str]:
    """Two people (or two events) of one file with the same key."""
    name = draw(st.sampled_from([n for n in NAMES if len(json.loads(REAL[n])["events"]) >= 2]))
    document = json.loads(REAL[name])
    group = draw(st.sampled_from([g for g in ("people", "events") if len(document[g]) >= 2]))
    i, j = draw(st.lists(st.integers(0, len(document[group]) - 1), min_size=2, max_size=2, unique=True))
    return name, json.dumps(replaced(document, (group, j, "key"), document[group][i]["key"])).encode(), group


_BAD_UTF8 = [b"\xff", b"\xfe\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe2\x82", b"\x80"]


@st.composite
def invalid_utf8(draw: st.DrawFn) -> tuple[str, bytes, str]:
    name = draw(_file)
    data = REAL[name]
    at = draw(st.integers(min_value=0, max_value=len(data)))
    while at < len(data) and data[at] & 0xC0 == 0x80:  # insert between characters, not inside one
        at += 1
    return name, data[:at] + draw(st.sampled_from(_BAD_UTF8)) + data[at:], "cannot read"


@st.composite
def nested(draw: st.DrawFn) -> tuple[str, bytes, Loc]:
    """A value replaced by arrays or objects nested 1 to 100,000 deep."""
    name = draw(_file)
    document = json.loads(REAL[name])
    loc = draw(st.sampled_from(locations(document)))
    depth = draw(st.one_of(st.integers(1, 50), st.integers(900, 1100), st.just(100_000)))
    opening, closing = draw(st.sampled_from([("[", "]"), ('{"a": ', "}")]))
    marker = "\u0000MARK\u0000"
    text = json.dumps(replaced(document, loc, marker), ensure_ascii=False)
    text = text.replace(json.dumps(marker), opening * depth + "1" + closing * depth, 1)
    return name, text.encode(), loc


# --- Validation alone: many examples, shrunk on failure ----------------------------------------------------


def _count(seen: dict[str, int], key: str) -> None:
    seen[key] = seen.get(key, 0) + 1


def test_truncated_files_are_malformed_json(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    @FUZZ
    @given(case=truncated())
    def check(case: tuple[str, bytes, str]) -> None:
        name, content, _ = case
        wheres = problems_of(name, content, tmp_path)
        _count(seen, "inputs")
        assert wheres is not None, "a truncated file was accepted"
        assert all(w.endswith("malformed JSON") or w == "cannot read" for w in wheres), wheres

    check()
    print(f"\nseed, truncated files: {seen}")
    assert seen["inputs"] >= 50


def test_a_value_of_another_type_is_named_by_its_path(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    @FUZZ
    @given(case=wrong_type())
    def check(case: tuple[str, bytes, Loc]) -> None:
        name, content, loc = case
        wheres = problems_of(name, content, tmp_path)
        _count(seen, "inputs")
        if wheres is None:
            _count(seen, "accepted (lax coercion, e.g. 0 for false)")
            return
        assert any(related(w, loc) or w == "(root)" for w in wheres), (json_path(loc), wheres)

    check()
    print(f"\nseed, wrong types: {seen}")
    assert seen["inputs"] >= 50
    assert seen.get("accepted (lax coercion, e.g. 0 for false)", 0) < seen["inputs"] / 2


def test_an_unknown_country_is_named_by_its_path(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    @FUZZ
    @given(case=unknown_country())
    def check(case: tuple[str, bytes, Loc]) -> None:
        name, content, loc = case
        directory_problems = _problems_text(name, content, tmp_path)
        _count(seen, "inputs")
        assert any(p.startswith(f"{json_path(loc)}: unknown country ") for p in directory_problems), (
            json_path(loc),
            directory_problems,
        )

    check()
    print(f"\nseed, unknown countries: {seen}")
    assert seen["inputs"] >= 50


def _problems_text(name: str, content: bytes, tmp_path: Path) -> list[str]:
    """The problems (without the file name) for a file that must be refused."""
    directory = tmp_path / f"case{next(_cases)}"
    directory.mkdir()
    for other, data in REAL.items():
        (directory / other).write_bytes(content if other == name else data)
    with pytest.raises(SeedError) as error:
        read_seed_files([directory])
    prefix = f"{directory / name}: "
    assert all(p.startswith(prefix) for p in error.value.problems)
    return [p.removeprefix(prefix) for p in error.value.problems]


def test_keys_given_twice_are_refused(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    @settings(FUZZ, max_examples=40)
    @given(case=st.one_of(repeated_key(), repeated_entity_key()))
    def check(case: tuple[str, bytes, str]) -> None:
        name, content, where = case
        problems = _problems_text(name, content, tmp_path)
        _count(seen, "inputs")
        expected = (f"{where}: the key ", f"(root): {where}: key ")
        assert any(p.startswith(expected) for p in problems), (where, problems)

    check()
    print(f"\nseed, repeated keys: {seen}")
    assert seen["inputs"] >= 35


def test_invalid_utf8_is_refused_with_its_position(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    @settings(FUZZ, max_examples=40)
    @given(case=invalid_utf8())
    def check(case: tuple[str, bytes, str]) -> None:
        name, content, _ = case
        problems = _problems_text(name, content, tmp_path)
        _count(seen, "inputs")
        assert len(problems) == 1 and re.fullmatch(
            r"cannot read: 'utf-8' codec can't decode .* in position \d+.*", problems[0]
        )

    check()
    print(f"\nseed, invalid UTF-8: {seen}")
    assert seen["inputs"] >= 35


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    @settings(FUZZ, max_examples=40)
    @given(case=nested())
    def check(case: tuple[str, bytes, Loc]) -> None:
        name, content, loc = case
        wheres = problems_of(name, content, tmp_path)
        _count(seen, "inputs")
        if wheres is None:
            _count(seen, "accepted (a list of lists where a list was)")
            return
        assert wheres == ["malformed JSON"] or any(related(w, loc) or w == "(root)" for w in wheres), wheres

    check()
    print(f"\nseed, deep nesting: {seen}")
    assert seen["inputs"] >= 35


def _huge_people() -> bytes:
    document = json.loads(REAL[NAMES[0]])
    person = document["people"][0]
    document["people"] = [{**person, "key": f"p{i}"} for i in range(20_000)]
    document["people"][-1] = {**person, "key": "last", "country": "XYZ"}
    return json.dumps(document).encode()


def _huge_text() -> bytes:
    document = json.loads(REAL[NAMES[0]])
    document["article"]["text"] += " Filler." * 250_000  # 2 MB; the quotes still occur once
    document["figures"][0]["quotes"][0] = "a quote the long text does not have"
    return json.dumps(document).encode()


# Hostile files beyond the strategies: (content, the start of the one problem expected).
HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "array-at-top": (lambda: b"[" + REAL[NAMES[0]] + b"]", "(root): Input should be a valid dictionary"),
    "null-at-top": (lambda: b"null", "(root): Input should be a valid dictionary"),
    "number-at-top": (lambda: b"5", "(root): Input should be a valid dictionary"),
    "empty-file": (lambda: b"", "line 1 column 1: malformed JSON: Expecting value"),
    "bom": (lambda: b"\xef\xbb\xbf" + REAL[NAMES[0]], "line 1 column 1: malformed JSON: Unexpected UTF-8 BOM"),
    "utf-16": (lambda: REAL[NAMES[0]].decode().encode("utf-16"), "cannot read: 'utf-8' codec"),
    "nested-100k-arrays": (lambda: b"[" * 100_000 + b"]" * 100_000, "malformed JSON: arrays or objects nested"),
    "nested-100k-objects": (lambda: b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "malformed JSON: arrays or"),
    "5000-digit-number": (
        lambda: REAL[NAMES[0]].replace(b'"value": "', b'"value": ' + b"9" * 5000 + b', "v": "', 1),
        "malformed JSON: a number is too long",
    ),
    "value-1e999999999": (
        lambda: json.dumps(replaced(json.loads(REAL[NAMES[0]]), ("figures", 0, "value"), "1e999999999")).encode(),
        "figures[0].value: 1.000e+999999999 is out of range",
    ),
    "lone-surrogate": (
        lambda: REAL[NAMES[0]].replace(b'"text": "', b'"text": "\\ud800', 1),
        "article.text: Input should be a valid string",
    ),
    "cumulative-0": (
        lambda: REAL[NAMES[0]].replace(b'"cumulative": false', b'"cumulative": 0', 1),
        "figures[0].period.cumulative: Input should be a valid boolean",
    ),
    "20000-people-last-bad": (_huge_people, "people[19999].country: unknown country 'XYZ'"),
    "2mb-text-bad-quote": (_huge_text, "figures[0].quotes[0]: quote not found"),
    # 5 MB of distinct words: with the search terms, a document over MongoDB's 16 MiB.
    "document-over-16mib": (
        lambda: json.dumps({"article": {"text": " ".join(f"w{i}" for i in range(700_000))}, "countries": []}).encode(),
        "article: its document is ",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
async def test_hostile_files_are_refused_with_one_clear_problem(case: str, tmp_path: Path) -> None:
    make, expected = HOSTILE[case]
    directory = tmp_path / "files"
    directory.mkdir()
    for name, data in REAL.items():
        (directory / name).write_bytes(data)
    target = directory / "zz_hostile.json"
    target.write_bytes(make())
    with pytest.raises(SeedError) as error:
        await seed(AsyncMockClient()["throwaway"], [directory])  # seed(), not only read_seed_files: sizes too
    assert [p.startswith(f"{target}: {expected}") for p in error.value.problems] == [True], error.value.problems


# --- The store is left byte for byte as it was ---------------------------------------------------------------


async def dump(db: Any) -> dict[str, list[bytes]]:
    """Every collection, each document as its BSON bytes, in _id order."""
    return {
        name: [bson.encode(doc) for doc in await db[name].find({}, sort=[("_id", 1)]).to_list(None)]
        for name in sorted(await db.list_collection_names())
    }


def examples(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    """``count`` deterministic draws of a strategy, for checks that run on an event loop hypothesis cannot drive."""
    drawn: list[Any] = []

    @settings(FUZZ, max_examples=count, phases=[Phase.generate])
    @given(strategy)
    def collect(value: Any) -> None:
        drawn.append(value)

    collect()
    return drawn


def _corpus(per_kind: int) -> list[tuple[str, str, bytes]]:
    """(label, file name, content): a sample of each malformed kind, then the hostile files."""
    corpus = []
    for kind, strategy in (
        ("truncated", truncated()),
        ("wrong-type", wrong_type()),
        ("unknown-country", unknown_country()),
        ("repeated-key", st.one_of(repeated_key(), repeated_entity_key())),
        ("invalid-utf8", invalid_utf8()),
        ("nested", nested()),
    ):
        corpus += [(kind, name, content) for name, content, _ in examples(strategy, per_kind)]
    # The large files whose problem is found before any write are left to the test above; the document over
    # 16 MiB stays, because its problem is the one found last, after every file has been read.
    slow = {"20000-people-last-bad", "2mb-text-bad-quote"}
    corpus += [(case, "zz_hostile.json", make()) for case, (make, _) in HOSTILE.items() if case not in slow]
    return corpus


async def test_a_refused_seed_leaves_the_store_byte_for_byte_unchanged(seeded: Any, tmp_path: Path) -> None:
    embedded = isinstance(seeded, AsyncMockDatabase)
    corpus = _corpus(per_kind=4 if embedded else 2)
    before = await dump(seeded)
    refused = 0
    for label, name, content in corpus:
        directory = tmp_path / f"case{next(_cases)}"
        directory.mkdir()
        for other, data in REAL.items():
            (directory / other).write_bytes(data)
        (directory / name).write_bytes(content)
        try:
            await seed(seeded, [directory], drop=True)
        except SeedError:
            refused += 1
        else:
            # Lax coercions (0 for false) pass; such a file is valid, and the seed rewrote the store from it.
            assert label in ("wrong-type", "nested"), f"{label} was accepted"
            await seed(seeded, drop=True)
            before = await dump(seeded)
            continue
        assert await dump(seeded) == before, f"{label}: the store changed"
    print(f"\nseed into the store: {len(corpus)} malformed files, {refused} refused, store unchanged after each")
    assert refused >= len(corpus) * 3 // 4
