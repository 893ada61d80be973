"""A quick start for the command line (issue 18): ``--version``, building the parser and ``stats``
import none of the heavy libraries, and what the commands write out instead of importing still
matches the services it stands for."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk.db import Database, code_heads, open_database

#: Libraries that cost tenths of a second each to import; the quick paths must not load them.
HEAVY = frozenset(
    (
        "sqlalchemy",
        "alembic",
        "reportlab",
        "pypinyin",
        "PySide6",
        "shiboken6",
        "babel",
        "jieba",
        "openpyxl",
    )
)


def imported_modules(
    *args: str, code: str | None = None
) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """Top-level names of every module a fresh interpreter imported (``-X importtime`` lists them)."""
    argv = [sys.executable, "-X", "importtime"]
    argv += ["-c", code] if code is not None else ["-m", "petdesk", *args]
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    names = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return names, result


def test_version_imports_nothing_heavy() -> None:
    names, result = imported_modules("--version")
    assert result.returncode == 0, result.stderr[-500:]
    assert "petdesk" in result.stdout
    assert not names & HEAVY, sorted(names & HEAVY)


def test_building_the_parser_imports_nothing_heavy() -> None:
    names, result = imported_modules(code="import petdesk.cli; petdesk.cli.build_parser()")
    assert result.returncode == 0, result.stderr[-500:]
    assert "petdesk" in names and "argparse" in names  # the listing works
    assert not names & HEAVY, sorted(names & HEAVY)


def test_stats_on_a_current_file_imports_nothing_heavy(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    subprocess.run(
        [sys.executable, "-m", "petdesk", "--db", str(path), "office"], check=True, capture_output=True
    )
    names, result = imported_modules("--db", str(path), "stats")
    assert result.returncode == 0, result.stderr[-500:]
    assert f"schema version:  {'+'.join(sorted(code_heads()))}" in result.stdout, result.stdout
    assert not names & HEAVY, sorted(names & HEAVY)


def test_stats_counts_live_rows_like_the_orm(demo_db: Database) -> None:
    """The quick counts (all rows less the deleted ones) agree with counting live rows one by one."""
    from sqlalchemy import func, select

    from petdesk import models as m
    from petdesk.services.stats import entity_counts

    with demo_db.transaction() as session:
        for contact in session.scalars(select(m.Contact).limit(3)):
            contact.soft_delete()
    with demo_db.reading() as session:
        counts = entity_counts(session)
        for label, table in (("contacts", m.Contact), ("organisations", m.Organisation), ("visits", m.Visit)):
            live = session.scalar(select(func.count()).select_from(table).where(table.deleted_at.is_(None)))
            assert counts[label] == live, label
        everyone = session.scalar(select(func.count()).select_from(m.Contact))
    assert counts["contacts"] == everyone - 3


def test_stats_output_on_a_new_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from petdesk.cli import main

    path = tmp_path / "new.sqlite"
    assert main(["--db", str(path), "office"]) == 0  # (stats alone refuses a missing file)
    capsys.readouterr()
    assert main(["--db", str(path), "stats"]) == 0
    out = capsys.readouterr().out
    assert f"schema version:  {'+'.join(sorted(code_heads()))}" in out
    assert "office:          Regional Office (no region)" in out
    assert [line.split() for line in out.splitlines() if line.strip().startswith("contacts")] == [
        ["contacts", "0"]
    ]


def test_written_out_choices_match_the_services() -> None:
    from petdesk.cli import contacts, history, pipeline
    from petdesk.models import deleted_indexes
    from petdesk.models.enums import MatchState, MilestoneKind, NeedStatus, PartnerRole
    from petdesk.services import history as history_service
    from petdesk.services import search, stats

    assert tuple(search.SORTS) == contacts.SORTS
    assert history.RESTORABLE == history_service.RESTORABLE
    assert tuple(s.value for s in NeedStatus) == pipeline.NEED_STATUSES
    assert tuple(s.value for s in MatchState) == pipeline.MATCH_STATES
    assert tuple(s.value for s in PartnerRole) == pipeline.PARTNER_ROLES
    assert tuple(s.value for s in MilestoneKind) == pipeline.MILESTONE_KINDS
    assert tuple(table for _label, table in stats.COUNTED) == deleted_indexes.TABLES


def test_counts_use_the_partial_indexes(db: Database) -> None:
    conn = db.raw()
    try:
        for table in ("contact", "contact_method", "activity"):
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"
                )
            )
            assert f"ix_{table}_deleted" in plan, plan
    finally:
        conn.close()


def test_a_file_unchanged_since_its_check_is_not_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick check on open is remembered for a file that has not changed since; a write (here:
    a damaged page) makes the next open check it again and refuse it."""
    import os
    import time

    from petdesk import db as dbmod

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "c.sqlite"
    open_database(path).close()
    assert not dbmod._checked_unchanged(path, dbmod._file_key(path))  # just written: not trusted
    old = time.time() - 10  # older than the file system clock's tick, so the check may be remembered
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            os.utime(part, (old, old))
    assert dbmod.inspect_file(path).healthy
    assert dbmod._checked_unchanged(path, dbmod._file_key(path))
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 3 * 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    assert not dbmod._checked_unchanged(path, dbmod._file_key(path))
    assert not dbmod.inspect_file(path).healthy


