"""A Turkish delegation list (field test 114): "Sayın Prof. Dr. Şükrü Öztürk" kept "Sayın Prof. Dr."
in the given name, "Mehmet Bey" kept "Bey" there, and "Işıl Ağaoğlu Hanım" in one cell was filed under
the family name "Hanım"; none of them got a Chinese honorific."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import honorifics, importing


def test_bey_and_hanim_after_the_given_name() -> None:
    assert honorifics.turkish_title_after_name("Mehmet Bey", "Aydın") == ("Bey", "Mehmet", "Aydın")
    assert honorifics.turkish_title_after_name("Işıl Ağaoğlu", "Hanım") == ("Hanım", "Işıl", "Ağaoğlu")
    assert honorifics.turkish_title_after_name("Beyza", "Kaya") == ("", "Beyza", "Kaya")


def test_a_turkish_delegation_list(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "heyet.csv"
    sheet.write_text(
        "Name,E-mail\r\n"
        "Sayın Prof. Dr. Şükrü Öztürk,s@example.tr\r\n"
        "Mehmet Bey Aydın,m@example.tr\r\n"
        "Işıl Ağaoğlu Hanım,i@example.tr\r\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        people = {
            c.family_name: (c.given_name, c.honorific_en, c.honorific_zh)
            for c in s.scalars(select(m.Contact))
        }
    assert people == {
        "Öztürk": ("Şükrü", "Prof. Dr.", "教授"),
        "Aydın": ("Mehmet", "Bey", "先生"),
        "Ağaoğlu": ("Işıl", "Hanım", "女士"),
    }
