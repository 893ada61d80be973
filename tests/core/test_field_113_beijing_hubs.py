"""Ms. Zhao Min at FECO in Beijing (field test 113), in the Chinese window, imports the sync packages
of the New Delhi, São Paulo and Cape Town hubs.

Before: a partner whose Hindi name sits in the Chinese name's place (आर. के. शर्मा beside
R. K. Sharma) was shown by his Latin name but filed by the Devanagari one, so in Chinese order every
such person came after all the Latin names (R. K. Sharma after Venkataraman Subramanian) instead of
among them under S. And such a partner could not be edited at all: adding a phone number was
refused with "The Chinese name “आर. के. शर्मा” may only contain Chinese characters", in the hub's
office as in Beijing's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import contacts as cs
from petdesk.services import honorifics, importing, names, past_projects, search
from petdesk.services.contacts import Method
from petdesk.sync import service


def test_a_hindi_name_in_the_chinese_place_files_by_the_latin_name_in_chinese_order() -> None:
    key = names.person_sort_key_zh(family="Sharma", given="R. K.", family_zh="आर. के. शर्मा")
    assert key == names.person_sort_key_en(family="Sharma", given="R. K.")
    # A real Chinese name still files by its pinyin.
    zhao = names.person_sort_key_zh(family="Zhao", given="Min", family_zh="赵", given_zh="敏")
    assert zhao.startswith("zhao")


def test_the_chinese_list_mixes_indian_latin_american_and_african_names(db: Database) -> None:
    people = (
        ("Sharma", "R. K.", "आर. के. शर्मा"),
        ("Kumari", "Meena", "मीना कुमारी"),
        ("Anand", "S.", ""),
        ("García de la Cruz", "María José", ""),
        ("van der Merwe", "Pieter", ""),
        ("Subramanian", "Venkataraman", ""),
        ("Diop", "Aminata", ""),
    )
    with db.transaction() as s:
        for family, given, hindi in people:
            cs.create_contact(s, family_name=family, given_name=given, family_name_zh=hindi)
    with db.transaction() as s:
        rows = search.search(s, "", kind=search.CONTACT, language="zh_CN", limit=20)
        order = [r.name_en for r in rows]
    assert order == [
        "S. Anand", "Diop Aminata" if order[1].startswith("Diop") else "Aminata Diop",
        "María José García de la Cruz", "Meena Kumari", "Pieter van der Merwe", "R. K. Sharma",
        "Venkataraman Subramanian",
    ]  # fmt: skip


@pytest.mark.parametrize("hindi", ["आर. के. शर्मा", "मीना कुमारी", "राजेश कुमार वर्मा"])
def test_a_partner_with_a_hindi_name_can_be_edited(db: Database, hindi: str) -> None:
    with db.transaction() as s:
        person = m.Contact(family_name="Sharma", given_name="R. K.", family_name_zh=hindi)
        person.native_name_language = "hi"  # as the importer keeps it (services.names_indic)
        s.add(person)
        s.flush()
        cs.update_contact(
            s, person.id, notes="met at the Delhi hub", methods=[Method("phone", "+91 98110 00000")]
        )
    with db.reading() as s:
        stored = s.get(m.Contact, person.id)
        assert stored is not None
        assert (stored.family_name_zh, stored.notes) == (hindi, "met at the Delhi hub")
        assert stored.native_name_language == "hi"  # not made Chinese ("") by the save
        assert [x.value for x in stored.methods] == ["+91 98110 00000"]


@pytest.mark.parametrize("typed", ["Sharma", "आर. के. Sharma", "शर्मा!"])
def test_latin_or_mixed_text_is_still_refused_as_the_other_script_name(typed: str) -> None:
    assert cs.validate_contact({"family_name": "Sharma", "family_name_zh": typed})


def test_a_marathi_name_in_devanagari_keeps_its_language_through_an_edit(db: Database) -> None:
    with db.transaction() as s:
        person = m.Contact(family_name="Patil", given_name="Sachin", family_name_zh="सचिन पाटील")
        person.native_name_language = "mr"
        s.add(person)
        s.flush()
        cs.update_contact(s, person.id, notes="Pune")
    with db.reading() as s:
        stored = s.get(m.Contact, person.id)
        assert stored is not None and stored.native_name_language == "mr"


SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field113"
HUBS = ("new_delhi", "sao_paulo", "cape_town")
#: The hubs' shared passphrase (tests/data/README.md).
PASSPHRASE = "shared-3ipet-2026"
CAPE_TOWN_PROJECTS = SAMPLES.parent / "field111" / "projects_excel_en_za.csv"


def test_the_three_hub_packages_in_beijing(db: Database) -> None:
    """The packages the hubs wrote with `petdesk sync export --all` from their partner lists and
    project sheets (field tests 107, 110, 111): everything arrives, the Indian partners can be
    edited, and the Chinese list files R. K. Sharma under S."""
    for hub in HUBS:
        service.import_package(
            db, SAMPLES / f"{hub}.petdesk-sync", PASSPHRASE, backup=False, accept_new_office=True
        )
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 23
        assert s.scalar(select(func.count()).select_from(m.Project)) == 12
        sharma = s.scalars(select(m.Contact).where(m.Contact.family_name == "Sharma")).one()
        assert (sharma.family_name_zh, sharma.native_name_language) == ("आर. के. शर्मा", "hi")
        methods = [*_methods(sharma), Method("phone", "+91 98110 00000")]
    with db.transaction() as s:
        cs.update_contact(s, sharma.id, methods=methods)
    with db.transaction() as s:
        order = [r.name_en for r in search.search(s, "", kind=search.CONTACT, language="zh_CN", limit=30)]
    assert order.index("R. K. Sharma") == order.index("Luiz de Souza Filho") - 1  # sa… before so…
    assert order.index("Meena Kumari") < order.index("Marié le Roux")  # ku… before le…


def _methods(contact: m.Contact) -> list[Method]:
    return [Method(x.channel, x.value, x.label) for x in contact.methods if x.deleted_at is None]


@pytest.mark.parametrize(
    ("typed", "chinese"),
    [
        ("BID", "美洲开发银行"), ("IDB", "美洲开发银行"),
        ("Banco Interamericano de Desenvolvimento", "美洲开发银行"),
        ("CAF", "拉丁美洲开发银行"), ("BNDES", "巴西国家开发银行"), ("AFD", "法国开发署"),
        ("Agence française de développement", "法国开发署"), ("AfDB", "非洲开发银行"),
        ("DBSA", "南部非洲开发银行"), ("NDB", "新开发银行"),
    ],
)  # fmt: skip
def test_the_hubs_funders_have_their_chinese_names(typed: str, chinese: str) -> None:
    assert past_projects.funder_names(typed)[0] == chinese


def test_a_cape_town_projects_sheet_names_its_funders_in_chinese(db: Database) -> None:
    """Before: "AFD" and "DBSA" stayed Latin letters in the Chinese projects board and annual summary."""
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="ZA"))
    with db.transaction() as s:
        past_projects.import_past_projects(s, CAPE_TOWN_PROJECTS)
    with db.reading() as s:
        funders = {
            o.short_name_en: o.name_zh
            for o in s.scalars(select(m.Organisation).where(m.Organisation.short_name_en != ""))
        }
    assert funders["AFD"] == "法国开发署"
    assert funders["DBSA"] == "南部非洲开发银行"


@pytest.mark.parametrize(
    ("written", "chinese"),
    [
        ("Dra.", "博士"),
        ("Dr.ª", "博士"),
        ("Mnr.", "先生"),
        ("Mev.", "女士"),
        ("Mej.", "女士"),
        ("Sra.", "女士"),
    ],
)
def test_spanish_portuguese_and_afrikaans_titles_have_a_chinese_one(written: str, chinese: str) -> None:
    assert honorifics.chinese(written) == chinese


def test_a_bogota_doctora_is_博士_in_the_chinese_window(db: Database) -> None:
    """Before: María José García de la Cruz's "Dra." from a Google contacts file had no Chinese title."""
    with db.transaction() as s:
        importing.import_file(s, SAMPLES.parent / "field110" / "google_contactos_es.csv")
    with db.reading() as s:
        maria = s.scalars(select(m.Contact).where(m.Contact.family_name == "García de la Cruz")).one()
        assert (maria.honorific_en, maria.honorific_zh) == ("Dra.", "博士")


def test_sao_paulos_projects_sheet_reads_its_dates_day_first(db: Database) -> None:
    """Before: with the office's country Brazil, 01/03/2027, 10/01/2027, 01/04/2027 and 01/06/2027
    were "no date that can be read": four of the sheet's seven rows skipped, their projects lost."""
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="BR"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES.parent / "field110" / "projetos_excel_ptbr.csv")
    assert [x.values.get("amount") for x in plan.skipped] == [
        "45 millones de pesos"
    ]  # pesos of which country
    days = {p.title: p.submitted for p in plan.planned}
    assert days["BRT Curitiba Elétrico"] == dt.date(2027, 3, 1)
    assert days["Resíduos Sólidos SP"] == dt.date(2027, 1, 10)
