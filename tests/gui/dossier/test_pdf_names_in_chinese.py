"""Field test 92: the Chinese window's PDF dialogs (the dossier with its sign-in sheet, certificates,
name cards) suggest a Chinese file name, not "dossier-solid-waste-….pdf"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.dossier.certificates import CertificatesDialog
from petdesk.gui.dossier.dialog import DossierDialog
from petdesk.gui.dossier.namecards import NameCardsDialog
from petdesk.gui.qt import QApplication, QThreadPool
from tests.core.dossier.test_certificates import _training

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _background_done() -> Iterator[None]:
    """The dialogs load fonts and word lists in the background: let that end with the test (a later
    test crashed when the thread finished after the dialog was gone)."""
    yield
    _settle()


def _settle() -> None:
    """Called at a test's end too: what the background work shows is then shown inside the test."""
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()


def test_the_chinese_window_suggests_chinese_pdf_names(
    qtbot, db: Database, tmp_path: Path, tree_window_catalogue
) -> None:  # type: ignore[no-untyped-def]
    training_id = _training(db, tmp_path)
    dossier = DossierDialog(db, training_id=training_id, locale="zh_CN")
    cards = NameCardsDialog(db, training_id, kind="training", locale="zh_CN")
    certificates = CertificatesDialog(db, training_id, locale="zh_CN")
    for dialog in (dossier, cards, certificates):
        qtbot.addWidget(dialog)
    assert Path(dossier.path_edit.text()).name == "资料手册-东盟城市固体废物管理培训.pdf"
    assert Path(cards.path_edit.text()).name == "桌签-东盟城市固体废物管理培训.pdf"
    assert Path(certificates.path_edit.text()).name == "结业证书-东盟城市固体废物管理培训.pdf"
    _settle()


def test_the_english_window_keeps_its_names(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    training_id = _training(db, tmp_path)
    dossier = DossierDialog(db, training_id=training_id, locale="en")
    qtbot.addWidget(dossier)
    assert Path(dossier.path_edit.text()).name == "dossier-solid-waste-management-for-asean-cities.pdf"
    _settle()
