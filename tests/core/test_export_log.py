"""The office's record of the personal data it wrote to files (field test 84, a handover): nothing
said which data had left the office, so neither a successor nor a person asking "to whom did you send
my data?" could be answered. Each export logs when, who, what, which file, how many and whose data
(their ids), in both languages when read; erasing a person takes them out of the lists."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import export_log, exporting, privacy
from petdesk.sync.tracking import STAFF_SETTING
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese


def _people(db: Database, *names: str) -> list[str]:
    with db.transaction() as s:
        s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
        people = [m.Contact(family_name=name, given_name="Anna") for name in names]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


def _sentences(db: Database, locale: str = "en", contact_id: str | None = None) -> list[str]:
    with db.reading() as s:
        return [export_log.sentence(line, locale) for line in export_log.lines(s, contact_id=contact_id)]


def _listed(db: Database) -> set[tuple[str, int]]:
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        return set(conn.execute("SELECT contact_id, export_id FROM export_log_contact").fetchall())


@pytest.mark.usefixtures("tree_catalogue")
def test_an_export_of_chosen_contacts_logs_who_what_which_file_and_whose_data(
    db: Database, tmp_path: Path
) -> None:
    alt, baer, chen = _people(db, "Alt", "Bär", "Chen")
    with db.reading() as s:  # as the window exports the chosen rows: a session that only reads
        n = exporting.export_contacts(s, tmp_path / "partners.vcf", "vcf", ids=[alt, baer])
    assert n == 2
    assert _sentences(db) == ["Wang Lei exported 2 contacts to partners.vcf"]
    assert _sentences(db, "zh_CN") == ["Wang Lei 将 2 位联系人导出到 partners.vcf"]
    assert {c for c, _ in _listed(db)} == {alt, baer}
    with db.reading() as s:
        assert export_log.times_sent(s, alt) == 1
        assert export_log.times_sent(s, chen) == 0
        (line,) = export_log.lines(s, contact_id=baer)
        assert (line.kind, line.file_name, line.count, line.everyone) == (
            "contacts",
            "partners.vcf",
            2,
            False,
        )
    assert _sentences(db, contact_id=chen) == []


def test_an_export_of_everyone_is_one_flag_that_counts_for_whoever_was_on_file(
    db: Database, tmp_path: Path
) -> None:
    alt, _baer = _people(db, "Alt", "Bär")
    with db.transaction() as s:  # the command line's search path writes in a transaction
        exporting.export_contacts(s, tmp_path / "all.csv", "csv")
    n = exporting.export_all_of_file(db.path, tmp_path / "all.xlsx", "xlsx", check_budget_s=5)
    assert n == 2
    assert _listed(db) == set()  # no 2 ids (or 100,000) per line: the flag says it
    assert _sentences(db) == [
        "Wang Lei exported 2 contacts to all.xlsx (every contact)",
        "Wang Lei exported 2 contacts to all.csv (every contact)",
    ]
    (later,) = _people(db, "Later")
    with db.reading() as s:
        assert export_log.times_sent(s, alt) == 2
        assert export_log.times_sent(s, later) == 0  # added after both files were written


def test_a_search_export_logs_in_the_callers_transaction_and_an_empty_file_logs_nothing(
    db: Database, tmp_path: Path
) -> None:
    alt, _baer = _people(db, "Alt", "Bär")
    with db.transaction() as s:
        s.add(m.Contact(family_name="Zhou", given_name="Min"))
        s.flush()  # the session has written: the line must commit with it, not wait for its lock
        exporting.export_contacts(s, tmp_path / "alt.csv", "csv", query="Alt")
        exporting.export_contacts(s, tmp_path / "none.csv", "csv", query="Nobody-like-this")
    with db.reading() as s:
        (line,) = export_log.lines(s)
    assert (line.file_name, line.count) == ("alt.csv", 1)
    assert {c for c, _ in _listed(db)} == {alt}


def test_erasing_a_person_takes_them_out_of_the_lists_and_keeps_the_lines(
    db: Database, tmp_path: Path
) -> None:
    alt, baer = _people(db, "Alt", "Bär")
    with db.reading() as s:
        exporting.export_contacts(s, tmp_path / "two.csv", "csv", ids=[alt, baer])
    privacy.erase(db, alt, look_in_backups=False)
    assert {c for c, _ in _listed(db)} == {baer}
    assert _sentences(db) == ["Wang Lei exported 2 contacts to two.csv"]  # a file was written, of 2
    with db.reading() as s:
        assert export_log.times_sent(s, alt) == 0


def test_the_log_is_this_offices_own_and_not_in_packages() -> None:
    from petdesk.sync.entities import entities
    from petdesk.sync.service import LOCAL_REVISIONS

    assert LOCAL_REVISIONS["0068_export_log"] == "0067_central_asian_spellings"
    assert not {e.name for e in entities()} & {"export_log", "export_log_contact"}


def test_a_file_opened_to_look_at_only_exports_without_a_line(db: Database, tmp_path: Path) -> None:
    """The window's "look only" (the file is open on another computer): nothing may change the
    file, the export still goes on (as on a write-protected stick)."""
    from petdesk import connection

    _people(db, "Alt")
    connection.look_only(db.path)
    try:
        n = exporting.export_all_of_file(db.path, tmp_path / "all.vcf", "vcf", check_budget_s=5)
        with db.reading() as s:
            written = exporting.export_contacts(s, tmp_path / "all.csv", "csv", query="Alt")
    finally:
        connection.look_only(db.path, looking=False)
    assert n == written == 1
    conn = sqlite3.connect(db.path)
    assert conn.execute("SELECT count(*) FROM export_log").fetchone() == (0,)
    conn.close()


@pytest.mark.usefixtures("tree_catalogue")
def test_the_exports_command_lists_the_lines_and_those_of_one_contact(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alt, baer = _people(db, "Alt", "Bär")
    out = tmp_path / "one.vcf"
    assert main(["--db", str(db.path), "export-contacts", "Alt", "--out", str(out)]) == 0
    assert main(["--db", str(db.path), "export-contacts", "--out", str(tmp_path / "all.csv")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "exports"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == [
        "Wang Lei exported 2 contacts to all.csv (every contact)",
        "Wang Lei exported 1 contact to one.vcf",
    ]
    assert main(["--db", str(db.path), "--lang", "zh_CN", "exports", "--contact", baer]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.endswith("Wang Lei 将 2 位联系人导出到 all.csv（全部联系人）")
    assert main(["--db", str(db.path), "contact", alt]) == 0
    assert "sent in 2 exports" in capsys.readouterr().out


def test_the_windows_child_export_of_a_large_file_is_logged_too(db: Database, tmp_path: Path) -> None:
    """From 20,000 contacts the window exports every contact in a child process (issue 17): the
    child's export is the command line's, which logs the file."""
    from petdesk.services import export_child

    _people(db, "Alt", "Bär")
    assert export_child.export_in_child(db.path, tmp_path / "hub.vcf", "vcf") == 2
    assert _sentences(db) == ["Wang Lei exported 2 contacts to hub.vcf (every contact)"]


@pytest.mark.usefixtures("tree_catalogue")
def test_a_registration_list_and_name_cards_are_logged_with_their_people(
    db: Database, tmp_path: Path
) -> None:
    from petdesk.dossier.namecards import build_namecards
    from petdesk.services import registration_list as rl
    from petdesk.services import visits as vs

    alt, baer, host = _people(db, "Alt", "Bär", "Gastgeber")
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 20), end_date=dt.date(2027, 3, 26)
        )
        vs.add_participant(s, visit.id, alt, role="head")
        vs.add_participant(s, visit.id, baer)
        vs.add_participant(s, visit.id, host, role="host")  # on the cards, not a hotel guest
    with db.reading() as s:
        found = rl.registration_list(s, visit.id)
    assert rl.write(found, tmp_path / "hotel.xlsx", logged_in=db) == 2
    build_namecards(db, visit.id, tmp_path / "cards.pdf")
    assert _sentences(db) == [
        "Wang Lei wrote name cards for 3 people to cards.pdf",
        "Wang Lei wrote a registration list of 2 guests to hotel.xlsx",
    ]
    assert _sentences(db, "zh_CN")[1] == "Wang Lei 将 2 位来宾的登记名单写入 hotel.xlsx"
    assert _sentences(db, contact_id=host) == ["Wang Lei wrote name cards for 3 people to cards.pdf"]
    with db.reading() as s:
        assert export_log.times_sent(s, alt) == 2


def test_the_sync_journal_names_who_made_a_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.sync import service
    from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, make_office

    office = make_office(tmp_path / "dbs", "Beijing")
    try:
        with office.transaction() as s:
            s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
            s.add(m.Contact(family_name="Zhang", given_name="Wei"))
        service.export_changes(
            office, tmp_path / "all.petdesk-sync", PASSPHRASE, kdf_n=TEST_KDF_N, durable=False
        )
        (entry,) = service.journal(office)
        assert (entry.direction, entry.staff) == ("export", "Wang Lei")
        assert "staff" not in entry.counts and entry.total >= 1  # a name, not a count
        assert main(["--db", str(office.path), "sync", "journal"]) == 0
        assert capsys.readouterr().out.rstrip().endswith("all.petdesk-sync (Wang Lei)")
    finally:
        office.close()


def test_erasing_a_member_of_staff_takes_their_name_out_of_the_log(db: Database, tmp_path: Path) -> None:
    """The log credits a staff member by name: erased, they are no longer named there (the lines
    stay, as the history's do)."""
    from petdesk.sync.erased_names import ERASED_NAME

    (other,) = _people(db, "Alt")
    with db.transaction() as s:
        staff = m.Contact(family_name="Quixotewald", given_name="Brunhilde")
        s.add(staff)
        s.merge(m.Setting(key=STAFF_SETTING, value="Brunhilde Quixotewald"))
        s.flush()
        staff_id = staff.id
    with db.reading() as s:
        exporting.export_contacts(s, tmp_path / "one.vcf", "vcf", ids=[other])
    privacy.erase(db, staff_id, look_in_backups=False)
    assert _sentences(db) == [f"{ERASED_NAME} exported 1 contact to one.vcf"]


def test_an_export_of_everyone_before_a_person_came_from_another_office_did_not_hold_them(
    tmp_path: Path,
) -> None:
    """Berlin made the contact before Xi'an exported every contact, and Xi'an took it in a package
    after: its creation time alone said 'sent in 1 export' at Xi'an, of a file it was never in."""
    from tests.core.sync.helpers import make_office, send

    berlin, xian = make_office(tmp_path / "dbs", "Berlin"), make_office(tmp_path / "dbs", "Xi'an Hub")
    send(xian, berlin, tmp_path, full=True)
    (weber,) = _people(berlin, "Weber")
    (li,) = _people(xian, "Li")
    with xian.reading() as s:
        assert exporting.export_contacts(s, tmp_path / "before.vcf", "vcf") == 1
    send(berlin, xian, tmp_path)
    with xian.reading() as s:
        assert exporting.export_contacts(s, tmp_path / "after.vcf", "vcf") == 2
    with xian.reading() as s:
        assert [line.file_name for line in export_log.lines(s, contact_id=weber)] == ["after.vcf"]
        assert export_log.times_sent(s, weber) == 1
        assert export_log.times_sent(s, li) == 2  # made here: in both
    for office in (berlin, xian):
        office.close()


def test_the_files_that_held_a_duplicate_are_the_persons_after_a_merge(db: Database, tmp_path: Path) -> None:
    """Two records of one person, one sent to a partner, merged: 'petdesk exports --contact' of the
    kept record named no file, and its pane said nothing was sent. Undoing the merge parts them again."""
    from petdesk.services import merge

    kept, duplicate, third = _people(db, "Alt", "Alt", "Bär")
    with db.reading() as s:
        exporting.export_contacts(s, tmp_path / "partners.vcf", "vcf", ids=[duplicate])
    with db.transaction() as s:
        merge.merge_contacts(s, kept, duplicate)
        record = merge.merge_contacts(s, third, kept)  # and a merge of that merge
    with db.reading() as s:
        assert [line.file_name for line in export_log.lines(s, contact_id=third)] == ["partners.vcf"]
        assert export_log.times_sent(s, kept) == export_log.times_sent(s, third) == 1
    with db.transaction() as s:
        merge.undo_merge(s, record.id)
    with db.reading() as s:
        assert export_log.times_sent(s, third) == 0 and export_log.times_sent(s, kept) == 1
