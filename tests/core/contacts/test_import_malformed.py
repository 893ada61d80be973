"""A malformed file (bad encoding, wrong columns, truncated) gives a clear error naming the line, and
the database is exactly as before — checked through the service and through the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR, dump, make_people


def _xlsx_bytes() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Email"])
    for i in range(300):
        ws.append([f"Person {i}", f"p{i}@example.org"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


GOOD = "Name,Email,Phone\r\nSun Yang,sy@example.cn,138 0000 0000\r\nHu Jing,hj@example.cn,139 0000 0000\r\n"

CASES = {
    # Stray bytes that no candidate encoding reads, on line 4.
    "bad_encoding.csv": (
        GOOD.encode() + b"Sun Li,sun@example.cn,\x80\x81\x98\xff\r\n",
        4,
        "not valid in any encoding",
    ),
    # Columns of some other table (a bank statement).
    "wrong_columns.csv": (b"Date,Amount,Currency\r\n2026-11-01,12.50,EUR\r\n", 1, "not the expected columns"),
    # More values than the header has columns.
    "shifted_columns.csv": (
        GOOD.encode() + b"Wang Fang,wf@example.cn,137,extra,values\r\n",
        4,
        "columns do not match",
    ),
    # Cut off inside a quoted value.
    "truncated_quote.csv": (GOOD.encode() + b'Zhao Lei,"zhao@exa', 4, "never closed"),
    # Cut off in the middle of the last row.
    "truncated_row.csv": (GOOD.encode() + b"Zhao Lei", 4, "truncated"),
    # A vCard without its END.
    "truncated.vcf": ((DATA_DIR / "iphone_v30.vcf").read_bytes()[:-40], 26, "truncated"),
    # A vCard file whose last card lost its END line.
    "no_end.vcf": ((DATA_DIR / "iphone_v30.vcf").read_bytes()[:-11], 19, "no END:VCARD"),
    # An Excel file cut in half.
    "truncated.xlsx": (_xlsx_bytes()[:2500], 0, "damaged or truncated"),
    # NUL bytes (a binary file, or UTF-16 without its byte-order mark), in CSV and vCard.
    "nul.csv": (GOOD.encode() + b"Li\x00Na,ln@example.cn,\r\n", 4, "NUL characters"),
    "nul.vcf": (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\x00B\r\nEND:VCARD\r\n", 3, "NUL characters"),
    # A value far longer than any contact's, and thousands of columns: refused, not read for minutes.
    "huge_field.csv": (b"Name,Notes\r\nZhang Wei," + b"x" * 200_000 + b"\r\n", 2, "longer than 131,072"),
    "huge_value.vcf": (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:"
        + b"y" * 100_000
        + b"\r\n "
        + b"y" * 100_000
        + b"\r\nEND:VCARD\r\n",
        4,
        "longer than 131,072",
    ),
    "many_columns.csv": (
        (",".join(f"C{i}" for i in range(3000)) + "\r\n" + ",".join("v" * 3000) + "\r\n").encode(),
        1,
        "at most 1,000",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_service_error_names_the_line_and_changes_nothing(db: Database, tmp_path: Path, name: str) -> None:
    make_people(db)
    data, line, words = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(db)
    with pytest.raises(importing.ImportFileError) as info, db.transaction() as s:
        importing.import_file(s, path)
    assert info.value.line == line
    assert words in str(info.value)
    if line:
        assert str(info.value).startswith(f"line {line}:")
    assert dump(db) == before


@pytest.mark.parametrize(
    "name",
    ["bad_encoding.csv", "wrong_columns.csv", "truncated.vcf", "truncated.xlsx", "nul.vcf", "huge_value.vcf"],
)
def test_command_line_reports_the_line(
    db: Database, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make_people(db)
    data, line, words = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(db)
    code = main(["--db", str(db.path), "import-contacts", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert words in err and "nothing was imported" in err
    if line:
        assert f"line {line}:" in err
    assert dump(db) == before


def test_wrong_encoding_chosen_by_the_user(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes((DATA_DIR / "contacts_gbk.csv").read_bytes())
    with pytest.raises(importing.ImportFileError, match=r"^line 1: .* not valid utf-8"):
        importing.load_file(path, encoding="utf-8")
    assert len(importing.load_file(path, encoding="gb18030").records) == 4


def test_error_while_writing_rolls_everything_back(db: Database, tmp_path: Path) -> None:
    """Even a failure after some rows were written leaves nothing behind (one transaction)."""
    make_people(db)
    path = tmp_path / "ok.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = dump(db)
    with pytest.raises(RuntimeError), db.transaction() as s:
        importing.import_file(s, path)
        raise RuntimeError("disk full")
    assert dump(db) == before


def test_dry_run_changes_nothing(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_people(db)
    path = tmp_path / "ok.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = dump(db)
    assert main(["--db", str(db.path), "import-contacts", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run, nothing changed: 2 added, 0 updated, 0 skipped" in out
    assert dump(db) == before
