"""File > Export Interpreters' Hours… (field test 94: the hours and days per interpreter per event for
finance were on the command line only): the period chosen, a workbook in the window's language, the
dialog whole on a 1024×640 screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.interpreting_report import InterpretingReportDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDate, Qt
from petdesk.services import visits as vs
from petdesk.services.logistics import set_item_protocol
from tests.core.visits.data import person
from tests.helpers.fit_check import cut_texts
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("locale", "header", "said"),
    [("en", ["Interpreter", "Event"], "1 row written"), ("zh_CN", ["翻译", "活动"], "已将 1 行写入")],
)
def test_the_months_hours_are_written(
    qtbot: QtBot, db: Database, tmp_path: Path, request: pytest.FixtureRequest, locale: str,
    header: list[str], said: str,
) -> None:  # fmt: skip
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        visit = vs.create_visit(
            s, title_en="Kiel University group", title_zh="基尔大学代表团",
            start_date=dt.date(2027, 5, 11), end_date=dt.date(2027, 5, 12),
        )  # fmt: skip
        for day in (11, 12):
            item = vs.add_item(
                s, visit.id, title_en=f"Talks {day}", start=dt.datetime(2027, 5, day, 9),
                end=dt.datetime(2027, 5, day, 12),
            )  # fmt: skip
            set_item_protocol(s, item.id, interpreter_contact_id=li.id)
    tree_window_language(request.getfixturevalue("translators"), locale, request)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = next(a for a in window.menu("file").actions() if a.objectName() == "action_export_interpreting")
    action.trigger()
    dialog = window.interpreting_report_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, InterpretingReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.date_from.setDate(QDate(2027, 5, 1))
    dialog.date_to.setDate(QDate(2027, 5, 31))
    out = tmp_path / "may"  # no suffix: a workbook
    dialog.path.clear()  # (a name for the month is suggested)
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == 1 and said in dialog.result_label.text()
    rows = [
        [c.value for c in row] for row in openpyxl.load_workbook(out.with_suffix(".xlsx")).active.iter_rows()
    ]
    assert rows[0][:2] == header and rows[1][4:] == [2, 6.0, 2]
    assert cut_texts(dialog) == []
    dialog.close()


def test_the_file_box_shows_a_whole_path(qtbot: QtBot, db: Database) -> None:
    """As wide as the yearly exports' file box: in English the dialog was 261 px wide and its file box
    showed a dozen characters (shots54)."""
    from petdesk.gui.year_file_form import PATH_CHARS

    dialog = InterpretingReportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wanted = dialog.path.fontMetrics().horizontalAdvance("x" * PATH_CHARS)
    qtbot.waitUntil(lambda: dialog.path.width() >= wanted)
    assert dialog.width() <= 1024 and cut_texts(dialog) == []
