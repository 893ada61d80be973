"""CSV files for Excel where numbers have a decimal comma: German, French and Dutch Excel split a
CSV at semicolons and showed petdesk's comma-separated file as one column (field test 74). Every
CSV writer takes a field separator (``--delimiter`` on the command line, comma by default); a
semicolon file is quoted where a cell holds a semicolon, keeps its byte-order mark, and is read
back by petdesk's importer and by Python's csv module with its sniffer."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.csv_separators import SEPARATORS, for_decimal_mark, name_of, separator
from petdesk.db import Database, open_database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.services import export_child, exporting, importing
from tests.core.contacts.io_helpers import add_contact
from tests.helpers import trainings_data

#: Cells that must be quoted in one separator or another: a semicolon, a comma, a quote, a tab.
_NOTES = 'Budget 1,5 Mio. €; Termin "Fernwärme"\tLeipzig'


def _people(db: Database) -> None:
    with db.transaction() as s:
        add_contact(
            s,
            family_name="Müller",
            given_name="Katrin",
            name_order=NameOrder.GIVEN_FIRST,
            notes=_NOTES,
            methods=[(ContactChannel.EMAIL, ChannelLabel.WORK, "katrin.mueller@leipzig.example")],
        )
        add_contact(s, family_name="Schulz", given_name="Jörg; Peter", name_order=NameOrder.GIVEN_FIRST)
        add_contact(s, family_name="Li", given_name="Ming", family_name_zh="李", given_name_zh="明")


def _export(db: Database, out: Path, *options: str, selection: bool = False) -> None:
    """The command line's export of every contact, or the services' export of a selection (the path
    the window's export of selected contacts and a search take)."""
    if not selection:
        assert main(["--db", str(db.path), "export-contacts", "--out", str(out), *options]) == 0
        return
    delimiter = separator(options[1]) if options else ","
    with db.reading() as s:
        ids = list(s.scalars(select(m.Contact.id)))
        exporting.export_contacts(s, out, "csv", ids=ids, delimiter=delimiter)


def _rows(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


@pytest.mark.parametrize("selection", [False, True], ids=["all", "selection"])
@pytest.mark.parametrize("name", ["semicolon", "tab"])
def test_a_semicolon_or_tab_file_holds_the_same_cells_as_the_comma_one(
    db: Database, tmp_path: Path, name: str, selection: bool
) -> None:
    _people(db)
    comma, other = tmp_path / "comma.csv", tmp_path / f"{name}.csv"
    _export(db, comma, selection=selection)
    _export(db, other, "--delimiter", name, selection=selection)
    assert comma.read_bytes().startswith(b"\xef\xbb\xbf") and other.read_bytes().startswith(b"\xef\xbb\xbf")
    by_comma, by_other = _rows(comma, ","), _rows(other, SEPARATORS[name])
    assert by_other == by_comma and len(by_other) == 4
    assert any(_NOTES.replace("\t", " ") in row or _NOTES in row for row in by_other)
    assert SEPARATORS[name] in other.read_text(encoding="utf-8-sig").splitlines()[0]
    # a file written as before: commas between the fields
    assert comma.read_text(encoding="utf-8-sig").splitlines()[0].count(",") == len(by_comma[0]) - 1


def test_the_sniffer_and_our_importer_read_a_semicolon_file_back(
    db: Database, tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    _people(db)
    out = tmp_path / "kontakte.csv"
    _export(db, out, "--delimiter", "semicolon")
    text = out.read_text(encoding="utf-8-sig")
    sniffer = csv.Sniffer()
    dialect = sniffer.sniff(text[:4096])
    assert (dialect.delimiter, dialect.quotechar) == (";", '"') and sniffer.has_header(text[:4096])
    # quotes doubled inside a quoted cell, as Excel writes them
    sniffed = list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter, quotechar='"'))
    assert sniffed == _rows(out, ";") and len(sniffed) == 4 and len(set(map(len, sniffed))) == 1
    table = importing.read_table(out)
    assert table.delimiter == ";" and len(table.headers) == len(sniffed[0])
    fresh = open_database(new_database_file(tmp_path / "fresh.sqlite"))
    try:
        with fresh.transaction() as s:
            report = importing.import_file(s, out)
        assert len(report.added) == 3 and not report.dropped
        with fresh.reading() as s:
            names = sorted(s.scalars(select(m.Contact.given_name)))
            [katrin] = s.scalars(select(m.Contact).where(m.Contact.family_name == "Müller"))
            notes = katrin.notes
    finally:
        fresh.close()
    assert names == ["Jörg; Peter", "Katrin", "Ming"]
    assert 'Budget 1,5 Mio. €; Termin "Fernwärme"' in notes


def test_the_lists_and_reports_take_the_separator(db: Database, tmp_path: Path) -> None:
    """The hotel's list (services/table_file.py, as the follow-up list) with a semicolon."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    at = ["--db", str(db.path)]
    t = ids["training"][:8]
    assert (
        main(
            [
                *at,
                "training-lodging",
                t,
                ids["lars"],
                "--needs",
                "yes",
                "--hotel",
                "Hotel Fürstenhof; Leipzig",
            ]
        )
        == 0
    )
    hotel = tmp_path / "hotel.csv"
    assert main([*at, "trainings", t, "--lodging", "--out", str(hotel), "--delimiter", "semicolon"]) == 0
    rows = _rows(hotel, ";")
    assert len(rows) == 2 and rows[1][3] == "Hotel Fürstenhof; Leipzig"
    follow_ups = tmp_path / "follow-ups.csv"
    assert main([*at, "followups", "--out", str(follow_ups), "--delimiter", "tab"]) == 0
    assert "\t" in follow_ups.read_text(encoding="utf-8-sig").splitlines()[0]


def test_the_window_child_is_told_the_separator(tmp_path: Path) -> None:
    arguments = export_child.export_arguments(
        tmp_path / "a.sqlite", tmp_path / "a.csv", "csv", language="de", encoding="utf-8",
        vcard_version="4.0", delimiter=";",
    )  # fmt: skip
    at = arguments.index("--delimiter")
    assert arguments[at + 1] == "semicolon"


def test_the_choice_by_the_decimal_mark() -> None:
    assert (for_decimal_mark(","), for_decimal_mark(".")) == ("semicolon", "comma")
    assert (separator("tab"), separator(";"), name_of("\t")) == ("\t", ";", "tab")
    with pytest.raises(ValueError, match="choose comma, semicolon, tab"):
        separator("pipe")


def test_an_unknown_delimiter_is_refused_by_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(
            ["--db", str(db.path), "export-contacts", "--out", str(tmp_path / "x.csv"), "--delimiter", "pipe"]
        )
    assert "invalid choice: 'pipe'" in capsys.readouterr().err


def test_the_window_child_is_not_told_the_default() -> None:
    arguments = export_child.export_arguments(
        "a.sqlite", "a.csv", "csv", language="en", encoding="utf-8", vcard_version="4.0"
    )
    assert "--delimiter" not in arguments
