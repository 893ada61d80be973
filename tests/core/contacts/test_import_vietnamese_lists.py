"""Lists typed in Vietnamese: a sheet Excel saves as Windows-1258 "CSV" and a passport list whose
columns are "Họ và tên", "Chức vụ", "Cơ quan", "Số hộ chiếu" … (field test 93: no column named
anything petdesk knew, so every row was skipped, and the passport list's title row was taken for its
header)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import encoding, importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "field93"


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        return {f"{c.family_name} {c.given_name}": c for c in s.scalars(select(m.Contact))}


def test_vietnamese_column_names_are_understood() -> None:
    headers = [
        "STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số hộ chiếu", "Ngày hết hạn", "Chức vụ", "Cơ quan"
    ]  # fmt: skip
    assert importing.guess_mapping(headers) == {
        1: "full_name", 2: "gender", 3: "birthday", 4: "passport_number", 5: "passport_expiry",
        6: "position", 7: "organisation",
    }  # fmt: skip
    mobile = unicodedata.normalize("NFD", "Điện thoại di động")  # typed on a Mac
    typed = ["Ho va ten", "Chuc vu", "Co quan", "Dien thoai", mobile]
    assert importing.guess_mapping(typed) == {
        0: "full_name", 1: "position", 2: "organisation", 3: "phone", 4: "mobile"
    }  # fmt: skip


def test_an_excel_sheet_saved_as_windows_1258(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "excel_cp1258.csv", encoding="cp1258")
    assert (len(report.added), len(report.skipped)) == (2, 0)
    people = _people(db)
    assert set(people) == {"Đặng Quốc Việt", "Hồ Thị Diễm"}
    diem = people["Hồ Thị Diễm"]
    assert diem.honorific_en == "Bà"
    with db.reading() as s:
        org_names = set(s.scalars(select(m.Organisation.name_en)))
    assert "Sở Tài nguyên và Môi trường thành phố Đà Nẵng" in org_names


def test_a_passport_list_under_a_title_row(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "passports.xlsx")
    assert (len(report.added), len(report.skipped)) == (5, 0)
    duc = _people(db)["Trần Văn Đức"]
    assert (duc.passport_number, duc.passport_expiry) == ("C1234567", "2031-05-02")
    assert duc.birthday == "1972-03-14"
    assert duc.family_name == "Trần"
    assert {c.gender for c in _people(db).values()} == {"m", "f"}  # "Nam" and "Nữ"


def test_windows_1258_is_recognised_and_western_files_stay_windows_1252(db: Database) -> None:
    data = (SAMPLES / "excel_cp1258.csv").read_bytes()
    found = encoding.detect(data)
    assert found.encoding == "cp1258" and "Họ và tên" in found.text
    assert unicodedata.is_normalized("NFC", found.text)  # its tone marks composed with their letters
    # Portuguese and Italian read the same under Windows-1258 (ã as ă, ò as a dot below): not asked about
    for western in ("Nome,Cidade\nJoão,São Paulo\n", "Nome,Città\nLuca,può così\n", "Name\nJörg Müller\n"):
        reading = encoding.detect(western.encode("cp1252"))
        assert (reading.encoding, reading.text, reading.close) == ("cp1252", western, [])
    with db.transaction() as s:  # no encoding given
        report = importing.import_file(s, SAMPLES / "excel_cp1258.csv")
    assert sorted(o.name for o in report.added) == ["Hồ Thị Diễm", "Đặng Quốc Việt"]


def test_the_import_report_writes_vietnamese_names_family_first(db: Database) -> None:
    """The report said "Văn Đức Trần: new" and "same name as Thị Minh Khai Nguyễn", the order of no
    list or card of petdesk, for names it stores family name first (field test 93)."""
    with db.transaction() as s:
        first = importing.import_file(s, SAMPLES / "apple_nfd.vcf")
        google = importing.import_file(s, SAMPLES / "google.csv")
        passports = importing.import_file(s, SAMPLES / "passports.xlsx")
    assert sorted(o.name for o in first.added) == ["Lê Hoàng Phúc", "Trần Văn Đức"]
    assert sorted(o.name for o in google.added) == ["Nguyễn Thị Minh Khai", "Phạm Thị Ngọc Ánh"]
    said = [str(o.reason) for o in passports.added if o.name == "Nguyễn Thị Minh Khai"]
    assert "Nguyễn Thị Minh Khai" in said[0] and "Thị Minh Khai Nguyễn" not in said[0]
