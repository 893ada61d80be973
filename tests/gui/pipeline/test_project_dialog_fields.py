"""The project dialog edits every field of a project: the programme, the money approved and the
co-financing (shown as money of the chosen currency), the description, the technology areas and
the documents (Add link…, Remove, Open; a missing file said, not an error), within 1024×640."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.projects import documents
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDialogButtonBox, Qt, QUrl
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def project_id(db: Database) -> str:
    with db.transaction() as s:
        return project_service.create_project(
            s, title_en="Sponge city pilot", amount=1_000_000, currency="USD"
        ).id


def _open(qtbot: QtBot, db: Database, project_id: str | None, locale: str = "en") -> ProjectDialog:
    dialog = ProjectDialog(db, locale, project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot: QtBot, dialog: ProjectDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _add_link(qtbot: QtBot, dialog: ProjectDialog, text: str) -> None:
    tab = dialog.documents_tab
    qtbot.mouseClick(tab.add_link_button, Qt.MouseButton.LeftButton)
    assert tab.link_dialog is not None
    tab.link_dialog.setTextValue(text)
    tab.link_dialog.accept()


def test_every_field_is_set_saved_and_seen_again(
    qtbot: QtBot, db: Database, project_id: str, tmp_path: Path
) -> None:
    report = tmp_path / "concept note.pdf"
    report.write_text("x")
    dialog = _open(qtbot, db, project_id)
    assert dialog.focusWidget() is dialog.title_en  # the first field, as before
    dialog.programme_en.setText("SWITCH-Asia Grants")
    dialog.programme_zh.setText("亚洲转型资助")
    dialog.currency.setCurrentText("EUR")
    dialog.approved.setValue(1_200_000)  # more than applied for: allowed
    dialog.cofinancing.setValue(300_000)
    dialog.cofinancing_note.setPlainText("Kunming water utility, in kind")
    dialog.description_en.setPlainText("Rain gardens and green roofs.")
    dialog.description_zh.setPlainText("雨水花园与绿色屋顶。")
    dialog.areas.set_codes(["sponge_city"])
    dialog.documents_tab.add_documents([str(report)])
    _add_link(qtbot, dialog, "www.example.org/call")
    # each amount beside its box as money of the currency chosen (babel's format)
    assert dialog.amount_words["approved"].text() == "€1,200,000.00"
    assert dialog.amount_words["amount"].text() == "€1,000,000.00"
    _ok(qtbot, dialog)
    with db.reading() as s:
        d = project_service.get_project(s, project_id)
    assert (d.row.programme_en, d.row.programme_zh) == ("SWITCH-Asia Grants", "亚洲转型资助")
    assert (d.row.amount_requested, d.row.amount_approved, d.row.currency) == (1_000_000, 1_200_000, "EUR")
    assert (d.cofinancing, d.cofinancing_note) == (300_000, "Kunming water utility, in kind")
    assert (d.description_en, d.description_zh) == ("Rain gardens and green roofs.", "雨水花园与绿色屋顶。")
    assert d.documents == [str(report), "https://www.example.org/call"]
    assert d.technology_areas == ["sponge_city"]

    again = _open(qtbot, db, project_id)
    assert again.programme_en.text() == "SWITCH-Asia Grants" and again.programme_zh.text() == "亚洲转型资助"
    assert (again.amount.value(), again.approved.value(), again.cofinancing.value()) == (
        1_000_000, 1_200_000, 300_000
    )  # fmt: skip
    assert again.currency.currentText() == "EUR"
    assert again.cofinancing_note.toPlainText() == "Kunming water utility, in kind"
    assert again.description_zh.toPlainText() == "雨水花园与绿色屋顶。"
    assert again.documents_tab.documents() == [str(report), "https://www.example.org/call"]
    assert again.areas.codes() == ["sponge_city"]
    assert not again.is_dirty()


def test_a_note_without_co_financing_is_refused_on_the_funding_tab(
    qtbot: QtBot, db: Database, project_id: str
) -> None:
    dialog = _open(qtbot, db, project_id)
    dialog.cofinancing_note.setPlainText("City budget")
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert saved.args == [False] and dialog.isVisible()
    assert dialog.message.text() == project_service.COFINANCING_NEEDS_AMOUNT
    assert dialog.tabs.currentIndex() == 1


def test_documents_are_added_removed_and_opened_a_missing_file_said(
    qtbot: QtBot, db: Database, project_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(documents, "open_url", lambda url: opened.append(url) or True)
    with db.transaction() as s:
        project_service.update_project(s, project_id, documents=[str(tmp_path / "moved away.docx")])
    dialog = _open(qtbot, db, project_id)
    tab = dialog.documents_tab
    dialog.tabs.setCurrentWidget(tab)
    item = tab.list.item(0)
    assert "(missing)" in item.text()  # shown as missing, the dialog opened all the same
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [] and "is not there" in tab.message.text()

    _add_link(qtbot, dialog, "https://example.org/budget.xlsx")
    assert tab.documents() == [str(tmp_path / "moved away.docx"), "https://example.org/budget.xlsx"]
    assert tab.list.currentRow() == 1 and dialog.is_dirty()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl("https://example.org/budget.xlsx")] and tab.message.text() == ""
    _add_link(qtbot, dialog, "https://example.org/budget.xlsx")  # the same once only
    assert len(tab.documents()) == 2

    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.documents() == ["https://example.org/budget.xlsx"]
    _ok(qtbot, dialog)
    with db.reading() as s:
        assert s.get(m.Project, project_id).documents == ["https://example.org/budget.xlsx"]


def test_an_amount_changed_alone_asks_before_closing(
    qtbot: QtBot, db: Database, project_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def discard(_editor: object) -> record_editor.Unsaved:
        asked.append(True)
        return record_editor.Unsaved.DISCARD

    monkeypatch.setattr(record_editor, "ask_unsaved", discard)
    dialog = _open(qtbot, db, project_id)
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.approved.lineEdit(), Qt.MouseButton.LeftButton)  # the cursor after "—"
    qtbot.keyClicks(dialog.approved, "5000")
    assert dialog.approved.value() == 5000  # the digits replace the dash
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and not dialog.isVisible()


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_dialog_fits_a_1024_by_640_screen(
    qtbot: QtBot,
    db: Database,
    project_id: str,
    translators,
    locale: str,  # type: ignore[no-untyped-def]
) -> None:
    translators(locale)
    dialog = _open(qtbot, db, project_id, locale)
    assert dialog.tabs.count() == 7  # Project … Milestones, Follow-ups
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        hint = dialog.minimumSizeHint()
        assert hint.height() + FRAME_HEIGHT <= 640 and hint.width() + FRAME_WIDTH <= 1024, (page, hint)
    dialog.resize(1024 - FRAME_WIDTH, 640 - FRAME_HEIGHT)
    qtbot.waitUntil(lambda: dialog.height() == 640 - FRAME_HEIGHT)
    box = dialog.findChild(QDialogButtonBox)
    assert box.mapTo(dialog, box.rect().bottomLeft()).y() <= dialog.height()
