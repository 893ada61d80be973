"""A visit's substitute (``replace-participant``) and the banquet sheet (counts54): the person replaced
leaves the visit, so the Visits list, ``petdesk visits ID``, the dossier's glance and meal lines and
the banquet sheet's "At this meal" count the place once, the substitute's; and the banquet sheet, which
names the guests with their dietary needs, is in the export log as the name cards are."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_banquet_sheet
from petdesk.dossier.banquet import banquet_sections, meal_choices, meal_item
from petdesk.dossier.data import gather_visit
from petdesk.dossier.needs_tally import dietary_tally, tally_line
from petdesk.services import lists
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers.banquet import welcome_dinner


def _substitute(db: Database) -> tuple[str, str, str]:
    """(visit, dinner, substitute): Omar Khan, halal too, takes Yusuf Demir's place."""
    visit_id, dinner = welcome_dinner(db)
    with db.transaction() as s:
        omar = person(s, "Omar", "Khan", "")
        omar.dietary_needs = "Halal / 清真"
        yusuf = next(
            p.contact_id for p in vs.get_visit(s, visit_id).participants if p.contact.family_name == "Demir"
        )
        vs.remove_participant(s, visit_id, yusuf, substitute_id=omar.id)
        return visit_id, dinner, omar.id


def test_every_count_of_the_visit_counts_the_place_once(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id, dinner, omar = _substitute(db)
    with db.reading() as s:
        (listed,) = vs.list_visits(s)
        (window_row,) = lists.visits("en").page(s, offset=0, limit=10)
        data = gather_visit(s, visit_id)
    window = dict(zip(["id", *(c.key for c in lists.visits().columns)], window_row, strict=True))
    assert omar in {p.person.id for p in data.participants}
    assert listed.participants == window["people"] == len(data.participants) == 6
    [section] = banquet_sections(data, meal_item(data, dinner))
    at_meal = section.blocks[5].text.get("en")  # type: ignore[attr-defined]
    assert at_meal == "At this meal: 4 people" and meal_choices(data)[0].people == 4
    glance = tally_line(dietary_tally(data.participants), "en").replace("\xa0", " ")
    assert "Halal 1 (Omar Khan)" in glance and "Demir" not in glance
    assert main(["--db", str(db.path), "visits", visit_id[:8]]) == 0
    shown = capsys.readouterr().out
    assert "Omar Khan" in shown and "Yusuf Demir" not in shown
    assert main(["--db", str(db.path), "visits"]) == 0
    assert "6 people" in capsys.readouterr().out


def _logged(db: Database) -> list[tuple[str, str, int, set[str]]]:
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT id, kind, file_name, count FROM export_log ORDER BY id").fetchall()
        return [
            (kind, name, count, {c for (c,) in conn.execute(
                "SELECT contact_id FROM export_log_contact WHERE export_id = ?", (i,)
            )})
            for i, kind, name, count in rows
        ]  # fmt: skip
    finally:
        conn.close()


def test_the_banquet_sheet_is_in_the_export_log(db: Database, tmp_path: Path) -> None:
    visit_id, dinner, omar = _substitute(db)
    with db.reading() as s:
        data = gather_visit(s, visit_id)
    # not the delegate away from the dinner nor the driver, who eats elsewhere
    guests = {p.person.id for p in data.participants if p.person.family_name not in ("Weber", "Liu")}
    assert omar in guests and len(guests) == 4
    build_banquet_sheet(db, visit_id, dinner, tmp_path / "dinner.pdf", DossierOptions())
    assert _logged(db) == [("banquet_sheet", "dinner.pdf", 4, guests)]
    # from the command line too, with the guests counted in the log's sentence
    out = tmp_path / "dinner2.pdf"
    assert (
        main(
            [
                "--db",
                str(db.path),
                "dossier",
                "banquet",
                visit_id[:8],
                "--item",
                dinner[:8],
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert _logged(db)[-1][:3] == ("banquet_sheet", "dinner2.pdf", 4)
