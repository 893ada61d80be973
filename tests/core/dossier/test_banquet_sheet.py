"""The banquet sheet (dossier54): one page for the restaurant about one meal of a visit — when and
where, how many at the table (its people, not the visit's: a delegate away, the driver not counted),
the dietary tally and the seating in order of precedence, in both languages, fonts embedded."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_banquet_sheet
from petdesk.dossier.banquet import banquet_sections, meal_choices, meal_item
from petdesk.dossier.data import gather_visit
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.banquet import welcome_dinner


def test_the_sheet_seats_the_meals_people_by_precedence(db: Database) -> None:
    visit_id, dinner = welcome_dinner(db)
    with db.reading() as s:
        data = gather_visit(s, visit_id)
    [section] = banquet_sections(data, meal_item(data, dinner[:6]))
    facts = [b.text.get("en").replace("\xa0", " ") for b in section.blocks[1:7]]  # type: ignore[attr-defined]
    assert facts[0] == "Date: Monday, 29 March 2027" and facts[1] == "Time: 18:30–20:30"
    assert facts[4] == "At this meal: 4 people"
    assert facts[5].startswith("Dietary requirements: Vegetarian 2 (Anke Hansen, Lena Vogt); Halal 1")
    table = section.blocks[-1]
    assert [row.cells[0] for row in table.rows] == ["1", "2", "3", "4"]  # type: ignore[attr-defined]
    roles = [row.cells[2].en for row in table.rows]  # type: ignore[attr-defined]
    assert roles == ["Head of delegation", "Delegate", "Delegate", "Host"]  # the head first, the host last


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_one_page_in_both_languages_with_fonts_embedded(db: Database, tmp_path: Path, lang: str) -> None:
    visit_id, dinner = welcome_dinner(db)
    pdf = build_banquet_sheet(db, visit_id, dinner, tmp_path / "dinner.pdf", DossierOptions(first_lang=lang))
    [page] = pdftotext_pages(pdf)
    text = flat(page)
    for needle in ("Banquet sheet", "宴会单", "Welcome dinner", "欢迎晚宴", "金轩中餐厅", "本餐用餐：4人"):
        assert flat(needle) in text, needle
    assert "素食2人（AnkeHansen、LenaVogt）；清真1人（YusufDemir）" in text
    assert "Weber" not in text and "刘强" not in text  # away, and the driver eats elsewhere
    assert text.index("AnkeHansen") < text.index("YusufDemir") < text.index("张伟")
    fonts = pdffonts(pdf)
    assert fonts and all(f.embedded for f in fonts)


def test_the_command_line_prints_it_and_refuses_an_unknown_item(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id, dinner = welcome_dinner(db)
    out = tmp_path / "banquet"
    args = ["--db", str(db.path), "dossier", "banquet", visit_id[:8], "--item", dinner[:8], "--out", str(out)]
    assert main(args) == 0
    assert (tmp_path / "banquet.pdf").is_file() and "Wrote" in capsys.readouterr().out
    args[6] = "zzzz"
    assert main(args) == 1
    assert "no programme item with the id zzzz" in capsys.readouterr().err


def test_the_meals_offered_are_the_visits_banquets_with_their_numbers(db: Database) -> None:
    visit_id, dinner = welcome_dinner(db)
    with db.reading() as s:
        data = gather_visit(s, visit_id)
    [choice] = meal_choices(data)  # the visit's only banquet
    assert (choice.item_id, choice.title.en, choice.people) == (dinner, "Welcome dinner", 4)
    assert choice.when.strftime("%Y-%m-%d %H:%M") == "2027-03-29 18:30"


def test_the_sheet_is_in_the_export_log(db: Database, tmp_path: Path) -> None:
    """The sheet carries the names at the meal and their dietary needs (halal, allergies) to the
    restaurant: logged as a banquet sheet, with the people at the meal (the driver eats elsewhere)."""
    from petdesk.services import export_log

    visit_id, dinner = welcome_dinner(db)
    pdf = build_banquet_sheet(db, visit_id, dinner, tmp_path / "dinner.pdf")
    with db.reading() as s:
        logged = export_log.lines(s)
    assert [(line.kind, Path(line.file_name).name, line.count) for line in logged] == [
        ("banquet_sheet", pdf.name, 4)
    ]
