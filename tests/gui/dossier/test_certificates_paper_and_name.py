"""Finish 52: the certificates dialog saves the paper it used, as the dossier and name-card dialogs
do (it read the shared setting but never wrote it), and the Chinese window suggests a file named after
the training's Chinese title, not its English slug."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier.certificates import default_file_name
from petdesk.gui.dossier.certificates import CertificatesDialog
from petdesk.gui.dossier.dialog import KEY_PAPER
from petdesk.gui.qt import QSettings
from tests.core.dossier.test_certificates import _training

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_paper_used_is_remembered_for_every_pdf_dialog(qtbot, db: Database, tmp_path: Path) -> None:
    training_id = _training(db, tmp_path)
    QSettings().setValue(KEY_PAPER, "A4")
    dialog = CertificatesDialog(db, training_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.path_edit.setText(str(tmp_path / "letter.pdf"))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        dialog.generate()
    assert QSettings().value(KEY_PAPER) == "Letter"
    again = CertificatesDialog(db, training_id)
    qtbot.addWidget(again)
    assert again.paper.currentData() == "Letter"


def test_the_chinese_window_names_the_file_after_its_title(qtbot, db: Database, tmp_path: Path) -> None:
    training_id = _training(db, tmp_path)
    english = CertificatesDialog(db, training_id, locale="en")
    chinese = CertificatesDialog(db, training_id, locale="zh_CN")
    qtbot.addWidget(english)
    qtbot.addWidget(chinese)
    assert Path(english.path_edit.text()).name == "certificates-solid-waste-management-for-asean-cities.pdf"
    assert Path(chinese.path_edit.text()).name == "certificates-东盟城市固体废物管理培训.pdf"


@pytest.mark.parametrize(
    ("title_zh", "name"),
    [
        ("城市/农村：废水 (第2期)", "certificates-城市-农村-废水-第2期.pdf"),  # no separators or brackets
        ("", "certificates-waste-water.pdf"),  # no Chinese title: the English slug
        ("「」…", "certificates-waste-water.pdf"),  # nothing but punctuation: the English slug
        ("培" * 80, "certificates-" + "培" * 60 + ".pdf"),
    ],
    ids=["separators", "no-chinese-title", "punctuation-only", "long"],
)
def test_the_chinese_file_name_stays_safe(title_zh: str, name: str) -> None:
    assert default_file_name("Waste water", title_zh=title_zh) == name
