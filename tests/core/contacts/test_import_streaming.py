"""A file is imported a chunk at a time (issue 17): every row of a mid-sized file arrives, the
progress is reported, the plan and report stay bounded, and a bad row near the end changes nothing.

The limits below which a file is read at once are lowered so that these 1,250 rows take the path of a
file of a million; the chunk and the number of rows a report keeps are a quarter of the real ones, so
that the file spans as many chunks, and as many times the rows kept, as 5,000 rows do with the real
ones. (2,500 rows with half the real chunk tested the same cuts at twice the import time.)"""

from __future__ import annotations

import csv
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.services import exporting, import_source, importing, search
from tests.core.contacts.io_helpers import dump
from tests.helpers.fixtures import built_file, copy_into

ROWS = 1250


def _lower_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_source, "WHOLE_FILE_LIMIT", 10_000)
    monkeypatch.setattr(import_source, "BLOCK", 8_192)
    monkeypatch.setattr(importing, "WHOLE_VCARD_LIMIT", 10_000)
    monkeypatch.setattr(importing, "CHUNK", 125)
    monkeypatch.setattr(importing, "KEEP", 250)


@pytest.fixture(autouse=True)
def _small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    _lower_limits(monkeypatch)


def _people_csv(path: Path, rows: int = ROWS) -> list[str]:
    """``rows`` different people (no two share a name, e-mail or phone); returns their e-mails."""
    emails = []
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["姓名", "Name", "Email", "Mobile", "Company", "Position"])
        for i in range(rows):
            email = f"person{i}@example{i % 97}.org"
            emails.append(email)
            out.writerow(
                [
                    f"测{chr(0x4E00 + i)}{chr(0x5E00 + i % 500)}",
                    f"Given{i} Family{i}",
                    email,
                    f"+86 139 {i:04d} {i % 10000:04d}",
                    f"Company {i % 40}",
                    "工程师",
                ]
            )
    return emails


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


@dataclass
class FirstImport:
    """The people's file, the database it was imported into, and what the import reported."""

    csv: Path
    emails: list[str]
    database: Path
    report: importing.ImportReport
    progress: list[tuple[int, int]]


