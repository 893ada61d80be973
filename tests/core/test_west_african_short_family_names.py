"""A two-letter West African family name written in capitals first ("BA Fatou" of Senegal) is given
first, as "DIOP Aminata" is: "ba" and "fa-tou" spell pinyin, which kept it family first as a Chinese
name. Chinese names in capitals ("LI Wei", "NG Kok") keep their order."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, name_order_countries


def test_ba_fatou_of_senegal_is_given_first(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "Name,Country\nBA Fatou,Senegal\nKA Awa,Mali\nLI Wei,Senegal\nLI Xiaoming,Senegal\nBA Jin,China\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        shown = sorted(c.display_name() for c in s.scalars(select(m.Contact)))
    assert shown == ["Awa Ka", "Ba Jin", "Fatou Ba", "Li Wei", "Li Xiaoming"]


def test_only_west_african_rows_and_names() -> None:
    assert name_order_countries.west_african_short_family_name("Ba", "SN")
    assert not name_order_countries.west_african_short_family_name("Ba", "CN")
    assert not name_order_countries.west_african_short_family_name("Li", "SN")
    assert not name_order_countries.west_african_short_family_name("Ng", "GH")
