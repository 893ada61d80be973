"""Names61, defects 2 and 4: titles written together before a name.

"Sr. Ing. Juan Pérez" at a Mexican office kept Ing. alone (Sr., and with it that he is a man, was
dropped): both are kept now, as "Herr Dr." is, with Ing.'s Chinese title (工程师). "Herr Dr. Müller"
had 先生 and the given name "Dr." from a whole-name column, and "Herr Dr." stored with no Chinese
title printed 穆勒 with none: Chinese says one title, the academic one, after the name (穆勒博士), as
"Dr. Li" is 李博士."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier.data import PersonInfo
from petdesk.dossier.labels import Bi
from petdesk.enums import NameOrder
from petdesk.office_country import set_office_country
from petdesk.services import honorifics
from tests.core.contacts.test_couples_and_senor import _files, _people
from tests.helpers.contact_form_saves import saved_contact
from tests.helpers.office_kept import office

__all__ = ["office"]


@pytest.mark.parametrize("kind", list(_files("A B")))
def test_sr_ing_keeps_both_titles(tmp_path: Path, office: None, kind: str) -> None:
    set_office_country("MX")
    path = tmp_path / kind
    path.write_text(_files("Sr. Ing. Juan Pérez")[kind], encoding="utf-8")
    assert _people(path) == [("Pérez", "Juan", "Sr. Ing.", "工程师", "m", "")]


def test_the_editor_keeps_both_too(db: Database, office: None) -> None:
    set_office_country("MX")
    juan = saved_contact(
        db,
        {"given_name": "Sr. Ing. Juan", "family_name": "Pérez", "gender": ""},
        start_date=dt.date(2026, 12, 7),
    )
    assert (juan.given_name, juan.honorific_en, juan.honorific_zh, juan.gender) == (
        "Juan",
        "Sr. Ing.",
        "工程师",
        "m",
    )


def test_sr_before_a_title_stays_in_the_name_elsewhere(office: None) -> None:
    set_office_country("GB")  # Sister Dr. Mary
    assert honorifics.title_of_given_name("Sr. Dr. Mary") == ("", "Sr. Dr. Mary")


def test_herr_dr_before_a_family_name_alone(tmp_path: Path) -> None:
    path = tmp_path / "name.csv"
    path.write_text("Name,Organisation\nHerr Dr. Müller,X\nHerr Dr. Hans Müller,X\n", encoding="utf-8")
    assert _people(path) == [
        ("Müller", "", "Herr Dr.", "博士", "m", ""),
        ("Müller", "Hans", "Herr Dr.", "博士", "m", ""),
    ]


def test_the_chinese_title_of_titles_written_together() -> None:
    assert honorifics.chinese("Herr Dr.") == honorifics.chinese("Dr.") == "博士"
    assert honorifics.chinese("Sr. Ing.") == "工程师"
    assert honorifics.chinese("Sr. Lic.") == "先生"  # Lic. has no Chinese form; Señor has
    assert honorifics.chinese("Botschafter") == ""


def _person(family: str, family_zh: str, honorific: Bi) -> PersonInfo:
    return PersonInfo(
        id=family, family_name=family, given_name="", name_order=NameOrder.GIVEN_FIRST,
        family_name_zh=family_zh, given_name_zh="", honorific=honorific, position=Bi(), department=Bi(),
        organisation=None, languages=(), dietary_needs="", accessibility_needs="", emergency_contact="",
        methods=(), native_name_language="",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("family", "family_zh", "honorific", "zh"),
    [
        ("Li", "李", Bi("Dr.", "博士"), "李博士"),  # today's rendering, the rule's model
        ("Müller", "穆勒", Bi("Herr Dr.", "博士"), "穆勒博士"),
        ("Müller", "穆勒", Bi("Herr Dr."), "穆勒博士"),  # stored with no Chinese title
        ("Li", "", Bi("Dr.", "博士"), "Li 博士"),
        ("Müller", "", Bi("Herr Dr."), "Müller 博士"),  # not "Herr Dr. Müller" in the Chinese column
    ],
)
def test_the_chinese_column_prints_one_title_after_the_name(
    family: str, family_zh: str, honorific: Bi, zh: str
) -> None:
    assert _person(family, family_zh, honorific).formal_name("zh_CN").replace("\xa0", " ") == zh