def test_export_of_all_reads_without_sqlalchemy(demo_db: Database, tmp_path: Path) -> None:
    """``export-contacts`` of every contact reads plain SQL on a read-only connection: neither
    SQLAlchemy nor the models are imported, and the file is the one the export through a session
    writes (vCard and CSV)."""
    from petdesk.services import exporting

    path = str(demo_db.path)
    demo_db.close()
    for fmt in ("vcf", "csv"):
        out = tmp_path / f"cli.{fmt}"
        names, result = imported_modules("--db", path, "export-contacts", "--out", str(out))
        assert result.returncode == 0, result.stderr[-500:]
        assert "sqlalchemy" not in names and "alembic" not in names, fmt
        assert "petdesk.models" not in result.stderr, fmt
        reopened = open_database(path)
        try:
            with reopened.reading() as s:
                exporting.export_contacts(s, tmp_path / f"session.{fmt}", fmt)  # type: ignore[arg-type]
        finally:
            reopened.close()
        assert out.read_bytes() == (tmp_path / f"session.{fmt}").read_bytes(), fmt


def test_stats_counts_the_catalogue(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Field test 44, §6: the demo makes technologies and city needs, and ``stats`` did not say them."""
    from sqlalchemy import func, select

    from petdesk import models as m
    from petdesk.cli import main

    with demo_db.reading() as session:
        live = {
            label: session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))
            for label, model in (
                ("technologies", m.Technology),
                ("city_needs", m.CityNeed),
                ("matches", m.TechMatch),
            )
        }
    assert live["technologies"] and live["city_needs"]
    assert main(["--db", str(demo_db.path), "stats", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert {label: counts[label] for label in live} == live
    assert main(["--db", str(demo_db.path), "stats"]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert ["technologies", f"{live['technologies']:,}"] in lines
    assert ["city", "needs", f"{live['city_needs']:,}"] in lines


def _plain_reads(path: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs ``petdesk --db path args`` and checks it read the file without SQLAlchemy, Alembic or
    the models (what cost a third of a second of every short command)."""
    names, result = imported_modules("--db", path, *args)
    assert result.returncode == 0, result.stderr[-500:]
    assert not names & {"sqlalchemy", "alembic", "reportlab", "PySide6", "openpyxl"}, args
    assert "petdesk.models" not in result.stderr, args
    return result


def test_visits_list_reads_without_sqlalchemy(demo_db: Database) -> None:
    """``petdesk visits`` lists on a plain read-only connection the visits the service lists
    through a session, in its order."""
    from petdesk.services import visits as visit_service

    with demo_db.reading() as session:
        expected = [row.id[:8] for row in visit_service.list_visits(session)]
    assert expected
    path = str(demo_db.path)
    demo_db.close()
    lines = _plain_reads(path, "visits").stdout.splitlines()
    total = lines.index(f"Visits: {len(expected)}")  # the demo's visits have countries: a tally follows
    assert [line.split()[0] for line in lines[:total]] == expected
    listed = json.loads(_plain_reads(path, "visits", "--json").stdout)["visits"]
    assert [visit["id"][:8] for visit in listed] == expected
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "petdesk",
            "--db",
            path,
            "visits",
            "--from",
            "2026-10-01",
            "--to",
            "2026-09-01",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1 and "before it starts" in refused.stderr, refused.stderr


def test_search_reads_without_sqlalchemy(demo_db: Database) -> None:
    """``petdesk search`` on an index with nothing queued reads on a plain connection and finds
    what the search through a session finds, in its order."""
    from petdesk.services import search as search_service

    with demo_db.reading() as session:
        expected = [row.entity_id for row in search_service.search(session, "zhang", language="en")]
        total = search_service.count(session, "zhang")
    assert expected
    path = str(demo_db.path)
    demo_db.close()
    lines = _plain_reads(path, "search", "zhang").stdout.splitlines()
    assert [line.split()[-1] for line in lines[:-1]] == expected
    assert lines[-1].endswith(f" of {total:,})")
    assert _plain_reads(path, "search", "--count", "zhang").stdout.strip() == str(total)


def test_search_indexes_queued_changes_first(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """A change written by another program waits in the index's queue: the search brings the index
    up to date (through a session, which writes) before it reads, as it did before the quick path."""
    import sqlite3
    from contextlib import closing

    from petdesk.cli import main

    with closing(sqlite3.connect(demo_db.path)) as conn, conn:
        contact_id = conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        conn.execute("UPDATE contact SET family_name = 'Quuxley' WHERE id = ?", (contact_id,))
        assert conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0] > 0
    assert main(["--db", str(demo_db.path), "search", "quuxley"]) == 0
    out = capsys.readouterr().out
    assert contact_id in out and "Quuxley" in out
    with closing(sqlite3.connect(demo_db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0


def test_follow_up_list_reads_without_sqlalchemy(demo_db: Database) -> None:
    """``petdesk followups`` reads plain SQL: the rows (names, partners, times) are those the
    session-based listing gives, for every filter, and the command imports no SQLAlchemy."""
    import datetime as dt
    import sqlite3
    from contextlib import closing

    from petdesk.services import follow_ups as follow_up_service
    from petdesk.services.follow_up_list import listing_rows

    today = dt.date.today()
    asks: list[dict[str, object]] = [
        {},
        {"include_closed": True},
        {"overdue": True},
        {"due_within": 30},
        {"partner": "a"},
        {"partner": "zz-nobody"},
    ]
    with demo_db.transaction() as session:  # one done, so that --all differs from the default
        first = follow_up_service.listing(session, today=today)[0]
        follow_up_service.mark_done(session, first.id)
    with demo_db.reading() as session:
        expected = [follow_up_service.listing(session, today=today, **ask) for ask in asks]  # type: ignore[arg-type]
    assert expected[0] and len(expected[1]) > len(expected[0])
    with closing(sqlite3.connect(demo_db.path)) as conn:
        assert [listing_rows(conn, today=today, **ask) for ask in asks] == expected  # type: ignore[arg-type]
    path = str(demo_db.path)
    demo_db.close()
    lines = _plain_reads(path, "followups", "--all").stdout.splitlines()
    assert [line[2:].split()[0] for line in lines[:-1]] == [row.id[:8] for row in expected[1]]
    assert lines[-1].startswith(f"Follow-ups: {len(expected[1])}, overdue: ")


def test_english_parser_looks_argparse_words_up_once() -> None:
    """An English run gives argparse the standard library's words, looked up once instead of on
    each of its calls, and hands argparse its own lookup back afterwards."""
    import argparse
    import gettext

    from petdesk.cli.context import ENGLISH
    from petdesk.cli.parser_language import argparse_speaking

    before = vars(argparse)["_"], vars(argparse)["ngettext"]
    words = ("usage: ", "options", "show this help message and exit", "invalid choice: %(value)r")
    with argparse_speaking(ENGLISH):
        during = vars(argparse)["_"]
        assert during is not before[0]
        assert [during(word) for word in words] == [gettext.gettext(word) for word in words]
        assert vars(argparse)["ngettext"]("%s arg", "%s args", 2) == gettext.ngettext("%s arg", "%s args", 2)
    assert (vars(argparse)["_"], vars(argparse)["ngettext"]) == before


@pytest.mark.parametrize("command", [["search", "zhang"], ["visits"], ["followups", "--all"]])
def test_quick_commands_in_english_import_no_babel(
    demo_db: Database, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``search``, ``visits`` and ``followups`` in English (British or American dates) write their
    dates and counts without babel (:mod:`petdesk.plain_dates`), and the dates are babel's."""
    import datetime as dt
    import sqlite3
    from contextlib import closing

    from petdesk.i18n import format_date
    from petdesk.services.follow_up_list import listing_rows
    from petdesk.services.visit_list import visit_rows

    monkeypatch.setenv("PETDESK_LANG", "en")
    for name in ("PETDESK_FORMAT_LOCALE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    with closing(sqlite3.connect(demo_db.path)) as conn:
        visits = visit_rows(conn, date_from=None, date_to=None, statuses=())
        follow_ups = listing_rows(conn, today=dt.date.today(), include_closed=True)
    path = str(demo_db.path)
    demo_db.close()
    for lang in ("en_GB.UTF-8", "en_US.UTF-8"):
        monkeypatch.setenv("LANG", lang)  # the formatting locale babel picks in this process too
        names, result = imported_modules("--db", path, *command)
        assert result.returncode == 0, result.stderr[-500:]
        assert not names & HEAVY, (command, sorted(names & HEAVY))
        lines = result.stdout.splitlines()
        if command == ["visits"]:
            dates = [f"{format_date(v.start_date, 'en')} – {format_date(v.end_date, 'en')}" for v in visits]
            assert lines[len(visits)] == f"Visits: {len(visits)}"
            assert [day for day, line in zip(dates, lines, strict=False) if day not in line] == []
        if command[0] == "followups":
            due = [f"({format_date(f.due_date, 'en')})" for f in follow_ups if f.due_date is not None]
            assert due and [day for day, line in zip(due, lines, strict=False) if day not in line] == []


@pytest.mark.parametrize("command", [["search", "zhang"], ["visits"], ["followups", "--all"]])
def test_quick_commands_in_chinese_import_no_babel(
    demo_db: Database, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 51: a Chinese command loaded babel to read its catalogue (60–75 ms of the run); the
    catalogue is read without it (:mod:`petdesk.core_catalogue`), the dates by petdesk.plain_dates."""
    path = str(demo_db.path)
    demo_db.close()
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    monkeypatch.delenv("PETDESK_FORMAT_LOCALE", raising=False)
    names, result = imported_modules("--db", path, *command)
    assert result.returncode == 0, result.stderr[-500:]
    assert not names & HEAVY, (command, sorted(names & HEAVY))
    last = result.stdout.splitlines()[-1]
    assert re.search("[\u4e00-\u9fff]", last), last  # its count said in Chinese
