"""``petdesk import-undo``: the last import taken back from the command line, after asking, with the
records changed since named and left alone only when ``--skip-changed`` says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.terminal import type_at_terminal

PEOPLE = "Family Name,Given Name,Organisation\nZhang,Wei,Qingdao Water Group\nLi,Na,Qingdao Water Group\n"


def _people(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Contact).where(m.Contact.deleted_at.is_(None)))


def _imported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    assert main(["--db", str(db.path), "import-contacts", str(path)]) == 0
    assert _people(db) == 2


def test_asks_then_undoes(db: Database, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _imported(db, tmp_path)
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--dry-run"]) == 0
    assert capsys.readouterr().out == "Undo the import of people.csv: 3 records added are deleted.\n"
    type_at_terminal(monkeypatch, "n\n")
    assert main(["--db", str(db.path), "import-undo"]) == 1
    assert _people(db) == 2
    type_at_terminal(monkeypatch, "是\n")
    assert main(["--db", str(db.path), "import-undo"]) == 0
    assert capsys.readouterr().out.endswith(  # after the question: the answer's Enter was the terminal's
        "Undo the import? [y/N] Import undone: 3 records deleted, 0 records put back, 0 links removed.\n"
    )
    assert _people(db) == 0
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 1
    assert "There is no import to undo." in capsys.readouterr().err


def test_a_later_edit_stops_it_unless_skipped(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _imported(db, tmp_path)
    with db.transaction() as s:
        s.scalar(select(m.Contact).where(m.Contact.family_name == "Li")).notes = "prefers WeChat"
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 1
    err = capsys.readouterr().err
    assert "1 record was changed or put to use since the import (Na Li)" in err
    assert "--skip-changed" in err
    assert _people(db) == 2
    assert main(["--db", str(db.path), "import-undo", "--yes", "--skip-changed"]) == 0
    out = capsys.readouterr().out
    # she was changed; her employer stays because her job names it (counted apart since field test 63)
    assert "1 record changed since was left as it is. 1 record the import added stays" in out
    with db.reading() as s:
        assert s.scalars(select(m.Contact.family_name).where(m.Contact.deleted_at.is_(None))).all() == ["Li"]


@pytest.mark.parametrize("kind", ["technologies", "needs"])
def test_after_a_catalogue_import(db: Database, tmp_path: Path, capsys, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "catalogue.csv"
    if kind == "technologies":
        path.write_text("name_en,provider\nSludge drying,Eco Dry AG\n", encoding="utf-8")
    else:
        path.write_text("城市,需求名称\n杭州市,污泥处置\n", encoding="utf-8")
    assert main(["--db", str(db.path), f"import-{kind}", str(path)]) == 0
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 0
    assert "2 records deleted" in capsys.readouterr().out


def test_one_command_s_files_are_one_import(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # Each file was remembered as "the last import", so only the second file's people were taken back.
    first, second = tmp_path / "qingdao.csv", tmp_path / "hangzhou.csv"
    first.write_text(PEOPLE, encoding="utf-8")
    second.write_text("Family Name,Given Name\nWang,Fang\n", encoding="utf-8")
    assert main(["--db", str(db.path), "import-contacts", str(first), str(second)]) == 0
    assert _people(db) == 3
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Undo the import of qingdao.csv, hangzhou.csv: 4 records added are deleted."
    )
    assert _people(db) == 0
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 1
