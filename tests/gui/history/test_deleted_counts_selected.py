"""Screenshot review (polish50): with three deleted records selected, Restore and the sentence above
the list still spoke of one record; and the Chinese search box's "（…）…" read as "...": its
ellipsis now ends the Chinese words themselves."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.history.deleted import DeletedDialog
from petdesk.gui.qt import QItemSelection, QItemSelectionModel
from tests.gui.history.test_deleted_keyboard import deleted_contacts
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

WORDS = {
    "en": {
        "one": ("Restore", "Restoring a record also restores what was deleted with it"),
        "three": ("Restore 3 Records", "Restoring these 3 records also restores what was deleted with them"),
    },
    "zh_CN": {
        "one": ("恢复", "恢复一条记录时"),
        "three": ("恢复 3 条记录", "恢复这 3 条记录时，与它们一同删除的内容也会恢复"),
    },
}


def _select(dialog: DeletedDialog, rows: int) -> None:
    chosen = QItemSelection(dialog.model.index(0, 0), dialog.model.index(rows - 1, 0))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    dialog.table.selectionModel().select(chosen, flags)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_restore_and_the_sentence_count_the_selected_records(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, locale: str, translators, tree_catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    deleted_contacts(db, ["Abel", "Bauer", "Cramer", "Dietz"])
    dialog = DeletedDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 4
    for rows, key in ((1, "one"), (3, "three"), (1, "one")):
        _select(dialog, rows)
        button, sentence = WORDS[locale][key]
        assert dialog.restore_button.text() == button, rows
        assert dialog.info.text().startswith(sentence), dialog.info.text()
    placeholder = dialog.search.placeholderText()
    assert placeholder.endswith("…") and "..." not in placeholder
    assert not placeholder.endswith("）…"), placeholder  # the bracket before the dots read as "..."
