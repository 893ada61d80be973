"""Sentences shown one after another in the window: a space after an English one, none after a
Chinese sentence's "。" (labels.sentences), never glued with " " by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.encryption import ENCRYPT, EncryptionDialog
from petdesk.gui.qt import QWidget
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.i18n import format_datetime
from petdesk.services.encryption import Converted
from petdesk.sync.hlc import encode
from petdesk.sync.service import ExportResult

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(("locale", "joint"), [("en", "encrypted. No backup"), ("zh_CN", "已加密。未能")])
def test_the_encryption_result_joins_sentences_as_the_language_does(  # type: ignore[no-untyped-def]
    qtbot, db: Database, translators, locale: str, joint: str
) -> None:
    translators(locale)
    with db.transaction() as session:
        session.add(m.Contact(family_name="Ouyang", given_name="Nana"))
    db.close()
    dialog = EncryptionDialog(db.path, ENCRYPT)
    qtbot.addWidget(dialog)
    dialog._done(Converted(path=Path(db.path), backup=None, plain_backups=[], backup_problem="disk full"))
    assert joint in dialog.result_text, dialog.result_text


class _ChineseWindow(QWidget):
    ui_locale = "zh_CN"


def test_the_export_warnings_follow_a_chinese_sentence_without_a_space(  # type: ignore[no-untyped-def]
    qtbot, db: Database, translators
) -> None:
    translators("zh_CN")
    window = _ChineseWindow()
    qtbot.addWidget(window)
    dialog = ExportDialog(db, window)
    late = encode(int(dt.datetime(2027, 3, 8, 7, 0, tzinfo=dt.UTC).timestamp() * 1000))
    dialog._done(
        ExportResult(
            path=Path("all.petdesk-sync"),
            package_id="p1",
            counts={"contact": 2},
            size=2000,
            sha256="",
            recipient=None,
            incremental=False,
            clock_behind=late,
        )
    )
    said = dialog.message.text()
    assert "。 " not in said and format_datetime(dt.datetime(2027, 3, 8, 7, 0), "zh_CN") in said, said
