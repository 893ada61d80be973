"""Backups › Restore compares the backup with the database in a table, one row per kind, wide
enough to read each row on one line (window57: each "backup …; now …" sentence wrapped in a
message box ~400 px wide), counts in the window's number style, kinds named as the navigation
names them (the question said "访问" where the navigation says "来访与出访")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.gui.backups.dialog import comparison_heading, comparison_text
from petdesk.gui.backups.restore_question import RestoreQuestion
from petdesk.gui.kind_names import kind_name
from petdesk.gui.qt import QAccessible, QDialogButtonBox, QMessageBox, Qt, QWidget
from petdesk.services.restore_compare import Comparison, Held

NOW = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
FOUND = Comparison(
    backup={"organisation": Held(70, NOW), "contact": Held(12_300, NOW), "visit": Held(40, None)},
    current={"organisation": Held(73, NOW), "contact": Held(12_345, NOW), "visit": Held(41, NOW)},
)


def _question(qtbot, parent: QWidget, tmp_path: Path) -> RestoreQuestion:  # type: ignore[no-untyped-def]
    question = RestoreQuestion(
        parent,
        title="Restore Backup",
        text="Replace the data?\n\n" + comparison_text(FOUND, tmp_path / "office.sqlite"),
        found=FOUND,
        heading=comparison_heading(),
        on_yes=lambda: None,
    )
    question.show()
    qtbot.waitExposed(question)
    return question


@pytest.mark.parametrize("screen", [(1024, 768), (1366, 768)])
def test_the_comparison_is_a_table_read_row_by_row(qtbot, translators, tmp_path: Path, screen) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    parent = QWidget()
    parent.resize(*screen)
    qtbot.addWidget(parent)
    question = _question(qtbot, parent, tmp_path)
    model = question.table.model()
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows[1][:3] == ["Contacts", "12,300", "12,345"]
    assert rows[2][3] == "never changed"
    # every column whole, no horizontal scroll bar: each kind on one line, and it fits the screen
    header = question.table.horizontalHeader()
    assert header.length() <= question.table.viewport().width()
    assert question.width() <= screen[0]
    # the warning stays above the table; Cancel is the default; the table is reached by Tab
    assert "Warning: the database holds more or newer records" in question.text()
    assert question.button(QMessageBox.StandardButton.Cancel).isDefault()
    assert question.table.accessibleName() == comparison_heading()
    assert QAccessible.queryAccessibleInterface(question.table) is not None


def test_the_chinese_table_names_kinds_as_the_navigation(
    qtbot, tree_window_catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert kind_name("visit") == "来访与出访"
    parent = QWidget()
    qtbot.addWidget(parent)
    question = _question(qtbot, parent, tmp_path)
    model = question.table.model()
    assert [model.index(r, 0).data() for r in range(3)] == ["合作机构", "联系人", "来访与出访"]
    assert model.headerData(1, Qt.Orientation.Horizontal) != "In the backup"
    # "now" as the command line's comparison says it (备份 …；当前 …), not 现在
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 4)] == ["当前", "当前最近的修改"]
    assert "来访与出访" in question.text()  # the warning's list of kinds
    yes = question.button(QDialogButtonBox.StandardButton.Yes)
    assert yes.text() and yes.isEnabled()


def test_counts_name_kinds_as_the_navigation(tree_window_catalogue) -> None:  # type: ignore[no-untyped-def]
    """The status bar and the backups' counts said 机构 and 访问 beside the navigation's 合作机构
    and 来访与出访; both put the kind first, as the command line's counts do ("合作机构 62，联系人
    30"), not "2 次来访与出访"."""
    from petdesk.gui.backups.dialog import counts_text
    from petdesk.gui.qt import QCoreApplication

    status = [
        QCoreApplication.translate("MainWindow", source, "status bar", 3)
        for source in ("%Ln organisation(s)", "%Ln visit(s)")
    ]
    assert status == [f"{kind_name('organisation')} 3 家", f"{kind_name('visit')} 3 次"]
    counts = counts_text({"organisation": 12_345, "visit": 2})
    organisations, visits = kind_name("organisation"), kind_name("visit")
    assert counts == f"{organisations} 12,345 家 · 联系人 0 位 · {visits} 2 次 · 培训 0 次"
