"""Which row of a table is its header: a merged title and a row of column groups above the real header
made the group row the header (the real one was imported as a person, given names, e-mails and mobiles
dropped, exit code 0); ``--header-row N`` overrides the guess; a table with no header says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

TITLED = DATA_DIR / "partner_list_title_rows.xlsx"


def _people(db: Database) -> dict[str, tuple[str, set[str]]]:
    with db.reading() as s:
        return {
            c.family_name: (c.given_name, {cm.value for cm in c.methods})
            for c in s.scalars(select(m.Contact))
        }


def test_the_header_below_a_merged_title_and_a_row_of_column_groups(db: Database) -> None:
    table = importing.read_table(TITLED)
    assert table.header_line == 3 and table.header_found
    assert table.headers[:3] == ["Family name", "Given name", "E-mail"]
    with db.transaction() as s:
        report = importing.import_file(s, TITLED)
    assert len(report.added) == 2 and not report.dropped
    assert _people(db) == {
        "Schmidt": ("Anna", {"anna.schmidt@example.de", "+49 170 1234567"}),
        "Wang": ("Fang", {"wang.fang@example.cn", "139 1234 5678"}),
    }


def test_the_row_naming_most_columns_wins_over_an_earlier_one_naming_some(tmp_path: Path) -> None:
    path = tmp_path / "groups.csv"
    path.write_text(
        "Partner list 2026,,,\nName,,Contact,\n"
        "Family name,Given name,E-mail,Mobile\nLi,Na,li@example.cn,1391\n",
        encoding="utf-8",
    )
    table = importing.read_table(path)
    assert (table.header_line, table.headers) == (3, ["Family name", "Given name", "E-mail", "Mobile"])
    assert [row for _, row in table.rows] == [["Li", "Na", "li@example.cn", "1391"]]


def test_header_row_given_overrides_the_guess(tmp_path: Path) -> None:
    path = tmp_path / "override.csv"
    path.write_text("Name,E-mail\nName,E-mail\nZhang Wei,zw@example.cn\n", encoding="utf-8")
    table = importing.read_table(path, header_row=2)
    assert table.header_line == 2 and [row for _, row in table.rows] == [["Zhang Wei", "zw@example.cn"]]
    loaded = importing.load_file(path, header_row=2)
    (rec,) = loaded.records
    assert isinstance(rec, importing.ContactRecord) and rec.given_name + rec.family_name == "ZhangWei"
    with pytest.raises(importing.ImportFileError, match="no row 9"):
        importing.read_table(path, header_row=9)


def test_a_table_without_a_header_is_refused_in_a_plain_sentence(tmp_path: Path) -> None:
    path = tmp_path / "no_header.csv"
    path.write_text("Zhang Wei,zw@example.cn\nLi Na,li@example.cn\n", encoding="utf-8")
    with pytest.raises(importing.NoHeaderError, match="no row among the first 10 looks like a header"):
        importing.load_file(path)
    # Mapped by number, the first row is taken as the header as before.
    loaded = importing.load_file(path, mapping_spec="1=full_name,2=email")
    assert len(loaded.records) == 1


def test_cli_header_row_and_show_mapping(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "import-contacts", str(TITLED), "--show-mapping"]) == 0
    out = capsys.readouterr().out
    assert "header: row 3" in out and "E-mail" in out and "-> email" in out
    path = tmp_path / "no_header.csv"
    path.write_text("Zhang Wei,zw@example.cn\nLi Na,li@example.cn\n", encoding="utf-8")
    assert main(["--db", str(db.path), "import-contacts", str(path)]) == 1
    err = capsys.readouterr().err
    assert "looks like a header" in err and "--header-row" in err and "nothing was imported" in err
    with pytest.raises(SystemExit):
        main(["--db", str(db.path), "import-contacts", str(TITLED), "--header-row", "-1"])
    assert "not a row number" in capsys.readouterr().err
    assert main(["--db", str(db.path), "import-contacts", str(TITLED), "--header-row", "3"]) == 0
    capsys.readouterr()
    with db.reading() as s:
        assert {cm.value for cm in s.scalars(select(m.ContactMethod))} >= {"anna.schmidt@example.de"}
        assert s.scalars(select(m.ContactMethod).where(m.ContactMethod.channel == ContactChannel.PHONE)).all()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_table_with_no_column_names_keeps_its_first_row(db: Database, tmp_path: Path, suffix: str) -> None:
    """``NO_HEADER``: every row is a person, the columns numbered as a mapping by number names them
    (the first person was taken for the column names and never imported)."""
    rows = [["Anna Schmidt", "anna@example.org"], ["", ""], ["Li Wei", "li.wei@example.cn", "139 1234 5678"]]
    path = tmp_path / f"people{suffix}"
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    else:
        path.write_text("".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    table = importing.read_table(path, header_row=importing.NO_HEADER)
    assert (table.headers, table.header_line, table.header_found) == (["1", "2", "3"], 0, True)
    with db.transaction() as s:
        report = importing.import_file(
            s, path, mapping_spec="1=full_name,2=email,3=mobile", header_row=importing.NO_HEADER
        )
    assert len(report.added) == 2
    assert _people(db) == {
        "Schmidt": ("Anna", {"anna@example.org"}),
        "Wei": ("Li", {"li.wei@example.cn", "139 1234 5678"}),
    }


def test_a_row_wider_than_the_first_rows_of_a_table_with_no_column_names(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    rows = "Anna Schmidt,anna@example.org\n" * 12 + "Li Wei,li@example.cn,Shanghai\n"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(importing.ImportFileError, match="line 13: this row has 3 columns but the rows above"):
        list(importing.read_table(path, header_row=importing.NO_HEADER).body())


def test_the_command_line_reads_a_file_without_column_names(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.csv"
    path.write_text("Anna Schmidt,anna@example.org\nLi Wei,li.wei@example.cn\n", encoding="utf-8")
    base = ["--db", str(db.path), "import-contacts", "--header-row", "0"]
    assert main([*base, "--show-mapping", str(path)]) == 0
    assert "no header: every row is a record" in capsys.readouterr().out
    assert main([*base, "--mapping", "1=full_name,2=email", str(path)]) == 0
    assert set(_people(db)) == {"Schmidt", "Wei"}
