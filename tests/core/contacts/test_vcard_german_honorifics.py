"""A German Outlook exports vCard 2.1 in Windows-1252 with the courtesy or academic title in the
name's prefix (N:Schröder;Käthe;;Frau;). The prefix is read as the CSV importer reads an "Anrede"
column: "Frau" is Ms. / 女士 and tells the gender, "Prof. Dr.-Ing." keeps its English form and
gets 教授. Before, "Frau" was kept as the English honorific and the Chinese column of the
dossier had none (field test 74)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing


def _card(family: str, given: str, prefix: str) -> str:
    """One card as Outlook 2016 (German) writes it on "Save as vCard"."""
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;LANGUAGE=de;CHARSET=Windows-1252:{family};{given};;{prefix};\r\n"
        f"FN;CHARSET=Windows-1252:{given} {family}\r\n"
        "ORG;CHARSET=Windows-1252:Landeshauptstadt Dresden;Umweltamt\r\n"
        "REV:20260901T080000Z\r\nEND:VCARD\r\n"
    )


@pytest.mark.parametrize(
    ("prefix", "honorific_en", "honorific_zh", "gender"),
    [
        ("Frau", "Ms.", "女士", "f"),
        ("Herr", "Mr.", "先生", "m"),
        ("Prof. Dr.-Ing.", "Prof. Dr.-Ing.", "教授", ""),
        ("Dr.", "Dr.", "博士", ""),
        ("Botschafter", "Botschafter", "", ""),  # a title petdesk does not know is kept as written
    ],
)
def test_the_prefix_of_an_outlook_card_is_an_honorific_in_both_languages(
    db: Database, tmp_path: Path, prefix: str, honorific_en: str, honorific_zh: str, gender: str
) -> None:
    path = tmp_path / "Käthe Schröder.vcf"
    path.write_bytes(_card("Schröder", "Käthe", prefix).encode("cp1252"))
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.counts == {"added": 1}
    with db.reading() as s:
        person = s.scalars(select(m.Contact).where(m.Contact.family_name == "Schröder")).one()
        assert (person.given_name, person.honorific_en, person.honorific_zh, person.gender or "") == (
            "Käthe",
            honorific_en,
            honorific_zh,
            gender,
        )
