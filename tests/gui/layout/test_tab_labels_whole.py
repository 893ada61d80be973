"""layout54: in Fusion an unselected tab is drawn 2 px lower and its label loses those pixels: 12 px
for a 14 px line, and at 125 % scaling (1366×768, a 1093×614 window) "Delegation", "Itinerary"
and "Logistics" lost the tails of their g and y to the pane's frame (field test 83). Measured as
Qt paints the label: the rect the style gives its text, for every tab, selected or not."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.qt import QStyle, QStyleOptionTab, QTabBar, QWidget
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _cut_labels(widget: QWidget) -> list[str]:
    """The tab labels of ``widget`` whose text has less room than it needs, in either direction."""
    cut = []
    for bar in widget.findChildren(QTabBar):
        metrics = bar.fontMetrics()
        for index in range(bar.count()):
            option = QStyleOptionTab()
            bar.initStyleOption(option, index)
            rect = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
            text = bar.tabText(index).replace("&", "")
            if rect.height() < metrics.height() or rect.width() < metrics.horizontalAdvance(text):
                need = f"{metrics.horizontalAdvance(text)}×{metrics.height()}"
                cut.append(f"{text}: {rect.width()}×{rect.height()} for {need}")
    return cut


def _first(db: Database, model: type) -> str:
    with db.reading() as s:
        return str(s.scalars(select(model.id).order_by(model.id)).first())


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_tab_label_has_its_whole_height(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, demo_db: Database, locale: str
) -> None:
    translators(locale)
    visit = VisitEditor(demo_db, locale=locale, visit_id=_first(demo_db, m.Visit))
    training = TrainingEditor(demo_db, locale=locale, training_id=_first(demo_db, m.Training))
    for editor in (visit, training):
        qtbot.addWidget(editor)
        editor.resize(1093, 614)
        editor.show()
        editors.loaded(qtbot, editor)
        bars = [bar for bar in editor.findChildren(QTabBar) if bar.count() > 1]
        assert bars and all(bar.currentIndex() == 0 for bar in bars)  # the others are unselected
        assert not _cut_labels(editor), _cut_labels(editor)
    assert len(visit.findChildren(QTabBar)) >= 2  # the Logistics tab's sections too
