"""A Vietnamese name's order chosen by the user stays (the rule that writes one family name first put
"given name first" back on every save), and a Korean name's Hanja is kept, found and printed."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier.data import _person_info
from petdesk.models.enums import NameOrder
from petdesk.services import contact_form, importing, search
from petdesk.services import contacts as cs


def _order(db: Database, cid: str) -> NameOrder:
    with db.reading() as s:
        return cs.get_contact(s, cid).name_order


def test_the_rule_still_guesses_an_order_nobody_chose(db: Database) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(s, family_name="Trần", given_name="Văn Đức", name_order="given_first").id
    assert _order(db, cid) == NameOrder.FAMILY_FIRST


def test_a_chosen_order_survives_saves_the_editor_and_an_import(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(
            s,
            family_name="Nguyễn",
            given_name="Văn An",
            name_order="given_first",
            name_order_chosen=True,
            methods=[cs.Method("email", "an@example.vn")],
        ).id
    with db.transaction() as s:
        cs.update_contact(s, cid, notes="prefers Van An Nguyen")
    assert _order(db, cid) == NameOrder.GIVEN_FIRST
    # the editor reads the choice back, and saving what it shows keeps it
    with db.transaction() as s:
        form = contact_form.read_contact_form(s, cid, "en")
        assert (form.name_order, form.name_order_chosen) == ("given_first", True)
        values = {**form.texts, "name_order": form.name_order, "name_order_chosen": form.name_order_chosen}
        contact_form.save_contact_form(
            s, cid, values, methods=form.methods, organisation_id=None, position_en="", position_zh="",
            start_date=None, was=None,
        )  # fmt: skip
    assert _order(db, cid) == NameOrder.GIVEN_FIRST
    # a file that writes him family name first, as the rule guesses, does not turn it round
    path = tmp_path / "list.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Name", "Email"], ["Nguyễn Văn An", "an@example.vn"]])
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        [person] = s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))).all()
        assert (person.id, person.name_order, person.name_order_chosen) == (cid, NameOrder.GIVEN_FIRST, True)


def test_the_hanja_is_found_and_printed(db: Database) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(
            s, family_name="Lee", given_name="Minho", family_name_zh="이", given_name_zh="민호",
            name_hanja="李敏鎬",
        ).id  # fmt: skip
        other = cs.create_contact(s, family_name_zh="李", given_name_zh="伟").id
    with db.transaction() as s:
        for query in ("李敏镐", "李敏鎬", "敏镐"):
            assert {r.entity_id for r in search.search(s, query, kind=search.CONTACT)} == {cid}, query
        assert other in {r.entity_id for r in search.search(s, "李", kind=search.CONTACT)}
        person = _person_info(cs.get_contact(s, cid))
        assert contact_form.read_contact_form(s, cid, "en").texts["name_hanja"] == "李敏鎬"
    assert person.both_scripts("en") == "Minho\xa0Lee (이민호\xa0李敏鎬)".replace(
        "Minho\xa0Lee", person.formal_name("en")
    )
    assert "李敏鎬" in person.both_scripts("zh_CN")
