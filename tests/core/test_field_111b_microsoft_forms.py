"""Microsoft Forms' own columns in a registration export (field test 111, second part).

Before: its answer number "ID" (1, 2, 3 …) was read as petdesk's ID, and an anonymous form's Email
"anonymous" gave ten warnings "'anonymous' is not an e-mail address" and the line "Left out by the
import (not an e-mail address): anonymous" in every person's notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.ids import new_id
from petdesk.services import importing

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field111"
FORMS = SAMPLES / "microsoft_forms_registration.xlsx"
FORMS_HEADERS = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Full name"]


def test_the_forms_answer_number_is_not_mapped_to_the_petdesk_id() -> None:
    assert "id" not in importing.guess_mapping(FORMS_HEADERS).values()
    french = ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom", "Nom complet"]
    assert "id" not in importing.guess_mapping(french).values()
    # a file of petdesk's own, or any other list with an ID column, keeps it
    assert importing.guess_mapping(["ID", "Name", "Email"])[0] == "id"


def test_a_short_number_in_an_id_column_never_selects_a_record(db: Database, tmp_path: Path) -> None:
    """Ids match whole, never by their beginning: "1" is no id even when a record's id starts so."""
    known = "1" + new_id()[1:]
    with db.transaction() as s:
        s.add(m.Contact(id=known, family_name="Smit", given_name="Anna"))
    sheet = tmp_path / "list.csv"
    sheet.write_text("ID,Name,Email\n1,Thabo Nkosi,thabo@example.org\n", encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, sheet)
    assert (report.count("added"), report.count("updated")) == (1, 0)
    with db.reading() as s:
        anna = s.get(m.Contact, known)
        assert anna is not None and (anna.family_name, anna.given_name) == ("Smit", "Anna")


def test_an_anonymous_form_says_once_that_it_collected_no_addresses(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, FORMS)
    assert (report.count("added"), report.anonymous_emails) == (10, 10)
    assert "the form collected no e-mail addresses ('anonymous' in 10 rows)" in report.summary()
    assert not any("anonymous" in w for o in report.outcomes for w in map(str, o.warnings))
    with db.reading() as s:
        notes = [c.notes for c in s.scalars(select(m.Contact))]
    assert not any("anonymous" in n for n in notes), notes


