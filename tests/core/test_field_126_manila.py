"""Field test 126: the hub office in Manila (PH)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.amounts import AmountError, parse_amount
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field126"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("₱12,500,000.00", 12_500_000.0),  # was refused: "not an amount"
        ("₱ 3.2 million", 3_200_000.0),
        ("P12.5M", 12_500_000.0),  # the peso sign as Manila types it without ₱
        ("P 12,500,000.00", 12_500_000.0),
        ("PHP 2.5M", 2_500_000.0),
        ("Php 3.2 million", 3_200_000.0),
    ],
)
def test_philippine_pesos_are_read(typed: str, expected: float) -> None:
    assert parse_amount(typed, "PHP") == expected


def test_a_p_is_no_other_currency() -> None:
    with pytest.raises(AmountError):
        parse_amount("P12.5M", "USD")  # a peso (or a pula), never dollars


def test_the_manila_project_sheet_is_read_whole(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PH"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_en_ph_utf8_bom.csv")
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == [
        (12_500_000.0, "PHP"),
        (2_500_000.0, "PHP"),
        (3_200_000.0, "PHP"),
        (12_500_000.0, "PHP"),
    ]


@pytest.mark.parametrize(
    ("typed", "sheet", "country", "expected"),
    [
        ("₱12,500,000.00", "CNY", "", (12_500_000.0, "PHP")),  # the sign says whose, anywhere
        ("P12.5M", "CNY", "PH", (12_500_000.0, "PHP")),  # the row's country says whose "P"
        ("P12.5M", "PHP", "", (12_500_000.0, "PHP")),
    ],
)
def test_peso_signs_give_the_currency(
    typed: str, sheet: str, country: str, expected: tuple[float, str]
) -> None:
    assert past_projects.parse_money(typed, currency=sheet, country=country)[:2] == expected


def test_a_p_of_no_known_country_is_refused() -> None:
    with pytest.raises(ValueError):
        past_projects.parse_money("P12.5M", currency="CNY", country="")


def test_a_google_form_names_its_people_and_their_lgu() -> None:
    from petdesk.services.importing import guess_mapping

    headers = ["Timestamp", "Email Address", "Full name (First Name, M.I., Last Name)", "Organization / LGU"]
    assert guess_mapping(headers) == {1: "email", 2: "full_name", 3: "organisation"}  # were dropped


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Ma. Cristina S. dela Cruz", ("dela Cruz", "Ma. Cristina S.")),  # was "Cruz", "Ma. Cristina S. dela"
        ("Pedro Delos Reyes", ("Delos Reyes", "Pedro")),
        ("Maria Clara S. Reyes", ("Reyes", "Maria Clara S.")),  # was "S. Reyes"
    ],
)
def test_filipino_family_names_keep_their_particle(full: str, expected: tuple[str, str]) -> None:
    from petdesk.services.importing import _split_latin_name

    assert _split_latin_name(full)[:2] == expected


def test_the_registration_form_keeps_the_names_on_file(db: Database) -> None:
    from sqlalchemy import select

    from petdesk.services import importing

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PH"))
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "google_contacts_ph.csv")
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "google_forms_training_registration.csv")
    with db.reading() as s:
        names = {
            (c.given_name, c.family_name): (c.middle_name, c.name_suffix)
            for c in s.scalars(select(m.Contact))
        }
    assert names[("Ma. Cristina", "dela Cruz")] == ("Santos", "")  # was replaced by "S."
    assert names[("Juan", "dela Cruz")] == ("D.", "Jr.")  # was "dela Cruz Jr." beside "Jr."
    assert names[("Ana Liza", "Bautista")] == ("M.", "")


def test_ma_and_maria_are_one_name_to_the_duplicate_finder(db: Database) -> None:
    from petdesk.services import duplicates

    with db.transaction() as s:
        s.add(m.Contact(family_name="dela Cruz", given_name="Ma. Cristina"))
        s.add(m.Contact(family_name="Dela Cruz", given_name="Maria Cristina"))
        s.add(m.Contact(family_name="Ma", given_name="Li"))  # "Ma" without its dot: a Chinese name
        s.add(m.Contact(family_name="Li", given_name="Maria"))
    with db.reading() as s:
        pairs = duplicates.find_contact_duplicates(s)
    assert [{p.first_name, p.second_name} for p in pairs] == [
        {"Ma. Cristina dela Cruz", "Maria Cristina Dela Cruz"}  # were not found
    ]


def test_what_a_manila_office_imports_is_in_manila_time(db: Database, tmp_path: Path) -> None:
    """Trainings and visits from a sheet took the laptop's zone (UTC in the field), not the office's."""
    from sqlalchemy import select

    from petdesk.services import past_visits

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PH"))
    sheet = tmp_path / "trainings.csv"
    sheet.write_text("Date,Training,Venue\n3/22/2027,Solid waste training,Pasig City Hall\n", "utf-8")
    with db.transaction() as s:
        past_visits.import_past_visits(s, sheet, kind=past_visits.TRAININGS)
        past_visits.import_past_visits(s, SAMPLES / "visits_excel_en_ph_utf8_bom.csv")
    with db.reading() as s:
        assert [t.timezone for t in s.scalars(select(m.Training))] == ["Asia/Manila"]  # was the laptop's
        assert [v.timezone for v in s.scalars(select(m.Visit))] == ["Asia/Manila"]


def test_a_name_suffix_is_printed_with_the_full_name(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Jr." and "III" were stored but shown nowhere: not by ``petdesk contact``, the contact list, the
    dossier, vCard's FN or the CSV's full name."""
    import csv
    import io

    from sqlalchemy import select

    from petdesk.cli.contact_show import print_contact
    from petdesk.cli.context import Context
    from petdesk.dossier.data import _person_info
    from petdesk.services import exporting, importing, search

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PH"))
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "google_contacts_ph.csv")
    with db.reading() as s:
        juan = s.scalars(select(m.Contact).where(m.Contact.given_name == "Juan")).one()
        print_contact(s, juan.id, Context(language="en"))
        assert _person_info(juan).name_latin == "Juan dela Cruz Jr."
        assert "FN:Juan D. dela Cruz Jr.\r\n" in exporting.vcard_text([juan])
        out = io.StringIO()
        exporting.write_csv(out, [juan])
        listed = [r.name("en") for r in search.search(s, "dela Cruz", kind="contact")]
    assert "Juan dela Cruz Jr." in listed  # the contact list's name
    shown = capsys.readouterr().out.splitlines()
    assert shown[0] == "Juan dela Cruz Jr."
    assert any(line.split() == ["Name", "suffix:", "Jr."] for line in shown)
    assert (
        next(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"))))["Full name"]
        == "Juan dela Cruz Jr."
    )


def test_maria_and_ma_find_each_other_in_search(db: Database) -> None:
    """Search did not find "Ma. Cristina" for "Maria Cristina", though duplicates pair them."""
    from petdesk.services import search

    with db.transaction() as s:
        s.add(m.Contact(family_name="dela Cruz", given_name="Ma. Cristina"))
        s.add(m.Contact(family_name="Reyes", given_name="Maria Cristina"))
        s.add(m.Contact(family_name="Ma", given_name="Li"))  # no dot: a Chinese name, no Maria
        s.add(m.Contact(family_name="Lopez", given_name="Mariano"))
    with db.reading() as s:

        def found(query: str) -> set[str]:
            return {r.name_en for r in search.search(s, query, kind="contact")}

        assert found("Maria Cristina") == {"Ma. Cristina dela Cruz", "Maria Cristina Reyes"}  # was Reyes only
        assert found("Ma. Cristina") == {"Ma. Cristina dela Cruz", "Maria Cristina Reyes"}
        assert found("maria") == {
            "Ma. Cristina dela Cruz",
            "Maria Cristina Reyes",
            "Mariano Lopez",
        }  # as typed


def test_one_address_from_google_and_outlook_is_kept_once(db: Database) -> None:
    """Google's "Elliptical Road, Barangay Central" in "PH" and Outlook's two street lines in
    "Philippines" are one address: it was stored twice."""
    from sqlalchemy import select

    from petdesk.services import importing

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PH"))
    for sample in ("google_contacts_ph.csv", "outlook_en_ph_cp1252.csv"):
        with db.transaction() as s:
            importing.import_file(s, SAMPLES / sample)
    with db.reading() as s:
        cristina = s.scalars(select(m.Contact).where(m.Contact.given_name == "Ma. Cristina")).one()
        assert [a["street"] for a in cristina.addresses] == ["Elliptical Road, Barangay Central"]  # was 2


def test_atty_is_a_lawyer_in_chinese_and_hon_keeps_its_english(db: Database) -> None:
    """ "Atty." had no Chinese honorific (律师 now); "Hon." keeps none by decision (README, glossary)."""
    from sqlalchemy import select

    from petdesk.dossier.data import _person_info
    from petdesk.services import importing

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PH"))
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "google_contacts_ph.csv")
    with db.reading() as s:
        people = {c.given_name: c for c in s.scalars(select(m.Contact))}
        reyes, juan = _person_info(people["Maria Clara"]), _person_info(people["Juan"])
    assert (reyes.honorific.en, reyes.chinese_honorific()) == ("Atty.", "律师")  # was ("Atty.", "")
    assert reyes.formal_name("zh").split() == ["Maria", "Clara", "Reyes", "律师"]
    assert juan.chinese_honorific() == ""  # not 尊敬的 (a salutation) nor 阁下 (H.E.'s)
    assert juan.formal_name("zh").split()[0] == "Hon."
