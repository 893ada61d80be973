"""A renamed organisation keeps its former names among its other names, found by search in English,
Chinese and pinyin (field test 102, defect 1: after 深圳市人居环境委员会 became 深圳市生态环境局 in
the 2018 reform, nothing found it by the name on every letter before)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts, organisations, search

OLD_EN, OLD_ZH = "Shenzhen Human Settlements and Environment Commission", "深圳市人居环境委员会"
NEW_EN, NEW_ZH = "Shenzhen Municipal Bureau of Ecology and Environment", "深圳市生态环境局"


def _commission(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en=OLD_EN, name_zh=OLD_ZH, kind="city_government")
        person = contacts.create_contact(
            s, family_name="Lin", given_name="Xiaoping", family_name_zh="林", given_name_zh="晓平",
            organisation_id=org.id,
        )  # fmt: skip
        return org.id, person.id


def _found(db: Database, query: str, kind: str = search.ORGANISATION) -> list[str]:
    with db.transaction() as s:
        return [r.entity_id for r in search.search(s, query, kind=kind, limit=20)]


def test_a_rename_keeps_both_former_names_and_search_finds_them(db: Database) -> None:
    org_id, person_id = _commission(db)
    with db.transaction() as s:
        org = organisations.update_organisation(s, org_id, name_en=NEW_EN, name_zh=NEW_ZH)
        assert org.aliases == [OLD_EN, OLD_ZH]
    for query in (OLD_ZH, "人居环境", "Human Settlements", "renjuhuanjing", "ren ju huan jing", NEW_ZH):
        assert _found(db, query) == [org_id], query
    # the person still works there and is found by the old name too
    assert _found(db, "林 人居环境", kind=search.CONTACT) == [person_id]


def test_the_editor_sending_every_field_keeps_the_former_name_too(db: Database) -> None:
    org_id, _person = _commission(db)
    with db.transaction() as s:
        values = {
            key: getattr(organisations.get_organisation(s, org_id), key) for key in organisations.FIELDS
        }
        organisations.update_organisation(s, org_id, **(values | {"name_zh": NEW_ZH}))
        assert organisations.get_organisation(s, org_id).aliases == [OLD_ZH]


def test_a_correction_of_case_or_spacing_adds_nothing_and_a_rename_back_swaps(db: Database) -> None:
    org_id, _person = _commission(db)
    with db.transaction() as s:
        organisations.update_organisation(
            s, org_id, name_en="Shenzhen human settlements  and Environment Commission"
        )
        assert organisations.get_organisation(s, org_id).aliases == []
        organisations.update_organisation(s, org_id, name_en=NEW_EN, aliases=["SZ HSEC"])
        assert organisations.get_organisation(s, org_id).aliases == [
            "SZ HSEC",
            "Shenzhen human settlements  and Environment Commission",
        ]
        organisations.update_organisation(s, org_id, name_en=OLD_EN)  # the rename undone
        assert organisations.get_organisation(s, org_id).aliases == ["SZ HSEC", NEW_EN]
