"""Window walk of the Cairo, Ulaanbaatar, Bangkok, Almaty, Dhaka and Karachi offices (walks58b):
what it saw in the core."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import honorifics, importing

SAMPLES_122 = Path(__file__).parents[1] / "data" / "import" / "field122"


def _import(db: Database, tmp_path: Path, text: str) -> list[m.Contact]:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.transaction() as s:
        people = list(s.scalars(select(m.Contact).order_by(m.Contact.id)))
        s.expunge_all()
    return people


def test_sahib_after_a_whole_name_is_the_honorific(db: Database, tmp_path: Path) -> None:
    """ "Imran Qureshi Sahib" was stored with the family name "Sahib"."""
    (imran,) = _import(db, tmp_path, "Name,Country\nImran Qureshi Sahib,Pakistan\n")
    assert (imran.given_name, imran.family_name) == ("Imran", "Qureshi")
    assert (imran.honorific_en, imran.honorific_zh) == ("Sahib", "先生")


def test_sahib_as_a_name_stays() -> None:
    # only the last word after a whole name is the courtesy word
    assert honorifics.turkish_title_after_name("Sahib", "Singh") == ("", "Sahib", "Singh")
    assert honorifics.turkish_title_after_name("Imran Sahib", "Qureshi") == ("", "Imran Sahib", "Qureshi")


def test_left_out_lines_are_shown_in_the_readers_language() -> None:
    """The Chinese window's import preview showed "Left out by the import (not a phone number): …"."""
    stored = "Met in Karachi\nLeft out by the import (not a phone number): call me"
    assert (
        importing.notes_for_reader(stored, chinese=True)
        == "Met in Karachi\n导入时未采用（不是电话号码）：call me"
    )
    chinese = "导入时未采用（不是电子邮箱地址）：x@"
    assert (
        importing.notes_for_reader(chinese, chinese=False)
        == "Left out by the import (not an e-mail address): x@"
    )
    assert importing.notes_for_reader(chinese, chinese=True) == chinese


def test_past_visits_report_names_the_countries(db: Database, tmp_path: Path) -> None:
    """The visits import's report said "PK" and "CN" where the delegation's country was (walks58b)."""
    from petdesk.services import past_visits

    sheet = tmp_path / "visits.csv"
    sheet.write_text(
        "Delegation,Date,End,Country\nKarachi delegation,2025-03-10,2025-03-12,Pakistan\n"
        "Shanghai delegation,2025-04-01,2025-04-02,中国\nVienna water,2025-05-01,2025-05-02,Atlantis\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        result = past_visits.import_past_visits(s, sheet)
    assert [a.place for a in result.added] == ["PK", "CN", "Atlantis"]  # the codes stay the data
    english = "\n".join(past_visits.report_lines(result, "en"))
    chinese = "\n".join(past_visits.report_lines(result, "zh_CN"))
    assert "Pakistan" in english and "China" in english and "Atlantis" in english
    assert "巴基斯坦" in chinese and "中国" in chinese
    assert "  PK  " not in english + chinese and "  CN  " not in english + chinese


def test_a_chinese_currency_name_gets_no_space_in_the_projects_preview(db: Database) -> None:
    """Karachi's Chinese preview said "记为 巴基斯坦卢比": a Chinese money name sits beside Chinese words
    without a space, as "45万日元" is written (i18n.chinese_money)."""
    from petdesk.office_country import COUNTRY_SETTING
    from petdesk.services import past_projects

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PK"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES_122 / "karachi_projects.xlsx")
    chinese = "\n".join(past_projects.report_lines(plan, "zh_CN", dry_run=True))
    assert "卢比记为巴基斯坦卢比" in chinese and "记为 巴基斯坦卢比" not in chinese


def test_partners_made_by_the_projects_import_get_the_rows_country(db: Database, tmp_path: Path) -> None:
    """Cairo's sheet named its country column "البلد" (Almaty's "Страна", Bangkok's "ประเทศ"): not read,
    so "Cairo Governorate" was made with no country. A row without a country makes one with none."""
    from petdesk.services import past_projects

    sheet = tmp_path / "projects.csv"
    sheet.write_text(
        "Project,Partner,Funder,Budget,Status,البلد\n"
        "Cairo Solar,Cairo Governorate,GEF,EGP 1000000,submitted,مصر\n"
        "Giza Waste,Giza Governorate,AfDB,EGP 20000,submitted,\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        past_projects.import_past_projects(s, sheet)
    with db.reading() as s:
        countries = {o.name_en: o.country for o in s.scalars(select(m.Organisation))}
    assert countries["Cairo Governorate"] == "EG"
    assert not countries["Giza Governorate"]  # never guessed


def test_an_arabic_title_in_brackets_is_the_honorific(db: Database, tmp_path: Path) -> None:
    """Cairo's "أحمد حسن (المهندس)" kept المهندس in the notes; the title goes where titles go."""
    people = _import(
        db, tmp_path, "Name,Organisation\nأحمد حسن (المهندس),Cairo Governorate\nفاطمة علي (الدكتورة),X\n"
    )
    # ids are not in the order of the rows: each person by the family name
    ahmed, fatma = sorted(people, key=lambda p: p.family_name != "حسن")
    assert (ahmed.given_name, ahmed.family_name, ahmed.notes) == ("أحمد", "حسن", "")
    assert (ahmed.honorific_en, ahmed.honorific_zh) == ("Eng.", "工程师")
    assert (fatma.honorific_en, fatma.notes) == ("Dr.", "")
