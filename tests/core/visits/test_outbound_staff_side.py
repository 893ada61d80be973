"""On an outbound visit the office's own officer travels with the delegation it sends: on the
delegation list, on a new leg's travellers, counted apart from the delegates (field test 77: Sun
Hao, accompanying a Wuhan delegation to Rotterdam, was printed on the host list). A locally hired
interpreter from a host organisation still stands with the hosts; on an inbound visit the
office's staff stay on the host side."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.dossier.visit import delegation_count
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _visit(db: Database, direction: str) -> tuple[str, dict[str, str]]:
    with db.transaction() as s:
        bureau = os_.create_organisation(
            s, name_en="Wuhan Ecology and Environment Bureau", name_zh="武汉市生态环境局"
        )
        office = os_.create_organisation(s, name_en="Hub Office Wuhan", name_zh="武汉枢纽办公室")
        hofor = os_.create_organisation(s, name_en="HOFOR", name_zh="哥本哈根公用事业公司")
        people = {
            "head": ("Li", "Ming", "李", "明", bureau.id, ParticipantRole.HEAD),
            "wang": ("Wang", "Fang", "王", "芳", bureau.id, ParticipantRole.DELEGATE),
            "sun": ("Sun", "Hao", "孙", "浩", office.id, ParticipantRole.STAFF),
            "lars": ("Nielsen", "Lars", "", "", hofor.id, ParticipantRole.HOST),
            "mette": ("Hansen", "Mette", "", "", hofor.id, ParticipantRole.INTERPRETER),
        }
        visit = vs.create_visit(
            s, title_en="Study tour", title_zh="考察", start_date=dt.date(2027, 3, 22),
            end_date=dt.date(2027, 3, 31), direction=direction, timezone="Europe/Copenhagen",
        ).id  # fmt: skip
        ids = {}
        for key, (family, given, family_zh, given_zh, org, role) in people.items():
            ids[key] = cs.create_contact(
                s, family_name=family, given_name=given, family_name_zh=family_zh, given_name_zh=given_zh,
                organisation_id=org,
            ).id  # fmt: skip
            vs.add_participant(s, visit, ids[key], role)
    return visit, ids


def test_the_accompanying_officer_travels_with_an_outbound_delegation(
    db: Database, tree_catalogue: Path
) -> None:
    visit, ids = _visit(db, "outbound")
    with db.reading() as s:
        assert set(ls.delegation_travellers(s, visit)) == {ids["head"], ids["wang"], ids["sun"]}
        lists = ls.precedence_lists(s, visit)
        data = gather_visit(s, visit)
    assert [p.contact_id for p in lists.delegation] == [ids["head"], ids["wang"], ids["sun"]]
    assert {p.contact_id for p in lists.host} == {ids["lars"], ids["mette"]}  # hired there, with the hosts
    sides = {p.person.given_name + " " + p.person.family_name: p.side for p in data.participants}
    assert sides == {
        "Ming Li": "delegation", "Fang Wang": "delegation", "Hao Sun": "delegation",
        "Lars Nielsen": "host", "Mette Hansen": "host",
    }  # fmt: skip
    delegation = [p for p in data.participants if p.side == "delegation"]
    assert delegation_count(delegation, "en") == "2 delegates, 1 accompanying officer"
    assert delegation_count(delegation, "zh_CN") == "2名团员、1名随团工作人员"


def test_the_office_staff_stay_with_the_hosts_of_an_inbound_visit(db: Database) -> None:
    visit, ids = _visit(db, "inbound")
    with db.reading() as s:
        assert set(ls.delegation_travellers(s, visit)) == {ids["head"], ids["wang"]}
        assert ids["sun"] in {p.contact_id for p in ls.precedence_lists(s, visit).host}
