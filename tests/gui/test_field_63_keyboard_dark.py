"""Field test 63: Ms. Zhao Min works by keyboard only with a screen reader at the largest text size in
the Chinese window; a colleague works in the English window with a dark palette. Replayed here, read
as a screen reader reads them: the backups dialog with an unreadable backup and one in an earlier
folder, the catalogue import's result, the week calendar on a dark palette and the activity log's
filters.

Defects found (and fixed here): the unreadable backup was listed with the English word "unknown" and
the link's own time, though its name says when and why it was made; the catalogue import's result
listed the records by their English names in the Chinese window (the command line gives the Chinese
ones); the week calendar drew its events' light text on light tints on a dark palette (about 1.5:1);
the activity log's five filters had no Alt+letter.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui import text_size
from petdesk.gui.backups.dialog import BackupsDialog
from petdesk.gui.qt import QApplication, QWidget
from petdesk.services import backups
from tests.helpers.accessible_names import unnamed
from tests.helpers.tree_catalogue import TREE_CATALOGUES, tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def speak(translators, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``translators`` reading this tree's window catalogue (the installed checkout's lacks new strings)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    return translators


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Ms. Zhao's text size: the largest offered."""
    text_size.apply_text_size(max(text_size.SIZES))
    yield
    text_size.apply_text_size(text_size.ACTUAL_SIZE)


def test_an_unreadable_backup_reads_in_chinese_with_the_time_its_name_says(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, tree_catalogue: Path, large_text, db: Database, tmp_path: Path
) -> None:
    speak("zh_CN")
    earlier = backups.create(db.path, backups.MANUAL)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.set_folder(tmp_path / "Stick")
    dialog.move_box.reject()
    good = backups.create(db.path, backups.MANUAL)
    gone = good.path.with_name(f"{db.path.name}-20200101T083000000000Z-manual.gz")
    gone.symlink_to(good.path.with_name("pulled-out.gz"))
    dialog.reload()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not unnamed(dialog)
    rows = {b.path: n for n, b in enumerate(dialog.model.rows)}
    assert set(rows) == {earlier.path, good.path, gone}
    cells = [str(dialog.model.data(dialog.model.index(rows[gone], column))) for column in (0, 1)]
    assert "2020" in cells[0], cells
    assert cells[1].startswith("手动创建"), cells  # made by hand, as its name says; not "unknown"
    assert "（无法读取）" in cells[1]
    earlier_cell = str(dialog.model.data(dialog.model.index(rows[earlier.path], 1)))
    assert "（在以前的文件夹中）" in earlier_cell
    # no half-width space before a full-width bracket (keys49)
    assert " （" not in cells[1] + earlier_cell, (cells[1], earlier_cell)
    # the unreadable one is the oldest now: listed last, the newest good one first
    assert rows[gone] == 2


def test_the_catalogue_import_result_names_the_records_in_chinese(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, tree_catalogue: Path, large_text, db: Database, tmp_path: Path, monkeypatch
) -> None:
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.technologies.import_file import run_catalogue_import
    from tests.core.pipeline.test_catalogue_reader_names import _workbook

    speak("zh_CN")
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")  # the result speaks the interface language chosen
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    page.import_result = None
    run_catalogue_import(page, db, _workbook(tmp_path / "技术目录.xlsx"), "technologies", lambda: None)
    qtbot.waitUntil(lambda: page.import_result is not None and page.import_result.isVisible(), timeout=10_000)
    result = page.import_result
    assert result.details.toPlainText().splitlines()[:2] == ["  + 膜生物反应器", "  + 污泥干化"]
    assert not unnamed(result)
    result.accept()


def test_the_week_calendar_reads_on_a_dark_palette(qtbot: QtBot, db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    """The colleague's dark palette: each item's box behind the palette's text reads at 4.5:1."""
    import datetime as dt

    from petdesk.gui.calendar.page import WEEK
    from petdesk.gui.qt import QPalette
    from petdesk.services import visits as vs
    from tests.gui.calendar.test_time_grid import open_page, shown
    from tests.gui.test_dark_palette import contrast, dark_palette

    monday = dt.date(2026, 12, 7)
    with db.transaction() as s:
        visit = vs.create_visit(s, title_en="Nordic delegation", start_date=monday, end_date=monday)
        item = vs.add_item(
            s,
            visit.id,
            title_en="Port visit",
            start=dt.datetime(2026, 12, 7, 9),
            end=dt.datetime(2026, 12, 7, 11),
        )
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        page = open_page(qtbot, db, "Asia/Shanghai", size=(1024, 600))
        shown(qtbot, page, WEEK, monday)
        grid = page.week_grid.grid
        box = grid.event_rect(item.id)
        image = grid.grab().toImage()
        fill = image.pixelColor(box.right() - 3, box.bottom() - 3)  # below and beside the words
        text = grid.palette().color(QPalette.ColorRole.Text)
        assert contrast(fill, text) >= 4.5, (fill.name(), text.name())
    finally:
        QApplication.setPalette(before)


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_the_activity_logs_filters_each_have_an_alt_letter(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, large_text, db: Database, locale: str
) -> None:
    """Ms. Zhao reaches 起/止 (From/To) and the other filters with Alt+letter, not by tabbing
    through the whole list: the keys go to the boxes the labels name."""
    from PySide6.QtTest import QTest

    from petdesk.gui.activities.log import ActivityLogDialog
    from petdesk.gui.qt import QLabel, Qt
    from tests.gui.test_unique_mnemonics import mnemonic, repeated_mnemonics

    speak(locale)
    dialog = ActivityLogDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.list.table.setFocus()  # where the dialog opens: in the list
    boxes = [dialog.kind, dialog.organisation, dialog.contact, dialog.since, dialog.until]
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy() in boxes}
    assert set(labels) == set(boxes)
    assert not repeated_mnemonics(dialog)
    if locale == "zh_CN":
        assert [labels[box].text() for box in boxes[3:]] == ["起(&F)", "止(&T)"]
    for box in boxes:
        letter = mnemonic(labels[box].text())
        assert letter, labels[box].text()
        QTest.keyClick(
            QApplication.focusWidget(),
            getattr(Qt.Key, f"Key_{letter.upper()}"),
            Qt.KeyboardModifier.AltModifier,
        )
        qtbot.waitUntil(lambda box=box: box.hasFocus() or box.isAncestorOf(QApplication.focusWidget()))


