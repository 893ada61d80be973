"""The import dialog's result page says once that an anonymous Microsoft Forms export collected no
e-mail addresses, instead of a warning on each of its rows (field test 111)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TREE_TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"
FORMS = Path(__file__).parents[2] / "data" / "import" / "field111" / "microsoft_forms_registration.xlsx"


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "The form collected no e-mail addresses (“anonymous” in 10 rows)."),
        ("zh_CN", "表单未收集电子邮箱地址（10 行为“anonymous”）。"),
    ],
)
def test_the_result_page_says_the_form_collected_no_addresses(  # type: ignore[no-untyped-def]
    qtbot, translators, monkeypatch, db: Database, locale: str, said: str
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_TRANSLATIONS)
    translators(locale)
    dialog = ImportDialog(db, locale, path=FORMS)
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    assert said in dialog.plan_summary.text(), dialog.plan_summary.text()  # before the import too
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert report.count("added") == 10
    assert not any("anonymous" in str(w) for o in report.outcomes for w in o.warnings)
    assert said in dialog.report_summary.text(), dialog.report_summary.text()


def test_the_first_preview_shows_a_senegalese_name_given_first(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """The mapping page's preview and the plan agree: "DIOP Aminata" of Senegal is Aminata Diop."""
    dialog = ImportDialog(db, "en", path=FORMS)
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.preview_model.index(0, 1).data() == "Aminata Diop"
    _next(qtbot, dialog, dialog.planned)
    assert dialog.plan_model.index(0, 1).data() == "Aminata Diop"
