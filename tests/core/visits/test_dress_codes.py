"""Field defect 8: a dress code chosen in the Chinese window was stored as its Chinese text and
printed in Chinese in the dossier's English column. A preset is stored in English (whatever the
window's language) and each column prints it in its own language; typed text stays as typed (once,
in the column of its script), and older items holding a Chinese preset read as that preset."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from petdesk import labels
from petdesk.db import Database
from petdesk.dossier.logistics import protocol_parts
from petdesk.models import ItineraryItem
from petdesk.services import logistics as ls
from petdesk.services import visits as vs


def _item(db: Database) -> str:
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Chongqing tour", start_date=dt.date(2026, 12, 14), end_date=dt.date(2026, 12, 18)
        ).id
        start = dt.datetime(2026, 12, 14, 18)
        return vs.add_item(
            s, vid, title_en="Welcome dinner", start=start, end=start + dt.timedelta(hours=2)
        ).id


def _printed(db: Database, item_id: str, lang: str) -> str:
    with db.reading() as s:
        vid = s.get(ItineraryItem, item_id).visit_id
        view = ls.logistics(s, vid).items[item_id]
    return "".join(part for part, _style in protocol_parts(view, lang))


def test_a_preset_chosen_in_chinese_is_stored_in_english_and_printed_in_each_language(db: Database) -> None:
    item_id = _item(db)
    with db.transaction() as s:
        ls.set_item_protocol(s, item_id, dress_code="正式（深色西装）")  # as the Chinese window shows it
    with db.reading() as s:
        assert s.get(ItineraryItem, item_id).dress_code == "Formal (dark suit)"
    assert "Dress code: Formal (dark suit)" in _printed(db, item_id, "en")
    assert "着装要求：正式（深色西装）" in _printed(db, item_id, "zh")


def test_typed_text_stays_as_typed(db: Database) -> None:
    item_id = _item(db)
    with db.transaction() as s:
        ls.set_item_protocol(s, item_id, dress_code="  White tie, decorations  ")
    assert "Dress code: White tie, decorations" in _printed(db, item_id, "en")
    # once, in the column of its script: not English words in the Chinese column (protocol-office field test)
    assert "着装要求" not in _printed(db, item_id, "zh")
    with db.transaction() as s:
        ls.set_item_protocol(s, item_id, dress_code="请穿深色正装并佩戴勋章")
    assert "着装要求：请穿深色正装并佩戴勋章" in _printed(db, item_id, "zh")
    assert "Dress code" not in _printed(db, item_id, "en")


def test_an_older_item_holding_a_chinese_preset_prints_english_in_the_english_column(db: Database) -> None:
    item_id = _item(db)
    with db.transaction() as s:  # as an older version (or another office) stored it
        s.execute(
            text("UPDATE itinerary_item SET dress_code = '现场考察:请穿结实的鞋' WHERE id = :id"),
            {"id": item_id},
        )
    assert "Dress code: Site visit: sturdy shoes" in _printed(db, item_id, "en")
    assert "着装要求：现场考察：请穿结实的鞋" in _printed(db, item_id, "zh")


def test_preset_spellings() -> None:
    assert labels.dress_code_value("商务正装") == "Business attire"
    assert labels.dress_code_value(" smart  CASUAL ") == "Smart casual"
    assert labels.dress_code_value("正装（深色西装）") == "正装（深色西装）"  # not a preset: as typed
    assert labels.dress_code_label("Casual", "zh_CN") == "便装"
    assert labels.dress_code_label("便装", "en") == "Casual"
