"""Invalid values in an imported file: a phone number with letters in it ("1381111000五") was stored
without a word (field test 12, defect 6), and a rejected e-mail or date was lost (defect 5). Each is
now warned about and kept in the person's notes, on a line saying where it came from, so that the
person can be fixed later; importing the same file again changes nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing

#: Made for petdesk's tests, imitating the field tester's Excel "CSV (逗号分隔)" list with one bad row
#: (GBK on Chinese Windows).
BAD_ROW_CSV = (
    "姓名,手机,邮箱,单位,生日,备注\r\n"
    "好人甲,13811110001,jia@example.cn,甲单位,1980-01-01,正常行\r\n"
    "坏人三,1381111000五,not-an-email,戊单位,2023-02-30,原有备注\r\n"
    "Anna Berg,+49 30 1234 567,anna@example.de,,,\r\n"
)
#: Made for petdesk's tests: a vCard 3.0 whose phone and e-mail are not what they claim.
BAD_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Olaf;;;\r\nFN:Olaf Berg\r\n"
    "TEL;TYPE=CELL:0170 1234 56ж\r\nTEL;TYPE=WORK:+49 30 9876 5432 ext. 12\r\nEMAIL:olaf(at)example.de\r\n"
    "BDAY:1975-13-40\r\nEND:VCARD\r\n"
)


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _person(db: Database, given_zh: str = "", given: str = "") -> m.Contact:
    with db.reading() as s:
        query = select(m.Contact).where(m.Contact.given_name_zh == given_zh, m.Contact.given_name == given)
        person = s.scalars(query).one()
        s.expunge(person)
        return person


def _methods(db: Database, person: m.Contact) -> list[str]:
    with db.reading() as s:
        query = select(m.ContactMethod.value).where(m.ContactMethod.contact_id == person.id)
        return sorted(s.scalars(query))


def test_a_bad_phone_is_warned_and_rejected_values_are_kept_in_the_notes(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad_row.csv"
    path.write_bytes(BAD_ROW_CSV.encode("gbk"))
    report = _import(db, path)
    (bad,) = [o for o in report.added if o.warnings]
    assert "“1381111000五” is not a phone number; left out" in bad.warnings
    assert "“not-an-email” is not an e-mail address; left out" in bad.warnings
    person = _person(db, given_zh="人三")
    assert _methods(db, person) == []
    assert person.notes.splitlines() == [
        "原有备注",
        "导入时未采用（不是电话号码）：1381111000五",
        "导入时未采用（不是电子邮箱地址）：not-an-email",
        "导入时未采用（生日，不是日期）：2023-02-30",
    ]
    assert _methods(db, _person(db, given="Anna")) == ["+49 30 1234 567", "anna@example.de"]
    again = _import(db, path)  # the notes read from the file are the notes stored: nothing to do
    assert len(again.added) == len(again.updated) == 0


def test_a_vcard_keeps_its_rejected_values_in_english_for_a_latin_name(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.vcf"
    path.write_text(BAD_CARD, encoding="utf-8", newline="")
    report = _import(db, path)
    assert "“0170 1234 56ж” is not a phone number; left out" in report.added[0].warnings
    person = _person(db, given="Olaf")
    assert _methods(db, person) == ["+49 30 9876 5432 ext. 12"]
    assert person.notes.splitlines() == [
        "Left out by the import (not an e-mail address): olaf(at)example.de",
        "Left out by the import (not a phone number): 0170 1234 56ж",
        "Left out by the import (birthday, not a date): 1975-13-40",
    ]
