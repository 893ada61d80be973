"""A UTF-8 file cut in the middle of a character (field test 12, defect 1) used to be read as
Windows-1251, so its names came out as "е§“еђЌ" and could be imported. It is UTF-8 and it is
truncated: the import refuses it, saying so, in English and in Chinese, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.services import encoding, importing
from tests.core.contacts.io_helpers import dump, make_people

#: Made for petdesk's tests, imitating the field tester's sample: a UTF-8 list (no byte-order mark)
#: whose last row stops after the first two of the three bytes of 张.
CUT_CSV = "姓名,手机\r\n胡蓉,13800001111\r\n马骏,1390000".encode() + "张".encode()[:2]
CARDS = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:胡蓉\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:马"
CUT_VCARD = CARDS.encode() + "骏".encode()[:1]


def test_detect_reads_a_cut_utf8_buffer_as_truncated_utf8() -> None:
    with pytest.raises(encoding.EncodingError) as caught:
        encoding.detect(CUT_CSV)
    assert caught.value.reason == encoding.ENDS_INSIDE_A_CHARACTER
    assert caught.value.line == 3


def test_a_legacy_file_ending_in_a_lead_byte_is_not_taken_for_utf8() -> None:
    """Windows-1252 "café" ends in b"\\xe9", which looks like the start of a UTF-8 character."""
    found = encoding.detect("Name\r\nJörg,café".encode("cp1252"))
    assert found.encoding == "cp1252" and found.text.endswith("café")
    found = encoding.detect(b"Name\r\ncaf\xe9")
    assert found.text.endswith("café")


@pytest.mark.parametrize(
    ("name", "data", "line"), [("cut.csv", CUT_CSV, 3), ("cut.vcf", CUT_VCARD, 7)], ids=["csv", "vcard"]
)
def test_import_refuses_a_file_cut_inside_a_character(
    db: Database, tmp_path: Path, name: str, data: bytes, line: int
) -> None:
    make_people(db)
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(db)
    with pytest.raises(importing.ImportFileError) as caught, db.transaction() as s:
        importing.import_file(s, path)
    assert str(caught.value) == f"line {line}: the file ends inside a character: the file seems truncated"
    assert dump(db) == before


def test_command_line_refuses_it_even_with_a_mapping(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The field tester followed the hint (header row 0, columns by number) and imported garbage."""
    path = tmp_path / "cut.csv"
    path.write_bytes(CUT_CSV)
    before = dump(db)
    by_number = ["--header-row", "0", "--mapping", "1=full_name,2=mobile"]
    code = main(["--db", str(db.path), "import-contacts", str(path), *by_number])
    err = capsys.readouterr().err
    assert code == 1
    assert "line 3: the file ends inside a character: the file seems truncated" in err
    assert dump(db) == before


def test_the_refusal_reads_in_chinese() -> None:
    message = f"line 3: {encoding.ENDS_INSIDE_A_CHARACTER}"
    chinese = localize(message, "zh_CN")
    assert chinese.startswith("第 3 行：") and "截断" in chinese, chinese
