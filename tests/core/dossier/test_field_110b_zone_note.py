"""Field test 110: a São Paulo visit with a meeting in Bogotá (two hours behind). The programme said
"Times are local to each place: Brasilia Standard Time" above a Bogotá meeting printed 11:00–13:00
(São Paulo time) with "(Bogotá time 09:00–11:00)" beside it: the note contradicted the times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages


def _visit(db: Database, *, bogota: bool) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="FECO delegation: Curitiba and Bogotá",
            title_zh="FECO代表团：库里蒂巴和波哥大",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 12),
            timezone="America/Sao_Paulo",
        )
        vs.add_item(
            s, v.id, start=dt.datetime(2027, 3, 9, 10), end=dt.datetime(2027, 3, 9, 12), title_en="BRT depot"
        )
        if bogota:
            vs.add_item(
                s,
                v.id,
                start=dt.datetime(2027, 3, 11, 9),
                end=dt.datetime(2027, 3, 11, 11),
                timezone="America/Bogota",
                title_en="Meeting at the Secretaría Distrital de Ambiente",
            )
        return v.id


def _text(db: Database, visit: str, pdf: Path) -> str:
    build_visit_dossier(db, visit, pdf, DossierOptions(first_lang="en"))
    return " ".join(" ".join(pdftotext_pages(pdf)).split())


def test_a_programme_across_zones_says_whose_times_it_prints(db: Database, tmp_path: Path) -> None:
    text = _text(db, _visit(db, bogota=True), tmp_path / "d.pdf")
    assert "Times are in Brasilia Standard Time (UTC-03:00); an item in another zone also gives" in text
    assert "时间均为巴西利亚标准时间（UTC-03:00）；其他时区的事项另注当地时间" in text.replace(" ", "")
    assert "Times are local to each place" not in text
    assert "Bogotá time 09:00–11:00" in text  # the meeting's own time is printed beside it, as before


def test_a_programme_in_one_zone_keeps_its_note(db: Database, tmp_path: Path) -> None:
    text = _text(db, _visit(db, bogota=False), tmp_path / "d.pdf")
    assert "Times are local to each place: Brasilia Standard Time" in text
