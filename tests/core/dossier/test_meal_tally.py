"""A banquet's programme line counts the people at that table and their dietary needs: the glance
page's tally covers the whole visit, and the restaurant needs the banquet's own numbers (field
test 86). Other kinds of item carry no such line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.enums import ItineraryKind
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


def _visit(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Indonesian delegation", title_zh="印度尼西亚代表团", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 11), timezone="Asia/Shanghai",
        )  # fmt: skip
        guests = [
            cs.create_contact(s, given_name="Budi", family_name="Santoso", dietary_needs="Halal"),
            cs.create_contact(s, given_name="Made", family_name="Wayan", dietary_needs="Vegetarian / 素食"),
            cs.create_contact(s, given_name="Ahmad", family_name="Fauzi", dietary_needs="halal; nut allergy"),
        ]
        host = cs.create_contact(
            s, family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟"
        )
        driver = cs.create_contact(s, family_name="Li", given_name="Qiang", dietary_needs="Halal")
        for c in guests:
            vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
        vs.add_participant(s, v.id, host.id, ParticipantRole.HOST)
        vs.add_participant(s, v.id, driver.id, ParticipantRole.DRIVER)
        # Made Wayan visits a temple instead: three people at the banquet, with the host
        vs.add_item(
            s, v.id, start=dt.datetime(2027, 5, 10, 18, 30), end=dt.datetime(2027, 5, 10, 20, 30),
            kind=ItineraryKind.BANQUET, title_en="Welcome banquet", title_zh="欢迎宴会",
            attendee_ids=[guests[0].id, guests[2].id, host.id, driver.id],
        )  # fmt: skip
        vs.add_item(
            s, v.id, start=dt.datetime(2027, 5, 11, 9), end=dt.datetime(2027, 5, 11, 11),
            title_en="Talks on waste management", title_zh="固废管理会谈",
        )  # fmt: skip
        return v.id


def _programme(db: Database, visit_id: str, out: Path, lang: str) -> str:
    options = DossierOptions(first_lang=lang, sections=frozenset({"programme"}), contents=False)
    return flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, out, options))))


def test_a_banquet_counts_its_own_table(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    en = _programme(db, visit_id, tmp_path / "en.pdf", "en")
    zh = _programme(db, visit_id, tmp_path / "zh.pdf", "zh")
    # in the dossier's order of people; the driver eats apart; Made Wayan (vegetarian) is elsewhere
    assert "Atthismeal:3people·halal2(AhmadFauzi,BudiSantoso);nutallergy1(AhmadFauzi)" in en
    assert "本餐用餐：3人·清真2人（AhmadFauzi、BudiSantoso）；坚果过敏1人（AhmadFauzi）" in zh
    assert "Vegetarian" not in en and "素食" not in zh
    assert en.count("Atthismeal") == 1 and zh.count("本餐用餐") == 1  # the talks have no such line


def test_a_banquet_with_nobody_ticked_counts_the_delegation_and_hosts(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    with db.transaction() as s:
        [banquet] = [i for i in vs.itinerary(s, visit_id) if i.kind == ItineraryKind.BANQUET]
        vs.set_item_attendees(s, banquet.id, [])
    en = _programme(db, visit_id, tmp_path / "en.pdf", "en")
    assert (
        "Atthismeal:4people·halal2(AhmadFauzi,BudiSantoso);nutallergy1(AhmadFauzi);Vegetarian1(MadeWayan)"
        in en
    )
