"""An embassy's passport list for people known by name only (passports53, after field test 82): each
row was skipped as "same name … and nothing new in the row", and the passport details were lost. A row
about a known person now fills what is empty (an update the import's undo takes back, in the history),
a passport number is a match key, and a value other than the stored one is reported, never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.services import contacts as cs
from petdesk.services import history, import_undo, importing
from petdesk.services import organisations as os_
from petdesk.services.duplicates import translate_reason
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

LIST = (
    "SURNAME,GIVEN NAMES,NATIONALITY,PASSPORT No,DATE OF EXPIRY,DATE OF BIRTH\n"
    "NURLANOVA,AIGERIM,KAZ,N12345678,2031-09-01,\n"  # known by name only: filled
    "IVANOV,SERGEY,KAZ,N22222222,2030-01-01,\n"  # a namesake with another passport: another person
    "TOKHTAEV,GAYRAT,UZB,FA1234567,2029-05-05,1985-01-01\n"  # the same birthday: filled
    "PETROV,OLEG,KAZ,N33333333,2029-05-05,1990-02-02\n"  # another birthday: another person
    "AITBAYEV,DANIYAR,KAZ,n 4444 4444,2033-03-03,\n"  # his passport: nationality filled, expiry kept
)


def _known(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            "aigerim": cs.create_contact(s, family_name="Nurlanova", given_name="Aigerim").id,
            "sergey": cs.create_contact(
                s, family_name="Ivanov", given_name="Sergey", passport_number="N11111111"
            ).id,
            "gayrat": cs.create_contact(
                s, family_name="Tokhtaev", given_name="Gayrat", birthday="1985-01-01", nationality="UZ"
            ).id,
            "oleg": cs.create_contact(s, family_name="Petrov", given_name="Oleg", birthday="1970-07-07").id,
            # known by his passport under his Cyrillic name's other spelling: the number finds him
            "daniyar": cs.create_contact(
                s,
                family_name="Aitbayev",
                given_name="Daniyar",
                passport_number="N44444444",
                passport_expiry="2032-03-03",
            ).id,
        }


def _import(db: Database, tmp_path: Path, text: str = LIST) -> importing.ImportReport:
    path = tmp_path / "embassy.csv"
    path.write_text(text, encoding="utf-8")
    with db.transaction() as s:
        return importing.import_file(s, path)


def _documents(db: Database, cid: str) -> tuple[str, str, str, str]:
    with db.reading() as s:
        c = s.get(m.Contact, cid)
        assert c is not None
        return (c.nationality, c.passport_number, c.passport_expiry, c.birthday)


def _en(reason: str) -> str:
    return translate_reason(reason, translator("en"))


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_a_known_person_gets_the_passport_details(db: Database, tmp_path: Path) -> None:
    ids = _known(db)
    report = _import(db, tmp_path)
    by_line = {o.line: o for o in report.outcomes}
    assert [by_line[n].action for n in range(2, 7)] == ["updated", "added", "updated", "added", "updated"]
    assert by_line[2].record_id == ids["aigerim"] and by_line[4].record_id == ids["gayrat"]
    assert _documents(db, ids["aigerim"]) == ("KZ", "N12345678", "2031-09-01", "")
    assert _documents(db, ids["gayrat"]) == ("UZ", "FA1234567", "2029-05-05", "1985-01-01")
    assert "Passport number" in _en(by_line[2].reason)
    # two people of one name: another passport number, another birthday
    assert "another passport number" in _en(by_line[3].reason)
    assert "another date of birth" in _en(by_line[5].reason)
    assert by_line[3].possible_match and by_line[5].possible_match
    assert _documents(db, ids["sergey"])[1] == "N11111111"
    assert _documents(db, ids["oleg"])[3] == "1970-07-07"
    # matched by the passport number; the stored expiry stays and the row says so
    assert by_line[6].record_id == ids["daniyar"]
    assert "same passport number" in _en(by_line[6].reason)
    warned = [_en(w) for w in by_line[6].warnings]
    assert warned == [
        "Passport expiry date “2033-03-03” differs from the one on file (“2032-03-03”); not kept"
    ]
    zh = translate_reason(by_line[6].warnings[0], translator("zh_CN"))
    assert zh == "护照有效期至“2033-03-03”与已有的“2032-03-03”不同，未保存"
    assert translate_reason(by_line[3].reason, translator("zh_CN")).count("护照号码不同") == 1
    assert _documents(db, ids["daniyar"]) == ("KZ", "N44444444", "2032-03-03", "")
    with db.reading() as s:
        assert len(s.scalars(select(m.Contact)).all()) == 7
        changed = {e.field for e in history.record_history(s, "contact", ids["aigerim"])}
    assert {"passport_number", "passport_expiry", "nationality"} <= changed


def test_the_import_undo_takes_the_details_back(db: Database, tmp_path: Path) -> None:
    ids = _known(db)
    _import(db, tmp_path)
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s))
    assert _documents(db, ids["aigerim"]) == ("", "", "", "")
    assert _documents(db, ids["gayrat"]) == ("UZ", "", "", "1985-01-01")
    with db.reading() as s:
        assert len(s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))).all()) == 5


def test_the_list_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    _known(db)
    _import(db, tmp_path)
    again = _import(db, tmp_path)
    assert {o.action for o in again.outcomes} == {"skipped"}
    with db.reading() as s:
        assert len(s.scalars(select(m.Contact)).all()) == 7


def test_two_namesakes_without_passports_are_for_the_user_to_choose(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        for _ in range(2):
            cs.create_contact(s, family_name="Nurlanova", given_name="Aigerim")
    report = _import(db, tmp_path, LIST.splitlines()[0] + "\nNURLANOVA,AIGERIM,KAZ,N12345678,2031-09-01,\n")
    (outcome,) = report.outcomes
    assert outcome.action == "skipped"
    assert "matches 2 existing records" in _en(outcome.reason)


def test_the_plan_says_what_the_import_does(db: Database, tmp_path: Path) -> None:
    """The window's preview (a checked plan) announces the same updates and warning."""
    _known(db)
    path = tmp_path / "embassy.csv"
    path.write_text(LIST, encoding="utf-8")
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(path), "contacts", check=True)
    assert [i.action for i in plan.items] == ["update", "add", "update", "add", "update"]
    assert len(plan.items[4].record.warnings) == 1


def test_a_namesake_colleague_with_another_passport_is_another_person(db: Database, tmp_path: Path) -> None:
    """The same name at the same organisation matched; another passport number says otherwise."""
    with db.transaction() as s:
        org = os_.create_organisation(s, name_en="Almaty Akimat")
        known = cs.create_contact(
            s, family_name="Ivanov", given_name="Sergey", passport_number="N11111111", organisation_id=org.id
        ).id
    report = _import(
        db, tmp_path, "Surname,Given names,Organisation,Passport No\nIVANOV,SERGEY,Almaty Akimat,N2\n"
    )
    (outcome,) = report.outcomes
    assert (outcome.action, outcome.possible_match) == ("added", True)
    assert "another passport number" in _en(outcome.reason)
    assert _documents(db, known)[1] == "N11111111"
