"""The order of precedence of an outbound visit names each side's people in the window's language
first (screenshots, round 51: the Chinese window listed "– Ming Li（李明）", Latin before Chinese,
where the Delegation tab beside it reads 李明)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _study_tour(db: Database) -> str:
    """A delegation from China to the Netherlands, met there by Rijkswaterstaat."""
    with db.transaction() as s:
        host = m.Organisation(name_en="Rijkswaterstaat", name_zh="荷兰水利部", country="NL")
        s.add(host)
        s.flush()
        visit = vs.create_visit(
            s, title_en="Study tour to the Netherlands", title_zh="荷兰考察", start_date=dt.date(2027, 3, 22),
            end_date=dt.date(2027, 3, 31), direction="outbound", timezone="Europe/Amsterdam",
            host_organisation_id=host.id,
        )  # fmt: skip
        people = (("Ming", "Li", "明", "李", "head"), ("Anouk", "de Jong", "", "", "host"))
        for given, family, given_zh, family_zh, role in people:
            c = cs.create_contact(
                s, given_name=given, family_name=family, given_name_zh=given_zh, family_name_zh=family_zh
            )
            if role == "host":
                s.add(m.Affiliation(contact=c, organisation=host))
            vs.add_participant(s, visit.id, c.id, role)
        return visit.id


@pytest.mark.parametrize(
    ("locale", "delegation"), [("zh_CN", ["– 李明（Ming Li）"]), ("en", ["– Ming Li (李明)"])]
)
def test_each_side_names_its_people_in_the_window_language_first(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, locale: str, delegation: list[str]
) -> None:
    translators(locale)
    editor = VisitEditor(db, locale=locale, visit_id=_study_tour(db))
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        editor.tabs.setCurrentWidget(tab)
    lists = tab.precedence.lists
    qtbot.waitUntil(lambda: lists["delegation"].count() == 1, timeout=10000)
    assert [lists["delegation"].item(i).text() for i in range(lists["delegation"].count())] == delegation
    assert [lists["host"].item(i).text() for i in range(lists["host"].count())] == ["– Anouk de Jong"]
