"""Mongolian names (field test 119): "Батын Болд" and "Б. Болд" put the father's name first, and
people are listed and addressed by the given name. Before, the sheet's "Овог" + "Нэр" printed
"Болд Батын" and the list filed everyone by the father's name (all the Б. together)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import mongolian_names, names


@pytest.mark.parametrize(
    ("family", "given", "country", "expected"),
    [
        ("Б.", "Болд", "", True),
        ("Батын", "Болд", "", True),
        ("Цэрэнгийн", "Оюун", "", True),
        ("Боржигин Батын", "Болд", "", True),  # the clan name first, then the father's name
        ("Дорж", "Түмэнбаяр", "MN", True),
        ("Синицын", "Иван", "", False),  # a Russian surname in -цын
        ("Петрова", "Ирина", "", False),
        ("Smith", "John", "MN", False),
    ],
)
def test_father_names(family: str, given: str, country: str, expected: bool) -> None:
    assert mongolian_names.is_patronymic(family, given, country) is expected


def test_written_father_first_and_filed_by_given_name(db: Database) -> None:
    with db.transaction() as s:
        bold = cs.create_contact(s, family_name="Батын", given_name="Болд")
        ulzii = cs.create_contact(s, family_name="Б.", given_name="Өлзийбаяр")
        ivan = cs.create_contact(s, family_name="Синицын", given_name="Иван")
        assert (bold.name_latin, ulzii.name_latin, ivan.name_latin) == (
            "Батын Болд", "Б. Өлзийбаяр", "Иван Синицын",
        )  # fmt: skip
    keys = {
        who: names.person_sort_key_en(family=f, given=g)
        for who, f, g in (
            ("bold", "Батын", "Болд"),
            ("ulzii", "Б.", "Өлзийбаяр"),
            ("anna", "Болдбаатар", "Анна"),
        )
    }
    assert keys["anna"].startswith("boldbaatar")  # a surname files by the surname
    assert keys["bold"].startswith("bold ")  # Батын Болд by Болд
    assert keys["ulzii"].startswith("olzi")  # Б. Өлзийбаяр by Өлзийбаяр, not among the Б.


def test_mongolia_and_ulaanbaatar_in_chinese() -> None:
    from petdesk import city_names, labels
    from petdesk.dossier.visit import country_name

    assert country_name("MN", "zh") == labels.country_name("MN", "zh_CN") == "蒙古国"
    assert country_name("MN", "en") == "Mongolia"
    assert city_names.both_names("Улаанбаатар")[1] == "乌兰巴托"
