"""A Japanese name without a Latin spelling, sent with its kana reading (Outlook's フリガナ, an iPhone's
X-PHONETIC-*), prints in Hepburn on the English side, marked as not the person's own spelling: the
English columns showed the kanji alone (field test 78). A Latin name on record is printed as it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.namecards import build_namecards
from petdesk.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


def test_kana_reading_gives_the_english_side_a_marked_hepburn_name(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        kato = cs.create_contact(
            s, family_name_zh="加藤", given_name_zh="由美", phonetic_family_name="カトウ",
            phonetic_given_name="ユミ", native_name_language="ja",
        )  # fmt: skip
        tanaka = cs.create_contact(
            s, family_name="Tanaka", given_name="Makoto", family_name_zh="田中", given_name_zh="誠",
            phonetic_family_name="タナカ", phonetic_given_name="マコト", native_name_language="ja",
        )  # fmt: skip
        visit = vs.create_visit(
            s, title_en="Kitakyushu visit", title_zh="北九州访问", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        vs.add_participant(s, visit.id, kato.id, ParticipantRole.HEAD)
        vs.add_participant(s, visit.id, tanaka.id, ParticipantRole.DELEGATE)
        visit_id = visit.id
    pdf = build_visit_dossier(db, visit_id, tmp_path / "d.pdf", DossierOptions(first_lang="zh_CN"))
    text = flat("".join(pdftotext_pages(pdf)))
    assert "KatoYumi" in text and "加藤由美（KatoYumi）" in text
    assert "Hepburnromaji;nospellingoftheirownonrecord" in text and "赫本式罗马字；未记录本人的拼写" in text
    assert ("TanakaMakoto" in text or "MakotoTanaka" in text) and "pinyin" not in text
    cards = flat("".join(pdftotext_pages(build_namecards(db, visit_id, tmp_path / "cards.pdf"))))
    assert "KatoYumi" in cards
