"""Burmese honorifics (U, Daw, Ko, Ma, Saya; ဦး, ဒေါ် …) precede the name in the lists people send
("U Aung Min", "Daw Khin Mar"). They were kept as part of the name ("U Aung" a given name); they are the
honorific, and Chinese writes U and Daw before the name: 吴昂敏, 杜钦玛."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier.labels import Bi
from petdesk.services import importing
from petdesk.services.honorifics import burmese_title
from tests.core.dossier.test_latin_names_in_chinese import person, plain
from tests.helpers.contact_form_saves import saved_contact


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("U Aung Min", ("U", "Aung Min")),
        ("Daw Aung San Suu Kyi", ("Daw", "Aung San Suu Kyi")),
        ("Ma Khin Mar", ("Ma", "Khin Mar")),
        ("Saya Thein", ("Saya", "Thein")),
        ("ဦးအောင်မင်း", ("ဦး", "အောင်မင်း")),
        ("ဒေါ် ခင်မာ", ("ဒေါ်", "ခင်မာ")),
        ("မ ခင်မာ", ("မ", "ခင်မာ")),
        # left alone: Chinese or Korean names, a doubled syllable, မ run into a name, a name alone
        ("Ma Wei", ("", "Ma Wei")),
        ("Ko Min", ("", "Ko Min")),
        ("Ko Min-jung", ("", "Ko Min-jung")),
        ("Ko Ko Gyi", ("", "Ko Ko Gyi")),
        ("မမြ", ("", "မမြ")),
        ("U", ("", "U")),
        ("Daw Smith", ("", "Daw Smith")),
    ],
)
def test_a_burmese_honorific_is_told_from_the_name(name: str, split: tuple[str, str]) -> None:
    assert burmese_title(name) == split


def test_an_imported_list_stores_them_as_honorifics(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "yangon.csv"
    rows = ["U Aung Min", "Daw Khin Mar", "ဦးအောင်မင်း", "Ko Ko Gyi", "Ma Wei"]
    sheet.write_text("Name,Email\n" + "".join(f"{n},p{i}@example.mm\n" for i, n in enumerate(rows)), "utf-8")
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        got = [
            (c.honorific_en, c.honorific_zh, c.gender, f"{c.given_name} {c.family_name}".strip())
            for c in s.scalars(select(m.Contact))
        ]
    assert sorted(got) == sorted(
        [
            ("U", "吴", "m", "Aung Min"),
            ("Daw", "杜", "f", "Khin Mar"),
            ("ဦး", "吴", "m", "အောင်မင်း"),
            ("", "", "", "Ko Ko Gyi"),
            ("", "", "", "Wei Ma"),
        ]
    )


def test_the_editor_reads_them_off_the_name_typed(db: Database) -> None:
    def save(values: dict[str, str]) -> m.Contact:
        return saved_contact(db, values, start_date=dt.date(2026, 12, 6))

    daw = save({"given_name": "Daw Khin", "family_name": "Mar", "gender": ""})
    assert (daw.honorific_en, daw.honorific_zh, daw.gender, daw.given_name) == ("Daw", "杜", "f", "Khin")
    typed = save({"given_name": "U Aung", "family_name": "Min", "honorific_en": "Dr."})
    assert (typed.honorific_en, typed.given_name) == ("Dr.", "U Aung")  # the user's own title wins


def test_chinese_writes_u_and_daw_before_the_name() -> None:
    aung_min = person("Min", "Aung", Bi("U", "吴"), given_zh="昂敏")
    assert plain(aung_min.formal_name("zh")) == "吴昂敏"
    assert plain(aung_min.formal_name("en")) == "U Aung Min"
    khin_mar = person("Mar", "Khin", Bi("Daw", "杜"))  # no Chinese name: the Latin one as written
    assert plain(khin_mar.formal_name("zh")) == "Daw Khin Mar"
    ko = person("Min", "Aung", Bi("Ko", ""), given_zh="昂敏")  # no settled Chinese form: left out
    assert plain(ko.formal_name("zh")) == "昂敏"
