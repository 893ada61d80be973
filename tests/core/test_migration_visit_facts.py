"""0070_visit_country_head_count: the past-visit import's notes lines ("国家 / Country: 越南 (VN)",
"人数 / People: 8", as written and as staff edited them since) become the visit's country and head
count; a line that cannot be read stays in the notes as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import open_database
from tests.helpers.old_files import file_at, set_back_to

ROW = "导入自来访记录第 {n} 行 / Imported from the visit record, row {n}"
#: id -> the notes an 0069 petdesk's import-visits wrote (and staff edited), as in field test 101
NOTES = {
    "v-written": f"国家 / Country: 越南 (VN)\n人数 / People: 8\n接待人 / Host: 王强\n{ROW.format(n=3)}",
    "v-edited": f"Country: VN\n人数：6人\n备注 / Remark: 签约\n{ROW.format(n=4)}",
    "v-unknown": f"国家 / Country: 亚特兰蒂斯\n人数 / People: 12 \n{ROW.format(n=5)}",
    "v-unreadable": "People: about a dozen\n国家 / Country: 德国 (DE)",
    "v-typed": "Met at the fair; people from 3 cities",
}


def _old_file(tmp_path: Path) -> Path:
    path = file_at(tmp_path / "old.sqlite", "0069_do_not_contact")
    conn = sqlite3.connect(path)
    with conn:
        for visit_id, notes in NOTES.items():
            conn.execute(
                "INSERT INTO visit (id, title_en, title_zh, direction, status, start_date, end_date,"
                " timezone, purpose_en, purpose_zh, outcomes_en, outcomes_zh, notes, tags, created_at,"
                " updated_at) VALUES (?, 'Delegation', '', 'inbound', 'done', '2019-05-12',"
                " '2019-05-15', 'Asia/Shanghai', '', '', '', '', ?, '[]', 1, 1)",
                (visit_id, notes),
            )
    conn.close()
    return path


def _facts(path: Path) -> dict[str, tuple[str | None, int | None, str]]:
    db = open_database(path)
    try:
        with db.reading() as s:
            return {v.id: (v.country, v.head_count, v.notes) for v in s.query(m.Visit)}
    finally:
        db.engine.dispose()


def test_the_import_lines_become_fields_and_leave_the_notes(tmp_path: Path) -> None:
    facts = _facts(_old_file(tmp_path))
    assert facts["v-written"] == ("VN", 8, f"接待人 / Host: 王强\n{ROW.format(n=3)}")
    assert facts["v-edited"] == ("VN", 6, f"备注 / Remark: 签约\n{ROW.format(n=4)}")
    # a country petdesk could not name a code for stays as typed; the count is read
    assert facts["v-unknown"] == (None, 12, f"国家 / Country: 亚特兰蒂斯\n{ROW.format(n=5)}")
    # a count that is no number stays as typed; the country is read
    assert facts["v-unreadable"] == ("DE", None, "People: about a dozen")
    assert facts["v-typed"] == (None, None, NOTES["v-typed"])


def test_downgrade_puts_the_fields_back_into_the_notes(tmp_path: Path) -> None:
    path = _old_file(tmp_path)
    _facts(path)
    set_back_to(path, "0069_do_not_contact")
    conn = sqlite3.connect(path)
    notes = dict(conn.execute("SELECT id, notes FROM visit").fetchall())
    conn.close()
    host = f"接待人 / Host: 王强\n{ROW.format(n=3)}"
    assert notes["v-written"] == f"国家 / Country: VN\n人数 / People: 8\n{host}"
    assert notes["v-typed"] == NOTES["v-typed"]
    # and up again, the same fields
    assert _facts(path)["v-written"][:2] == ("VN", 8)


@pytest.mark.parametrize(
    "line",
    ["人数 / People: 8", "People: 8", "人数：8人", "people : 8 ", "人数 / People：8人", "  people:8\r"],
)
def test_every_form_the_events_report_read_moves(line: str) -> None:
    from importlib import import_module

    migration = import_module("petdesk.migrations.versions.0070_visit_country_head_count")
    assert migration.facts_from_notes(f"{line}\nrest") == (None, 8, "rest")
