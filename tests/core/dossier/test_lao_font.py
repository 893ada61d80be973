"""A Lao name in the PDFs (round 51): field test 75's interpreter ສົມພອນ ແກ້ວມະນີ printed as
"[U+0EAA]" codes, no bundled face had Lao; Noto Sans Lao (resources/fonts, 31 KB) draws it now."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_fonts import tree_fonts

__all__ = ["tree_fonts"]

GIVEN, FAMILY = "ສົມພອນ", "ແກ້ວມະນີ"

pytestmark = pytest.mark.usefixtures("tree_fonts")


def test_every_lao_letter_has_the_lao_face() -> None:
    for text in (GIVEN, FAMILY, "ຫຼວງພະບາງ ໑໒໓"):
        fonts.check(text)  # raises MissingGlyphError for a character no face has
    assert {name for name, _ in fonts.runs(GIVEN + FAMILY)} == {fonts.LAO}
    lao_block = {chr(c) for c in range(0x0E80, 0x0F00) if fonts.register().has(c)}
    assert len(lao_block) == 67  # every assigned letter, sign and digit up to Unicode 11


def test_dossier_and_name_cards_print_the_lao_interpreter(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        lao = cs.create_contact(s, given_name=GIVEN, family_name=FAMILY)
        v = vs.create_visit(
            s, title_en="Vientiane delegation", title_zh="万象代表团",
            start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 11), timezone="Asia/Shanghai",
        )  # fmt: skip
        vs.add_participant(s, v.id, lao.id, ParticipantRole.INTERPRETER)
        visit = v.id
    with fonts.collect_warnings() as warnings:
        pdfs = [
            build_visit_dossier(db, visit, tmp_path / f"d_{lang}.pdf", DossierOptions(first_lang=lang))
            for lang in ("zh_CN", "en")
        ]
        pdfs.append(build_namecards(db, visit, tmp_path / "cards.pdf"))
    assert warnings == []
    for pdf in pdfs:
        rows = pdffonts(pdf)
        assert all(r.embedded and r.unicode for r in rows), rows
        assert "NotoSansLao-Regular" in {r.name.split("+")[-1] for r in rows}, pdf.name
        text = flat("".join(pdftotext_pages(pdf)))
        assert "[U+" not in text and GIVEN in text, pdf.name
