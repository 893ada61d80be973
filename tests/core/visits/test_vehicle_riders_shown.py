"""Seats, riders and "over capacity" outside the window (field test 52): the dossier's cars table
names the riders, `petdesk visits ID` lists them, and a vehicle over capacity is a warning beside
the clashes (`petdesk clashes`), like the rooming gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

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
