"""The import dialog stops at a namesake office and at a clock far ahead, naming the facts; the
Sync page writes Chinese lines with Chinese punctuation (field test 5)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.sync import hlc, service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
YEAR_MS = 365 * 86_400_000
#: Where the screenshots of the new warnings go, when asked for (PETDESK_SHOTS=folder).
SHOTS = os.environ.get("PETDESK_SHOTS")


def _preview(qtbot, window: MainWindow, path: Path):  # type: ignore[no-untyped-def]
    window.sync_import_action.trigger()
    dialog = window.sync_dialog
    dialog.path.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    return dialog


def _answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(f"{title}: {text}")
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_namesake_office_is_named_and_imported_only_when_confirmed(
    qtbot, translators, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    translators(locale)
    hub = make_office(tmp_path / "dbs", "Shanghai")
    chengdu = make_office(tmp_path / "dbs", "Chengdu")
    stranger = make_office(tmp_path / "other", "Shanghai")
    try:
        export(hub, tmp_path / "hub.pkg")
        service.import_package(chengdu, tmp_path / "hub.pkg", PASSPHRASE, backup=False)
        with stranger.transaction() as session:
            session.add(m.Contact(family_name="Evil", given_name="Mallory"))
        export(stranger, tmp_path / "stranger.pkg")
        window = MainWindow(chengdu, locale=locale)
        qtbot.addWidget(window)
        dialog = _preview(qtbot, window, tmp_path / "stranger.pkg")
        hub_id, stranger_id = office_id(hub), office_id(stranger)
        assert stranger_id in dialog.summary.text()
        assert dialog.warning.isVisibleTo(dialog)
        assert hub_id in dialog.warning.text() and stranger_id in dialog.warning.text()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"import-namesake-{locale}.png"))
        asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
        assert dialog.start_import() is None
        assert asked and hub_id in asked[0] and stranger_id in asked[0]
        assert len(service.journal(chengdu)) == 1
        _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            dialog.start_import()
        assert [o.id for o in service.list_offices(chengdu)].count(stranger_id) == 1
        dialog.close()
    finally:
        for db in (hub, chengdu, stranger):
            db.close()


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_clock_far_ahead_is_named_and_imported_only_when_confirmed(
    qtbot, translators, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    translators(locale)
    hub = make_office(tmp_path / "dbs", "Shanghai")
    laptop = make_office(tmp_path / "dbs", "Laptop EU")
    real = hlc.wall_ms
    try:
        with monkeypatch.context() as shifted:
            shifted.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS)
            with laptop.transaction() as session:
                session.add(m.Contact(family_name="Chen", given_name="Xueling"))
            export(laptop, tmp_path / "future.pkg")
        window = MainWindow(hub, locale=locale)
        qtbot.addWidget(window)
        dialog = _preview(qtbot, window, tmp_path / "future.pkg")
        next_year = str(hlc.to_datetime(hlc.encode(real() + YEAR_MS)).year)
        assert dialog.warning.isVisibleTo(dialog)
        assert "Laptop EU" in dialog.warning.text() and next_year in dialog.warning.text()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"import-future-clock-{locale}.png"))
        asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
        assert dialog.start_import() is None
        assert asked and office_id(laptop) in asked[0] and next_year in asked[0]
        assert service.journal(hub) == []
        _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
            dialog.start_import()
        assert blocker.args[0].applied
        if locale == "en":
            assert "given this computer's time, as if made now" in asked[0]
        # The hub's clock stayed where it was: the package's values were given its time.
        con = sqlite3.connect(hub.path)
        clock = con.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()[0]
        con.close()
        assert hlc.decode(clock)[0] < real() + 3_600_000
        dialog.close()
    finally:
        hub.close()
        laptop.close()


def test_a_chinese_conflict_line_takes_the_full_width_colon(qtbot, translators, tmp_path: Path) -> None:
    """Needs the merged catalogue (the worktree's tests read /work/main/translations)."""
    translators("zh_CN")
    a = make_office(tmp_path / "dbs", "Shanghai")
    b = make_office(tmp_path / "dbs", "Chengdu")
    try:
        with a.transaction() as session:
            contact = m.Contact(family_name="Sun", given_name="Hao", family_name_zh="孙", given_name_zh="浩")
            session.add(contact)
            session.flush()
            cid = contact.id
        export(a, tmp_path / "a.pkg")
        service.import_package(b, tmp_path / "a.pkg", PASSPHRASE, backup=False)
        export(b, tmp_path / "b0.pkg")
        service.import_package(a, tmp_path / "b0.pkg", PASSPHRASE, backup=False)
        for db, text in ((a, "上海"), (b, "成都")):
            with db.transaction() as session:
                session.get(m.Contact, cid).notes = text
        export(b, tmp_path / "b1.pkg", to="Shanghai")
        assert service.import_package(a, tmp_path / "b1.pkg", PASSPHRASE, backup=False).new_conflicts == 1
        window = MainWindow(a, locale="zh_CN")
        qtbot.addWidget(window)
        page = window.show_page("sync")
        page.refresh()
        shown = page.conflicts.model.index(0, 0).data()
        assert shown.startswith("联系人：") and ": " not in shown, shown
    finally:
        a.close()
        b.close()
