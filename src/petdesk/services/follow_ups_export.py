"""The follow-ups ``petdesk followups`` lists, as a CSV file (UTF-8 with a BOM, so that Excel reads
the Chinese) or a workbook, each header in both languages as the other exports name them (field
test 65: the annual report's follow-ups could only be copied from the terminal)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.services.follow_up_list import FollowUpRow
from petdesk.services.table_file import write_table
from petdesk.vocab import label

if TYPE_CHECKING:
    from petdesk.db import Database

#: (English, Chinese) of each column, in order.
COLUMNS = (
    ("ID", "编号"),
    ("Title (English)", "英文标题"),
    ("Title (Chinese)", "中文标题"),
    ("Due", "截止日期"),
    ("Overdue", "已逾期"),
    ("Status", "状态"),
    ("For", "所属记录"),
    ("For (Chinese)", "所属记录（中文）"),
    ("Owner", "负责人"),
    ("Owner (Chinese)", "负责人（中文）"),
    ("Note", "备注"),
)
SUFFIXES = (".csv", ".xlsx")


def headers(lang: str = "en") -> list[str]:
    """ "Due / 截止日期", the reader's language first."""
    return [f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}" for en, zh in COLUMNS]


def rows(found: Sequence[FollowUpRow], today: dt.date, lang: str = "en") -> list[list[object]]:
    def status(row: FollowUpRow) -> str:
        if row.stored_status is not None:  # a newer petdesk's status, as stored: not "Open"
            return row.stored_status
        en, zh = label(row.status, "en"), label(row.status, "zh_CN")
        return f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}"

    return [
        [
            r.id,
            r.title_en,
            r.title_zh,
            r.due_date,
            "✓" if r.is_open and r.due_date is not None and r.due_date < today else "",
            status(r),
            r.partner_en,
            r.partner_zh,
            r.owner_en,
            r.owner_zh,
            r.note,
        ]
        for r in found
    ]


def write(
    found: Sequence[FollowUpRow],
    path: Path,
    today: dt.date,
    lang: str = "en",
    *,
    delimiter: str = ",",
    logged_in: Database | None = None,
) -> None:
    """``path``'s suffix (.csv or .xlsx) says the format; dates ISO in a CSV, real dates in a workbook.
    The people it names (owners, contacts followed up) are logged in ``logged_in``'s export log."""
    sheet = "后续行动" if lang.startswith("zh") else "follow-ups"
    table = rows(found, today, lang)
    write_table(path, headers(lang), table, sheet=sheet, date_columns=(4,), delimiter=delimiter)
    if logged_in is not None:
        from petdesk.services import export_log

        ids = list(dict.fromkeys(named(found)))
        export_log.record_through(logged_in, "follow_ups", path, len(ids), ids)


def named(found: Sequence[FollowUpRow]) -> Iterator[str]:
    """The people a list names: each follow-up's owner, and its contact when it follows up one."""
    for r in found:
        if r.owner_id:
            yield r.owner_id
        if r.partner_kind == "contact" and r.partner_id:
            yield r.partner_id
