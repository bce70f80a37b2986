"""The entente command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from entente.cli import main
from entente.store.mock import AsyncMockDatabase
from seed.load import DATA_DIR


@pytest.fixture
async def persistent(new_db: Any, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Point the command at a fresh database on each store; True when it persists between runs."""
    database = await new_db()
    if isinstance(database, AsyncMockDatabase):
        monkeypatch.delenv("MONGODB_URI", raising=False)
        return False
    monkeypatch.setenv("ENTENTE_DB", database.name)
    return True


def test_seed_twice_reports_zero_changes_the_second_time(persistent: bool, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seed"]) == 0
    first = capsys.readouterr().out
    assert main(["seed"]) == 0
    second = capsys.readouterr().out
    assert first.startswith("seeded 5 file(s), 412 change(s)\n")
    assert "articles: 5 inserted, 0 updated, 0 deleted" in first
    # The embedded store lives in memory, so each command starts from an empty one.
    if persistent:
        assert second.startswith("seeded 5 file(s), 0 change(s)\n")
    else:
        assert second == first


def test_seed_drop_rebuilds(persistent: bool, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seed"]) == 0
    assert main(["seed", "--drop"]) == 0
    assert "articles: 5 inserted, 0 updated, 0 deleted" in capsys.readouterr().out.split("seeded")[-1]


def test_seed_names_the_bad_file_and_fails(
    persistent: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    data = json.loads((DATA_DIR / "004_43d08114403304a6.json").read_text(encoding="utf-8"))
    data["countries"].append("ZZZ")
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["seed", str(bad)]) == 1
    index = len(data["countries"]) - 1
    assert (
        f"{bad}: countries[{index}]: unknown country 'ZZZ': use an ISO 3166-1 alpha-3 code" in capsys.readouterr().err
    )


def test_bad_settings_are_reported(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ENTENTE_SEED", "maybe")
    assert main(["seed"]) == 2
    assert "ENTENTE_SEED='maybe' is not a boolean" in capsys.readouterr().err


def test_extract_prints_what_an_article_states(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA_DIR.parent / "articles" / "002_d03f070538b42323.txt"
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: published 2023-10-03; countries KAZ, GBR")
    assert "person   Roman Vassilenko (KAZ)" in out
    assert "1800000000 USD" in out


def test_extract_json_is_a_valid_seed_file(capsys: pytest.CaptureFixture[str]) -> None:
    from seed.model import SeedFile

    path = DATA_DIR.parent / "articles" / "000_c96d550ceab00fce.txt"
    assert main(["extract", "--json", "--published-on", "2023-12-01", str(path)]) == 0
    article = SeedFile.model_validate_json(capsys.readouterr().out)
    assert article.article.text == path.read_text(encoding="utf-8")
    assert str(article.article.published_on) == "2023-12-01"
    assert any(e.type.value == "CREDENTIALS" for e in article.events)


def test_extract_reports_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: cannot read" in capsys.readouterr().err