def test_undo_the_rest_by_keyboard_in_chinese(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, tree_catalogue: Path, large_text, db: Database, tmp_path: Path, monkeypatch
) -> None:
    """The import's result › Undo Import after one technology was corrected: the question names it,
    Enter keeps the import (Cancel is the default), Alt+R undoes the rest, and the answer counts the
    corrected record apart from the provider it uses (it said "2 records changed since")."""
    from sqlalchemy import select

    from petdesk import models as m
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.qt import QMessageBox, Qt
    from petdesk.gui.technologies.import_file import run_catalogue_import
    from tests.core.pipeline.test_catalogue_reader_names import _workbook

    speak("zh_CN")
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    page.import_result = None
    run_catalogue_import(page, db, _workbook(tmp_path / "技术目录.xlsx"), "technologies", lambda: None)
    qtbot.waitUntil(lambda: page.import_result is not None and page.import_result.isVisible(), timeout=10_000)
    result = page.import_result
    with db.transaction() as s:  # a colleague corrects one of them meanwhile
        s.scalars(select(m.Technology).where(m.Technology.name_zh == "污泥干化")).one().trl = 7
    assert result.undo_button.text() == "撤销导入(&U)…"
    qtbot.keyClick(result.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: result.undoing.box is not None and result.undoing.box.isVisible(), timeout=10_000)
    box = result.undoing.box
    assert "（污泥干化）" in box.text() and not unnamed(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    go = next(b for b in box.buttons() if b.objectName() == "undo_import_go")
    assert go.text() == "撤销其余部分(&R)"
    with qtbot.waitSignal(result.undoing.finished, timeout=10_000) as finished:
        go.animateClick()  # what Alt+R does
    assert finished.args == [True]
    told = result.undoing.box
    assert "导入之后被修改过的 1 条记录保持不变" in told.text(), told.text()
    assert "2 条记录保持不变" not in told.text()
    told.close()
    result.accept()


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_tab_stop_of_the_organisation_and_contact_panes_is_read(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, large_text, demo_db: Database, locale: str
) -> None:
    """Tabbing from the list into a partner's pane: the pane itself and its lists (people, activity
    log, visits…) were read as nothing; the partner overview button and the follow-ups' are named."""
    from sqlalchemy import text

    from petdesk.gui.contacts.detail import ContactDetailView
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.organisations.detail import OrganisationDetailView
    from petdesk.gui.qt import Qt
    from tests.helpers.accessible_names import QT_PARTS, spoken_name

    speak(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    with demo_db.reading() as s:  # a partner with people and an activity log
        organisation_id, contact_id = s.execute(
            text(
                "select a.organisation_id, a.contact_id from affiliation a join activity v"
                " on v.organisation_id = a.organisation_id where a.end_date is null limit 1"
            )
        ).one()
    for key, pane_type, record_id in (
        ("organisations", OrganisationDetailView, organisation_id),
        ("contacts", ContactDetailView, contact_id),
    ):
        window.show_page(key)
        pane = window.findChild(pane_type)
        pane.show_entity(record_id)
        qtbot.waitUntil(lambda pane=pane: pane.title.text() != "", timeout=10_000)
        stops = [
            widget
            for widget in [pane, *pane.widget().findChildren(QWidget)]
            if widget.isVisibleTo(window)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.objectName() not in QT_PARTS  # a date box's text, read through the box
        ]
        assert len(stops) > 5
        silent = [f"{type(w).__name__} {w.objectName()}" for w in stops if not spoken_name(w).strip()]
        assert not silent, (key, silent)
        assert not unnamed(pane)


def test_the_match_views_first_reasons_show_whole_at_large_text(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, large_text, demo_db: Database
) -> None:
    """City needs at the largest text size in a 1024 × 640 window: the ranked list had less than one
    row, its technology and reasons cut; it keeps a whole row and the pane scrolls instead."""
    from sqlalchemy import text

    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.technologies.match_view import MatchView

    speak("zh_CN")
    window = MainWindow(demo_db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    window.show_page("needs")
    view = window.findChild(MatchView)
    with demo_db.reading() as s:
        need_id = s.execute(text("select id from city_need where title_zh like '城市污水厂%'")).scalar_one()
    view.show_need(need_id)
    ranked = view.ranked
    qtbot.waitUntil(lambda: ranked.rowCount() > 1 and ranked.viewport().height() > 0)
    assert ranked.rowViewportPosition(0) + ranked.rowHeight(0) <= ranked.viewport().height()
    # the reasons whole on their lines (at 1024 px the view sits under the list since shots60, full width:
    # two lines where beside the list it took three)
    assert ranked.rowHeight(0) >= max(ranked.sizeHintForRow(0), 2 * ranked.fontMetrics().lineSpacing())
    room = view.content_area.viewport().width()
    for button in (view.shortlist_button, view.remove_button):  # not pushed out by the wider list
        qtbot.waitUntil(
            lambda button=button: button.mapTo(view.content, button.rect().bottomRight()).x() < room
        )
