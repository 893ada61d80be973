"""Field test 83: Mr. Li Wei, programme officer at the Shenzhen hub office, works on a 14-inch laptop
(2880×1800 at 200 %: 1440×900 logical) and on an older one (1366×768 at 125 % with Windows' "make text
bigger" at 120 %: about 1093×614 logical, the text 1.2 times larger). His day, replayed here in both
languages: search contacts, edit an organisation and read its history, plan a visit's itinerary in
the week and day views, register a training's participants, print a dossier, export a sync package,
and open the window on the other laptop.

Defects found and fixed: the training's Participants tab (and the visit's Delegation and Logistics
tabs) took the height of the tallest tab, so Register, Replace and Remove sat below the window's edge
of the small laptop (tests/gui/layout/test_short_tabs_not_scrolled.py); a clash's sentence ran on one
line behind a sideways scroll bar (tests/gui/visits/test_clash_list_room.py); the week view cut
words wider than a column without a hyphen, "Welco / me m…" (tests/gui/calendar/test_week_words_cut.py).
Found then, fixed in layout54: unselected tabs' descenders clipped by the pane's frame at 125 % (Fusion
style; tests/gui/layout/test_tab_labels_whole.py); the itinerary item dialog's Link organisation /
Unlink buttons reached only by scrolling at 1093×614 (tests/gui/visits/test_item_dialog_unscrolled.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import petdesk
from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import build_visit_dossier
from petdesk.dossier.layout import DossierOptions
from petdesk.gui.calendar.page import DAY, WEEK, CalendarPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QPushButton, QScrollArea
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import history
from petdesk.services import organisations as org_service
from tests.core.sync.helpers import export
from tests.helpers.big_font import big_font
from tests.helpers.editors import tab_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: The window on the old laptop: 1366×768 at 125 % less the frame, the text 20 % larger.
SMALL_WINDOW, TEXT_SCALE = (1077, 574), 1.2
PROBE = Path(__file__).parents[1] / "helpers" / "window_size_probe.py"


def _open_on(screen: str, scale: str, settings: Path, resize_to: str | None = None) -> tuple[int, int]:
    """The main window's size on a screen of ``screen`` physical pixels at ``scale``, in its own
    process (the offscreen screen and the scale are fixed when the application starts)."""
    source = str(Path(petdesk.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": source, "QT_SCALE_FACTOR": scale}
    args = [sys.executable, str(PROBE), screen, str(settings), *([resize_to] if resize_to else [])]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    width, height = done.stdout.split()[-1].split("x")
    return int(width), int(height)


def test_a_window_saved_on_the_new_laptop_fits_the_old_one(tmp_path: Path) -> None:
    assert _open_on("2880x1800", "2", tmp_path, resize_to="1400x860") == (1200, 760)
    small = _open_on("1366x768", "1.25", tmp_path)
    room = (round(1366 / 1.25), round(768 / 1.25))  # 1093×614 logical
    assert small[0] + FRAME_WIDTH <= room[0] and small[1] + FRAME_HEIGHT <= room[1], small
    assert _open_on("2880x1800", "2", tmp_path) == (1400, 860)  # the big screen's size kept


def _first(db: Database, model: type, **where: object) -> str:
    with db.reading() as s:
        row = s.scalars(select(model).filter_by(**where).order_by(model.id)).first()
        assert row is not None
        return str(row.id)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_day_on_the_old_laptop_with_larger_text(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_db: Database, tree_window_catalogue, locale: str
) -> None:
    db = demo_db
    with big_font(TEXT_SCALE):
        window = MainWindow(db, locale=locale)
        qtbot.addWidget(window)
        window.resize(*SMALL_WINDOW)
        window.show()

        # Search contacts: rows as tall as the larger text, the count found
        contacts = window.show_page("contacts")
        assert isinstance(contacts, RecordListPage)
        with db.reading() as s:
            person = s.get(m.Contact, _first(db, m.Contact))
            assert person is not None
            name = f"{person.given_name} {person.family_name}"
        qtbot.keyClicks(contacts.search, name)
        model = contacts.model
        qtbot.waitUntil(lambda: model.search_text == name and model.rowCount() > 0, timeout=10000)
        table = contacts.table
        assert table.rowHeight(0) >= table.fontMetrics().height()

        # Plan the visit: its itinerary in the week and day views, every box with words in it
        with db.reading() as s:
            item = s.scalars(select(m.ItineraryItem).order_by(m.ItineraryItem.starts_at)).first()
            assert item is not None
            day = item.starts_at.date()
        calendar = window.show_page("calendar")
        assert isinstance(calendar, CalendarPage)
        for mode, view in ((WEEK, calendar.week_grid), (DAY, calendar.day_grid)):
            calendar.set_mode(mode)
            calendar.go_to(day)
            grid = view.grid
            qtbot.waitUntil(lambda grid=grid, day=day: day in grid.days and bool(grid.boxes()), timeout=10000)
            font = grid.font()
            for (box, event), on in zip(grid.boxes(), grid.box_days(), strict=True):
                assert box.width() > 0
                assert grid.block_lines(event, font, box.width(), box.height(), on)[0].strip()
            day = grid.box_days()[0]  # the day view on a day with items in the viewer's zone

        # Register a participant: the buttons in sight without scrolling the tab
        editor = TrainingEditor(db, locale=locale, training_id=_first(db, m.Training))
        qtbot.addWidget(editor)
        editor.resize(*SMALL_WINDOW)
        with qtbot.waitSignal(editor.loaded, timeout=10000):
            editor.show()
        editor.tabs.setCurrentIndex(tab_of(editor.tabs, editor.person_search))
        page = editor.tabs.currentWidget()
        area = page.findChild(QScrollArea, "screen_fit_scroll")  # each tab scrolls inside itself
        assert area is not None
        qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0, timeout=5000)
        QApplication.processEvents()
        bottom = area.viewport().height()
        for button in page.findChildren(QPushButton):
            assert button.mapTo(area.viewport(), button.rect().bottomLeft()).y() <= bottom, button.text()
        editor.close()
        window.close()


def test_the_rest_of_the_day_below_the_window(demo_db: Database, tmp_path: Path) -> None:
    """Edit an organisation and read its history, print the dossier in both orders, export a package."""
    db = demo_db
    org_id = _first(db, m.Organisation)
    with db.transaction() as s:
        org_service.update_organisation(s, org_id, website="https://hub.example.cn")
    with db.reading() as s:
        entries = history.record_history(s, "organisation", org_id, locale="zh_CN")
    assert any(e.field == "website" and e.new_value == "https://hub.example.cn" for e in entries)

    visit_id = _first(db, m.Visit)
    for first in ("en", "zh"):
        options = DossierOptions(sections=frozenset({"cover", "glance"}), first_lang=first)
        pdf = build_visit_dossier(db, visit_id, tmp_path / f"dossier-{first}.pdf", options)
        reader = PdfReader(pdf)
        text = reader.pages[0].extract_text()
        assert "Visit dossier" in text and "接待资料手册" in text
        ordered = text.index("Visit dossier") < text.index("接待资料手册")
        assert ordered == (first == "en")  # the first language first

    result = export(db, tmp_path / "shenzhen.petdesk-sync")
    assert (tmp_path / "shenzhen.petdesk-sync").stat().st_size > 0 and result is not None
