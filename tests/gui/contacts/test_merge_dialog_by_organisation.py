"""The Duplicates dialog worked through one organisation at a time (field test 105: 609 pairs
after two offices merged, and no way to take one bureau's people together)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.merge_dialog import ALL_ORGANISATIONS, MergeDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.test_duplicates_by_organisation import two_bureaus  # noqa: F401 (fixture)
from tests.gui.sync.test_split_package_window import tree_english  # noqa: F401 (fixture)
from tests.helpers.accessible_names import unnamed
from tests.helpers.window_walk import save_shot

#: The offscreen platform can neither raise the organisation box's completer popup nor give it the
#: keyboard; harmless here.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def _ids(dialog: MergeDialog) -> set[frozenset[str]]:
    return {frozenset(p.key) for p in dialog.pairs}


def test_choose_an_organisation_then_merge_one_of_its_pairs(
    qtbot,
    db: Database,
    two_bureaus: tuple[str, str, dict[str, str]],  # noqa: F811
    tree_english: None,  # noqa: F811
) -> None:
    eeb, water, people = two_bureaus
    dialog = MergeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.organisation_combo.count() == 3, timeout=10_000)
    combo = dialog.organisation_combo
    assert [combo.itemData(i) for i in range(3)] == [ALL_ORGANISATIONS, water, eeb]
    assert combo.itemText(0) == "All organisations (3 pairs)"
    assert combo.itemText(1) == "重庆市水务局 (Chongqing Water Affairs Bureau) (2 pairs)"
    assert len(dialog.pairs) == 3

    # Keyboard: its label's mnemonic reaches it; type part of a name and take the completion.
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert combo.hasFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Water Affairs")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.organisation_id == water
    assert _ids(dialog) == {
        frozenset((people["liu"], people["liu2"])),
        frozenset((people["zhao"], people["zhao2"])),
    }

    # Merge one of the water bureau's pairs: its count drops, with no new search.
    searches: list[int] = []
    original = dialog.find_pairs
    dialog.find_pairs = lambda: (searches.append(1), original())[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge_button.click()
    assert len(dialog.pairs) == 1 and dialog.organisation_id == water
    assert combo.itemText(combo.currentIndex()) == "重庆市水务局 (Chongqing Water Affairs Bureau) (1 pair)"
    assert combo.itemText(0) == "All organisations (2 pairs)"
    assert searches == []

    # Dismiss the last: the bureau stays chosen, at none.
    dialog.dismiss_button.click()
    qtbot.waitUntil(lambda: not dialog.pairs, timeout=10_000)
    assert combo.itemText(combo.currentIndex()).endswith("(0 pairs)")
    combo.setCurrentIndex(0)
    assert _ids(dialog) == {frozenset((people["wang"], people["wang2"]))}


def test_the_filter_is_hidden_for_one_records_pairs(
    qtbot,
    db: Database,
    two_bureaus: tuple[str, str, dict[str, str]],  # noqa: F811
) -> None:
    _eeb, _water, people = two_bureaus
    dialog = MergeDialog(db, "en", of=people["wang"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.pairs), timeout=10_000)
    assert not dialog.organisation_combo.isVisible()


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_filter_at_1024_in_both_languages(
    qtbot,
    db: Database,
    two_bureaus: tuple[str, str, dict[str, str]],  # noqa: F811
    request: pytest.FixtureRequest,
    tmp_path: Path,
    locale: str,
) -> None:
    """Named for a screen reader and readable at 1024×640, in English and Chinese; the shots are
    kept in ``$PETDESK_SHOTS`` when it is set, to look at."""
    _eeb, water, _people = two_bureaus
    if locale == "en":
        request.getfixturevalue("translators")("en")  # (the fonts the window registers, for Chinese names)
    request.getfixturevalue("tree_english" if locale == "en" else "tree_window_catalogue")
    dialog = MergeDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
    combo = dialog.organisation_combo
    combo.setCurrentIndex(combo.findData(water))
    assert len(dialog.pairs) == 2
    assert not unnamed(dialog)
    # (an editable box is read by its text; its name is what a reader says of the field)
    assert combo.accessibleName() == ("Organisation" if locale == "en" else "机构")
    expected = "重庆市水务局 (Chongqing Water Affairs Bureau)" + (
        " (2 pairs)" if locale == "en" else "（2 对）"
    )
    assert combo.currentText() == expected
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(expected) * 0.6
    reasons = dialog.reasons_label
    qtbot.waitUntil(lambda: reasons.height() >= reasons.heightForWidth(reasons.width()))  # its lines laid out
    save_shot(dialog, Path(os.environ.get("PETDESK_SHOTS", tmp_path)), f"duplicates_by_organisation_{locale}")
