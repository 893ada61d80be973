"""Every file that carries people's data out of the office is in the export log (field test 84 left
them out: only contact exports, registration lists and name cards were): the yearly archive,
hand-over and follow-up lists, dossiers, certificates, a person's export, 3iPET exchange files with
contacts and attendance reports, from the command line and the window's services alike, each with
how many people and whose ids."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import export_log
from petdesk.services import follow_ups as fu
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
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


def _logged(db: Database) -> list[tuple[str, str, int, bool, set[str]]]:
    """(kind, file, count, everyone, ids) of each line, oldest first."""
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT id, kind, file_name, count, everyone FROM export_log ORDER BY id")
        return [
            (
                kind,
                name,
                count,
                bool(everyone),
                {
                    c
                    for (c,) in conn.execute(
                        "SELECT contact_id FROM export_log_contact WHERE export_id = ?", (i,)
                    )
                },
            )
            for i, kind, name, count, everyone in rows.fetchall()
        ]
    finally:
        conn.close()


def _sentences(db: Database, locale: str = "en") -> list[str]:
    with db.reading() as s:
        return [export_log.sentence(line, locale) for line in export_log.lines(s)]


def _training(db: Database, *people: str) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Wastewater", start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 3)
        )
        session = ts.add_session(
            s, t.id, title_en="Opening", start=dt.datetime(2026, 3, 2, 9), end=dt.datetime(2026, 3, 2, 12)
        )
        for person in people:
            ts.register(s, t.id, person)
            ts.set_attendance(s, session.id, person, "present")
        return t.id


@pytest.mark.usefixtures("tree_catalogue")
def test_the_yearly_archive_logs_the_contacts_it_lists(db: Database, tmp_path: Path) -> None:
    alt, baer = _people(db, "Alt", "Bär")
    year = dt.date.today().year
    assert (
        main(["--db", str(db.path), "export-archive", "--year", str(year), "--out", str(tmp_path / "a.xlsx")])
        == 0
    )
    assert _logged(db) == [("archive", "a.xlsx", 2, False, {alt, baer})]
    assert _sentences(db) == ["Wang Lei wrote a yearly archive of 2 contacts to a.xlsx"]
    assert _sentences(db, "zh_CN") == ["Wang Lei 将列有 2 位联系人的年度归档写入 a.xlsx"]
    main(["--db", str(db.path), "export-archive", "--year", str(year - 5), "--out", str(tmp_path / "b.xlsx")])
    assert len(_logged(db)) == 1  # a year of no one: no one's data left


def test_a_hand_over_list_logs_the_leaver(db: Database, tmp_path: Path) -> None:
    leaver, _other = _people(db, "Alt", "Bär")
    with db.transaction() as s:
        org = m.Organisation(name_en="Blue Lake")
        s.add(org)
        s.flush()
        fu.add(s, kind="organisation", record_id=org.id, title_en="Call back", owner_id=leaver)
    for name in ("h.csv", "h.pdf"):
        assert main(["--db", str(db.path), "handover", leaver, "--out", str(tmp_path / name)]) == 0
    assert _logged(db) == [
        ("handover", "h.csv", 1, False, {leaver}),
        ("handover", "h.pdf", 1, False, {leaver}),
    ]


def test_a_follow_up_list_logs_its_owners_and_the_contacts_followed_up(db: Database, tmp_path: Path) -> None:
    owner, followed, _bystander = _people(db, "Alt", "Bär", "Chen")
    with db.transaction() as s:
        fu.add(s, kind="contact", record_id=followed, title_en="Send the report", owner_id=owner)
    assert main(["--db", str(db.path), "followups", "--out", str(tmp_path / "f.xlsx")]) == 0
    assert _logged(db) == [("follow_ups", "f.xlsx", 2, False, {owner, followed})]


def test_visit_and_training_dossiers_log_their_people(db: Database, tmp_path: Path) -> None:
    from petdesk.dossier import build_training_dossier, build_visit_dossier

    alt, baer, chen = _people(db, "Alt", "Bär", "Chen")
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 20), end_date=dt.date(2027, 3, 26)
        )
        vs.add_participant(s, visit.id, alt, role="head")
        vs.add_participant(s, visit.id, baer)
    training = _training(db, chen)
    build_visit_dossier(db, visit.id, tmp_path / "visit.pdf")
    build_training_dossier(db, training, tmp_path / "training.pdf")
    assert _logged(db) == [
        ("dossier", "visit.pdf", 2, False, {alt, baer}),
        ("dossier", "training.pdf", 1, False, {chen}),
    ]


def test_certificates_log_whom_they_name(db: Database, tmp_path: Path) -> None:
    from petdesk.dossier.certificates import build_certificates

    alt, baer = _people(db, "Alt", "Bär")
    training = _training(db, alt, baer)
    _path, n = build_certificates(db, training, tmp_path / "certs.pdf", everyone=True)
    assert n == 2
    assert _logged(db) == [("certificates", "certs.pdf", 2, False, {alt, baer})]


@pytest.mark.usefixtures("tree_catalogue")
def test_a_persons_export_logs_them_as_json_and_pdf(db: Database, tmp_path: Path) -> None:
    alt, _baer = _people(db, "Alt", "Bär")
    for name in ("alt.json", "alt.pdf"):
        assert main(["--db", str(db.path), "person", "export", alt, "--out", str(tmp_path / name)]) == 0
    assert _logged(db) == [("person", "alt.json", 1, False, {alt}), ("person", "alt.pdf", 1, False, {alt})]
    assert _sentences(db, "zh_CN")[0] == "Wang Lei 将 1 人的全部数据写入 alt.pdf"


def test_an_exchange_file_logs_its_contacts_only_when_it_has_them(db: Database, tmp_path: Path) -> None:
    weber, _other = _people(db, "Weber", "Bär")
    with db.transaction() as s:
        org = m.Organisation(name_en="Blue Lake Water GmbH")
        s.add(org)
        s.flush()
        s.add(m.Affiliation(contact_id=weber, organisation_id=org.id, position_en="Sales"))
    at = ["--db", str(db.path), "exchange", "export", "--what", "organisations"]
    assert main([*at, "--out", str(tmp_path / "plain.json")]) == 0
    assert _logged(db) == []  # no contact persons in it
    assert main([*at, "--with-contacts", "--out", str(tmp_path / "hub.json")]) == 0
    assert main([*at, "--with-contacts", "--out", str(tmp_path / "hub.xlsx")]) == 0  # its Contacts sheet
    assert main([*at, "--with-contacts", "--out", str(tmp_path / "hub.csv")]) == 0  # hub.contacts.csv
    assert _logged(db) == [
        ("exchange", "hub.json", 1, False, {weber}),
        ("exchange", "hub.xlsx", 1, False, {weber}),
        ("exchange", "hub.contacts.csv", 1, False, {weber}),
    ]


def test_an_attendance_report_logs_the_people_it_names(db: Database, tmp_path: Path) -> None:
    alt, baer = _people(db, "Alt", "Bär")
    training = _training(db, alt, baer)
    assert (
        main(["--db", str(db.path), "report", "attendance", training, "--out", str(tmp_path / "r.csv")]) == 0
    )
    assert _logged(db) == [("report", "r.csv", 2, False, {alt, baer})]


def test_every_kind_reads_in_both_languages(tree_catalogue: Path) -> None:
    for kind in export_log.KINDS:
        line = export_log.ExportLine(1, dt.datetime.now(dt.UTC), "Wang Lei", kind, "f.pdf", 3, False)
        english, chinese = export_log.sentence(line), export_log.sentence(line, "zh_CN")
        assert "3" in english and "f.pdf" in english
        assert chinese != english and "f.pdf" in chinese, kind
