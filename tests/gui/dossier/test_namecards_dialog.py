"""The "Name cards…" action on the visit editor and list opens a dialog that writes the cards of the
visit's people or of one programme item in the background (field test 11, "Not found")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.dossier.namecards import NameCardsDialog
from petdesk.gui.qt import QPoint, Qt
from tests.core.dossier.pdfcheck import pdffonts, pdfinfo_pages, pdftotext_pages
from tests.core.dossier.test_namecards import _visit

#: Showing a dialog on the offscreen platform warns about size hints; that is the platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_visit_editor_action_makes_the_cards_of_one_item(qtbot, db: Database, tmp_path: Path) -> None:
    from petdesk.gui.main_window import MainWindow

    ids = _visit(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    page = window.page("visits")
    assert page.namecards_action.text() == "Name cards…"
    editor = page.open_visit(ids["visit"])
    qtbot.addWidget(editor)
    [action] = [a for a in editor.toolbar.actions() if a.objectName() == "action_namecards"]
    action.trigger()
    dialog = editor.namecards_dialog
    assert isinstance(dialog, NameCardsDialog)
    opened: list[Path] = []
    dialog.opener = opened.append
    # "5 people" once the English catalogue is built ("5 person(s)" from the source text before)
    assert dialog.whose.itemText(0).startswith("Everyone in the visit (5 ")  # the driver has no card
    assert dialog.whose.count() == 2 and "Meeting (2 " in dialog.whose.itemText(1)
    dialog.whose.setCurrentIndex(1)
    out = tmp_path / "cards from the window.pdf"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert opened == [out]
    assert pdfinfo_pages(out) == 2
    text = "\n".join(pdftotext_pages(out))
    assert "王建国" in text and "Anna Lindqvist" in text and "赵敏" not in text
    assert all(f.embedded for f in pdffonts(out))


def test_a_file_that_cannot_be_written_is_said_in_the_dialog(qtbot, db: Database, tmp_path: Path) -> None:
    ids = _visit(db)
    dialog = NameCardsDialog(db, ids["visit"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "cards.pdf"))
    op = dialog.generate()
    assert op is not None
    with qtbot.waitSignal(op.failed, timeout=60_000):
        pass
    assert dialog.status.text().startswith("No name cards were made:")
    assert dialog.isVisible() and dialog.generate_button.isEnabled()


def test_the_cards_in_large_print_remembered_with_the_dossiers(qtbot, db: Database, tmp_path: Path) -> None:
    from petdesk.gui.dossier import DossierDialog

    ids = _visit(db)
    dialog = NameCardsDialog(db, ids["visit"])
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    qtbot.mouseClick(
        dialog.large_print, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.large_print.height() // 2)
    )
    out = tmp_path / "large cards.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert all(f.embedded for f in pdffonts(out))
    dossier = DossierDialog(db, visit_id=ids["visit"])  # one choice for an office's readers
    qtbot.addWidget(dossier)
    assert dossier.large_print.isChecked()


def test_the_training_editor_makes_the_cards_of_trainers_and_attendees(
    qtbot, db: Database, tmp_path: Path
) -> None:
    """Field test 36, defect 3: the training editor had "Dossier…" only; its "Name cards…" sits
    beside it and makes the cards of the trainers and the attendees."""
    from petdesk.gui.main_window import MainWindow
    from tests.core.dossier.sample_data import make_training

    training_id = make_training(db, sessions=3, participants=5).training_id
    window = MainWindow(db)
    qtbot.addWidget(window)
    page = window.page("trainings")
    assert page.namecards_action.text() == "Name cards…"
    editor = page.open_training(training_id)
    qtbot.addWidget(editor)
    names = [a.objectName() for a in editor.toolbar.actions()]
    assert names.index("action_namecards") == names.index("action_dossier") + 1
    editor.namecards_action.trigger()
    dialog = editor.namecards_dialog
    assert isinstance(dialog, NameCardsDialog)
    opened: list[Path] = []
    dialog.opener = opened.append
    assert dialog.whose.itemText(0).startswith("Trainers and attendees of the training (5 ")
    assert dialog.whose.count() == 4  # and each of the 3 sessions
    out = tmp_path / "training cards.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert opened == [out] and pdfinfo_pages(out) == 5
    assert all(f.embedded for f in pdffonts(out))
