"""The Latin reading of an Arabic or Thai name is printed in the name's own order (field test 75): the
name card of محمد بن راشد said "bin Rashid Mohammed", the order of a Japanese name's kana reading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages


def test_reading_of_an_arabic_and_a_thai_name_given_name_first(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Gulf delegation", title_zh="海湾代表团", start_date=dt.date(2027, 4, 14),
            end_date=dt.date(2027, 4, 16), timezone="Asia/Shanghai",
        )  # fmt: skip
        for given, family, pg, pf in (
            ("محمد", "بن راشد", "Mohammed", "bin Rashid"),
            ("สมชาย", "ใจดี", "Somchai", "Jaidee"),
        ):
            c = cs.create_contact(
                s, given_name=given, family_name=family, phonetic_given_name=pg, phonetic_family_name=pf
            )
            vs.add_participant(s, visit.id, c.id, ParticipantRole.DELEGATE)
        visit_id = visit.id
    cards = _lines(build_namecards(db, visit_id, tmp_path / "cards.pdf"))
    dossier = _lines(build_visit_dossier(db, visit_id, tmp_path / "d.pdf", DossierOptions()))
    for lines in (cards, dossier):
        assert {"Mohammed bin Rashid", "Somchai Jaidee"} <= lines
        assert not {"bin Rashid Mohammed", "Jaidee Somchai"} & lines


def _lines(pdf: Path) -> set[str]:
    return {" ".join(line.split()) for page in pdftotext_pages(pdf) for line in page.splitlines()}
