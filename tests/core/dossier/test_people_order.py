"""Every document of a visit lists its people in one order (field test 21, defects 4 and 5): the
delegation, then the hosts, each side by its order of precedence, drivers after the officials.

The name cards and the contact sheet printed the delegation alphabetically with the host side's
interpreter first; the profiles mixed the two sides by number, with the driver among the ministers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.dossier.namecards import build_namecards
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import organisation, person

DAY = dt.date(2027, 3, 8)

#: (given, family, side, role) in the order of precedence on each side; the alphabet disagrees.
DELEGATION = [
    ("Hans", "Zöllner", "head"),
    ("Annegret", "Müller", "delegate"),
    ("Jörg", "Adler", "delegate"),
    ("Lina", "Baum", "interpreter"),
]
HOSTS = [
    ("Jianguo", "Wang", "host"),
    ("Qiang", "Liu", "driver"),  # numbered second, but a driver follows the officials
    ("Yifan", "Zhao", "host"),
    ("Xue", "Ouyang", "interpreter"),
]
#: Titles as protocol writes them (English, Chinese), and a Chinese name for the Vice Mayor.
TITLES = {
    "Zöllner": ("Staatssekretär Dr.", "国务秘书"),
    "Müller": ("Prof. Dr.", "教授"),
    "Adler": ("Mr.", "先生"),
    "Wang": ("Vice Mayor", "副市长"),
}
CHINESE = {"Zöllner": "策尔纳", "Wang": "王建国"}
DELEGATION_ORDER = ["Zöllner", "Müller", "Adler", "Baum"]
HOST_ORDER = ["Wang", "Zhao", "Ouyang", "Liu"]


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        bureau = organisation(s, "Chengdu Ecology Bureau", "成都市生态环境局")
        ministry = organisation(s, "Federal Environment Ministry", "德国联邦环境部")
        v = vs.create_visit(
            s,
            title_en="Ministerial delegation",
            start_date=DAY,
            end_date=DAY,
            host_organisation_id=bureau.id,
            visiting_organisation_id=ministry.id,
        )
        for people, org in ((DELEGATION, ministry), (HOSTS, bureau)):
            order = []
            for given, family, role in people:
                c = person(s, given, family, CHINESE.get(family, ""), family_first=org is bureau)
                c.honorific_en, c.honorific_zh = TITLES.get(family, ("", ""))
                cs.add_affiliation(s, c.id, org.id)
                order.append(vs.add_participant(s, v.id, c.id, role).id)
            ls.set_precedence_order(s, v.id, order)
        return v.id


def _order(text: str, names: list[str]) -> list[str]:
    """The names as they come in ``text``."""
    return sorted(names, key=lambda name: text.index(name))


def test_name_cards_follow_precedence_side_by_side(db: Database, visit_id: str, tmp_path: Path) -> None:
    pages = pdftotext_pages(build_namecards(db, visit_id, tmp_path / "cards.pdf"))
    shown = [next(n for n in DELEGATION_ORDER + HOST_ORDER if n in page) for page in pages]
    assert shown == DELEGATION_ORDER + HOST_ORDER[:-1]  # the driver has no card


@pytest.mark.parametrize("section", ["contacts", "participants"])
def test_contact_sheet_and_profiles_follow_precedence(
    db: Database, visit_id: str, tmp_path: Path, section: str
) -> None:
    out = tmp_path / "d.pdf"
    options = DossierOptions(layout=Layout.SEQUENTIAL, sections=frozenset({section}), contents=False)
    build_visit_dossier(db, visit_id, out, options)
    english = flat(pdftotext_pages(out)[0])  # English first: the first page is the English part
    assert _order(english, DELEGATION_ORDER + HOST_ORDER) == DELEGATION_ORDER + HOST_ORDER


def test_name_cards_print_titles_in_both_scripts(db: Database, visit_id: str, tmp_path: Path) -> None:
    """Defect 7: the table card read "Annegret Müller" where protocol writes "Prof. Dr. Annegret
    Müller"; Mr. / 先生 is a form of address and stays off the card."""
    pages = [" ".join(p.split()) for p in pdftotext_pages(build_namecards(db, visit_id, tmp_path / "c.pdf"))]
    head, professor, mister, _interpreter, mayor = pages[:5]
    assert "Staatssekretär Dr. Hans Zöllner" in head and "策尔纳 国务秘书" in head
    assert "Prof. Dr. Annegret Müller" in professor
    assert "Jörg Adler" in mister and "Mr." not in mister
    assert "王建国 副市长" in mayor and "Vice Mayor Wang Jianguo" in mayor
