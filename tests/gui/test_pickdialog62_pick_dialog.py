"""Round 62 (polish62): the organisation pick dialog behind Choose… and Link organisation… says
what it picks for (the host, the visiting organisation, an itinerary item's partner) in its title
and a line, in both languages; its results cut long bilingual names in the middle to the list's
width, whole in the tooltip, instead of a sideways scroll; it opens wide enough for typical names."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.item import ItemDialog
from petdesk.gui.visits.widgets import PickDialog
from petdesk.services.visits import find_organisations
from tests.helpers.editors import loaded
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

EXPECTED = {
    "en": {
        "host": ("Choose the host organisation", "hosts this visit"),
        "visiting": ("Choose the visiting organisation", "the delegation comes from"),
        "item": ("Link an organisation to this item", "met at this item"),
    },
    "zh_CN": {
        "host": ("选择接待单位", "接待"),
        "visiting": ("选择访问单位", "代表团"),
        "item": ("为此日程事项关联机构", "日程事项"),
    },
}


@pytest.fixture
def speak(translators, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``translators`` reading this tree's window catalogue (the installed checkout's lacks new strings)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    return translators


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_pickdialog62_the_dialog_says_what_it_picks_for(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, demo_db: Database, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    speak(locale)
    shown: list[PickDialog] = []
    monkeypatch.setattr(PickDialog, "exec", lambda self: shown.append(self) or 0)
    with demo_db.reading() as s:
        visit_id = s.execute(text("select id from visit where deleted_at is null limit 1")).scalar_one()
    editor = VisitEditor(demo_db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    loaded(qtbot, editor)
    editor.host.choose()
    editor.visiting.choose()
    item = ItemDialog(locale=locale, timezone="Asia/Shanghai", day=dt.date(2026, 12, 7), people=[])
    qtbot.addWidget(item)
    item.db = demo_db
    item._pick_organisation()
    assert len(shown) == 3
    for dialog, key in zip(shown, ("host", "visiting", "item"), strict=True):
        title, words = EXPECTED[locale][key]
        assert dialog.windowTitle() == title
        assert not dialog.purpose.isHidden() and words in dialog.purpose.text(), dialog.purpose.text()
        assert dialog.purpose.accessibleName()


LONG_EN = "Chongqing Municipal Ecology and Environment Bureau"
LONG_ZH = "重庆市生态环境局"
#: A name far longer than any screen's dialog.
HUGE_EN = "Guangdong Provincial Academy of Environmental Science and Engineering " * 3


def test_pickdialog62_long_names_are_cut_in_the_middle_not_scrolled(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Organisation(name_en=LONG_EN, name_zh=LONG_ZH, city_en="Chongqing"))
        s.add(m.Organisation(name_en=HUGE_EN.strip(), name_zh="广东省环境科学研究院"))
    dialog = PickDialog(db, find_organisations, "Organisation", locale="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    results = dialog.finder.results
    for query, whole_shown in (("Chongqing", True), ("Guangdong", False)):
        with qtbot.waitSignal(dialog.finder.searched, timeout=5000):
            dialog.finder.edit.setText(query)
        assert results.count() == 1
        entry = results.item(0)
        whole = entry.toolTip()
        assert LONG_ZH in whole or "广东省" in whole  # the whole bilingual name is in the tooltip
        assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == whole
        assert results.horizontalScrollBar().maximum() == 0
        assert results.fontMetrics().horizontalAdvance(entry.text()) <= results.viewport().width()
        # a typical name whole at the dialog's opening size; a huge one cut in its middle
        assert (entry.text() == whole) is whole_shown, (entry.text(), dialog.width())
        if not whole_shown:
            assert "…" in entry.text() and entry.text()[:9] == whole[:9] and entry.text()[-5:] == whole[-5:]
