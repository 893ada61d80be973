"""Field test 117: the hub office in Nairobi (Kenya) and its training for county officials from
Kenya, Uganda, Tanzania and Ethiopia. Sample files in tests/data/import/field117/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import ContactChannel
from petdesk.services import invitation

DATA = Path(__file__).parents[1] / "data" / "import" / "field117"


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")  # the next test's dates are not this office's


def _nairobi(db: Database) -> None:
    with db.transaction() as s:
        invitation.set_office_settings(s, country="KE")


def _import(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", *argv]) == 0
    return capsys.readouterr().out


def test_a_kenyan_form_birthday_is_read_day_first(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Google Forms in Nairobi writes "05/11/1980" for the 5th of November: it was stored as 11 May
    without a word, and "23/02/1988" was refused as no date."""
    _nairobi(db)
    form = DATA / "training_registration_google_forms.csv"
    _import(db, capsys, str(form), "--map", "Full name (as on ID/Passport)=full_name")
    with db.transaction() as s:
        birthdays = {c.family_name: c.birthday for c in s.scalars(select(m.Contact))}
    assert birthdays["Wanjiru"] == "1980-11-05"
    assert birthdays["Hassan"] == "1979-07-01"
    assert birthdays["Nakato"] == "1988-02-23"


def test_the_excel_attendee_list_keeps_phones_counties_and_diets(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's "CSV (Comma delimited)" list of the training: "Phone (Safaricom)", "M-Pesa No.",
    "County" and "Dietary" were dropped for all 40 people; a Google Form's "Full name (as on
    ID/Passport)" named no name column, so every row was skipped."""
    _nairobi(db)
    out = _import(db, capsys, str(DATA / "attendees_excel_en_ke_cp1252.csv"))
    assert "40 added" in out and "Phone (Safaricom)" not in out and "Dietary" not in out
    with db.transaction() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        kamau = people["Ochieng"]
        assert kamau.dietary_needs == "Halal – no pork"
        assert {a.get("region") for a in kamau.addresses} == {"Kisumu"}
        numbers = {method.value for method in kamau.methods}
        # both columns are read; the M-Pesa number is the same line, kept once (field117b)
        assert "0736 509 963" in numbers and len([n for n in numbers if "736" in n]) == 1
        assert people["Gitau"].addresses[0]["region"] == "Murang’a"  # Excel's curly apostrophe
    out = _import(db, capsys, str(DATA / "training_registration_google_forms.csv"))
    assert "6 skipped" not in out and "Full name" not in out


def test_kenyan_and_swahili_titles_become_honorifics(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Hon. Wanjiku Mwangi", "Eng. …", "Bw. …", "Mhe. …" kept the title in the given name (a name
    card printed "Hon. Wanjiku" as her given name, sorted under H), as did a phone's first name "Hon.
    Daniel"."""
    _nairobi(db)
    _import(db, capsys, str(DATA / "attendees_excel_en_ke_utf8.csv"), str(DATA / "android_contacts_v21.vcf"))
    with db.transaction() as s:
        titles = {
            (c.given_name, c.family_name): (c.honorific_en, c.honorific_zh)
            for c in s.scalars(select(m.Contact))
        }
    assert titles["Wanjiku", "Mwangi"] == ("Hon.", "")
    assert titles["Kamau", "Ochieng"] == ("Eng.", "工程师")
    assert titles["Achieng", "Kiprono"] == ("Bw.", "先生")
    assert titles["Daniel", "Kiprono"] == ("Hon.", "")  # the phone's first name "Hon. Daniel"
    assert titles["Grace", "Wanjiru"][0] == "Bi."
    assert titles["Amina", "Hassan"] == ("Mhe.", "")
    assert not [
        given for given, _family in titles if given.startswith(("Hon.", "Eng.", "Bw.", "Bi.", "Mhe."))
    ]


