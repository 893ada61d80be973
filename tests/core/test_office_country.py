"""The office's country (``petdesk office --country``, Settings › Office) is the mailing list's home
country, whose addresses need no country line: ``mailing-list --home`` and the window assumed China
for every office (exchange54b). CN while the office has none set."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import invitation
from petdesk.services import mailing_list as ml
from petdesk.services.office import home_country
from tests.core.test_mailing_list import _two


def _korean_block(db: Database, **kwargs: str) -> tuple[str, ...]:
    with db.reading() as s:
        found = ml.mailing_list(s, **kwargs)
    return next(r.lines for r in found.recipients if r.name == "김민준")


def test_the_home_country_is_the_offices(db: Database) -> None:
    _two(db)
    with db.reading() as s:
        assert home_country(s) == "CN"
    assert _korean_block(db)[-1] == "REPUBLIC OF KOREA"
    with db.transaction() as s:
        invitation.set_office_settings(s, country="kr")
    with db.reading() as s:
        assert home_country(s) == "KR" and invitation.office_settings(s)["country"] == "KR"
    assert _korean_block(db)[-1] == "22689", "posted in Korea: no country line"
    assert _korean_block(db, home="CN")[-1] == "REPUBLIC OF KOREA", "an explicit home still wins"
    with db.transaction() as s:
        invitation.set_office_settings(s, country="德国")  # a name in Chinese stores the code
    with db.reading() as s:
        assert home_country(s) == "DE"
    with db.transaction() as s, pytest.raises(ValueError):
        invitation.set_office_settings(s, country="Narnia")
    with db.transaction() as s:
        invitation.set_office_settings(s, country="")
    with db.reading() as s:
        assert home_country(s) == "CN", "forgotten: China again"


def _csv_lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_office_country_and_mailing_list_on_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _two(db)
    path = str(db.path)
    assert main(["--db", path, "office", "--country", "kr"]) == 0
    assert "country: KR" in " ".join(capsys.readouterr().out.split())
    out = tmp_path / "post.csv"
    assert main(["--db", path, "mailing-list", "--out", str(out)]) == 0
    korean = next(row for row in _csv_lines(out) if "김민준" in row)
    assert "REPUBLIC OF KOREA" not in korean
    assert "BRAZIL" in next(row for row in _csv_lines(out) if "João Silva" in row)
    assert main(["--db", path, "mailing-list", "--home", "cn", "--out", str(out)]) == 0
    assert "REPUBLIC OF KOREA" in next(row for row in _csv_lines(out) if "김민준" in row)
    capsys.readouterr()
    assert main(["--db", path, "office", "--country", "Narnia"]) != 0
    assert "Narnia" in capsys.readouterr().err
    with db.reading() as s:
        assert home_country(s) == "KR", "a refused country changes nothing"
