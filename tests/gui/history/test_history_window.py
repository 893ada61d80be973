"""History, revert and the Deleted view in the window, driven through the real widgets."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.history import export_person_pdf, open_deleted
from petdesk.gui.history.dialog import HistoryDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import contacts as contact_service
from petdesk.services.contacts import Method

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def contact_id(db: Database) -> str:
    with db.transaction() as session:
        c = contact_service.create_contact(
            session,
            family_name="Zhang",
            given_name="Wei",
            family_name_zh="张",
            given_name_zh="伟",
            dietary_needs="vegetarian",
            methods=[Method("phone", "+86 532 8591 2345")],
        )
        cid = c.id
    with db.transaction() as session:
        contact_service.update_contact(session, cid, dietary_needs="halal")
    return cid


@pytest.fixture
def window(qtbot: QtBot, db: Database, contact_id: str) -> MainWindow:
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    return win


def _diet(db: Database, cid: str) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT dietary_needs FROM contact WHERE id = ?", (cid,)).fetchone()[0]
    finally:
        con.close()


def test_revert_a_field_from_the_contact_history(
    qtbot: QtBot, window: MainWindow, db: Database, contact_id: str
) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_id(contact_id)
    # The row is found, its page read and the detail loaded off the GUI thread: three round trips.
    qtbot.waitUntil(lambda: "Wei Zhang" in page.detail.title.text(), timeout=10_000)
    assert "halal" in page.detail.info.text()
    history_button = page.detail.findChild(type(page.detail.edit_button), "history")
    assert history_button is not None and history_button.isVisible()
    qtbot.mouseClick(history_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.history_dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    texts = [
        [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    row = next(i for i, cells in enumerate(texts) if cells[4] == "Dietary requirements")
    assert texts[row][3:] == ["Contact", "Dietary requirements", "vegetarian", "halal"]
    assert not dialog.revert_field_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(row)
    assert dialog.revert_field_button.isEnabled()
    with qtbot.waitSignal(dialog.reverted, timeout=5000):
        qtbot.mouseClick(dialog.revert_field_button, Qt.MouseButton.LeftButton)
    assert _diet(db, contact_id) == "vegetarian"
    # The revert is itself in the history, and the detail pane shows the value again.
    newest = dialog.model.entries[0]
    assert (newest.field, newest.old_value, newest.new_value) == ("dietary_needs", "halal", "vegetarian")
    qtbot.waitUntil(lambda: "vegetarian" in page.detail.info.text(), timeout=10_000)
    dialog.close()


def test_deleted_dialog_restores_a_contact(
    qtbot: QtBot, window: MainWindow, db: Database, contact_id: str
) -> None:
    with db.transaction() as session:
        contact_service.delete_contacts(session, [contact_id])
    assert window.deleted_action.text()  # type: ignore[attr-defined]
    dialog = open_deleted(window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.model.rowCount() == 1
    assert "张伟" in dialog.model.index(0, 2).data()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.restored, timeout=3000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    con = sqlite3.connect(db.path)
    assert con.execute("SELECT deleted_at FROM contact WHERE id = ?", (contact_id,)).fetchone() == (None,)
    con.close()
    dialog.close()


def test_personal_data_pdf_from_the_contact(window: MainWindow, contact_id: str, tmp_path: Path) -> None:
    page = window.show_page("contacts")
    page.select_id(contact_id)
    out = tmp_path / "person.pdf"
    assert export_person_pdf(page.detail, contact_id, str(out)) == str(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_erase_a_person_from_the_contact_pane(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    contact_id: str,
    translators,  # type: ignore[no-untyped-def]
) -> None:
    from petdesk.gui.qt import QApplication, QMessageBox, QTimer
    from petdesk.services import backups

    translators("en")  # the English plural forms ("1 backup", not "1 backup(s)")

    backups.create(db.path, backups.MANUAL)  # an older backup that still holds the person
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_id(contact_id)
    qtbot.waitUntil(lambda: "Wei Zhang" in page.detail.title.text(), timeout=3000)
    button = page.detail.findChild(type(page.detail.edit_button), "erase_person")
    assert button is not None and button.isVisible()
    seen: list[str] = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        wanted = next(b for b in box.buttons() if choice in b.text().replace("&", ""))
        wanted.click()

    # Cancel first: nothing happens.
    QTimer.singleShot(200, lambda: answer("Cancel"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _diet(db, contact_id) == "halal"
    # The confirmation names the person, what is erased, and the backup that still holds them.
    assert "Wei Zhang" in seen[0] and "contact methods" in seen[0]
    # Named as the command line names them before asking: both scripts, then what tells namesakes apart.
    assert seen[0].startswith(f"Wei Zhang (张伟) · {contact_id}\n\nErase Wei Zhang (张伟) and everything")
    assert "1 backup made before now may still hold the person" in seen[0]
    assert "-manual.gz" in seen[0]

    QTimer.singleShot(200, lambda: answer("Erase"))
    with qtbot.waitSignal(page.detail.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    con = sqlite3.connect(db.path)
    try:
        assert con.execute("SELECT count(*) FROM contact WHERE id = ?", (contact_id,)).fetchone() == (0,)
        assert (
            con.execute("SELECT count(*) FROM sync_erasure WHERE row_id = ?", (contact_id,)).fetchone()[0]
            == 1
        )
    finally:
        con.close()
    raw = db.path.read_bytes() + (
        Path(f"{db.path}-wal").read_bytes() if Path(f"{db.path}-wal").exists() else b""
    )
    assert "张伟".encode() not in raw and b"+86 532 8591 2345" not in raw
    assert "was erased" in page.detail.erase_done.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    # Closed here: left open, a later test's language change relaid it out and Qt warned then.
    page.detail.erase_done.close()


def test_history_times_are_the_viewer_s(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """History and Deleted showed UTC ("When (UTC)") while the rest of the window shows local time."""
    from petdesk.gui.history.model import HistoryModel, when
    from petdesk.gui.qt import QSettings
    from petdesk.gui.viewer_zone import ZONE_KEY

    QSettings().remove(ZONE_KEY)
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    # To the second: five edits of one minute read in their order (field test 49, defect 7).
    assert when("2026-12-04T09:05:07.123456+00:00", "en") == "4 Dec 2026, 17:05:07"
    assert when("2026-12-04 09:05:00", "en") == "4 Dec 2026, 17:05:00"  # stored without a zone: UTC
    assert when("2026-12-04 09:05:00", "zh_CN") == "2026年12月4日 17:05:00"
    assert when("", "en") == ""
    QSettings().setValue(ZONE_KEY, "Europe/Berlin")  # the calendar's choice wins, as there
    assert when("2026-12-04T09:05:00+00:00", "en") == "4 Dec 2026, 10:05:00"
    QSettings().remove(ZONE_KEY)
    assert "UTC" not in HistoryModel([]).headerData(0, Qt.Orientation.Horizontal)


def test_history_in_chinese_names_fields_kinds_and_the_person(
    qtbot: QtBot, db: Database, translators: Callable[[str], None]
) -> None:
    """The window showed `nickname`, `dietary_needs`, record kind `contact` and "陈萍 Ping Chen"."""
    from petdesk.gui.history.model import HistoryModel
    from petdesk.services import history as history_service
    from petdesk.services.history import HistoryEntry

    with db.transaction() as session:
        cid = contact_service.create_contact(
            session,
            family_name="Chen",
            given_name="Ping",
            name_order="family_first",
            family_name_zh="陈",
            given_name_zh="萍",
            methods=[Method("phone", "+86 592 5307 6356")],
        ).id
    with db.transaction() as session:
        contact_service.update_contact(session, cid, nickname="Ping", dietary_needs="素食")
    translators("zh_CN")
    dialog = HistoryDialog(db, "contact", cid, locale="zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.heading.text().startswith("陈萍（Chen Ping）")
    rows = {tuple(dialog.model.index(r, c).data() for c in (3, 4, 6)) for r in range(dialog.model.rowCount())}
    assert {("联系人", "昵称", "Ping"), ("联系人", "饮食要求", "素食"), ("联系方式", "（新建）", "")} <= rows
    assert not any("_" in cell or "Nickname" in cell for row in rows for cell in row)
    # An erased owner is named in words, not by an id.
    with db.reading() as session:
        words = history_service.value_words(session, "zh_CN")
        old, new = words("follow_up", "owner_id", {"erased": "contact"}), words("follow_up", "owner_id", None)
    erased = HistoryEntry(
        "c1", "follow_up", "f1", "owner_id", {"erased": "contact"}, None, "0", "", "", "", "", old, new
    )
    model = HistoryModel([erased], locale="zh_CN")
    assert [model.index(0, c).data() for c in (3, 4, 5, 6)] == [
        "后续行动",
        "负责人",
        "已清除的人员",
        "（空）",
    ]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_history_of_a_visit_in_chinese(
    qtbot: QtBot, db: Database, translators: Callable[[str], None]
) -> None:
    """A visit's history read `purpose_en`, `timezone` and a blank old value under the title
    "Bus forum 公交论坛"; now its Chinese name, the visit editor's labels and （空）."""
    import datetime as dt

    from petdesk.services import visits as visit_service

    with db.transaction() as session:
        vid = visit_service.create_visit(
            session,
            title_en="Bus forum",
            title_zh="公交论坛",
            start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12),
        ).id
    with db.transaction() as session:
        visit_service.update_visit(session, vid, purpose_en="Electric buses", timezone="Europe/Berlin")
    translators("zh_CN")
    dialog = HistoryDialog(db, "visit", vid, locale="zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text().startswith("公交论坛 — ")
    rows = {
        tuple(dialog.model.index(r, c).data() for c in range(3, 7)) for r in range(dialog.model.rowCount())
    }
    assert {
        ("来访/出访", "访问目的（英文）", "（空）", "Electric buses"),
        ("来访/出访", "主要时区", "Asia/Shanghai", "Europe/Berlin"),
    } <= rows
    assert not any("_" in cell or "Bus forum" in cell for row in rows for cell in row)


def _visit_moved_to_an_organisation(db: Database) -> tuple[str, str]:
    import datetime as dt

    from petdesk import models as m
    from petdesk.models.enums import VisitDirection
    from petdesk.services import visits as visit_service

    with db.transaction() as session:
        org = m.Organisation(name_en="Haikou Water Bureau", name_zh="海口市水务局")
        session.add(org)
        session.flush()
        vid = visit_service.create_visit(
            session, title_en="Water week", start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 12)
        ).id
        org_id = org.id
    with db.transaction() as session:
        visit = session.get(m.Visit, vid)
        visit.direction = VisitDirection.OUTBOUND
        visit.host_organisation_id = org_id
    return vid, org_id


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_history_says_codes_by_their_labels_and_links_by_name(
    qtbot: QtBot, db: Database, translators: Callable[[str], None]
) -> None:
    """The history showed `inbound → outbound` and the host organisation's id."""
    vid, org_id = _visit_moved_to_an_organisation(db)
    for locale, expected in (
        (
            "en",
            {
                ("Direction", "Inbound", "Outbound"),
                ("Host organisation", "(empty)", "Haikou Water Bureau 海口市水务局"),
            },
        ),
        ("zh_CN", {("来访/出访", "来访", "出访"), ("接待单位", "（空）", "海口市水务局")}),
    ):
        translators(locale)
        dialog = HistoryDialog(db, "visit", vid, locale=locale)
        qtbot.addWidget(dialog)
        dialog.show()
        rows = {
            tuple(dialog.model.index(r, c).data() for c in (4, 5, 6)) for r in range(dialog.model.rowCount())
        }
        assert expected <= rows, rows
        assert not any(org_id in cell or "outbound" in cell for row in rows for cell in row)
        dialog.close()


