"""A whole name ending in a generation suffix keeps it with the family name it ends (field test 87):
a form's "Paul Eto'o Fils" was stored as family name "Fils" and given name "Paul Eto'o" (filed under
F, "Mr. Fils"), an English "John Smith Jr." as family name "Jr.". The suffix is not moved to the
contact's name suffix: lists, dossiers and certificates print a name without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.services import importing


@pytest.mark.parametrize(
    ("full", "family", "given"),
    [
        ("Paul Eto'o Fils", "Eto'o Fils", "Paul"),
        ("John Smith Jr.", "Smith Jr.", "John"),
        ("Henry Ford II", "Ford II", "Henry"),
        ("Jean-Pierre de Souza Fils", "de Souza Fils", "Jean-Pierre"),
        ("Amadou Fils", "Fils", "Amadou"),  # two words: the family name, as before
        ("Abdou Karim Diallo", "Diallo", "Abdou Karim"),
    ],
)
def test_generation_suffix_of_a_whole_name(tmp_path: Path, full: str, family: str, given: str) -> None:
    path = tmp_path / "inscriptions.csv"
    path.write_text(f"Nom complet,Adresse e-mail\n{full},x@example.org\n", encoding="utf-8")
    (rec,) = importing.load_file(path).records
    assert isinstance(rec, importing.ContactRecord)
    assert (rec.family_name, rec.given_name, rec.name_suffix) == (family, given, "")
    assert rec.display_name() == full
