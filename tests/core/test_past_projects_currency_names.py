"""The projects import's notes name a currency as the window's language does: "日元" in Chinese,
not the code "JPY" (window57, the Tokyo sheet's preview); English keeps the code, as amounts show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.i18n import currency_name
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # this tree's Chinese sentences, not the installed checkout's

TOKYO = Path(__file__).parents[1] / "data" / "import" / "field115" / "projects_excel_ja_jp.csv"


@pytest.mark.parametrize(
    ("code", "locale", "name"),
    [("JPY", "zh_CN", "日元"), ("MXN", "zh_CN", "墨西哥比索"), ("JPY", "en", "JPY")],
)
def test_currency_names(code: str, locale: str, name: str) -> None:
    assert currency_name(code, locale) == name


@pytest.mark.parametrize(
    ("locale", "said", "not_said"), [("zh_CN", "币种日元读取", "JPY"), ("en", "taken as JPY", "日元")]
)
def test_the_yen_note_names_the_currency_in_the_windows_language(
    db: Database, tree_catalogue: Path, locale: str, said: str, not_said: str
) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="JP"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, TOKYO)
    lines = past_projects.report_lines(result, locale, dry_run=True)
    notes = [line for line in lines if "¥" in line and ("读取" in line or "taken as" in line)]
    assert notes and all(said in line and not_said not in line for line in notes), notes


MEXICO = Path(__file__).parents[1] / "data" / "import" / "field116" / "proyectos_google_sheets.csv"


def test_the_dollar_note_names_the_peso_as_the_yen_note_does(db: Database, tree_catalogue: Path) -> None:
    """A Chinese name runs into the sentence without spaces ("按表格的币种墨西哥比索读取"), as the ¥
    and lakh notes write it; the gaps were for the code "MXN" the note carried before window57."""
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="MX"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, MEXICO)
    lines = past_projects.report_lines(result, "zh_CN", dry_run=True)
    notes = [line for line in lines if "$ 按" in line]
    assert notes and all("按表格的币种墨西哥比索读取" in line for line in notes), notes
