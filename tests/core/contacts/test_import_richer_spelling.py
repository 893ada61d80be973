"""A person matched by e-mail keeps the richer spelling of the name (field test 79): the Google Forms
row "Nguyen Thi Lan" wrote over "Nguyễn Thị Lan" from 问卷星 and the accents were lost. Another name
is kept out and said on the row; a fuller or more accented one is still written. Invented people."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.services import importing, name_spelling
from petdesk.services.name_spelling import Spelling

LAN = "lan.nt@urenco.example.vn"


def _person(db: Database, family: str, given: str, order: NameOrder = NameOrder.FAMILY_FIRST) -> str:
    with db.transaction() as s:
        person = m.Contact(family_name=family, given_name=given, name_order=order)
        s.add(person)
        s.add(
            m.ContactMethod(
                contact=person,
                channel=ContactChannel.EMAIL,
                label=ChannelLabel.WORK,
                value=LAN,
                normalized=LAN,
            )
        )
        s.flush()
        return person.id


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _name(db: Database, cid: str) -> tuple[str, str, NameOrder]:
    with db.reading() as s:
        c = s.get(m.Contact, cid)
        assert c is not None
        return c.family_name, c.given_name, c.name_order


def _google_form(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "Registration (Responses).csv"
    path.write_text(
        "Timestamp,Email Address,Full name,Organisation,Position\n"
        f"2026/11/05 9:12:31 AM GMT+8,{LAN},{name},URENCO Hanoi,Deputy Director\n",
        encoding="utf-8",
    )
    return path


def test_the_same_name_without_accents_keeps_the_accented_spelling_and_its_order(
    db: Database, tmp_path: Path
) -> None:
    cid = _person(db, "Nguyễn", "Thị Lan")
    report = _import(db, _google_form(tmp_path, "Nguyen Thi Lan"))
    assert [o.record_id for o in report.updated] == [cid]  # the job is new, the name is not
    outcome = report.updated[0]
    assert "family_name" not in outcome.changes and "given_name" not in outcome.changes
    assert not outcome.warnings  # the same name: nothing to check
    assert _name(db, cid) == ("Nguyễn", "Thị Lan", NameOrder.FAMILY_FIRST)


def test_a_vcard_without_accents_keeps_them_too(db: Database, tmp_path: Path) -> None:
    cid = _person(db, "Nguyễn", "Thị Lan")
    card = tmp_path / "lan.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lan;Nguyen Thi;;;\r\nFN:Nguyen Thi Lan\r\nEMAIL:{LAN}\r\n"
        "TEL;TYPE=CELL:+84 912 345 678\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = _import(db, card)
    assert [o.record_id for o in report.updated] == [cid]
    assert _name(db, cid) == ("Nguyễn", "Thị Lan", NameOrder.FAMILY_FIRST)


def test_the_accented_spelling_replaces_the_plain_one(db: Database, tmp_path: Path) -> None:
    cid = _person(db, "Nguyen", "Thi Lan")
    path = tmp_path / "lan.csv"
    path.write_text(f"Family name,Given name,E-mail\nNguyễn,Thị Lan,{LAN}\n", encoding="utf-8")
    report = _import(db, path)
    assert report.updated[0].changes == ["family_name", "given_name"]
    assert _name(db, cid) == ("Nguyễn", "Thị Lan", NameOrder.FAMILY_FIRST)


def test_another_name_is_kept_out_and_said_on_the_row_and_in_the_preview(
    db: Database, tmp_path: Path
) -> None:
    cid = _person(db, "Nguyễn", "Thị Lan")
    path = tmp_path / "short.csv"
    path.write_text(
        f"Family name,Given name,E-mail,Phone\nNguyen,Lan,{LAN},+84 912 345 678\n", encoding="utf-8"
    )
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(path), "contacts", check=True)
    said = "name “Nguyen Lan” differs from the one on file (“Nguyễn Thị Lan”); not kept"
    assert [str(w) for w in plan.items[0].record.warnings] == [said]
    report = _import(db, path)
    assert [o.record_id for o in report.updated] == [cid]
    assert [str(w) for w in report.updated[0].warnings] == [said]
    assert report.updated[0].changes == ["contact methods"]
    assert _name(db, cid) == ("Nguyễn", "Thị Lan", NameOrder.FAMILY_FIRST)


def test_a_fuller_name_is_still_written(db: Database, tmp_path: Path) -> None:
    cid = _person(db, "Nguyen", "Lan")  # as a visitor's badge had it
    path = tmp_path / "full.csv"
    path.write_text(f"Family name,Given name,E-mail\nNguyễn,Thị Lan,{LAN}\n", encoding="utf-8")
    report = _import(db, path)
    assert report.updated[0].changes == ["family_name", "given_name"] and not report.updated[0].warnings
    assert _name(db, cid) == ("Nguyễn", "Thị Lan", NameOrder.FAMILY_FIRST)


def test_spellings_compared() -> None:
    assert name_spelling.compare(("Nguyễn", "Thị Lan"), ("Lan", "Nguyen Thi")) == Spelling.POORER
    assert name_spelling.compare(("Đặng", "Văn Minh"), ("Dang", "Van Minh")) == Spelling.POORER
    assert name_spelling.compare(("Dang", "Van Minh"), ("Đặng", "Văn Minh")) == Spelling.SAME
    assert name_spelling.compare(("Li", "Xiaoming"), ("Li", "Xiao Ming")) == Spelling.SAME
    assert name_spelling.compare(("Müller", "Jürgen"), ("Mueller", "Juergen")) == Spelling.POORER
    assert name_spelling.compare(("Müller", "Jürgen"), ("Müller", "Jörg")) == Spelling.OTHER
    assert name_spelling.compare(("", "Lan"), ("Nguyen", "Thi Lan")) == Spelling.FULLER
    assert name_spelling.compare(("", ""), ("Nguyen", "Lan")) == Spelling.NONE
    assert name_spelling.marks("Nguyễn Thị Đào") == 5
