"""Field test 61: at 1024×768 the organisation editor opened 560 px wide and its fields ran under
the vertical scroll bar: the Technology areas button wanted the whole list of the areas chosen
(459 px for three), which made the form 586 px wide in a 524 px view. Every field ends before the
scroll bar now, at 1024×768 and 1366×768, in English and in Chinese."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui import screen_fit
from petdesk.gui.code_fields import CodeChecklist
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QPoint, QRect, QScrollArea, QWidget
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
#: The window system's panel takes about 40 px of a laptop screen's height.
PANEL = 40


@pytest.mark.parametrize("width", [1024, 1366])
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_no_field_runs_under_the_scroll_bar(
    qtbot: QtBot,
    tree_window_catalogue: None,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    width: int,
) -> None:
    monkeypatch.setattr(screen_fit, "screen_room", lambda _w: QRect(0, 0, width, 768 - PANEL))
    with demo_db.reading() as s:
        organisation_id = s.execute(
            text(
                "select id from organisation where deleted_at is null"
                " and technology_areas like '%,%,%' limit 1"
            )
        ).scalar_one()
    editor = OrganisationEditDialog(demo_db, locale, organisation_id)
    qtbot.addWidget(editor)
    loaded(qtbot, editor)
    editor.show()
    qtbot.waitExposed(editor)
    area = editor.findChild(QScrollArea, "screen_fit_scroll")
    assert area is not None
    view = area.viewport()
    qtbot.waitUntil(lambda: area.widget().width() <= view.width(), timeout=3000)
    assert area.verticalScrollBar().isVisible()  # 768 px leave the form too little height
    fields = [
        w
        for w in area.widget().findChildren(QWidget)
        if w.parentWidget() is area.widget() and w.isVisible() and w.objectName()
    ]
    assert len(fields) >= 15
    past = {
        w.objectName(): w.mapTo(view, QPoint(w.width(), 0)).x() - view.width()
        for w in fields
        if w.mapTo(view, QPoint(w.width(), 0)).x() > view.width()
    }
    assert past == {}
    assert editor.width() <= width - screen_fit.FRAME_WIDTH
    # the areas chosen are cut with "…" where they do not fit; the tooltip has them all
    areas = editor.findChild(CodeChecklist, "technology_areas")
    assert areas.toolTip().startswith(areas.text().rstrip("…").rstrip())
