"""The Lodging tab by keyboard and at a glance (shots52): each form label has an Alt+letter that
reaches its field, in English and Chinese, and the check-in and check-out boxes say "—" while the
training's own days apply (disabled, they showed a date nobody had chosen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.qt import QApplication, QFormLayout, QLabel, Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.widgets import to_qdate
from petdesk.services import training_lodging as tl
from tests.gui.test_unique_mnemonics import mnemonic, repeated_mnemonics
from tests.helpers import trainings_data
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _open(qtbot: QtBot, db: Database, locale: str) -> tuple[TrainingEditor, dict[str, str]]:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:  # Erik has nights of his own, Lars none, Anna has not answered
        tl.set_lodging(s, ids["training"], ids["erik"], needed=True, check_in=dt.date(2027, 5, 9))
        tl.set_lodging(s, ids["training"], ids["lars"], needed=False)
    editor = TrainingEditor(db, locale=locale, training_id=ids["training"])
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    editor.tabs.setCurrentWidget(editor.lodging_tab)
    tab = editor.lodging_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and tab.answer_box.isEnabled(), timeout=10000)
    return editor, ids


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_lodging_label_has_its_own_alt_letter(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, locale: str, translators, tree_catalogue: Path, monkeypatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)
    translators(locale)
    editor, _ids = _open(qtbot, db, locale)
    tab = editor.lodging_tab
    form = tab.answer_box.findChild(QFormLayout)
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        for row in range(form.rowCount())
        if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
    ]
    assert len(labels) == 6
    for label in labels:
        assert isinstance(label, QLabel) and label.buddy() is not None, label.text()
        assert mnemonic(label.text()), label.text()
        if locale == "zh_CN":  # "酒店(&H)": Chinese words, the letter after them
            assert label.text().endswith(")") and not label.text().startswith("&"), label.text()
    assert mnemonic(tab.own_dates.text())
    assert not repeated_mnemonics(editor)

    # Alt+H reaches the hotel, Alt+T the note: the letters work, not only show
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=10000)
    hotel = next(label for label in labels if label.buddy() is tab.hotel)
    qtbot.keyClick(editor, mnemonic(hotel.text()) or "", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.hotel.hasFocus(), timeout=10000)
    qtbot.keyClick(editor, "t", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.note.hasFocus(), timeout=10000)


def test_the_dates_say_nothing_while_the_training_days_apply(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators
) -> None:
    translators("en")
    editor, ids = _open(qtbot, db, "en")
    tab = editor.lodging_tab
    for who in ("anna", "lars"):  # no answer yet, no room needed: no dates of their own
        tab.view.selectRow(tab.model.ids().index(ids[who]))
        qtbot.waitUntil(lambda: tab.selected_id() == ids[who], timeout=10000)  # noqa: B023
        assert not tab.own_dates.isChecked() and not tab.check_in.isEnabled()
        assert tab.check_in.text() == tab.check_out.text() == "—"

    # ticked, the boxes start from the training's days; unticked again, "—" and nothing saved
    tab.own_dates.setChecked(True)
    assert tab.check_in.date() == to_qdate(dt.date(2027, 5, 10))
    assert tab.check_out.date() == to_qdate(dt.date(2027, 5, 11))
    tab.own_dates.setChecked(False)
    assert tab.check_in.text() == "—" and tab.values()["check_in"] is None

    tab.view.selectRow(tab.model.ids().index(ids["erik"]))  # his own check-in shows, enabled
    qtbot.waitUntil(lambda: tab.check_in.isEnabled(), timeout=10000)
    assert tab.check_in.date() == to_qdate(dt.date(2027, 5, 9))
    assert tab.values()["check_in"] == dt.date(2027, 5, 9)
