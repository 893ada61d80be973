"""Seats, riders and "over capacity" outside the window (field test 52): the dossier's cars table
names the riders, `petdesk visits ID` lists them, and a vehicle over capacity is a warning beside
the clashes (`petdesk clashes`), like the rooming gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import build_visit_dossier
from petdesk.dossier.layout import DossierOptions
from petdesk.services import logistics as ls
from petdesk.services.vehicle_capacity import over_capacity
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.test_vehicle_riders import _plan

OVER = "Over capacity: Van has 2 seats; 3 people ride in it for “Welcome meeting” (16 Mar 2027)"


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = _plan(s)
        everyone = [ids["Markus"], ids["Georg"], ids["Lena"]]
        ls.set_vehicle_riders(s, ids["van"], everyone, item_ids=[ids["Welcome meeting"]])  # 3 in 2 seats
        ls.set_vehicle_riders(s, ids["van"], [ids["Markus"]], item_ids=[ids["Site visit"]])
        ls.set_vehicle_riders(s, ids["coach"], [ids["Georg"], ids["Lena"]], item_ids=[ids["Site visit"]])
    return ids


def test_over_capacity_is_one_warning_per_item(db: Database, ids: dict[str, str]) -> None:
    with db.reading() as s:
        found = over_capacity(s, [ids["visit"]])
        everywhere = over_capacity(s)
    assert [w.describe("en") for w in found] == [OVER]
    assert everywhere == found
    assert found[0].describe("zh_CN") != OVER  # told in Chinese (once the catalogue has it)


def test_clashes_tells_the_vehicle_over_capacity(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "clashes", "--visit", ids["visit"]]) == 0
    out = capsys.readouterr().out
    assert f"vehicle       {ids['visit'][:8]}          {OVER}\nVehicle warnings: 1\n" in out
    assert main(["--db", str(db.path), "clashes", "--all"]) == 0
    assert OVER in capsys.readouterr().out


def test_the_visit_view_lists_seats_and_riders(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "visits", ids["visit"]]) == 0
    out = capsys.readouterr().out
    assert (
        "  Coach (49 seats)\n"
        "    serves: Welcome meeting, Site visit\n"
        "    riders for Welcome meeting (0): (nobody)\n"
        "    riders for Site visit (2): Georg Test, Lena Test\n"
        "  Van (2 seats)\n"
        "    serves: Welcome meeting, Site visit\n"
        "    riders for Welcome meeting (3): Markus Test, Georg Test, Lena Test\n"
        "    riders for Site visit (1): Markus Test\n"
    ) in out
    assert f"Open questions:\n  ? {OVER}\n" in out


def test_the_dossier_names_the_riders(db: Database, ids: dict[str, str], tmp_path: Path) -> None:
    options = DossierOptions(sections=frozenset({"logistics"}), contents=False)
    text = flat(
        "\n".join(pdftotext_pages(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", options)))
    )
    for words in (
        "Riders",
        "乘车人员",
        "2 seats",
        "49 seats",
        "Lena Test",
        "Over capacity: 3 riders",
        "超员：3 人乘坐",
    ):
        assert flat(words) in text, words


def test_riders_deleted_elsewhere_neither_count_nor_are_listed(
    db: Database, ids: dict[str, str], tmp_path: Path
) -> None:
    """A rider row stays when its participant is deleted elsewhere (an import from another office
    tombstones the participant only) or its contact is deleted: the van's 3 riders in 2 seats are
    then 2 and 1, so no warning, and the dossier and the window's view list the live one only."""
    from petdesk.models.types import utcnow
    from petdesk.services import contacts as cs

    with db.transaction() as s:
        (georg,) = [p for p in s.get(m.Visit, ids["visit"]).participants if p.contact_id == ids["Georg"]]
        georg.deleted_at = utcnow()  # as a sync import leaves it: the rider row is untouched
        cs.delete_contacts(s, [ids["Lena"]])
    with db.reading() as s:
        assert over_capacity(s, [ids["visit"]]) == []
        assert over_capacity(s) == []
        (van,) = [c for c in ls.logistics(s, ids["visit"]).vehicles if c.vehicle == "Van"]
    assert [[p.name_en for p in people] for _item, people in van.riders] == [["Markus Test"], ["Markus Test"]]
    assert van.over_capacity == ()
    options = DossierOptions(sections=frozenset({"logistics"}), contents=False)
    text = flat(
        "\n".join(pdftotext_pages(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", options)))
    )
    assert flat("Markus Test") in text
    # Georg's seats are no riders but an open question: he left the visit (field test 71)
    for car, day in (("Van", "16 Mar 2027"), ("Coach", "17 Mar 2027")):
        question = flat(f"Georg Test left the visit but still has a seat in {car} ({day})")
        assert question in text
    riders = text[text.index("Riders") :]  # the table, after the open questions
    for gone in ("Georg Test", "Lena Test", "Over capacity"):
        assert flat(gone) not in riders, gone
    assert "Lena" not in text
