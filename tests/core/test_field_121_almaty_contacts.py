"""Almaty hub office (field test 121): Outlook ru-RU's contact export and a Kazakh Excel sheet whose
whole names ("ФИО") are written family name, given name, patronymic."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.services import importing, patronymics

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field121"


def test_russian_outlook_export_keeps_email_phones_address_and_notes() -> None:
    # Before: every e-mail, mobile, address, birthday and note of the export was dropped
    loaded = importing.load_file(SAMPLES / "outlook_ru_cp1251.csv")
    abenov = next(r for r in loaded.iter_records() if r.family_name == "Абенов")
    assert abenov.given_name == "Нурлан"
    assert abenov.middle_name == "Серикович"
    assert "n.abenov@almaty.gov.kz" in [value for _c, _l, value in abenov.methods]
    assert any("701 123 4567" in value for _c, _l, value in abenov.methods)
    assert abenov.birthday == "1978-04-12"
    assert "ABENOV NURLAN" in abenov.notes
    assert "Партнёры" in abenov.tags
    assert abenov.addresses and abenov.addresses[0].get("street") == "пр. Абая, 90"


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Абенов Нурлан Серикович", ("Абенов", "Нурлан", "Серикович")),
        ("Сулейменова Жанна Ахметовна", ("Сулейменова", "Жанна", "Ахметовна")),
        ("Қасымова Айгерим Нұрланқызы", ("Қасымова", "Айгерим", "Нұрланқызы")),
        ("Өтегенов Ғалым Әбілұлы", ("Өтегенов", "Ғалым", "Әбілұлы")),
        ("Нурлан Серикович Абенов", ("Абенов", "Нурлан", "Серикович")),
        ("Abenov Nurlan Serikovich", ("Abenov", "Nurlan", "Serikovich")),
        ("Ivan Petrov Smith", None),
        ("John Paul Rabinovich", None),
        ("Мария Иванова", None),
    ],
)
def test_whole_names_with_a_patronymic(full: str, parts: tuple[str, str, str] | None) -> None:
    assert patronymics.split(full) == parts


def test_fio_column_is_family_given_patronymic() -> None:
    # Before: "Абенов Нурлан Серикович" was family "Серикович", given "Абенов Нурлан"
    loaded = importing.load_file(SAMPLES / "excel_kk_utf8_bom.csv")
    names = {(r.family_name, r.given_name, r.middle_name) for r in loaded.iter_records()}
    assert ("Абенов", "Нурлан", "Серикович") in names
    assert ("Қасымова", "Айгерим", "Нұрланқызы") in names
    assert ("Иванова", "Мария", "Петровна") in names


def test_kazakh_letters_lost_to_windows_1251_are_refused() -> None:
    with pytest.raises(importing.ImportFileError) as caught:
        importing.load_file(SAMPLES / "excel_kk_cp1251.csv")
    assert "?асымова" in caught.value.reason and "Windows-1251" in caught.value.reason
    assert "Kazakh" in caught.value.reason  # it named only the Mongolian letters


def test_the_refusal_of_an_outlook_export_says_what_to_do_in_outlook(tmp_path: Path) -> None:
    # Outlook on a Windows set to Windows-1251 writes "?" for the Kazakh letters, as Python's "replace"
    # does; the refusal told Outlook users to save "the sheet" as "CSV UTF-8", which Outlook cannot
    exported = tmp_path / "outlook_kk_cp1251.csv"
    typed = (SAMPLES / "outlook_kk_utf8.csv").read_text(encoding="utf-8")
    exported.write_bytes(typed.encode("cp1251", errors="replace"))
    with pytest.raises(importing.ImportFileError) as caught:
        importing.load_file(exported)
    assert "Н?рлан?ызы" in caught.value.reason and "Windows-1251" in caught.value.reason
    assert "Outlook exported" in caught.value.reason and "sheet" not in caught.value.reason
    assert "Use Unicode UTF-8" in caught.value.reason
