"""Interpreters from a host organisation stand with the hosts (field test 11, defect 5).

The Chengdu dossier's cover said "Delegation 10 participants" for a German delegation of 8, and
the delegation list printed the Bureau's and the Chongqing association's interpreters as rows 9-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import organisation, person

DAY = dt.date(2027, 3, 8)


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        bureau = organisation(s, "Chengdu Ecology Bureau", "成都市生态环境局")
        chongqing = organisation(s, "Chongqing Environmental Industry Association", "重庆市环保产业协会")
        stuttgart = organisation(s, "Stuttgart Environment Office", "斯图加特市环境局")
        v = vs.create_visit(
            s,
            title_en="Stuttgart delegation",
            start_date=DAY,
            end_date=DAY,
            host_organisation_id=bureau.id,
            visiting_organisation_id=stuttgart.id,
        )
        for given, family, org, role in (
            ("Jürgen", "Müller", stuttgart, "head"),
            ("Käthe", "Schröder", stuttgart, "delegate"),
            ("Klara", "Vogt", stuttgart, "interpreter"),  # travels with the delegation
            ("Jianguo", "Wang", bureau, "host"),
            ("Zhiqiang", "Chen", chongqing, "host"),
            ("Min", "Zhao", bureau, "interpreter"),
            ("Li", "Sun", chongqing, "interpreter"),  # from the organisation of a host
        ):
            c = person(s, given, family)
            cs.add_affiliation(s, c.id, org.id)
            vs.add_participant(s, v.id, c.id, role)
        return v.id


def test_the_service_puts_host_interpreters_on_the_host_side(db: Database, visit_id: str) -> None:
    with db.reading() as s:
        lists = ls.precedence_lists(s, visit_id)
    assert [p.name_en for p in lists.delegation] == ["Jürgen Müller", "Käthe Schröder", "Klara Vogt"]
    # by surname within a role, as the dossier prints them (field test 71)
    assert [p.name_en for p in lists.host] == ["Zhiqiang Chen", "Jianguo Wang", "Li Sun", "Min Zhao"]


def test_the_cover_counts_and_the_lists_show_the_delegation_only(
    db: Database, visit_id: str, tmp_path
) -> None:
    out = tmp_path / "d.pdf"
    options = DossierOptions(
        layout=Layout.PARALLEL, sections=frozenset({"cover", "delegation"}), contents=False
    )
    build_visit_dossier(db, visit_id, out, options)
    pages = [flat(p) for p in pdftotext_pages(out)]
    # counted by role: the interpreter who travels with them is no delegate (field test 71)
    assert "2delegates,1interpreter" in pages[0] and "participants" not in pages[0]
    lists = "".join(pages[1:])
    delegation, hosts = lists.split("Hostlist")
    assert "KlaraVogt" in delegation and "MinZhao" not in delegation and "LiSun" not in delegation
    assert hosts.index("JianguoWang") < hosts.index("LiSun") and "MinZhao" in hosts