def test_a_technology_taken_off_a_shortlist_is_restored_from_deleted_records(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from petdesk.services import needs as need_service
    from petdesk.services import tech_matching
    from petdesk.services import technologies as tech_service

    with db.transaction() as session:
        tech = tech_service.create_technology(session, name_en="Acoustic leak detection", sector="water")
        need = need_service.create_need(session, title_en="Leaking pipes", sector="water")
        match_id = tech_matching.shortlist(session, need.id, tech.id).id
        tech_matching.remove_from_shortlist(session, match_id)
        need_id = need.id
    dialog = open_deleted(window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    cells = [[dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())]
    row = next(i for i, c in enumerate(cells) if c[1] == "Shortlisted technology")
    assert cells[row][2] == "Acoustic leak detection · Leaking pipes"
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.restored, timeout=3000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with db.reading() as session:
        assert [x.id for x in tech_matching.list_matches(session, need_id=need_id)] == [match_id]
    dialog.close()


def test_training_history_window_shows_parts_and_counted_marks(qtbot: QtBot, db: Database) -> None:
    """The window's history of a training reads the same service as `petdesk history`: sessions,
    registrations and trainers by name, attendance counted per session and not revertible."""
    from tests.core.privacy.test_training_history import _course

    course = _course(db)
    dialog = HistoryDialog(db, "training", course.training, locale="en")
    qtbot.addWidget(dialog)
    texts = [
        [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    assert ["Training session · Opening lecture", "(created)", "", ""] in [t[3:] for t in texts]
    assert any(t[3].startswith("Registration · ") for t in texts)
    marks = next(r for r, t in enumerate(texts) if t[3] == "Attendance · Opening lecture")
    assert texts[marks][4:6] == ["", ""]
    # "4 marks …" once the catalogues give English its plural (the lead re-creates them at merge)
    assert texts[marks][6].startswith("4 mark") and texts[marks][6].endswith("entered, changed or cleared")
    dialog.table.selectRow(marks)
    assert not dialog.revert_field_button.isEnabled() and not dialog.revert_record_button.isEnabled()
    assert dialog.revert_field() is None


def test_erase_without_room_to_rewrite_says_the_person_is_erased(
    qtbot: QtBot, window: MainWindow, db: Database, contact_id: str
) -> None:
    """On a nearly full disk the window said "Nothing was changed" after the person was erased
    (field test 17 §1): it says they are erased, the file is not rewritten, and Retry rewrites it."""
    from petdesk.gui.qt import QApplication, QMessageBox, QTimer
    from tests.helpers.file_limit import file_size_limit, no_room_to_rewrite

    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_id(contact_id)
    qtbot.waitUntil(lambda: "Wei Zhang" in page.detail.title.text(), timeout=3000)
    button = page.detail.findChild(type(page.detail.edit_button), "erase_person")

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        next(b for b in box.buttons() if "Erase" in b.text().replace("&", "")).click()

    limit = no_room_to_rewrite(db.path)
    QTimer.singleShot(200, confirm)
    with file_size_limit(limit), qtbot.waitSignal(page.detail.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    con = sqlite3.connect(db.path)
    try:
        assert con.execute("SELECT count(*) FROM contact WHERE id = ?", (contact_id,)).fetchone() == (0,)
    finally:
        con.close()
    box = page.detail.erase_done
    text = box.text()
    assert "was erased" in text and "Nothing was changed" not in text
    # the size limit is a file too large for the disk (EFBIG), which SQLite calls a disk I/O error: not
    # "not enough free space", which only a full disk (ENOSPC) says
    assert "could not be rewritten (the disk refused to write the file: a quota reached" in text
    # Room again: Retry rewrites the file and says so.
    box.button(QMessageBox.StandardButton.Retry).click()
    assert "The file is rewritten" in page.detail.erase_done.text()
    page.detail.erase_done.close()


def test_deleted_dialog_names_a_merged_record_and_restore_undoes_the_merge(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    """Field test 25, defect 2: the merged-away organisation was listed as an ordinary deleted one
    and came back while its merge stayed active."""
    from petdesk import models as m
    from petdesk.services import merge

    with db.transaction() as session:
        keep, other = (
            m.Organisation(name_en="Shanghai FAO"),
            m.Organisation(name_en="Shanghai Foreign Affairs"),
        )
        session.add_all([keep, other])
        session.flush()
        merge_id = merge.merge_organisations(session, keep.id, other.id).id
    dialog = open_deleted(window)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert "merged into Shanghai FAO" in dialog.model.index(0, 2).data()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.restored, timeout=3000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    con = sqlite3.connect(db.path)
    assert con.execute("SELECT undone_at FROM merge_record WHERE id = ?", (merge_id,)).fetchone()[0]
    con.close()
    dialog.close()


def test_revert_record_from_a_position_change_puts_the_position_back(qtbot: QtBot, db: Database) -> None:
    """Field test 49, defect 1: "Revert Record to Before This Change" was greyed out on a
    position's rows, so a save that changed a position could not be put back from History."""
    from tests.core.privacy.test_history_revert_parts import _edit, _state, _wagner

    cid, aid = _wagner(db)
    _edit(db, cid, aid, "Director A")
    dialog = HistoryDialog(db, "contact", cid, locale="en")
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(
        r
        for r, e in enumerate(dialog.model.entries)
        if e.field == "position_en" and e.new_value == "Director A"
    )
    dialog.table.selectRow(row)
    assert dialog.revert_record_button.isEnabled()
    with qtbot.waitSignal(dialog.reverted, timeout=5000):
        qtbot.mouseClick(dialog.revert_record_button, Qt.MouseButton.LeftButton)
    assert _state(db, cid, aid)[1] == "Director-General"
    assert dialog.result_label.text() == "Reverted: Affiliation: Position (English)"


def test_revert_of_another_office_s_change_says_it_settles_the_conflict(qtbot: QtBot, tmp_path: Path) -> None:
    """Field test 49, defect 2: the window says which value comes back and that the conflict is settled."""
    from tests.core.privacy.test_history_revert_imported import _two_offices_disagree

    munich, hamburg, cid = _two_offices_disagree(tmp_path)
    try:
        dialog = HistoryDialog(munich, "contact", cid, locale="en")
        qtbot.addWidget(dialog)
        row = next(
            r for r, e in enumerate(dialog.model.entries) if e.field == "notes" and e.office == "Hamburg"
        )
        dialog.table.selectRow(row)
        with qtbot.waitSignal(dialog.reverted, timeout=5000):
            qtbot.mouseClick(dialog.revert_field_button, Qt.MouseButton.LeftButton)
        assert dialog.result_label.text() == (
            "Reverted Notes of Anna Wagner to this office's value before the other office's edit: 7. "
            "This settles the conflict that was waiting about it."
        )
        dialog.show()
        dialog.close()
    finally:
        munich.close()
        hamburg.close()
