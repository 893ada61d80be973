"""The warning when the database file went away under the window (a stick pulled out): where the
rescued copy of every change is, and a button to save it elsewhere (field test 39, defect 2: edits
were saved to a deleted file and the window closed without a word)."""

from __future__ import annotations

import logging
from pathlib import Path

from petdesk import file_gone
from petdesk.db import DatabaseGone
from petdesk.gui.qt import QApplication, QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)

#: Database files the user was told about: one warning each, not one per failed write.
_told: set[Path] = set()
#: The warnings open now.
_open: set[DatabaseGoneDialog] = set()


def told(path: Path) -> bool:
    return path in _told


def show_database_gone(parent: QWidget | None, exc: DatabaseGone) -> DatabaseGoneDialog | None:
    """Open the warning for ``exc`` (window-modal, no nested loop), unless it was shown already."""
    if exc.path in _told:
        return None
    _told.add(exc.path)
    dialog = DatabaseGoneDialog(exc, parent or QApplication.activeWindow())
    _open.add(dialog)  # a box without a parent would be collected at once
    dialog.finished.connect(lambda _result: _open.discard(dialog))
    dialog.open()
    return dialog


class DatabaseGoneDialog(QMessageBox):
    def __init__(self, exc: DatabaseGone, parent: QWidget | None = None) -> None:
        from petdesk.gui.translation import window_locale
        from petdesk.messages import explain

        super().__init__(parent)
        self.setObjectName("DatabaseGoneDialog")
        self.copy = exc.copy
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The Database File Is Gone"))
        sentence = explain(exc, window_locale())
        self.setText(sentence[:1].upper() + sentence[1:])  # a service's sentence starts in lower case
        self.save_button = None
        if self.copy is not None:
            self.setInformativeText(
                self.tr("To keep working, open the copy, or save it where you keep the database.")
            )
            self.save_button = self.addButton(
                self.tr("&Save the Copy As…"), QMessageBox.ButtonRole.ActionRole
            )
            self.save_button.setObjectName("save_copy")
            # An action button would close the box: the user may still want to read it after saving.
            self.save_button.clicked.disconnect()
            self.save_button.clicked.connect(self.choose_target)
        self.addButton(QMessageBox.StandardButton.Close)

    def choose_target(self) -> None:
        assert self.copy is not None
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the Copy As"), self.copy.name)
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> None:
        """Save the rescued copy at ``target`` and say so (or why not) in the box."""
        assert self.copy is not None
        try:
            file_gone.save_copy(self.copy, target)
        except OSError as exc:
            from petdesk.gui.translation import window_locale
            from petdesk.messages import plain_error

            log.warning("saving the rescued copy to %s failed: %s", target, exc)
            reason = plain_error(exc, window_locale(), context=f"saving the rescued copy to {target}")
            self.setInformativeText(self.tr("The copy could not be saved there: %1").replace("%1", reason))
            return
        self.setInformativeText(self.tr("The copy was saved as %1.").replace("%1", str(target)))
