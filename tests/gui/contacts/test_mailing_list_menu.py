"""File > Mailing List and Labels… (field test 98): the addresses of the contacts she selected as a
label PDF, and a message in the window's language naming who was left out and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QFileDialog
from petdesk.models import Contact
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOME = {"label": "work", "region": "湖北省", "city": "武汉市", "street": "珞喻路1037号", "postcode": "430074"}


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("locale", "said", "left_out"),
    [
        ("en", "1 address written to labels.pdf.", "1 person left out without a postal address: Fang Wang"),
        ("zh_CN", "已将 1 个地址写入 labels.pdf。", "1 人因没有通信地址未列入：王芳"),
    ],
)
def test_labels_from_the_file_menu(
    qtbot: QtBot, db: Database, tmp_path: Path, request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch, locale: str, said: str, left_out: str,
) -> None:  # fmt: skip
    with db.transaction() as s:
        s.add(Contact(family_name_zh="刘", given_name_zh="洋", addresses=[{**HOME, "country": "中国"}]))
        s.add(Contact(family_name_zh="王", given_name_zh="芳", family_name="Wang", given_name="Fang"))
    tree_window_language(request.getfixturevalue("translators"), locale, request)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    out = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    action = next(a for a in window.menu("file").actions() if a.objectName() == "action_mailing_list")
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "mailing_list_message", None) is not None, timeout=30_000)
    box = window.mailing_list_message  # type: ignore[attr-defined]
    assert box.text() == said and box.informativeText() == left_out
    assert all(f.embedded for f in pdffonts(out))
    assert flat("430074") in flat(pdftotext_pages(out)[0]) and flat("刘洋 收") in flat(
        pdftotext_pages(out)[0]
    )
    box.close()
