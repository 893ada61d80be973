"""Contacts from the Warsaw and Prague hub offices (field test 124): Outlook pl-PL and cs-CZ exports
in Windows-1250 with ";" and a cs-CZ export in UTF-8. Before, Windows-1250 was not among the
codecs tried: the Polish file was read as Cyrillic Windows-1251 ("Tytuі", "Imiк") and the Czech one
as Windows-1251 too ("Pшнjmenн"), every name column ignored and every row skipped."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import encoding, importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "field124"


def test_windows_1250_is_read_as_polish() -> None:
    found = encoding.detect((SAMPLES / "outlook_pl_cp1250.csv").read_bytes())
    assert found.encoding == "cp1250"
    assert '"Tytuł";"Imię"' in found.text and "Wałęsa" in found.text and "Łódź" in found.text


def test_windows_1250_is_read_as_czech() -> None:
    # Read as Windows-1252 the Czech letters are other letters of the same score ("Dvoøák",
    # "Pøíjmení", "Èeská"): a word mixing a grave or ø with a Czech acute or caron decides.
    found = encoding.detect((SAMPLES / "outlook_cs_cp1250.csv").read_bytes())
    assert found.encoding == "cp1250"
    assert "Dvořák" in found.text and "Příjmení" in found.text and "Česká republika" in found.text


def test_western_files_keep_windows_1252() -> None:
    for text in (
        "Anrede;Vorname;Nachname\r\nFrau;Jörg;Müller\r\n",
        "Prénom;Nom\r\nHélène;Lefèvre à Paris\r\n",
    ):
        assert encoding.detect(text.encode("cp1252")).encoding == "cp1252"


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        return {f"{c.given_name} {c.family_name}": c for c in s.scalars(select(m.Contact))}


def test_polish_and_czech_outlook_columns(db: Database) -> None:
    with db.transaction() as s:
        polish = importing.import_file(s, SAMPLES / "outlook_pl_cp1250.csv")
        czech = importing.import_file(s, SAMPLES / "outlook_cs_utf8_bom.csv")
    assert (len(polish.added), len(polish.skipped)) == (4, 0)
    assert (len(czech.added), len(czech.skipped)) == (4, 0)
    people = _people(db)
    walesa, dvorak = people["Lech Wałęsa"], people["Antonín Dvořák"]
    assert walesa.honorific_en == "Mr." and dvorak.honorific_en == "Ing."
    assert "Źródło: targi POL-ECO 2026" in walesa.notes
    with db.reading() as s:
        orgs = set(s.scalars(select(m.Organisation.name_en)))
    assert {"Urząd Miasta Łodzi", "Magistrát hlavního města Prahy"} <= orgs


def test_polish_and_czech_titles_in_both_languages(db: Database) -> None:
    """Pan / Pani are Mr. / Ms. as Herr / Frau are; the degrees are kept as written with their
    Chinese form (before, "Pan" was printed before the name in English and nothing stood in the
    Chinese column for "dr hab.", "prof. dr hab. inż.", "Mgr." or "PhDr.")."""
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "outlook_pl_cp1250.csv")
        importing.import_file(s, SAMPLES / "outlook_cs_cp1250.csv")
    titles = {name: (c.honorific_en, c.honorific_zh, c.gender) for name, c in _people(db).items()}
    assert titles["Lech Wałęsa"] == ("Mr.", "先生", "m")
    assert titles["Żaneta Łęcka-Świątek"] == ("Ms.", "女士", "f")
    assert titles["Michał Źródłowski"][:2] == ("prof. dr hab. inż.", "教授")
    assert titles["Ewa Ćwiklińska"][:2] == ("dr hab.", "博士")
    assert titles["Antonín Dvořák"][:2] == ("Ing.", "工程师")
    assert titles["Růžena Šťastná"][:2] == ("Mgr.", "硕士")
    assert titles["Jiří Kučera"][:2] == ("PhDr.", "博士")
    assert titles["Věra Čechová"][:2] == ("Ing. arch.", "")
