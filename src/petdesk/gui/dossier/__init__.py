"""Dossiers in the window: "Dossier…" on the visit and training editors and list pages, and
"Name cards…" beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui import editor_extensions
from petdesk.gui.qt import QAction, QCoreApplication, QMessageBox

if TYPE_CHECKING:
    from petdesk.gui.dossier.dialog import DossierDialog
    from petdesk.gui.main_window import MainWindow

__all__ = ["DossierDialog", "install", "open_dossier_dialog", "open_namecards_dialog"]


def open_dossier_dialog(*args: Any, **kwargs: Any) -> DossierDialog:
    """The dossier dialog; its module (and reportlab with it) is imported on first use (issue 18)."""
    from petdesk.gui.dossier.dialog import open_dossier_dialog as open_dialog

    return open_dialog(*args, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "DossierDialog":
        from petdesk.gui.dossier.dialog import DossierDialog

        return DossierDialog
    raise AttributeError(name)


def _dossier_action(owner: Any, trigger: Any) -> QAction:
    action = QAction(QCoreApplication.translate("Dossier", "Dossier…"), owner)
    action.setObjectName("action_dossier")
    action.setToolTip(
        QCoreApplication.translate("Dossier", "Print a bilingual PDF dossier (English and Chinese)")
    )
    action.triggered.connect(lambda _checked=False: trigger())
    return action


def _namecards_action(owner: Any, trigger: Any, kind: str = "visit") -> QAction:
    action = QAction(QCoreApplication.translate("Dossier", "Name cards…"), owner)
    action.setObjectName("action_namecards")
    tip = (
        QCoreApplication.translate(
            "Dossier", "Print folded table name cards of the training's trainers and attendees (PDF)"
        )
        if kind == "training"
        else QCoreApplication.translate(
            "Dossier", "Print folded table name cards of the visit's people (PDF)"
        )
    )
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: trigger())
    return action


def open_namecards_dialog(
    parent: Any, db: Any, record_id: str, *, kind: str = "visit", locale: str = "en"
) -> Any:
    """The name cards dialog, imported on first use like the dossier dialog (issue 18)."""
    from petdesk.gui.dossier.namecards import open_namecards_dialog as open_dialog

    return open_dialog(parent, db, record_id, kind=kind, locale=locale)


def _needs_saving(widget: Any) -> None:
    QMessageBox.information(
        widget,
        QCoreApplication.translate("Dossier", "Dossier"),
        QCoreApplication.translate("Dossier", "Save it first: a dossier is made from what is saved."),
    )


def _extend_visit_editor(editor: Any) -> None:
    def trigger() -> None:
        if editor.visit_id is None:
            _needs_saving(editor)
            return
        editor.dossier_dialog = open_dossier_dialog(
            editor, editor.db, visit_id=editor.visit_id, locale=editor.ui_locale
        )

    def cards() -> None:
        if editor.visit_id is None:
            _needs_saving(editor)
            return
        editor.namecards_dialog = open_namecards_dialog(
            editor, editor.db, editor.visit_id, locale=editor.ui_locale
        )

    editor.dossier_action = _dossier_action(editor, trigger)
    editor.toolbar.addAction(editor.dossier_action)
    editor.namecards_action = _namecards_action(editor, cards)
    editor.toolbar.addAction(editor.namecards_action)


def _extend_training_editor(editor: Any) -> None:
    def trigger() -> None:
        if editor.training_id is None:
            _needs_saving(editor)
            return
        editor.dossier_dialog = open_dossier_dialog(
            editor, editor.db, training_id=editor.training_id, locale=editor.ui_locale
        )

    def cards() -> None:  # badges and table cards (field test 36, defect 3)
        if editor.training_id is None:
            _needs_saving(editor)
            return
        editor.namecards_dialog = open_namecards_dialog(
            editor, editor.db, editor.training_id, kind="training", locale=editor.ui_locale
        )

    editor.dossier_action = _dossier_action(editor, trigger)
    editor.toolbar.addAction(editor.dossier_action)
    editor.namecards_action = _namecards_action(editor, cards, "training")
    editor.toolbar.addAction(editor.namecards_action)

    def certificates() -> None:  # field test 79: certificates were made by hand, Thai names as boxes
        if editor.training_id is None:
            _needs_saving(editor)
            return
        from petdesk.gui.dossier.certificates import open_certificates_dialog

        editor.certificates_dialog = open_certificates_dialog(
            editor, editor.db, editor.training_id, locale=editor.ui_locale
        )

    editor.certificates_action = QAction(QCoreApplication.translate("Dossier", "Certificates…"), editor)
    editor.certificates_action.setObjectName("action_certificates")
    editor.certificates_action.setToolTip(
        QCoreApplication.translate(
            "Dossier", "Print certificates of completion for the attendees who earned one (PDF)"
        )
    )
    editor.certificates_action.triggered.connect(lambda _checked=False: certificates())
    editor.toolbar.addAction(editor.certificates_action)


def _extend_page(page: Any, kind: str) -> None:
    """ "Dossier…" on a list page's toolbar, for the selected row."""
    add_action = getattr(page, "add_selection_action", None)
    if add_action is None:
        return

    def trigger() -> None:
        ids = page.list.selected_ids()
        if not ids:
            return
        key = "visit_id" if kind == "visit" else "training_id"
        page.dossier_dialog = open_dossier_dialog(page, page.db, locale=page.ui_locale, **{key: ids[0]})

    page.dossier_action = _dossier_action(page, trigger)
    add_action("dossier", page.dossier_action)

    def cards() -> None:
        ids = page.list.selected_ids()
        if ids:
            page.namecards_dialog = open_namecards_dialog(
                page, page.db, ids[0], kind=kind, locale=page.ui_locale
            )

    page.namecards_action = _namecards_action(page, cards, kind)
    add_action("namecards", page.namecards_action)


def install(window: MainWindow) -> None:
    """Add "Dossier…" to the visit and training editors (once per process) and to the list pages."""
    # (registered without importing the editors: they are not needed to open the window)
    editor_extensions.add_to_editors(_extend_visit_editor, trainings=False)
    editor_extensions.add_to_editors(_extend_training_editor, visits=False)
    for key, kind in (("visits", "visit"), ("trainings", "training")):
        if key in window.page_keys:
            window.when_page_built(key, lambda page, kind=kind: _extend_page(page, kind))  # type: ignore[misc]
