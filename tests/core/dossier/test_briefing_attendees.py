"""A meeting with no attendee ticked is attended by the whole delegation (field test 6, defect 3).

The item dialog and the itinerary say so; the briefing must list those people rather than print
"No attendees recorded", and an empty table's note must sit in its own language's column.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.models import (
    Contact,
    ItineraryItem,
    ItineraryOrganisation,
    Office,
    Organisation,
    Visit,
    VisitParticipant,
)
from petdesk.models.enums import (
    ItineraryKind,
    NameOrder,
    OrgKind,
    ParticipantRole,
    VisitDirection,
    VisitStatus,
)
from tests.core.dossier.pdfcheck import _poppler, flat, pdftotext_pages
from tests.core.dossier.sample_data import SHANGHAI
from tests.helpers.fixtures import module_database

DAY = dt.date(2026, 12, 14)
#: (family, given, role); the driver is no attendee of a meeting
PEOPLE = [
    ("Müller", "Jürgen", ParticipantRole.HEAD),
    ("Bäcker", "Anneliese", ParticipantRole.DELEGATE),
    ("Lindqvist", "Sven", ParticipantRole.HOST),
    ("Brauer", "Otto", ParticipantRole.DRIVER),
]


def _visit(db: Database) -> str:
    with db.transaction() as s:
        s.add(Office(name="Chengdu Hub", name_zh="成都中心", region="East Asia", is_self=True))
        bureau = Organisation(
            name_en="Chengdu Ecology Bureau", name_zh="成都市生态环境局", kind=OrgKind.CITY_GOVERNMENT
        )
        s.add(bureau)
        s.flush()
        visit = Visit(
            title_en="NRW delegation to Chengdu",
            title_zh="北威州代表团访问成都",
            direction=VisitDirection.INBOUND,
            status=VisitStatus.PLANNED,
            start_date=DAY,
            end_date=DAY,
            timezone="Asia/Shanghai",
        )
        s.add(visit)
        s.flush()
        for family, given, role in PEOPLE:
            c = Contact(family_name=family, given_name=given, name_order=NameOrder.GIVEN_FIRST)
            s.add(c)
            s.flush()
            s.add(VisitParticipant(visit_id=visit.id, contact_id=c.id, role=role))
        start = dt.datetime.combine(DAY, dt.time(10), SHANGHAI)
        item = ItineraryItem(  # no attendee ticked: the whole delegation attends
            visit_id=visit.id,
            kind=ItineraryKind.MEETING,
            title_en="Meeting with the bureau",
            title_zh="会见成都市生态环境局",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            timezone="Asia/Shanghai",
        )
        s.add(item)
        s.flush()
        s.add(ItineraryOrganisation(item_id=item.id, organisation_id=bureau.id))
        return visit.id


@pytest.fixture(scope="module")
def visit(tmp_path_factory: pytest.TempPathFactory, empty_template: Path):
    db = module_database(tmp_path_factory, empty_template, "briefing")
    yield db, _visit(db)
    db.close()


def _briefing_pdf(visit, out: Path, layout: Layout) -> Path:
    db, visit_id = visit
    options = DossierOptions(
        layout=layout, first_lang="zh", sections=frozenset({"briefings"}), contents=False
    )
    build_visit_dossier(db, visit_id, out, options)
    return out


@pytest.mark.parametrize("layout", [Layout.PARALLEL, Layout.SEQUENTIAL])
def test_a_meeting_without_ticked_attendees_lists_the_delegation_and_hosts(visit, tmp_path, layout) -> None:
    text = flat(" ".join(pdftotext_pages(_briefing_pdf(visit, tmp_path / "b.pdf", layout))))
    for family, given, role in PEOPLE:
        shown = flat(f"{given} {family}") in text
        assert shown == (role != ParticipantRole.DRIVER), (family, role)
    assert "Noattendeesrecorded" not in text and "暂无出席人员记录" not in text
    assert "Wholedelegationandhosts" in text and "代表团全体成员及接待方" in text


@dataclass(frozen=True)
class Word:
    text: str
    x: float
    y: float


def _words(pdf: Path) -> tuple[float, list[Word]]:
    """Page width and every word with its top-left corner, as poppler reads them."""
    out = subprocess.run(
        [_poppler("pdftotext"), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', out)
    return width, [Word(t, float(x), float(y)) for x, y, t in found]


def test_an_empty_tables_notes_sit_each_in_its_own_languages_column(visit, tmp_path) -> None:
    width, words = _words(_briefing_pdf(visit, tmp_path / "b.pdf", Layout.PARALLEL))
    # Chinese is printed first (left column), English on the right
    english = [w for w in words if w.text in ("earlier", "interactions")]
    chinese = [w for w in words if "暂无以往往来" in w.text]
    assert english and chinese
    assert all(w.x > width / 2 for w in english), english
    assert all(w.x < width / 2 for w in chinese), chinese
