"""A row whose e-mail or phone alone is a known person's, but whose family name is another, is added
as a possible match to check, never made an update that renames the person (field test 5, defect 3:
Google's google_pt_multivalue.csv renamed Carla Gmail to Carla Duplicada)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        people = {}
        for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))):
            _ = [(cm.channel, cm.value) for cm in c.methods]
            people[c.name_zh or c.name_latin] = c
        return people


def _values(c: m.Contact, channel: ContactChannel) -> set[str]:
    return {cm.value for cm in c.methods if cm.channel == channel}


def test_same_phone_with_another_family_name_is_a_possible_match_not_a_rename(db: Database) -> None:
    """google_pt_multivalue.csv: line 5 "Carla Duplicada" has Carla Gmail's mobile. It updated her
    and overwrote her family name; now it is added and offered for checking."""
    report = _import(db, DATA_DIR / "google_pt_multivalue.csv")
    assert report.count("added") == 4 and report.count("updated") == 0
    (flagged,) = [o for o in report.outcomes if o.possible_match]
    assert flagged.line == 5 and flagged.name == "Carla Duplicada"
    assert flagged.reason == (
        "possible match — check: same phone +55 93 99222-0001 as Carla Gmail but another family name; "
        "added as a new person"
    )
    people = _people(db)
    gmail = people["Carla Gmail"]
    assert (gmail.family_name, gmail.birthday) == ("Gmail", "1990-05-14")
    assert _values(gmail, ContactChannel.EMAIL) == {"carla@exemplo.test", "carla.trab@exemplo.test"}
    assert flagged.candidates == [gmail.id]
    assert "Carla Duplicada" in people
    # Importing the file again finds each Carla by her own e-mail or phone: nothing is added.
    again = _import(db, DATA_DIR / "google_pt_multivalue.csv")
    assert again.count("added") == 0 and again.possible == 0


@pytest.mark.parametrize(
    ("known", "row"),
    [
        ("First Name,Last Name,Mobile\nCarla,Gmail,+55 93 99222-0001\n", "Carla,,Gmail"),
        ("姓名,手机\n张伟,+86 138 0000 1234\n", "Wei,,Zhang"),  # the name in another script
        ("First Name,Last Name,Mobile\nZhang,Wei,+86 138 0000 1234\n", "Wei,,Zhang"),  # order swapped
        ("First Name,Last Name,Mobile\nAnna,Müller,+49 30 1234 5678\n", "Anna,Maria,Müller"),  # middle name
        (
            "First Name,Last Name,Mobile\nJosé,García,+34 600 123 456\n",
            "José,Luis,García Pérez",
        ),  # 2nd surname
        ("First Name,Last Name,Mobile\nCarla,,+55 93 99222-0001\n", "Carla,,Gmail"),  # no family name known
    ],
)
def test_the_same_person_by_phone_is_still_updated(
    db: Database, tmp_path: Path, known: str, row: str
) -> None:
    first = tmp_path / "known.csv"
    first.write_text(known, encoding="utf-8")
    _import(db, first)
    phone = known.splitlines()[1].rsplit(",", 1)[1]
    second = tmp_path / "row.csv"
    second.write_text(f"First Name,Middle Name,Last Name,Mobile\n{row},{phone}\n", encoding="utf-8")
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(second).records, "contacts")
    assert [(i.action, i.reason, i.possible_match) for i in plan.items] == [
        ("update", f"same phone {phone}", False)
    ]


def test_same_email_with_another_family_name_is_a_possible_match_too(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "mailbox.csv"
    csv.write_text(
        "First Name,Last Name,E-mail\nAnna,Schmidt,anna@example.org\nAnna,Weber,anna@example.org\n",
        encoding="utf-8",
    )
    report = _import(db, csv)
    assert report.count("added") == 2
    assert report.outcomes[1].reason.startswith("possible match — check: same e-mail anna@example.org as ")
    assert {c.family_name for c in _people(db).values()} == {"Schmidt", "Weber"}


def test_what_tells_a_namesake_apart_is_in_chinese_too(db: Database, tmp_path: Path) -> None:
    """Field test 23, §6: "与 李华 同名，但other e-mail or phone" — the inner part was joined as
    plain English text, so the Chinese sentence kept it in English."""
    from petdesk.i18n import translator
    from petdesk.services.duplicates import translate_reason

    first, second = tmp_path / "first.vcf", tmp_path / "second.vcf"
    first.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:李;华;;;\nFN:李华\nORG:北京水务集团\nEMAIL:old@example.cn\nEND:VCARD\n",
        encoding="utf-8",
    )
    second.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:李;华;;;\nFN:李华\nEMAIL:lh@example.cn\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:李;华;;;\nFN:李华\nORG:深圳环保科技\nEMAIL:lh2@example.cn\nEND:VCARD\n",
        encoding="utf-8",
    )
    _import(db, first)
    report = _import(db, second)
    zh = translator("zh_CN")
    said = [translate_reason(o.reason, zh) for o in report.outcomes]
    assert said[0] == "可能匹配——请核对：与 李华 同名，但不同的电子邮件或电话；已作为新联系人添加"
    assert "但不同单位" in said[1] and not re.search("[A-Za-z]", said[1]), said[1]
