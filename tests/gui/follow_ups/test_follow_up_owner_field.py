"""The follow-up's Owner field is built in one place (``panel.owner_field``) for the panel's Add
form and the Edit dialog: the dialog's copy had its own translation context, a second set of the
same three strings to keep alike in Chinese. What the user sees is unchanged."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.enums import FollowUpStatus
from petdesk.gui.follow_ups import panel as panel_module
from petdesk.gui.follow_ups.panel import FollowUpDialog, FollowUpPanel
from petdesk.gui.visits.widgets import RecordField
from petdesk.services.follow_up_list import FollowUpRow


def _said(field: RecordField) -> tuple[str, str, str]:
    return field._title, field._pick_title, field._purpose


def test_the_panel_and_the_edit_dialog_build_one_owner_field(
    qtbot: QtBot, db: Database, monkeypatch, tree_window_catalogue
) -> None:  # type: ignore[no-untyped-def]
    built: list[RecordField] = []
    make = panel_module.owner_field

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(make(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(panel_module, "owner_field", spy)
    panel = FollowUpPanel(db, locale="zh_CN")
    qtbot.addWidget(panel)
    row = FollowUpRow(
        "f1", "Send the report", "发送报告", "", None, FollowUpStatus.OPEN, None, "", "", "", "", "", ""
    )
    dialog = FollowUpDialog(db, row, locale="zh_CN")
    qtbot.addWidget(dialog)
    assert built == [panel.owner, dialog.owner]
    assert (
        _said(panel.owner)
        == _said(dialog.owner)
        == (
            "负责人",
            "选择后续行动负责人",
            "负责执行此后续行动的联系人。",
        )
    )