def test_ethiopian_names_keep_the_fathers_name_in_the_given_name(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Tigist Haile" (given name + father's name) was split into family name "Haile", listed under
    the father; "አበበ በቂላ" in Ge'ez was split the same way. A Kenyan or Ugandan name still splits."""
    _nairobi(db)
    _import(db, capsys, str(DATA / "attendees_excel_en_ke_utf8.csv"))
    with db.transaction() as s:
        names = {c.given_name: c.family_name for c in s.scalars(select(m.Contact))}
    assert names["Tigist Haile"] == "" and names["Hanna Bekele"] == "" and names["አበበ በቂላ"] == ""
    assert names["Sarah"] == "Nakato" and names["Wanjiku"] == "Mwangi"


def test_kenyan_cities_in_chinese() -> None:
    """The dossier's and the window's Chinese side printed "Nairobi" in Latin letters (translation
    review tr57), as they did "Cairo" before field test 118."""
    from petdesk.city_names import in_both_languages

    assert in_both_languages("Nairobi", "") == ("Nairobi", "内罗毕")
    assert in_both_languages("Mombasa", "")[1] == "蒙巴萨"
    assert in_both_languages("", "基苏木") == ("Kisumu", "基苏木")


def test_the_projects_sheet_reads_every_amount_and_the_ethiopian_date(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Five of seven amounts ("KSh 12,500,000", "KES 1.2M", "USD 250K" …) were skipped, the "Date
    submitted" column was not read, and "22/07/2019 E.C." was dropped without a word."""
    _nairobi(db)
    i18n.set_office_country("")
    sheet = DATA / "projects_excel_en_ke_utf8.csv"
    assert main(["--db", str(db.path), "--lang", "en", "import-projects", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "22/07/2019 E.C. is a date in the Ethiopian calendar: 31 Mar 2027 is taken" in out
    with db.transaction() as s:
        projects = {p.title_en: p for p in s.scalars(select(m.Project))}
        amounts = {title: (p.amount, p.currency) for title, p in projects.items()}
        addis = projects["Addis Ababa landfill gas"]
        changes = select(m.ProjectStageChange.changed_on).where(m.ProjectStageChange.project_id == addis.id)
        moves = list(s.scalars(changes))
        description = addis.description_en + addis.description_zh
    assert amounts["Nairobi River solid waste"] == (12_500_000.0, "KES")
    assert amounts["Kisumu biogas for markets"] == (1_200_000.0, "KES")
    assert amounts["Nakuru solar street lighting"] == (3_500_000.0, "KES")
    assert amounts["Mombasa e-mobility pilot"] == (250_000.0, "USD")
    assert amounts["Dar es Salaam flood early warning"] == (10_000_000.0, "TZS")
    assert "22/07/2019 E.C." in description  # the date as written is kept
    assert dt.date(2027, 3, 31) in moves  # submitted on the Gregorian day


def test_an_ethiopian_calendar_birthday_is_converted(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """A form's "12/05/1975 E.C." (12 Tir 1975) was left out as no date: it is 20 January 1983, said."""
    _nairobi(db)
    form = DATA / "training_registration_google_forms.csv"
    out = _import(db, capsys, str(form), "--map", "Full name (as on ID/Passport)=full_name")
    with db.transaction() as s:
        birthdays = {c.given_name: c.birthday for c in s.scalars(select(m.Contact))}
    assert birthdays["Tigist Haile"] == "1983-01-20"  # an Ethiopian name is all given name
    assert "rows with warnings:" in out  # the conversion is said on that row


def test_an_id_in_the_phone_column_goes_to_the_notes(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hon. Daniel Kiprono's form gives his national ID, 23456789, as his mobile: it was stored as a
    phone; no Kenyan phone is written so, and it is kept in the notes instead."""
    _nairobi(db)
    form = DATA / "training_registration_google_forms.csv"
    _import(db, capsys, str(form), "--map", "Full name (as on ID/Passport)=full_name")
    with db.transaction() as s:
        daniel = s.scalars(select(m.Contact).where(m.Contact.family_name == "Kiprono")).one()
        phones = [x.value for x in daniel.methods if x.channel == ContactChannel.PHONE]
        notes = daniel.notes
    assert phones == []
    assert "23456789" in notes


def test_safaricom_and_m_pesa_numbers_are_one_number(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "0740 285 268" and "254740285268" (M-Pesa) are one line: it was stored twice."""
    _nairobi(db)
    _import(db, capsys, str(DATA / "attendees_excel_en_ke_utf8.csv"))
    with db.transaction() as s:
        wanjiku = s.scalars(select(m.Contact).where(m.Contact.given_name == "Wanjiku")).one()
        phones = [x.value for x in wanjiku.methods if x.channel == ContactChannel.PHONE]
    assert phones == ["0740 285 268"]


def test_a_local_number_at_a_chinese_office_stays_a_phone(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The ID rule is East Africa's: a Beijing list's number without its area code (no valid Chinese
    number either) is kept as the phone it was typed as, not moved to the notes."""
    with db.transaction() as s:
        invitation.set_office_settings(s, country="CN")
    sheet = tmp_path / "beijing.csv"
    sheet.write_text("Family name,Given name,Phone\nZhang,Wei,65123456\n", encoding="utf-8")
    _import(db, capsys, str(sheet))
    with db.transaction() as s:
        zhang = s.scalars(select(m.Contact).where(m.Contact.family_name == "Zhang")).one()
        phones = [x.value for x in zhang.methods if x.channel == ContactChannel.PHONE]
    assert phones == ["65123456"]
