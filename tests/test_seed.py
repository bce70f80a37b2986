"""Seeding: validation before writing, idempotent writes, and the curated seed files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from entente import documents as d
from seed.load import DATA_DIR, SeedError, read_seed_files, seed

ARTICLES_DIR = DATA_DIR.parent / "articles"


async def snapshot(db: Any) -> dict[str, list[dict[str, Any]]]:
    return {name: await db[name].find({}, sort=[("_id", 1)]).to_list(None) for name in d.COLLECTIONS}


def test_seed_files_carry_the_articles_exactly_as_given() -> None:
    files = read_seed_files([DATA_DIR])
    texts = sorted(path.read_text(encoding="utf-8") for path in ARTICLES_DIR.glob("*.txt"))
    assert len(files) == 5
    assert sorted(f.article.text for f in files) == texts


async def test_seeding_twice_reports_zero_changes_the_second_time(db: Any) -> None:
    first = await seed(db)
    second = await seed(db)
    assert first.total > 0
    assert first.collections[d.ARTICLES].inserted == 5
    assert second.total == 0


async def test_drop_rebuilds_the_same_documents_with_the_same_ids(seeded: Any) -> None:
    before = await snapshot(seeded)
    report = await seed(seeded, drop=True)
    assert report.collections[d.ARTICLES].inserted == 5
    assert await snapshot(seeded) == before


def _broken_copy(tmp_path: Path, edit: Any) -> Path:
    for path in DATA_DIR.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    target = tmp_path / "002_d03f070538b42323.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    edit(data)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _unknown_country(data: dict[str, Any]) -> None:
    data["figures"][1]["countries"][1] = "XYZ"


def _missing_quote(data: dict[str, Any]) -> None:
    data["events"][0]["quotes"][0] = "a sentence the article never had"


def _bad_value(data: dict[str, Any]) -> None:
    data["figures"][0]["value"] = "lots"


def _unknown_participant(data: dict[str, Any]) -> None:
    data["events"][0]["participants"] = ["nobody"]


def _bad_date(data: dict[str, Any]) -> None:
    data["events"][1]["date"] = "2022-13"


@pytest.mark.parametrize(
    ("edit", "path", "problem"),
    [
        (_unknown_country, "figures[1].countries[1]", "unknown country 'XYZ'"),
        (_missing_quote, "events[0].quotes[0]", "quote not found"),
        (_bad_value, "figures[0].value", "decimal"),
        (_unknown_participant, "(root)", "no person with key 'nobody'"),
        (_bad_date, "events[1].date", "month 13 is out of range"),
    ],
    ids=["unknown-country", "missing-quote", "bad-value", "unknown-participant", "bad-date"],
)
async def test_a_bad_file_is_named_with_its_path_and_changes_nothing(
    seeded: Any, tmp_path: Path, edit: Any, path: str, problem: str
) -> None:
    target = _broken_copy(tmp_path, edit)
    before = await snapshot(seeded)
    with pytest.raises(SeedError) as error:
        await seed(seeded, [tmp_path], drop=True)
    assert any(p.startswith(f"{target}: {path}: ") and problem in p for p in error.value.problems), error.value.problems
    assert await snapshot(seeded) == before


async def test_malformed_json_names_the_file_line_and_column(seeded: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": {"text": "x",}', encoding="utf-8")
    before = await snapshot(seeded)
    with pytest.raises(SeedError) as error:
        await seed(seeded, [DATA_DIR, bad])
    assert error.value.problems == [
        f"{bad}: line 1 column 26: malformed JSON: Expecting property name enclosed in double quotes"
    ]
    assert await snapshot(seeded) == before


async def test_the_same_article_twice_is_refused(db: Any, tmp_path: Path) -> None:
    source = DATA_DIR / "000_c96d550ceab00fce.json"
    shutil.copy(source, tmp_path / "a.json")
    shutil.copy(source, tmp_path / "b.json")
    with pytest.raises(SeedError, match="the same article as"):
        await seed(db, [tmp_path])


async def test_reports_of_one_visit_in_two_articles_merge_into_one_event(seeded: Any) -> None:
    visit = await seeded[d.EVENTS].find_one({"_id": d.event_id("bfa-kaz:visit:2025-06-foreign-minister")})
    assert (visit["date"], visit["endDate"], visit["status"]) == ("2025-06-03", "2025-06-05", "HAPPENED")
    assert await seeded[d.ARTICLES].count_documents({"events._id": visit["_id"]}) == 2
    assert await seeded[d.QUOTES].count_documents({"item": visit["_id"]}) == 2


async def test_people_named_in_several_articles_are_one_person(seeded: Any) -> None:
    tokayev = await seeded[d.PEOPLE].find({"name": "Kassym-Jomart Tokayev"}).to_list(None)
    assert len(tokayev) == 1
    assert await seeded[d.ARTICLES].count_documents({"people._id": tokayev[0]["_id"]}) == 3


async def test_a_region_counterpart_is_kept_on_the_country(seeded: Any) -> None:
    kaz = await seeded[d.COUNTRIES].find_one({"_id": "KAZ"})
    figures = await seeded[d.FIGURES].find({"_id": {"$in": kaz["regionalFigures"]}}).to_list(None)
    assert {(f["metric"], f["value"], f["counterpart"]) for f in figures if f["metric"] == "TRADE_TURNOVER"} == {
        ("TRADE_TURNOVER", "100000000", "African countries"),
        ("TRADE_TURNOVER", "1000000000", "African countries"),
        ("TRADE_TURNOVER", "783000000", "African countries"),
    }
