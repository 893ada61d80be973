"""A Hangul-only card (a Samsung phone's vCard) for someone known with the same Hangul name and a
passport spelling ("CHOI Ji-woo") is the same person (field test 73): it was added a second time,
"same e-mail but another name", because 최지우 reads "Choe Jiu" in RR."""

from __future__ import annotations

from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import importing
from petdesk.services.name_readings import name_reading, readings_differ
from tests.core.contacts.io_helpers import DATA_DIR

SAMSUNG = DATA_DIR / "korean" / "samsung_v21.vcf"


def test_the_same_hangul_name_is_no_other_name_whatever_the_latin_spelling() -> None:
    card = ("", "", "최", "지우")
    known = ("CHOI", "Ji-woo", "최", "지우")
    assert not readings_differ(card, name_reading(card, language="ko"), known, name_reading(known))


def test_another_hangul_name_still_differs() -> None:
    card = ("", "", "최", "지우")
    other = ("KIM", "Ha-neul", "", "")
    assert readings_differ(card, name_reading(card, language="ko"), other, name_reading(other))


def test_a_samsung_card_updates_the_person_known_by_hangul_and_passport_name(db: Database) -> None:
    with db.transaction() as s:
        known = cs.create_contact(
            s, family_name="CHOI", given_name="Ji-woo", family_name_zh="최", given_name_zh="지우",
            methods=[cs.Method(channel="email", value="jwchoi@busanpa.example.kr")],
        )  # fmt: skip
        known_id = known.id
    with db.transaction() as s:
        report = importing.import_file(s, SAMSUNG)
    choi = next(o for o in report.outcomes if o.name.startswith("최지우"))
    assert (choi.action, choi.record_id) == ("updated", known_id)
    with db.reading() as s:
        n = s.scalar(select(func.count()).select_from(m.Contact).where(m.Contact.given_name_zh == "지우"))
        assert n == 1
        assert "3월 방문 예정" in cs.get_contact(s, known_id).notes  # the card's note is kept
