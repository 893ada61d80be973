"""The Import window says when a package was made as the command line does: in the reader's date
style, not the manifest's ISO text (field test 18, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.sync import service
from tests.core.sync.helpers import TEST_KDF_N  # a cheap key: these tests are about words, not scrypt
from tests.gui.sync.test_sync_window import PASSPHRASE, _contact, second_db  # noqa: F401
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_package_date_is_in_the_readers_style(
    qtbot,
    db: Database,
    second_db: Database,  # noqa: F811
    tmp_path: Path,
    locale: str,
) -> None:
    _contact(db)
    package = tmp_path / "beijing.petdesk-sync"
    made = service.export_changes(db, package, PASSPHRASE, kdf_n=TEST_KDF_N)
    window = MainWindow(second_db, locale=locale)
    qtbot.addWidget(window)
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    created = service.read_package(package, PASSPHRASE).manifest["created_at"]
    assert made and service.made_when(created, locale) in dialog.summary.text()
    assert str(created)[:10] not in dialog.summary.text()  # not 2026-12-05
    dialog.close()


def test_the_sending_office_is_named_by_the_one_rule_in_chinese(
    qtbot,
    db: Database,
    second_db: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Field test 23, §4: the preview said "Hangzhou Hub" in a Chinese window."""
    from petdesk.services import office as office_service

    with db.transaction() as session:
        office_service.set_identity(session, name="Hangzhou Hub", name_zh="杭州中心")
    _contact(db)
    package = tmp_path / "hangzhou.petdesk-sync"
    service.export_changes(db, package, PASSPHRASE, kdf_n=TEST_KDF_N)
    window = MainWindow(second_db, locale="zh_CN")
    qtbot.addWidget(window)
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    assert "杭州中心" in dialog.summary.text() and "Hangzhou" not in dialog.summary.text()
    dialog.close()
