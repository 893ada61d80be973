"""History, the Deleted view and a person's data in the window.

``install`` adds Edit › Deleted Records…; ``detail_buttons`` gives a contact or organisation
detail pane its "History…" button (and, for contacts, "Personal data (PDF)…"), so the panes need
one line each. Everything runs through ``petdesk.services.history`` and ``privacy``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from petdesk.gui.qt import QAction, QCoreApplication, QPushButton, QWidget

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Edit › Deleted Records… (find and restore deleted contacts, organisations, visits …)."""
    action = QAction(QCoreApplication.translate("History", "&Deleted Records…"), window)
    action.setObjectName("action_deleted_records")
    action.triggered.connect(lambda _checked=False: open_deleted(window))
    window.menu("edit").addAction(action)
    window.deleted_action = action  # type: ignore[attr-defined]


def open_deleted(window: MainWindow) -> Any:
    from petdesk.gui.history.deleted import DeletedDialog

    dialog = DeletedDialog(window.db, parent=window)
    dialog.restored.connect(lambda _ref: window.refresh_all())
    dialog.open()
    return dialog


def detail_buttons(
    pane: Any, entity: str, layout: Any, current_id: Callable[[], str | None]
) -> list[QWidget]:
    """Buttons for a detail pane: History… (and Personal data… for a contact). The pane shows or
    hides them with its other content; after a revert it shows the record again and emits
    ``changed``."""
    body = layout.parentWidget()
    history = QPushButton(QCoreApplication.translate("History", "History…"), body)
    history.setObjectName("history")
    history.clicked.connect(lambda _checked=False: open_history(pane, entity, current_id()))
    layout.addWidget(history)
    buttons: list[QWidget] = [history]
    if entity == "contact":
        person = QPushButton(QCoreApplication.translate("History", "Personal Data (PDF)…"), body)
        person.setObjectName("personal_data")
        person.clicked.connect(lambda _checked=False: export_person_pdf(pane, current_id()))
        layout.addWidget(person)
        buttons.append(person)
    return buttons


def open_history(pane: Any, entity: str, row_id: str | None) -> Any:
    if not row_id:
        return None
    from petdesk.gui.history.dialog import HistoryDialog

    dialog = HistoryDialog(pane.db, entity, row_id, locale=getattr(pane, "ui_locale", "en"), parent=pane)

    def reverted() -> None:
        pane.show_entity(row_id)
        pane.changed.emit()

    dialog.reverted.connect(reverted)
    pane.history_dialog = dialog
    dialog.open()
    return dialog


def export_person_pdf(pane: Any, contact_id: str | None, path: str | None = None) -> str | None:
    """Save everything held about the person as a readable PDF (asks where unless ``path``)."""
    if not contact_id:
        return None
    from petdesk.gui.qt import QFileDialog, QMessageBox
    from petdesk.services import privacy

    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            pane,
            QCoreApplication.translate("History", "Save Personal Data"),
            "personal-data.pdf",
            QCoreApplication.translate("History", "PDF files (*.pdf)"),
        )
        if not path:
            return None
    try:
        privacy.write_pdf(privacy.export_person(pane.db, contact_id), _path(path))
    except (privacy.PrivacyError, OSError) as exc:
        QMessageBox.warning(pane, QCoreApplication.translate("History", "Personal Data"), str(exc))
        return None
    return path


def _path(text: str) -> Any:
    from pathlib import Path

    return Path(text)
