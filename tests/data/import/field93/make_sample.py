"""Write the field test 93 samples (CC0; names, addresses and numbers invented): run in this folder."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent

#: macOS Contacts' vCard 3.0 export: CRLF lines, the text decomposed (NFD) as macOS writes it.
APPLE_VCARD = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.5//EN
N:Trần;Văn Đức;;TS.;
FN:TS. Trần Văn Đức
ORG:Sở Tài nguyên và Môi trường thành phố Đà Nẵng;Phòng Quản lý Môi trường
TITLE:Phó Giám đốc
EMAIL;type=INTERNET;type=WORK;type=pref:ducvt@danang.gov.vn
TEL;type=CELL;type=VOICE;type=pref:+84 905 123 456
TEL;type=WORK;type=VOICE:0236 3822 315
ADR;type=WORK;type=pref:;;Số 24 Trần Phú, Quận Hải Châu;Đà Nẵng;;550000;Việt Nam
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.5//EN
N:Lê;Hoàng Phúc;;ThS.;
FN:ThS. Lê Hoàng Phúc
ORG:Công ty Cổ phần Cấp nước Đà Nẵng
TITLE:Trưởng phòng Kỹ thuật
EMAIL;type=INTERNET;type=WORK:phuclh@dawaco.com.vn
TEL;type=CELL:+84 905 888 777
END:VCARD
"""

#: Google Contacts' CSV export (2024 columns; UTF-8 without BOM, composed).
GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address"
)
DONRE = "Sở Tài nguyên và Môi trường thành phố Đà Nẵng"
GOOGLE_ROWS = [
    ["Minh Khai", "Thị", "Nguyễn", "", "", "", "Bà", "", "", "", DONRE, "Trưởng phòng",
     "Phòng Quản lý Chất thải rắn", "", "", "", "* myContacts", "Work", "khaintm@danang.gov.vn",
     "Mobile", "+84 905 234 567", "Work", "0236 3822 316", "Work",
     '"Số 24 Trần Phú, Quận Hải Châu, Đà Nẵng"', '"Số 24 Trần Phú, Quận Hải Châu"', "Đà Nẵng", "", "",
     "550000", "Việt Nam", ""],
    ["Ngọc Ánh", "Thị", "Phạm", "", "", "", "Bà", "", "", "",
     "Trường Đại học Bách khoa - Đại học Đà Nẵng", "Giảng viên", "Khoa Môi trường", "", "", "",
     "* myContacts", "Work", "anhptn@dut.udn.vn", "Mobile", "+84 935 456 789", *[""] * 11],
    ["Văn Đức", "", "Trần", "", "", "", "Ông", "", "", "", DONRE, "Phó Giám đốc", "", "", "", "",
     "* myContacts", "Work", "ducvt@danang.gov.vn", "Mobile", "+84905123456", *[""] * 11],
]  # fmt: skip

#: A sheet Excel on Vietnamese Windows saves as "CSV": Windows-1258, whose tone marks are bytes of their own.
EXCEL_SHEET = (
    "Họ và tên,Danh xưng,Chức vụ,Cơ quan,Email,Điện thoại\n"
    "Đặng Quốc Việt,Ông,Kỹ sư,Công ty Môi trường Đô thị Đà Nẵng,vietdq@urenco-dn.vn,0905 345 678\n"
    f"Hồ Thị Diễm,Bà,Phiên dịch viên,{DONRE},diemht@danang.gov.vn,0236 3822 317\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"

PASSPORTS = [
    (1, "Trần Văn Đức", "Nam", dt.date(1972, 3, 14), "C1234567", dt.date(2031, 5, 2), "Phó Giám đốc",
     "Sở TN&MT Đà Nẵng"),
    (2, "Nguyễn Thị Minh Khai", "Nữ", dt.date(1980, 11, 2), "C2345678", dt.date(2030, 1, 9), "Trưởng phòng",
     "Sở TN&MT Đà Nẵng"),
    (3, "Lê Hoàng Phúc", "Nam", dt.date(1985, 6, 30), "C3456789", dt.date(2032, 8, 15),
     "Trưởng phòng Kỹ thuật", "Công ty CP Cấp nước Đà Nẵng"),
    (4, "Phạm Thị Ngọc Ánh", "Nữ", dt.date(1988, 1, 21), "C4567890", dt.date(2029, 12, 1), "Giảng viên",
     "Trường ĐH Bách khoa - ĐH Đà Nẵng"),
    (5, "Đặng Quốc Việt", "Nam", dt.date(1979, 9, 9), "C5678901", dt.date(2033, 4, 4), "Kỹ sư",
     "Công ty Môi trường Đô thị Đà Nẵng"),
]  # fmt: skip


def windows_1258(text: str) -> bytes:
    """``text`` as Windows-1258 holds it: a letter Windows-1258 lacks is its base letter and tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out.append((base + tones).encode("cp1258"))
    return b"".join(out).replace(b"\n", b"\r\n")


def main() -> None:
    (HERE / "apple_nfd.vcf").write_bytes(
        unicodedata.normalize("NFD", APPLE_VCARD).replace("\n", "\r\n").encode()
    )
    google = "\n".join([GOOGLE_HEADER, *(",".join(row) for row in GOOGLE_ROWS)]) + "\n"
    (HERE / "google.csv").write_bytes(google.replace("\n", "\r\n").encode())
    (HERE / "excel_cp1258.csv").write_bytes(windows_1258(EXCEL_SHEET))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH ĐOÀN CÔNG TÁC THÀNH PHỐ ĐÀ NẴNG"])
    sheet.append([])
    sheet.append(
        ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số hộ chiếu", "Ngày hết hạn", "Chức vụ", "Cơ quan"]
    )
    for row in PASSPORTS:
        sheet.append(list(row))
    for cell in (*sheet["D"], *sheet["F"]):
        cell.number_format = "dd/mm/yyyy"
    book.save(HERE / "passports.xlsx")
    (HERE / "other_office.csv").write_text(
        "Full name,Organisation,Email\nNguyen Thi Minh Khai,Da Nang DONRE,khai.nguyen@gmail.com\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
