"""The first run: a new database gets the welcome page; the demo lives in its own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import welcome
from petdesk.gui.qt import QCoreApplication, QLocale, Qt
from petdesk.gui.translation import remove_translators
from petdesk.services import office as office_service

# offscreen Qt says so when a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_new_database_is_welcomed_and_named(qtbot, db: Database) -> None:
    assert welcome.needs_welcome(db)
    dialog = welcome.WelcomeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    # no name yet: only the demo can be chosen
    assert not dialog.empty_button.isEnabled()
    assert dialog.demo_button.isEnabled()
    qtbot.keyClicks(dialog.office_name, "Beijing Representation Office")
    dialog.office_name_zh.setText("北京代表处")  # QTest types ASCII only
    qtbot.keyClicks(dialog.region, "East Asia")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == welcome.START_EMPTY
    with db.reading() as s:
        office = office_service.get_self(s)
        assert (office.name, office.name_zh, office.region) == (
            "Beijing Representation Office",
            "北京代表处",
            "East Asia",
        )
    assert not welcome.needs_welcome(db)


def test_welcome_speaks_the_chosen_language(qtbot, db: Database) -> None:
    app = QCoreApplication.instance()
    default = QLocale()
    dialog = welcome.WelcomeDialog(db, "en")
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Welcome to petdesk"
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        assert dialog.ui_locale == "zh_CN"
        assert dialog.heading.text() == "欢迎使用 petdesk"
        assert dialog.empty_button.text().startswith("从空数据库开始")
    finally:  # later tests expect no catalogue installed
        remove_translators(app)
        QLocale.setDefault(default)


def test_a_database_with_data_is_not_welcomed(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Organisation(name_en="Bonn Water Utility"))
    assert not welcome.needs_welcome(db)


def test_demo_opens_its_own_file(qtbot, db: Database, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(welcome, "DEMO_CONTACTS", 20)
    dialog = welcome.WelcomeDialog(db, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == welcome.OPEN_DEMO
    demo = welcome.open_demo_database(tmp_path / "demo.sqlite")
    try:
        with demo.reading() as s:
            assert s.query(m.Contact).count() == 20
    finally:
        demo.close()
    with db.reading() as s:  # the user's own database received no demo rows
        assert s.query(m.Contact).count() == 0
        assert s.query(m.Organisation).count() == 0


def test_the_name_fields_say_which_language_and_a_chinese_only_name_is_the_chinese_name(
    qtbot, db: Database
) -> None:
    """Field test 38, defect 6: "办公室名称" did not say English; 成都中心办公室 typed there left
    the office without a Chinese name."""
    dialog = welcome.WelcomeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [label.text() for label in dialog.labels[:2]] == [
        "Office &name (English):",
        "Office name (&Chinese):",
    ]
    dialog.office_name.setText("成都中心办公室")  # QTest types ASCII only
    assert dialog.empty_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        office = office_service.get_self(s)
        assert (office.name, office.name_zh) == ("成都中心办公室", "成都中心办公室")
    assert not welcome.needs_welcome(db)


def test_an_office_named_only_in_chinese_can_start(qtbot, db: Database) -> None:
    dialog = welcome.WelcomeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office_name_zh.setText("成都中心办公室")
    assert dialog.empty_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        office = office_service.get_self(s)
        assert (office.name, office.name_zh) == ("成都中心办公室", "成都中心办公室")


def test_the_welcome_page_and_the_export_name_in_chinese(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.contacts.import_dialog import default_export_name

    translators("zh_CN")
    dialog = welcome.WelcomeDialog(db, "zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.labels[0].text() == "办公室名称（英文）(&N)："
    assert dialog.labels[1].text() == "办公室名称（中文）(&C)："
    assert dialog.office_name.placeholderText().startswith("英文名称，例如")
    assert default_export_name() == "联系人.vcf"


def _modal_dialogs_while(action) -> list[str]:  # type: ignore[no-untyped-def]
    """The class names of the modal dialogs shown while ``action`` runs, each declined at once."""
    from petdesk.gui.qt import QApplication, QDialog, QTimer

    shown: list[str] = []

    def decline() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            shown.append(type(dialog).__name__)
            dialog.reject()

    watcher = QTimer()
    watcher.timeout.connect(decline)
    watcher.start(20)
    try:
        result = action()
    finally:
        watcher.stop()
    result.close()
    return shown


def test_the_demo_choice_does_not_offer_to_encrypt_the_office_file(
    qtbot, db: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Encrypting is offered for the new office's file, not when the user only tries the demo
    (field test 46, defect 6: a passphrase typed then locked the empty office file)."""
    from petdesk.db import open_database
    from petdesk.gui.app import open_chosen_database

    monkeypatch.setattr(welcome, "DEMO_CONTACTS", 5)
    demo_path = tmp_path / "demo.sqlite"
    assert (
        _modal_dialogs_while(lambda: open_chosen_database(db, welcome.OPEN_DEMO, demo_path=demo_path)) == []
    )
    office = open_database(db.path)
    assert _modal_dialogs_while(lambda: open_chosen_database(office, welcome.START_EMPTY)) == [
        "EncryptOfferDialog"
    ]


def test_a_new_laptop_restores_its_office_from_an_encrypted_backup_anywhere(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 53, defect 6: the welcome page offered no way to restore the backup on the stick."""
    import os

    from petdesk import connection
    from petdesk.gui.app import open_chosen_database
    from petdesk.gui.qt import QFileDialog, QInputDialog
    from tests.core.safety.test_encryption import PASSPHRASE
    from tests.core.safety.test_restore_new_installation import handover_backup

    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    handover, hub_id, _peers = handover_backup(tmp_path / "old laptop")
    dialog = welcome.WelcomeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isEnabled()  # the backup names the office: nothing to type first
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.grab().save(str(Path(shots) / "welcome_restore.png"))
    # The system's file dialog and the passphrase prompt answer as a user would: a wrong one first.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(handover), ""))
    asked: list[str] = []

    def typed(_parent, _title, label, _echo):  # type: ignore[no-untyped-def]
        asked.append(label)
        return ("not the one" if len(asked) == 1 else PASSPHRASE), True

    monkeypatch.setattr(QInputDialog, "getText", typed)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.choice == welcome.RESTORED
    assert "Wrong passphrase for this backup" in asked[1]
    restored = open_chosen_database(db, dialog.choice)
    try:
        with restored.reading() as s:
            assert office_service.get_self(s).id == hub_id
            assert s.query(m.Contact).count() == 1
    finally:
        restored.close()
    assert connection.is_encrypted(db.path)