@pytest.fixture(scope="module")
def first_import(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> FirstImport:
    """The 1,250 rows imported once for the module (each import takes seconds): the tests that
    read the result or import again take a copy of the file."""
    path = tmp_path_factory.mktemp("people") / "people.csv"
    emails = _people_csv(path)
    progress: list[tuple[int, int]] = []

    def build(database: Database) -> importing.ImportReport:
        with database.transaction() as s:
            return importing.import_file(
                s, path, on_progress=lambda done, total: progress.append((done, total))
            )

    with pytest.MonkeyPatch.context() as mp:
        _lower_limits(mp)
        assert path.stat().st_size > import_source.WHOLE_FILE_LIMIT  # read a piece at a time
        database, report = built_file(tmp_path_factory, empty_template, build)
    return FirstImport(path, emails, database, report, progress)


def test_every_row_arrives_with_progress(db: Database, first_import: FirstImport) -> None:
    path, emails, report, progress = (
        first_import.csv,
        first_import.emails,
        first_import.report,
        first_import.progress,
    )
    copy_into(first_import.database, db)
    assert report.count("added") == ROWS and report.count("skipped") == 0
    assert len(report.outcomes) == importing.KEEP  # the report keeps the first rows, counts them all
    assert [o.line for o in report.outcomes[:3]] == [2, 3, 4]
    assert progress[-1] == (ROWS, ROWS) and len(progress) == ROWS // importing.CHUNK
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert _count(db, m.Contact) == ROWS and _count(db, m.Organisation) == 40
    with db.reading() as s:
        stored = set(s.scalars(select(m.ContactMethod.value).where(m.ContactMethod.channel == "email")))
        assert stored == set(emails)
        # The search index was brought up to date at the end, for the last row too.
        assert search.count(s, emails[-1], kind="contact") == 1
    # Again: every row is found (by e-mail), nothing is added.
    with db.transaction() as s:
        again = importing.import_file(s, path)
    assert again.count("added") == 0 and again.count("skipped") == ROWS
    assert _count(db, m.Contact) == ROWS


def test_vcard_export_of_every_row_reimports_into_an_empty_file(
    db: Database, tmp_path: Path, empty_template: Path, first_import: FirstImport
) -> None:
    copy_into(first_import.database, db)  # the people's file imported
    cards = tmp_path / "all.vcf"
    with db.reading() as s:
        assert exporting.export_contacts(s, cards, "vcf") == ROWS
    # A copy of the session's new file: running every migration again is not what is tested here.
    shutil.copy(empty_template, tmp_path / "other.sqlite")
    other = open_database(tmp_path / "other.sqlite")
    loaded = importing.load_file(cards)
    assert loaded.total == ROWS
    with other.reading() as s:
        plan = importing.plan_import(s, loaded, "contacts")
    assert plan.count("add") == ROWS and len(plan.items) <= 2 * importing.KEEP
    with other.transaction() as s:
        report = importing.apply_import(s, plan)
    assert report.count("added") == ROWS
    with db.reading() as s, other.reading() as t:
        assert set(s.scalars(select(m.Contact.id))) == set(t.scalars(select(m.Contact.id)))
    other.close()


def test_command_line_reports_progress(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    _people_csv(path, 1000)  # the fewest rows whose count has a thousands separator
    assert main(["--db", str(db.path), "import-contacts", str(path)]) == 0
    captured = capsys.readouterr()
    assert "import-contacts people.csv: 50% (500 / 1,000)" in captured.err
    assert "import-contacts people.csv: 100% (1,000 / 1,000)" in captured.err
    assert "1,000 added, 0 updated, 0 skipped" in captured.out  # counts group thousands


def test_a_bad_row_near_the_end_imports_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    _people_csv(path)
    with open(path, "a", encoding="utf-8") as f:
        f.write("Zhao Lei,Zhao Lei,zl@example.cn,139,Co,职员,one column too many\n")
    before = dump(db)
    with (
        pytest.raises(importing.ImportFileError, match=f"^line {ROWS + 2}: .*columns do not match"),
        db.transaction() as s,
    ):
        importing.import_file(s, path)
    assert dump(db) == before


def test_the_organisations_at_hand_stay_few_and_people_still_join_theirs(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between chunks only the organisations used last stay in memory (at a million contacts all
    25,000 held 100 MB): one let go is read again, never made twice, and each person joins theirs."""
    monkeypatch.setattr(importing, "ORGANISATIONS_AT_HAND", 3)
    path = tmp_path / "people.csv"
    _people_csv(path)
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.count("added") == ROWS and len(report.organisations_added) == 40
    assert len(report.created) <= 3
    assert _count(db, m.Organisation) == 40
    with db.reading() as s:
        joined = s.execute(
            select(m.ContactMethod.value, m.Organisation.name_en)
            .join(m.Affiliation, m.Affiliation.contact_id == m.ContactMethod.contact_id)
            .join(m.Organisation, m.Organisation.id == m.Affiliation.organisation_id)
            .where(m.ContactMethod.channel == "email")
        ).all()
    assert len(joined) == ROWS
    assert all(name == f"Company {int(email[6 : email.index('@')]) % 40}" for email, name in joined)


def _filler(first: int, count: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Family{i};Given{i};;;\r\nFN:Given{i} Family{i}\r\n"
        f"EMAIL;INTERNET:given{i}@example.org\r\nEND:VCARD\r\n"
        for i in range(first, first + count)
    )


def test_a_vcard_21_agent_card_at_the_cut_between_pieces_stays_in_its_card(
    db: Database, tmp_path: Path
) -> None:
    """A large file is cut into pieces after an END:VCARD; the END:VCARD of a card nested in a 2.1
    AGENT is not one to cut after: the cut there left John's card open in one piece and his
    TITLE and END:VCARD outside any card in the next, and the import refused the file."""
    before = 0
    while len(_filler(0, before + 1)) < import_source.BLOCK - 200:  # cards that end short of a piece
        before += 1
    agent = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Sanders;John;;;\r\nFN:John Sanders\r\nORG:Acme Co.\r\nAGENT:\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Joe Friday\r\nNOTE:" + "x" * 300 + "\r\nEND:VCARD\r\n"
    )
    rest = "TITLE:Product Manager\r\nEND:VCARD\r\n"
    head = _filler(0, before)
    # The piece reaches its size inside Joe's card: his END:VCARD is the first chance to cut.
    assert len(head) < import_source.BLOCK <= len(head) + len(agent)
    after = 200
    path = tmp_path / "agent.vcf"
    path.write_bytes((head + agent + rest + _filler(before, after)).encode())
    assert path.stat().st_size > importing.WHOLE_VCARD_LIMIT  # read a piece at a time

    loaded = importing.load_file(path)
    assert loaded.total == before + 1 + after
    with db.transaction() as s:
        report = importing.apply_import(s, importing.plan_import(s, loaded, "contacts"))
    assert report.count("added") == before + 1 + after
    with db.reading() as s:
        john = s.scalars(select(m.Contact).where(m.Contact.family_name == "Sanders")).one()
        assert john.affiliations[0].position_en == "Product Manager"  # John's again after Joe's card
        assert s.scalar(select(func.count()).where(m.Contact.family_name == "Friday")) == 0
