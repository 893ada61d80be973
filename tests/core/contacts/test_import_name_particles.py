"""A whole name in one column keeps its lower-case particles with the family name (field test 87): a
Google form's "Nom complet" "Jean-François de Souza" was stored as given name "Jean-François de",
family name "Souza" (a letter then said "Dear Mr. Souza"; the Outlook copy of him, "de Souza", did not
match it by name), and so were "da Silva", "dos Santos" and even "van der Berg"."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.services import importing


@pytest.mark.parametrize(
    ("full", "family", "given"),
    [
        ("Jean-François de Souza", "de Souza", "Jean-François"),
        ("Oumar da Silva", "da Silva", "Oumar"),
        ("Marie-Claire dos Santos", "dos Santos", "Marie-Claire"),
        ("Jean de la Fontaine", "de la Fontaine", "Jean"),
        ("Jan van der Berg", "van der Berg", "Jan"),
        ("Bartolomé de las Casas", "de las Casas", "Bartolomé"),
        ("Valentina de los Ríos", "de los Ríos", "Valentina"),
        ("Mohammed bin Rashid", "bin Rashid", "Mohammed"),  # as before
        ("Wen Bin Li", "Li", "Wen Bin"),  # a Chinese given name's syllable is no particle
        ("Abdou Karim Diallo", "Diallo", "Abdou Karim"),
    ],
)
def test_whole_name_keeps_its_particles_with_the_family_name(
    tmp_path: Path, full: str, family: str, given: str
) -> None:
    path = tmp_path / "inscriptions.csv"
    path.write_text(f"Nom complet,Adresse e-mail\n{full},x@example.org\n", encoding="utf-8")
    (rec,) = importing.load_file(path).records
    assert isinstance(rec, importing.ContactRecord)
    assert (rec.family_name, rec.given_name) == (family, given)
