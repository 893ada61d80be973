"""A leaver's :func:`handover.duties` as a CSV file or a workbook for their manager, headers in both
languages as the follow-ups export names them (field test 84)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from petdesk.enums import ParticipantRole, TrainingRole
from petdesk.services.handover import FOLLOW_UP, VISIT, Duty
from petdesk.services.table_file import write_table
from petdesk.vocab import label

#: (English, Chinese) of each column, in order.
COLUMNS = (
    ("Kind", "类别"),
    ("ID", "编号"),
    ("Title (English)", "英文标题"),
    ("Title (Chinese)", "中文标题"),
    ("Date", "日期"),
    ("Role", "职责"),
    ("Begun", "已开始"),
)
#: (English, Chinese) of each kind of duty.
KINDS = {FOLLOW_UP: ("Follow-up", "后续行动"), VISIT: ("Visit", "访问"), "training": ("Training", "培训")}
SUFFIXES = (".csv", ".xlsx")


def kind_word(kind: str, lang: str = "en") -> str:
    en, zh = KINDS[kind]
    return zh if lang.startswith("zh") else en


def role_word(duty: Duty, lang: str = "en") -> str:
    """The duty's role as the editors name it: a follow-up's owner, a visit's or training's role."""
    if duty.kind == FOLLOW_UP:
        return "负责人" if lang.startswith("zh") else "Owner"
    role = ParticipantRole(duty.role) if duty.kind == VISIT else TrainingRole(duty.role)
    return label(role, lang)


def _both(en: str, zh: str, lang: str) -> str:
    return f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}"


def write(found: Sequence[Duty], path: Path, lang: str = "en", *, delimiter: str = ",") -> int:
    """``path``'s suffix (.csv or .xlsx) says the format; returns the rows written."""
    headers = [_both(en, zh, lang) for en, zh in COLUMNS]
    rows = [
        [
            _both(kind_word(d.kind, "en"), kind_word(d.kind, "zh"), lang),
            d.record_id,
            d.title_en,
            d.title_zh,
            d.date,
            _both(role_word(d, "en"), role_word(d, "zh"), lang),
            "✓" if d.begun else "",
        ]
        for d in found
    ]
    sheet = "交接清单" if lang.startswith("zh") else "handover"
    return write_table(path, headers, rows, sheet=sheet, date_columns=(5,), delimiter=delimiter)
