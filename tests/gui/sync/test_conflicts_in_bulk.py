"""The Conflicts tab at hub scale (field test 34, defect 3): sortable, several rows selected
with Ctrl+A or Shift+click, "Keep Mine"/"Keep Theirs" for all of them after a confirmation naming
the count; rows name what tells namesakes apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.sync.page import ConflictsView
from petdesk.models import Contact, ContactMethod
from petdesk.sync import service
from tests.core.sync.helpers import make_office, notes_in_conflict, values

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_select_all_and_keep_mine_for_every_conflict(qtbot: Any, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    munich, chengdu = make_office(tmp_path, "Munich"), make_office(tmp_path, "Chengdu")
    with munich.transaction() as session:
        people = [Contact(family_name="Huang", given_name="Bin") for _ in range(3)]
        session.add_all(people)
        session.flush()
        for n, person in enumerate(people):
            session.add(ContactMethod(contact_id=person.id, channel="email", value=f"bin{n}@example.cn"))
        ids = [p.id for p in people]
    notes_in_conflict(munich, chengdu, ids, packages, ("Munich", "Chengdu"))

    view = ConflictsView(munich)
    qtbot.addWidget(view)
    view.resize(1600, 500)
    view.show()
    assert view.table.isSortingEnabled()
    records = sorted(view.model.rows[i][0] for i in range(3))
    assert [r.rsplit("(", 1)[1] for r in records] == [f"bin{n}@example.cn)" for n in range(3)]
    assert not view.mine_button.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected()) == 3 and view.mine_button.isEnabled()
    # Shift+click: from the first row to the second
    first = view.table.visualRect(view.proxy.index(0, 0)).center()
    second = view.table.visualRect(view.proxy.index(1, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, second
    )
    assert len(view.selected()) == 2
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    # a header click sorts
    qtbot.mouseClick(
        view.table.horizontalHeader().viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.horizontalHeader().rect().center(),
    )
    assert view.proxy.sortColumn() >= 0
    view.grab().save("/tmp/syncfix3/conflicts_bulk.png")

    qtbot.mouseClick(view.mine_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert "3 conflict" in box.text()  # "3 conflicts" with the English catalogue of the merge
    with qtbot.waitSignal(view.resolved, timeout=20_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not [c for c in service.list_conflicts(munich) if c.resolved_at is None]
    assert [values(munich, "contact", i)["notes"] for i in ids] == ["Munich notes"] * 3
    munich.close()
    chengdu.close()


def test_ctrl_z_takes_back_conflicts_settled_in_bulk(qtbot: Any, tmp_path: Path) -> None:
    """Keep Mine for all, then Ctrl+Z: the values written go back and the conflicts open again."""
    packages = tmp_path / "packages"
    packages.mkdir()
    munich, chengdu = make_office(tmp_path, "Munich"), make_office(tmp_path, "Chengdu")
    with munich.transaction() as session:
        people = [Contact(family_name="Zhou", given_name="Lan") for _ in range(2)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    notes_in_conflict(
        munich, chengdu, ids, packages, ("Munich", "Chengdu")
    )  # Chengdu's notes win at Munich; Munich's wait as "other"
    notes = lambda: [values(munich, "contact", i)["notes"] for i in ids]  # noqa: E731
    assert notes() == ["Chengdu notes"] * 2

    view = ConflictsView(munich)
    qtbot.addWidget(view)
    view.show()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.resolved, timeout=20_000):
        view.keep_all([c.id for c in view.selected()], "mine")
    assert notes() == ["Munich notes"] * 2 and not view.conflicts
    assert "Ctrl+Z" in view.explanation.text()
    with qtbot.waitSignal(view.resolved, timeout=20_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes() == ["Chengdu notes"] * 2
    assert len(view.conflicts) == 2 and not view.can_undo_last()
    munich.close()
    chengdu.close()
