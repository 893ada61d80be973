"""Persian column names are understood (field test 125, Tehran): Outlook's fa-IR export and an Excel
list saved in Windows-1256 (which writes ي for ی) had every column ignored and nothing imported."""

from __future__ import annotations

from pathlib import Path

from petdesk.services.importing import guess_mapping

DATA = Path(__file__).parents[1] / "data" / "import" / "field125"


def _headers(name: str, encoding: str) -> list[str]:
    return (DATA / name).read_bytes().decode(encoding).splitlines()[0].replace('"', "").split(",")


def test_outlook_fa_ir_headers() -> None:
    headers = _headers("outlook_fa_ir_utf8_bom.csv", "utf-8-sig")
    mapping = {headers[i]: f for i, f in guess_mapping(headers).items()}
    assert mapping["عنوان"] == "honorific"
    assert mapping["نام"] == "given_name"  # beside "نام خانوادگی": the given name
    assert mapping["نام خانوادگی"] == "family_name"
    assert mapping["عنوان شغلی"] == "position"
    assert mapping["تلفن همراه"] == "mobile"
    assert mapping["آدرس ایمیل"] == "email"
    assert mapping["یادداشت\u200cها"] == "notes"


def test_excel_headers_in_windows_1256() -> None:
    headers = _headers("excel_fa_ir_cp1256.csv", "cp1256")
    assert "نام خانوادگي" in headers  # the Arabic ي: Windows-1256 has no Persian ی
    assert set(guess_mapping(headers).values()) == {
        "given_name",
        "family_name",
        "organisation",
        "position",
        "mobile",
        "email",
        "address_work_city",
    }


def test_name_alone_is_the_whole_name() -> None:
    assert guess_mapping(["نام", "ایمیل"]) == {0: "full_name", 1: "email"}
