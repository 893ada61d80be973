"""A yearly report (the events report, the annual summary) written as its file name's suffix says: a
bilingual PDF, a workbook or a CSV file, the reader's language first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from petdesk.language import reader_first

R = TypeVar("R")

#: The files a yearly report is written as (the command line refuses others before any work).
SUFFIXES = (".pdf", ".xlsx", ".csv")


def write_by_suffix(
    report: R,
    path: Path,
    locale: str,
    *,
    delimiter: str,
    pdf: Callable[[R, Path, str], None],
    xlsx: Callable[[R, Path, str], None],
    csv: Callable[..., None],
) -> None:
    """``report`` to ``path`` by the writer for its suffix (``csv`` also given ``delimiter``), in
    ``locale``'s language; another suffix is refused in plain words."""
    lang = reader_first(locale)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        pdf(report, path, lang)
    elif suffix == ".xlsx":
        xlsx(report, path, lang)
    elif suffix == ".csv":
        csv(report, path, lang, delimiter=delimiter)
    else:
        raise ValueError(f"{path.name}: choose a .pdf, .xlsx or .csv file name")
