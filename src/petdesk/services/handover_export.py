"""A leaver's :func:`handover.duties` as a CSV file or a workbook for their manager, headers in both
languages as the follow-ups export names them (field test 84)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.enums import ParticipantRole, TrainingRole
from petdesk.services.handover import FOLLOW_UP, VISIT, Duty
from petdesk.services.table_file import write_table
from petdesk.vocab import stored_label

if TYPE_CHECKING:
    from petdesk.db import Database

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
SUFFIXES = (".csv", ".xlsx", ".pdf")


def kind_word(kind: str, lang: str = "en") -> str:
    en, zh = KINDS[kind]
    return zh if lang.startswith("zh") else en


def role_word(duty: Duty, lang: str = "en") -> str:
    """The duty's role as the editors name it: a follow-up's owner, a visit's or training's role."""
    if duty.kind == FOLLOW_UP:
        return "负责人" if lang.startswith("zh") else "Owner"
    return stored_label(ParticipantRole if duty.kind == VISIT else TrainingRole, duty.role, lang)


def _both(en: str, zh: str, lang: str) -> str:
    return f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}"


def write(
    found: Sequence[Duty],
    path: Path,
    lang: str = "en",
    *,
    delimiter: str = ",",
    person: tuple[str, str] = ("", ""),
    logged_in: tuple[Database, str] | None = None,
) -> int:
    """``path``'s suffix (.csv, .xlsx or .pdf) says the format; ``person``: the leaver's (English,
    Chinese) name, the PDF's title. Returns the rows written. ``logged_in``: the database and the
    leaver's id, whose name the file carries, for its export log (field test 84)."""
    if path.suffix.lower() == ".pdf":
        write_pdf(found, path, lang, person)
        _log(logged_in, path)
        return len(found)
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
    written = write_table(path, headers, rows, sheet=sheet, date_columns=(5,), delimiter=delimiter)
    _log(logged_in, path)
    return written


def _log(logged_in: tuple[Database, str] | None, path: Path) -> None:
    if logged_in is not None:
        from petdesk.services import export_log

        db, leaver = logged_in
        export_log.record_through(db, "handover", path, 1, [leaver])


def write_pdf(found: Sequence[Duty], path: Path, lang: str, person: tuple[str, str]) -> None:
    """A4 for the manager: both languages, ``lang``'s first; one line per duty, its title in the
    reader's language with the other below."""
    import io

    from reportlab.lib.pagesizes import A4

    from petdesk import outfile
    from petdesk.dossier import fonts
    from petdesk.dossier.numbered_canvas import NumberedCanvas
    from petdesk.i18n import format_date
    from petdesk.services.market_report import _wrapped

    fonts.register()
    zh = lang.startswith("zh")
    width, height = A4
    buffer = io.BytesIO()
    c = NumberedCanvas(buffer, pagesize=A4, initialFontName=fonts.LATIN, lang=lang, margin=40.0)
    en_name, zh_name = person
    title = _both(f"Handover list: {en_name or zh_name}", f"工作交接清单：{zh_name or en_name}", lang)
    c.setTitle(title)
    margin = 40.0
    y = height - margin
    fonts.draw_string(c, margin, y, title, 13, bold=True)
    y -= 24
    x = [margin, margin + 80, margin + 170, margin + 240]
    heads = [_both(en, zh_, lang) for en, zh_ in (COLUMNS[0], COLUMNS[4], COLUMNS[5], ("Title", "标题"))]

    def draw_heads() -> None:
        nonlocal y
        for col, head in zip(x, heads, strict=True):
            fonts.draw_string(
                c, col, y, fonts.fit(head, 7, (x[1] - x[0] if col != x[3] else 300) - 4), 7, bold=True
            )
        y -= 14

    draw_heads()
    locale = "zh_CN" if zh else "en"
    room = width - margin - x[3]
    for d in found:
        first, second = (d.title_zh, d.title_en) if zh else (d.title_en, d.title_zh)
        # titles wrapped in full, not cut short with "…" (print review pdfreview56)
        lines = [(part, 8.0) for part in _wrapped(first or second, 8, room)]
        if second and second != first:
            lines += [(part, 7.0) for part in _wrapped(second, 7, room)]
        if y - 10 * (len(lines) - 1) < margin + 20:  # a duty's lines stay on one page
            c.showPage()
            y = height - margin
            draw_heads()  # a continued list says what its columns are
        cells = [kind_word(d.kind, lang), format_date(d.date, locale) if d.date else "", role_word(d, lang)]
        for col, value in zip(x[:3], cells, strict=True):
            fonts.draw_string(c, col, y, value, 8)
        for n, (part, size) in enumerate(lines):
            if n:
                y -= 10
            fonts.draw_string(c, x[3], y, part, size)
        y -= 14
    c.save()
    outfile.write_bytes(path, buffer.getvalue())
