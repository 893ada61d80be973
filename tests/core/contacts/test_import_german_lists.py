"""German (and French, Spanish) participant lists typed by hand (field test 6, defects 2 and 7): their
headers are recognised in any file, not only in Outlook's export; a mapping with no name column is
said before the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from tests.helpers.german_lists import outlook_csv, participant_list


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        out = {}
        for c in s.scalars(select(m.Contact)):
            _ = (
                [cm.value for cm in c.methods],
                [(a.position_en, a.organisation.name_en) for a in c.affiliations],
            )
            out[c.family_name] = c
        return out


def test_the_german_participant_list_maps_its_columns(tmp_path: Path) -> None:
    table = importing.read_table(participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    mapping = importing.guess_mapping(table.headers)
    assert {table.headers[i]: key for i, key in mapping.items()} == {
        "Anrede": "honorific",
        "Vorname": "given_name",
        "Nachname": "family_name",
        "Funktion": "position",
        "Organisation": "organisation",
        "E-Mail": "email",
        "Telefon": "phone",
    }
    assert not importing.lacks_a_name(mapping)


def test_the_german_participant_list_imports_everyone_with_their_function(
    db: Database, tmp_path: Path
) -> None:
    path = participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    # only the running number is left out (and said so)
    assert (report.count("added"), report.count("skipped"), report.dropped) == (12, 0, {"Nr.": 12})
    people = _people(db)
    assert people["Müller"].given_name == "Jürgen"
    (job,) = people["Müller"].affiliations
    assert (job.position_en, job.organisation.name_en) == (
        "Abteilungsleiter Wasserwirtschaft",
        "Ministerium für Umwelt NRW",
    )


def test_the_outlook_csv_keeps_the_function(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, outlook_csv(tmp_path / "kontakte_outlook.csv"))
    assert report.count("added") == 4 and not report.dropped
    (job,) = _people(db)["Lefèvre"].affiliations
    assert job.position_en == "Berater für Abwasser – Technik"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Anrede", "Titel", "Vorname", "Nachname", "Position", "Abteilung", "Firma", "Mobil", "Handy"],
            ["honorific", "honorific", "given_name", "family_name", "position", "department",
             "organisation", "mobile", "mobile"],
        ),
        (
            ["Straße", "PLZ", "Ort", "Land", "Telefon (dienstlich)", "Handy-Nr.", "E-Mail"],
            ["address_work_street", "address_work_postcode", "address_work_city", "address_work_country",
             "phone", "mobile", "email"],
        ),
        (
            ["Civilité", "Prénom", "Nom", "Fonction", "Entreprise", "Courriel", "Téléphone", "Portable"],
            ["honorific", "given_name", "family_name", "position", "organisation", "email", "phone",
             "mobile"],
        ),
        (
            ["Nombre", "Apellidos", "Cargo", "Empresa", "Correo electrónico", "Teléfono", "Móvil"],
            ["given_name", "family_name", "position", "organisation", "email", "phone", "mobile"],
        ),
        (["Nom", "Courriel"], ["full_name", "email"]),  # "Nom" alone is the whole name
    ],
)  # fmt: skip
def test_european_headers_in_any_file(headers: list[str], expected: list[str]) -> None:
    mapping = importing.guess_mapping(headers)
    # Titel (an academic title) beside Anrede: the honorific is not repeatable, the first wins
    assert [mapping.get(i, "") for i in range(len(headers))] == [
        key if key != "honorific" or i == expected.index("honorific") else ""
        for i, key in enumerate(expected)
    ]


def test_a_mapping_without_a_name_is_said_on_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no_names.csv"
    path.write_text("Kennung,E-Mail\nA1,jm@example.de\n", encoding="utf-8")
    assert importing.lacks_a_name(importing.guess_mapping(["Kennung", "E-Mail"]))
    assert main(["--db", str(db.path), "import-contacts", str(path), "--show-mapping"]) == 0
    assert "no column gives a name" in capsys.readouterr().out
    assert main(["--db", str(db.path), "import-contacts", str(path), "--dry-run"]) == 0
    out = capsys.readouterr()
    assert "no column gives a name" in out.err and "0 added, 0 updated, 1 skipped" in out.out
    named = participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx")
    assert main(["--db", str(db.path), "import-contacts", str(named), "--show-mapping"]) == 0
    assert "no column gives a name" not in capsys.readouterr().out
