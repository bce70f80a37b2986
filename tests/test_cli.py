"""The entente command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entente.cli import main
from seed.load import DATA_DIR


def test_seed_validates_and_reports_changes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seed"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("seeded 5 file(s), ")
    assert "articles: 5 inserted, 0 updated, 0 deleted" in out


def test_seed_names_the_bad_file_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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
