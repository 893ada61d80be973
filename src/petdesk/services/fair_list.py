"""The matchmaking list of a fair: every shortlisted match, each city's needs with the technologies
and providers proposed for them, in English and Chinese side by side, for the printed fair guide
(field test 76: there was a match result per need, and the exchange file's matches sheet held ids)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from petdesk import outfile
from petdesk.csv_separators import number_cell
from petdesk.language import interface_language
from petdesk.models.enums import MatchState
from petdesk.services import needs, tech_matching, technologies
from petdesk.vocab import label

#: Column headers in both languages (the guide is read by both sides of the table).
COLUMNS = (
    ("City", "城市"),
    ("City need", "城市需求"),
    ("Technology", "技术"),
    ("Provider", "技术提供方"),
    ("State", "进展"),
    ("Score", "得分"),
    ("Note", "备注"),
)


@dataclass(frozen=True)
class FairRow:
    city: tuple[str, str]
    need: tuple[str, str]
    technology: tuple[str, str]
    provider: tuple[str, str]
    state: MatchState
    score: float
    notes: str
    #: A state a newer petdesk stored, as stored: printed in both columns (``state`` is its stand-in).
    stored_state: str | None = None


def fair_rows(session: Session, *, without_no_agreement: bool = True) -> list[FairRow]:
    """The shortlisted matches of all needs, by city and need, best score first within a need; a
    match that ended without agreement is left out unless asked for (a guide lists open talks)."""
    need_rows = {n.id: n for n in needs.list_needs(session)}
    techs = {t.id: t for t in technologies.list_technologies(session)}
    out: list[FairRow] = []
    for x in tech_matching.list_matches(session):
        need, tech = need_rows.get(x.need_id), techs.get(x.technology_id)
        if need is None or tech is None or (without_no_agreement and x.state == MatchState.NO_AGREEMENT):
            continue
        out.append(
            FairRow(
                (need.city("en"), need.city("zh")),
                (need.title("en"), need.title("zh")),
                (tech.name("en"), tech.name("zh")),
                (tech.provider("en"), tech.provider("zh")),
                x.state,
                x.score,
                x.notes,
                x.stored_state,
            )
        )
    out.sort(key=lambda r: (r.city[0].casefold(), r.need[0].casefold(), -r.score, r.technology[0].casefold()))
    return out


def write_fair_list(rows: list[FairRow], out: Path, locale: str = "en", *, delimiter: str = ",") -> Path:
    """``rows`` as F.xlsx or F.csv (UTF-8 with a byte-order mark, for Excel): each field in both
    languages, the ``locale``'s first."""
    zh_first = interface_language(locale) == "zh"

    def pair(values: tuple[str, str]) -> list[str]:
        return [values[1], values[0]] if zh_first else list(values)

    header: list[str] = []
    for en, zh in COLUMNS[:5]:
        header += pair((f"{en}", f"{zh}"))
    header += [" / ".join(pair(COLUMNS[5])), " / ".join(pair(COLUMNS[6]))]
    body = [
        [
            *pair(r.city),
            *pair(r.need),
            *pair(r.technology),
            *pair(r.provider),
            *pair(
                (r.stored_state, r.stored_state)
                if r.stored_state
                else (label(r.state, "en"), label(r.state, "zh_CN"))
            ),
            round(r.score, 2),
            r.notes,
        ]
        for r in rows
    ]
    if out.suffix.lower() == ".csv":
        from petdesk.services.exporting import safe_cell  # a name or note that starts with "=" is text

        with outfile.writing(out, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(header)
            # the score with the separator's decimal mark: German Excel read "0.73" as text (csv53)
            scores = (number_cell(round(r.score, 2), delimiter) for r in rows)
            guarded = ([safe_cell(c) if isinstance(c, str) else c for c in row] for row in body)
            writer.writerows([*row[:-2], score, row[-1]] for row, score in zip(guarded, scores, strict=True))
        return out
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from petdesk.services.table_file import text_cells

    wb = Workbook()
    ws = wb.active
    ws.title = "对接清单" if zh_first else "Matchmaking list"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in body:
        ws.append(row)
        text_cells(ws[ws.max_row])
    ws.freeze_panes = "A2"
    with outfile.writing(out) as f:
        wb.save(f)
    return out
