"""The training editor's "Certificates…" writes the certificates of participation in the background
(field test 79): the attendees who earned one, or every attendee when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.dossier.certificates import CertificatesDialog
from petdesk.gui.qt import Qt
from tests.core.dossier.pdfcheck import pdffonts, pdfinfo_pages, pdftotext_pages
from tests.core.dossier.test_certificates import _training

#: Showing a dialog on the offscreen platform warns about size hints; that is the platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_training_editor_prints_the_certificates(qtbot, db: Database, tmp_path: Path) -> None:
    from petdesk.gui.main_window import MainWindow

    training_id = _training(db, tmp_path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    editor = window.page("trainings").open_training(training_id)
    qtbot.addWidget(editor)
    names = [a.objectName() for a in editor.toolbar.actions()]
    assert names.index("action_certificates") == names.index("action_namecards") + 1
    editor.certificates_action.trigger()
    dialog = editor.certificates_dialog
    assert isinstance(dialog, CertificatesDialog)
    opened: list[Path] = []
    dialog.opener = opened.append
    out = tmp_path / "certificates from the window.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert opened == [out] and dialog.count == 4 and pdfinfo_pages(out) == 4  # Maria came to 75 %
    assert all(f.embedded for f in pdffonts(out))
    assert "สมชาย" in "".join(pdftotext_pages(out))


def test_every_attendee_chinese_first(qtbot, db: Database, tmp_path: Path) -> None:
    training_id = _training(db, tmp_path)
    dialog = CertificatesDialog(db, training_id, locale="zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.opener = lambda _path: None
    assert dialog.first.currentData() == "zh_CN"  # the reader's language first
    dialog.everyone.setChecked(True)
    out = tmp_path / "all.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        dialog.generate()
    first = pdftotext_pages(out)[0]
    assert pdfinfo_pages(out) == 5 and first.index("结业证书") < first.index("Certificate")
