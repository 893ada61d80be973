"""``petdesk demo`` never writes into a real office's database (field test 22, defect 1): the
README promises "your own database never receives demo rows"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.demo import DemoError, generate
from petdesk.services import office as office_service
from tests.core.sync.helpers import make_office, send
from tests.helpers.fixtures import DEMO_ANCHOR


def _rows(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organisation", "contact", "office")
        }


def _is_demo(db: Database) -> bool:
    with db.reading() as session:
        return office_service.holds_demo(session)


@pytest.fixture
def synced_office(tmp_path: Path) -> Iterator[Database]:
    """Stuttgart: a new office whose only records came in a sync package from Bonn."""
    bonn, stuttgart = make_office(tmp_path / "dbs", "Bonn"), make_office(tmp_path / "dbs", "Stuttgart Hub")
    with bonn.transaction() as session:
        session.add(m.Organisation(name_en="Bonn Water Works"))
    packages = tmp_path / "packages"
    packages.mkdir()
    send(bonn, stuttgart, packages, full=True)
    bonn.close()
    yield stuttgart
    stuttgart.close()


def test_cli_demo_refuses_an_office_that_received_a_sync_package(
    synced_office: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _rows(synced_office.path)
    assert before["organisation"] == 1

    assert main(["--db", str(synced_office.path), "demo", "--contacts", "5"]) != 0

    error = capsys.readouterr().err
    assert str(synced_office.path) in error and "Stuttgart Hub" in error
    assert "holds 2 records of its own" in error  # the organisation and the office Bonn
    assert "petdesk --db NEW.sqlite demo" in error
    assert _rows(synced_office.path) == before
    assert not _is_demo(synced_office)


def test_the_refusal_is_chinese_in_a_chinese_cli(
    synced_office: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "zh_CN", "--db", str(synced_office.path), "demo", "--contacts", "5"]) != 0
    error = capsys.readouterr().err
    assert "演示" in error and "petdesk --db NEW.sqlite demo" in error
    assert "demo data would mix" not in error


def test_generate_refuses_an_office_with_one_typed_record(db: Database) -> None:
    with db.transaction() as session:
        office_service.set_identity(session, name="Bonn")
        session.add(m.Organisation(name_en="Typed by hand"))
    with pytest.raises(DemoError, match="holds 1 record of its own"):
        generate(db, contacts=5, seed=1, anchor=DEMO_ANCHOR)
    assert not _is_demo(db)


def test_an_empty_office_and_a_demo_file_take_demo_data(db: Database) -> None:
    with db.transaction() as session:
        office_service.set_identity(session, name="New office")  # a name is not a record
    generate(db, contacts=5, seed=1, anchor=DEMO_ANCHOR)
    assert _is_demo(db)
    generate(db, contacts=5, seed=2, anchor=DEMO_ANCHOR)  # more demo rows in a demo file: fine
    assert _rows(db.path)["contact"] == 10
