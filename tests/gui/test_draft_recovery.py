"""Drafts of unsaved changes in the window (field test 100): every editor keeps one a few seconds after
a change, removes it when it closes normally, and the next start asks about what a killed process left:
Recover opens the editor with the changes unsaved, Discard removes them, a record changed or deleted
meanwhile is said so first."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import drafts
from petdesk.db import Database
from petdesk.gui import draft_recovery, record_editor
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QApplication, QTimer
from petdesk.models import Contact, Organisation
from petdesk.services import organisations as org_service
from tests.core.visits.data import person
from tests.helpers import editors
from tests.helpers.draft_answers import answer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def org_id(db: Database) -> str:
    with db.transaction() as s:
        return org_service.create_organisation(s, name_en="Chengdu Water Group", country="CN").id


def _typed_org_draft(qtbot, db: Database, org_id: str, notes: str) -> Path:  # type: ignore[no-untyped-def]
    """An organisation editor with notes typed and its draft written, then gone as in a kill (the
    draft file copied before the editor's normal close removes it)."""
    editor = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    qtbot.keyClicks(editor.notes, notes)
    assert editor.is_dirty()
    qtbot.waitUntil(lambda: editor.draft_path is not None and editor.draft_path.exists(), timeout=10000)
    path = editor.draft_path
    assert path is not None and path.parent == drafts.folder_for(db.path)
    kept = path.read_bytes()
    editor.set_clean()
    editor.reject()
    assert not path.exists()  # a normal close removes it
    path.write_bytes(kept)  # … a kill would have left it
    return path


def _window(qtbot, db: Database, locale: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_draft_is_written_after_a_change_and_removed_on_save(qtbot, db: Database, org_id: str) -> None:
    editor = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(editor)
    editor.DRAFT_DELAY_MS = 50
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.draft_path is None  # nothing typed, nothing kept
    qtbot.keyClicks(editor.notes, "Meets us in March")
    qtbot.waitUntil(lambda: editor.draft_path is not None and editor.draft_path.exists(), timeout=10000)
    path = editor.draft_path
    assert drafts.read_draft(path).values["notes"] == "Meets us in March"  # what the save collects
    with db.reading() as s:
        assert s.get(Organisation, org_id).notes == ""  # never the database
    assert editors.save(qtbot, editor)
    assert not path.exists()


def test_discarding_unsaved_changes_removes_the_draft(qtbot, db: Database, org_id: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(record_editor, "ask_unsaved", lambda _e: record_editor.Unsaved.DISCARD)
    editor = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    qtbot.keyClicks(editor.notes, "x")
    assert editor.write_draft()
    path = editor.draft_path
    assert path is not None and path.exists()
    editor.reject()
    assert not path.exists()


def test_recover_at_start_opens_the_editor_with_the_changes_unsaved(
    qtbot, db: Database, org_id: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _typed_org_draft(qtbot, db, org_id, "Prefers WeChat")
    seen = answer(monkeypatch, "Recover")
    found: list[tuple[str, str, bool]] = []

    def check_and_save() -> None:  # the organisation editor is modal: it runs its own loop too
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, OrganisationEditDialog) or not editor.is_dirty():
            QTimer.singleShot(20, check_and_save)
            return
        with db.reading() as s:
            stored = s.get(Organisation, org_id).notes
        found.append((editor.notes.toPlainText(), editor.edits["name_en"].text(), stored == ""))
        editor.save()

    QTimer.singleShot(0, check_and_save)
    _window(qtbot, db)
    qtbot.waitUntil(lambda: bool(found), timeout=30000)
    assert seen[0]["text"].startswith("Recover the unsaved changes to “Edit organisation” (from ")
    # the draft's notes, the rest as stored, and nothing saved before she saves
    assert found == [("Prefers WeChat", "Chengdu Water Group", True)]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10000)
    with db.reading() as s:
        assert s.get(Organisation, org_id).notes == "Prefers WeChat"
    assert not list(drafts.folder_for(db.path).glob("*" + drafts.SUFFIX))


def test_discard_at_start_removes_the_draft_and_later_keeps_it(
    qtbot, db: Database, org_id: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = _typed_org_draft(qtbot, db, org_id, "Prefers WeChat")
    seen = answer(monkeypatch, "Later")
    first = _window(qtbot, db)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    assert path.exists()  # asked again at the next start
    first.close()
    seen = answer(monkeypatch, "Discard")
    _window(qtbot, db)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    assert seen[0]["buttons"] >= {"Recover", "Discard", "Later"}
    assert not path.exists()
    with db.reading() as s:
        assert s.get(Organisation, org_id).notes == ""


def test_a_record_changed_meanwhile_is_said_before_anything_is_put_back(
    qtbot, db: Database, org_id: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = _typed_org_draft(qtbot, db, org_id, "Prefers WeChat")
    with db.transaction() as s:  # another window (or a sync package) saves the organisation
        org_service.update_organisation(s, org_id, name_en="Chengdu Water Group Co.", country="CN")
    seen = answer(monkeypatch, "Later")
    _window(qtbot, db)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    assert "The record was changed since, here, in another window or by sync" in seen[0]["text"]
    assert path.exists()


def test_a_deleted_record_cannot_take_its_draft(qtbot, db: Database, org_id: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = _typed_org_draft(qtbot, db, org_id, "Prefers WeChat")
    with db.transaction() as s:
        org_service.delete_organisations(s, [org_id])
    seen = answer(monkeypatch, "Discard")
    _window(qtbot, db)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    assert seen[0]["text"].startswith("“Edit organisation” was deleted after its unsaved changes of ")
    assert "Recover" not in seen[0]["buttons"]
    assert not path.exists()


def test_the_question_in_chinese(
    qtbot, db: Database, org_id: str, tree_window_catalogue: None, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _typed_org_draft(qtbot, db, org_id, "x")
    seen = answer(monkeypatch, "以后再说")
    _window(qtbot, db, "zh_CN")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    assert seen[0]["title"] == "上次未保存的更改"
    assert seen[0]["text"].startswith("是否恢复对“")
    assert seen[0]["buttons"] >= {"恢复", "放弃", "以后再说"}


def test_a_damaged_draft_is_said_and_set_aside(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = drafts.folder_for(db.path)
    folder.mkdir()
    (folder / "visit-x.draft.json").write_bytes(b'{"format": 1, "kind": "vis')  # cut off
    told: list[str] = []
    monkeypatch.setattr(
        draft_recovery, "tell_damaged", lambda _w, exc, locale, aside: told.append(exc.text(locale))
    )
    _window(qtbot, db)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told == [
        "The draft visit-x.draft.json cannot be read: the file is damaged or is not a petdesk draft."
    ]
    assert not (folder / "visit-x.draft.json").exists() and (folder / "visit-x.damaged").exists()


def test_a_contact_draft_goes_back_into_every_part_of_the_form(qtbot, db: Database) -> None:
    with db.transaction() as s:
        cid = person(s, "Min", "Wu").id
        org_service.create_organisation(s, name_en="Chengdu Water Group", country="CN")
    editor = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    qtbot.keyClicks(editor.dietary_needs, "Vegetarian")
    editor.method_rows[0].value.setText("wu.min@chengdu-water.cn")
    qtbot.keyClicks(editor.organisation, "Chengdu Water Group")  # typed: the save makes it
    qtbot.keyClicks(editor.position_en, "Chief engineer")
    assert editor.write_draft()
    draft = drafts.read_draft(editor.draft_path)
    editor.set_clean()
    editor.close()

    record_editor.offer_draft(draft)
    again = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(again)
    again.show()
    editors.loaded(qtbot, again)
    assert again.is_dirty() and again.draft_path == draft.path
    assert again.dietary_needs.text() == "Vegetarian"
    assert [m.value for m in again.methods()] == ["wu.min@chengdu-water.cn"]
    assert again.position_en.text() == "Chief engineer"
    assert again.organisation.text() == "Chengdu Water Group"
    assert editors.save(qtbot, again), again.error.text()
    with db.reading() as s:
        assert s.get(Contact, cid).dietary_needs == "Vegetarian"
    assert not draft.path.exists()