def _imported(db: Database, sheet: Path, text: str) -> dict[str, m.Contact]:
    sheet.write_text(text, encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        return {c.family_name: c for c in s.scalars(select(m.Contact))}


def test_francophone_african_names_written_family_first_are_given_first(db: Database) -> None:
    """The form's passport names: "DIOP Aminata" of Senegal is Aminata Diop on the dossier and name
    cards, "MENSAH Kwame Asante" of Ghana Kwame Asante Mensah; said on the row."""
    with db.transaction() as s:
        report = importing.import_file(s, FORMS)
    said = [str(w) for o in report.outcomes for w in o.warnings]
    assert "name written family name first; in Senegal the given name comes first: Aminata Diop" in said
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        shown = {n: people[n].display_name() for n in ("Diop", "Koné", "Ndiaye", "Mensah", "van der Merwe")}
    assert shown == {
        "Diop": "Aminata Diop",
        "Koné": "Moussa Koné",
        "Ndiaye": "Fatou Binetou Ndiaye",
        "Mensah": "Kwame Asante Mensah",
        "van der Merwe": "Pieter van der Merwe",
    }


def test_east_asian_and_countryless_names_stay_family_first(db: Database, tmp_path: Path) -> None:
    people = _imported(
        db,
        tmp_path / "list.csv",
        "Name,Country,Organisation\n"
        "WANG Li,China,Tsinghua University\n"
        "LI Xiaoming,Senegal,China Road and Bridge Dakar\n"  # a Chinese name, wherever its bearer works
        "TRAORÉ Ibrahim,,\n",  # nothing tells: as read before
    )
    assert {n: c.display_name() for n, c in people.items()} == {
        "Wang": "Wang Li",
        "Li": "Li Xiaoming",
        "Traoré": "Traoré Ibrahim",
    }


def test_the_nationality_or_the_organisations_country_decides(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(m.Organisation(id=new_id(), name_en="Ville de Dakar", country="SN"))
        s.add(m.Organisation(id=new_id(), name_en="Seoul Metropolitan Government", country="KR"))
    people = _imported(
        db,
        tmp_path / "list.csv",
        "Name,Nationality,Organisation\n"
        "SALL Mamadou,,Ville de Dakar\n"  # the organisation's country
        "DUBOIS Claire,French,Seoul Metropolitan Government\n"  # nationality before the organisation's
        "PARK Ji-hoon,,Seoul Metropolitan Government\n",
    )
    assert {n: c.display_name() for n, c in people.items()} == {
        "Sall": "Mamadou Sall",
        "Dubois": "Claire Dubois",
        "Park": "Park Ji-hoon",
    }


def test_a_name_order_column_is_kept(db: Database, tmp_path: Path) -> None:
    people = _imported(
        db, tmp_path / "list.csv", "Name,Country,Name order\nDIOP Aminata,Senegal,family first\n"
    )
    assert people["Diop"].display_name() == "Diop Aminata"


def test_fcfa_is_the_central_african_franc_in_cemac_countries(db: Database) -> None:
    """Before, "FCFA" was always the West African franc: the Douala project of 450 million (Cameroon, XAF) was
    stored in XOF. The row's country decides, else its partner's; neither known: XOF, said."""
    from petdesk.office_country import COUNTRY_SETTING
    from petdesk.services import past_projects

    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="ZA"))
        s.add(m.Organisation(id=new_id(), name_en="Mairie de Libreville", country="GA"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "projects_fcfa_cemac_uemoa.csv")
    assert plan.skipped == []
    assert [(p.title, p.amount, p.currency) for p in plan.planned] == [
        ("Douala Landfill Rehabilitation", 450_000_000.0, "XAF"),
        ("Libreville Composting", 120_000_000.0, "XAF"),  # the partner is in Gabon
        ("Bamako Waste Collection", 75_000_000.0, "XOF"),
        ("Regional Waste Forum", 30_000_000.0, "XOF"),
    ]
    assert [n.sentence for n in plan.planned[3].notes] == [past_projects.CFA_TAKEN_AS_XOF]
    assert past_projects.CFA_TAKEN_AS_XOF not in [n.sentence for n in plan.planned[0].notes]


def test_a_sorting_form_with_a_comma_follows_the_country_too(db: Database, tmp_path: Path) -> None:
    people = _imported(db, tmp_path / "list.csv", 'Name,Country\n"Koné, Moussa",Mali\n"Wang, Li",China\n')
    assert {n: c.display_name() for n, c in people.items()} == {"Koné": "Moussa Koné", "Wang": "Wang Li"}


def _training(db: Database) -> str:
    import datetime as dt

    from petdesk.services import trainings

    with db.transaction() as s:
        day = dt.date(2027, 3, 15)
        return trainings.create_training(
            s,
            title_en="Waste Forum",
            title_zh="废弃物论坛",
            start_date=day,
            end_date=day + dt.timedelta(days=2),
        ).id


def _lodging(db: Database, tid: str) -> dict[str, tuple[bool | None, str]]:
    with db.reading() as s:
        rows = s.scalars(select(m.TrainingParticipant).where(m.TrainingParticipant.training_id == tid))
        return {p.contact.family_name: (p.lodging_needed, p.lodging_note) for p in rows}


def test_the_forms_accommodation_question_is_the_trainings_lodging(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Do you need accommodation?" was dropped (10 × in the report) when the form was imported for a
    training: each yes or no is now the person's lodging answer."""
    tid = _training(db)
    assert (
        main(["--db", str(db.path), "--lang", "en", "import-contacts", "--training", tid[:8], str(FORMS)])
        == 0
    )
    out = capsys.readouterr().out
    assert "10 lodging answers taken from the files" in out, out
    assert "Do you need accommodation?" not in out, out  # read: no longer "dropped"
    lodging = _lodging(db, tid)
    assert {n for n, (needed, _note) in lodging.items() if needed is False} == {"van der Merwe", "le Roux"}
    assert sum(needed is True for needed, _note in lodging.values()) == 8


def test_an_accommodation_answer_with_nights_keeps_them_in_the_lodging_note(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = _training(db)
    sheet = tmp_path / "form.csv"
    sheet.write_text(
        "Full name,Email address,Do you need accommodation?\n"
        '"DIOP Aminata",aminata@example.sn,"Yes, 3 nights (14-16 March)"\n'
        '"Thabo Nkosi",thabo@example.org,"Only if the workshop runs late"\n'
        '"Lerato Dube",lerato@example.org,No\n',
        encoding="utf-8",
    )
    assert (
        main(["--db", str(db.path), "--lang", "en", "import-contacts", "--training", tid[:8], str(sheet)])
        == 0
    )
    out = capsys.readouterr().out
    assert "2 lodging answers said more than yes or no: kept whole in the lodging notes" in out, out
    assert _lodging(db, tid) == {
        "Diop": (True, "Yes, 3 nights (14-16 March)"),
        "Nkosi": (None, "Only if the workshop runs late"),
        "Dube": (False, ""),
    }
