"""Tools > Verify Certificate… (field test 89: serials could be checked on the command line only):
serials typed, a sentence each in the window's language, the dialog whole on a 1024×640 screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.certificate_check import CertificateCheckDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.core.dossier.test_certificate_verify import _serials, _training
from tests.helpers.fit_check import cut_texts
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: (valid, made but not earned, unknown) in each language.
SAID = {
    "en": (
        ": valid, Ana Lopez",
        "does not earn a certificate",
        "no certificate of this office",
        "1 valid certificate of 3.",
    ),
    "zh_CN": (
        "：有效，Ana Lopez（安娜）",
        "未达到结业要求",
        "本办公室没有此编号的证书",
        "共 3 份，其中 1 份有效。",
    ),
}


def _dialog(
    qtbot: QtBot, db: Database, locale: str, request: pytest.FixtureRequest
) -> CertificateCheckDialog:
    tree_window_language(request.getfixturevalue("translators"), locale, request)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = next(a for a in window.menu("tools").actions() if a.objectName() == "action_verify_certificate")
    action.trigger()
    dialog = window.certificate_check_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, CertificateCheckDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_auditor_checks_three_serials(
    qtbot: QtBot, db: Database, locale: str, request: pytest.FixtureRequest
) -> None:
    tid, people = _training(db)
    printed = _serials(db, tid)
    dialog = _dialog(qtbot, db, locale, request)
    typed = f"{printed[people['Ana']].lower()}, {printed[people['Ben']]}, 2025-AAAA-BBBBBB"
    qtbot.keyClicks(dialog.serials, typed)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdicts is not None, timeout=30_000)
    assert dialog.verdicts is not None
    assert [v.valid for v in dialog.verdicts] == [True, False, False]
    lines = dialog.results.toPlainText().splitlines()
    valid, not_earned, unknown, summary = SAID[locale]
    assert lines[0].startswith(printed[people["Ana"]]) and valid in lines[0]
    assert lines[1].startswith(printed[people["Ben"]]) and not_earned in lines[1]
    assert lines[2].startswith("2025-AAAA-BBBBBB") and unknown in lines[2]
    assert lines[-1] == summary
    assert dialog.verify_button.isEnabled()
    assert cut_texts(dialog) == []  # and no larger than 1024×640
    dialog.close()


def test_nothing_typed_asks_for_a_serial(qtbot: QtBot, db: Database, request: pytest.FixtureRequest) -> None:
    dialog = _dialog(qtbot, db, "en", request)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.verdicts is None and "Type a serial number first" in dialog.results.toPlainText()
    dialog.close()
