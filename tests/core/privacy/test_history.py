"""History from the sync change log, revert as a new change that travels, and the Deleted view."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history
from petdesk.services.contacts import Method
from petdesk.sync.tracking import STAFF_SETTING
from tests.core.sync.helpers import make_office, send, values


def _contact(db: Database, **extra: str) -> str:
    with db.transaction() as session:
        c = contact_service.create_contact(
            session,
            family_name="Zhang",
            given_name="Wei",
            family_name_zh="张",
            given_name_zh="伟",
            dietary_needs="vegetarian",
            methods=[Method("phone", "+86 10 6512 0000")],
            **extra,
        )
        return c.id


def test_history_lists_field_old_new_office_staff(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_STAFF", "li.na")
    cid = _contact(db)
    with db.transaction() as session:
        contact_service.update_contact(
            session, cid, dietary_needs="halal", methods=[Method("phone", "+86 10 6512 9999")]
        )
    with db.reading() as session:
        entries = history.record_history(session, "contact", cid)
    edit = next(e for e in entries if e.field == "dietary_needs")
    assert (edit.old_value, edit.new_value, edit.staff) == ("vegetarian", "halal", "li.na")
    assert edit.office  # this office's name
    assert edit.at.startswith("20")
    # The old phone number was deleted (a tombstone) and a new one created: both in the history.
    assert any(e.entity == "contact_method" and e.field == "deleted_at" for e in entries)
    assert sum(1 for e in entries if e.entity == "contact_method" and e.is_creation) == 2
    assert entries == sorted(entries, key=lambda e: (e.hlc, e.office_id, e.field), reverse=True)


def test_staff_setting_names_who_changed(db: Database) -> None:
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES (?, ?)", (STAFF_SETTING, "王芳")
        )
    cid = _contact(db)
    with db.reading() as session:
        assert {e.staff for e in history.record_history(session, "contact", cid)} == {"王芳"}


def test_revert_field_and_record_travel_to_other_office(tmp_path: Path) -> None:
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    try:
        cid = _contact(a)
        with a.transaction() as session:
            contact_service.update_contact(session, cid, dietary_needs="halal", notes="first")
        with a.transaction() as session:
            contact_service.update_contact(session, cid, notes="second", gender="m")
        send(a, b, tmp_path)
        # B sees A's history, with A's office name.
        with b.reading() as session:
            at_b = history.record_history(session, "contact", cid)
        assert {(e.field, e.office) for e in at_b if e.field == "notes"} == {("notes", "Beijing")}
        # Revert one field at B: a new change, sent back to A.
        diet = next(e for e in at_b if e.field == "dietary_needs")
        with b.transaction() as session:
            history.revert_change(session, diet.id)
        assert values(b, "contact", cid)["dietary_needs"] == "vegetarian"
        with pytest.raises(history.HistoryError, match="already has the value"), b.transaction() as session:
            history.revert_change(session, diet.id)
        send(b, a, tmp_path)
        assert values(a, "contact", cid)["dietary_needs"] == "vegetarian"
        with a.reading() as session:
            newest = history.record_history(session, "contact", cid)[0]
        assert (newest.field, newest.office, newest.new_value) == ("dietary_needs", "Bonn", "vegetarian")
        # Revert the whole record at A to before the first edit: notes and gender go back too.
        first_notes = min((e for e in at_b if e.field == "notes"), key=lambda e: e.hlc)
        with a.transaction() as session:
            changed = history.revert_record(session, "contact", cid, before=first_notes.id)
        assert {f.field for f in changed} == {"notes", "gender"}
        row = values(a, "contact", cid)
        assert (row["notes"], row["gender"], row["dietary_needs"]) == ("", "", "vegetarian")
        send(a, b, tmp_path)
        assert values(b, "contact", cid)["notes"] == ""
    finally:
        a.close()
        b.close()


def test_deleted_view_and_restore(db: Database) -> None:
    cid = _contact(db)
    with db.transaction() as session:
        contact_service.delete_contacts(session, [cid])
    with db.reading() as session:
        deleted = history.deleted_records(session)
    assert [(r.entity, r.row_id) for r in deleted] == [("contact", cid)]
    assert "Zhang" in deleted[0].label or "张伟" in deleted[0].label
    with db.transaction() as session:
        history.restore_record(session, cid[:8])
    with db.reading() as session:
        assert history.deleted_records(session) == []
    with pytest.raises(history.HistoryError, match="is not deleted"), db.transaction() as session:
        history.restore_record(session, cid)


def test_cli_history_deleted_restore(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    cid = _contact(db)
    with db.transaction() as session:
        contact_service.update_contact(session, cid, dietary_needs="halal")
        contact_service.delete_contacts(session, [cid])
    args = ["--db", str(db.path)]
    assert main([*args, "history", cid[:8]]) == 0
    out = capsys.readouterr().out
    assert "Dietary requirements: vegetarian → halal" in out and "(deleted)" in out
    assert main([*args, "deleted"]) == 0
    assert cid[:8] in capsys.readouterr().out
    assert main([*args, "restore-record", cid[:8]]) == 0
    assert "Restored contact" in capsys.readouterr().out
    change = next(
        line.split()[0]
        for line in _lines(main, [*args, "history", cid], capsys)
        if "Dietary requirements" in line
    )
    assert main([*args, "history", cid, "--revert", change]) == 0
    assert values(db, "contact", cid)["dietary_needs"] == "vegetarian"
    # Bad input: one sentence, exit code 1, nothing changed.
    assert main([*args, "history", "zz"]) == 1
    assert "at least 4 characters" in capsys.readouterr().err
    assert main([*args, "history", cid, "--revert-to", "no-such-change"]) == 1
    assert "no change with id" in capsys.readouterr().err
    assert main([*args, "restore-record", cid]) == 1
    assert "is not deleted" in capsys.readouterr().err
    con = sqlite3.connect(db.path)
    assert con.execute("SELECT dietary_needs FROM contact WHERE id = ?", (cid,)).fetchone() == ("vegetarian",)
    con.close()


def _lines(run, argv, capsys) -> list[str]:  # type: ignore[no-untyped-def]
    assert run(argv) == 0
    return capsys.readouterr().out.splitlines()


def test_cli_history_deleted_restore_in_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    cid = _contact(db)
    with db.transaction() as session:
        contact_service.update_contact(session, cid, dietary_needs="halal")
        contact_service.delete_contacts(session, [cid])
    zh = ["--lang", "zh_CN", "--db", str(db.path)]
    assert main([*zh, "history", cid[:8]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("联系人 ") and f"（已删除） — {cid}" in lines[0]
    assert any(line.endswith("饮食要求：vegetarian → halal") for line in lines), lines
    assert any(line.endswith("创建") for line in lines) and "created" not in "\n".join(lines)
    assert main([*zh, "deleted"]) == 0
    [row] = capsys.readouterr().out.splitlines()
    assert row.startswith(cid[:8]) and "  联系人  " in row  # the widest kind, then two spaces
    assert main([*zh, "restore-record", cid[:8]]) == 0
    assert capsys.readouterr().out.startswith("已恢复联系人“")
    assert main([*zh, "deleted"]) == 0
    assert capsys.readouterr().out == "没有已删除的记录。\n"
    # the service's errors too, the prefix in Chinese as well
    assert main([*zh, "history", "zz"]) == 1
    assert capsys.readouterr().err == "petdesk：错误：请至少提供记录编号的前 4 个字符\n"
    assert main([*zh, "restore-record", cid]) == 1
    assert capsys.readouterr().err.endswith("未被删除\n")
    # English as before
    assert main(["--lang", "en", "--db", str(db.path), "deleted"]) == 0
    assert capsys.readouterr().out == "No deleted records.\n"
    assert main(["--lang", "en", "--db", str(db.path), "history", "zz"]) == 1
    assert capsys.readouterr().err == "petdesk: error: give at least 4 characters of the record id\n"
