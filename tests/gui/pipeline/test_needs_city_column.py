"""The Needs page's city column (field test 9): a city government made by a needs import has a
name and no address; the column showed nothing for its needs, though the command line names it."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service


@pytest.mark.parametrize(("locale", "expected"), [("zh_CN", "深圳市人民政府"), ("en", "深圳市人民政府")])
def test_the_city_column_names_an_imported_city(
    qtbot, db: Database, locale: str, expected: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        city = m.Organisation(
            name_zh="深圳市人民政府", kind=OrgKind.CITY_GOVERNMENT, source="import:needs.xlsx"
        )
        s.add(city)
        s.flush()
        need_service.create_need(s, city_organisation_id=city.id, title_zh="内涝治理", sector="sponge_city")
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    lst = window.show_page("needs").list
    column = [k for k, _t in lst.model._headers].index("city")
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1)
    assert lst.model.index(0, column).data() == expected
    window.grab().save(str(tmp_path / f"needs_{locale}.png"))
