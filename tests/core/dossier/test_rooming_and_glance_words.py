"""Field test 21, polish (§8): the rooming list puts the head of delegation first, in the order of
precedence, not by room text ("Suite 1808" sorted after "1210"); one head of delegation is a
"Head of delegation", not "Heads"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 8)


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Ministerial delegation", start_date=DAY, end_date=DAY)
        rooms = []
        order = []
        for given, family, role, room in (
            ("Hans", "Groß", "head", "Suite 1808"),
            ("Annegret", "Müller", "delegate", "1210"),
            ("Jörg", "Adler", "delegate", "1202"),
        ):
            c = person(s, given, family)
            order.append(vs.add_participant(s, v.id, c.id, role).id)
            rooms.append((c.id, room))
        ls.set_precedence_order(s, v.id, order)
        stay = ls.add_accommodation(
            s, v.id, hotel="Jinjiang Hotel", check_in=DAY, check_out=DAY + dt.timedelta(1)
        )
        ls.set_rooming(s, stay.id, rooms)
        return v.id


def test_the_rooming_list_follows_precedence(db: Database, visit_id: str) -> None:
    with db.reading() as s:
        rooms = ls.logistics(s, visit_id).stays[0].rooms
    assert [r.room for r in rooms] == ["Suite 1808", "1210", "1202"]


def test_one_head_of_delegation_is_named_in_the_singular(db: Database, visit_id: str, tmp_path: Path) -> None:
    options = DossierOptions(sections=frozenset({"glance"}), contents=False)
    text = flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, tmp_path / "d.pdf", options))))
    assert "Headofdelegation:HansGroß" in text and "Headsofdelegation" not in text
