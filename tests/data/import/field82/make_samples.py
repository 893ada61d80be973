"""Write the field test 82 samples beside this script (invented people, CC0; see SOURCES.md)."""

from __future__ import annotations

import quopri
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

#: 1C:Enterprise / Bitrix24 "Экспорт в CSV": Windows-1251, ";" between quoted values, CRLF
BITRIX_ROWS = [
    ["Фамилия", "Имя", "Отчество", "Должность", "Организация", "Телефон", "E-mail", "Дата рождения"],
    ["Нурланова", "Айгерим", "Нурлановна", "Главный специалист", "Акимат города Алматы",
     "+7 727 271 6500", "a.nurlanova@almaty.gov.kz", "12.03.1987"],
    ["Сейткали", "Ержан", "Бахытович", "Заместитель акима", "Акимат города Алматы",
     "+7 701 555 1234", "e.seitkali@almaty.gov.kz", "05.11.1975"],
    ["Иванов", "Сергей", "Петрович", "Главный инженер", "ТОО «Алматы Энергосервис»",
     "+7 727 300 4000", "s.ivanov@aes.kz", "28.02.1980"],
    ["Ким", "Виктория", "", "Переводчик", "ТОО «Алматы Энергосервис»", "+7 777 123 4567", "v.kim@aes.kz", ""],
]  # fmt: skip

#: Android Contacts "Export to .vcf": vCard 2.1, names quoted-printable UTF-8, N with the patronymic
#: (Kazakh -қызы/-ұлы) in the middle-name place
ANDROID_CARDS = [
    ("Жұмабекова", "Әсел", "Қайратқызы", "ТОО «Қазақ Энергия Өңдеу»", "Директор", "+77015550101",
     "asel@kazenergy.kz"),
    ("Өтеғұлов", "Нұрлан", "Серікұлы", "ТОО «Қазақ Энергия Өңдеу»", "Инженер-технолог", "+77015550102",
     "nurlan.o@kazenergy.kz"),
    ("Toʻxtayev", "Gʻayrat", "Shavkatovich", "Oʻzbekiston Energiya Chiqindi MChJ", "Direktor oʻrinbosari",
     "+998901234567", "g.toxtayev@uzenergy.uz"),
]  # fmt: skip

#: The embassy's passport list: names in capitals as in the passport's machine-readable zone
PASSPORT_ROWS = [
    ["No", "SURNAME", "GIVEN NAMES", "DATE OF BIRTH", "PASSPORT No", "DATE OF EXPIRY", "NATIONALITY"],
    [1, "NURLANOVA", "AIGERIM", "12.03.1987", "N12345678", "01.09.2031", "KAZ"],
    [2, "SEITKALI", "YERZHAN", "05.11.1975", "N23456789", "15.04.2030", "KAZ"],
    [3, "IVANOV", "SERGEY", "28.02.1980", "N34567890", "20.06.2029", "KAZ"],
    [4, "ZHUMABEKOVA", "ASSEL", "03.07.1990", "N45678901", "11.11.2032", "KAZ"],
    [5, "UTEGULOV", "NURLAN", "19.01.1985", "N56789012", "30.03.2033", "KAZ"],
    [6, "TOKHTAEV", "GAYRAT", "22.08.1978", "FA1234567", "05.05.2031", "UZB"],
]


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode()).decode().replace("=\n", "")


def _card(family: str, given: str, middle: str, org: str, title: str, tel: str, email: str) -> str:
    full = " ".join(p for p in (given, middle, family) if p)
    qp = "CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE"
    return (
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;{qp}:{_qp(family)};{_qp(given)};{_qp(middle)};;\r\n"
        f"FN;{qp}:{_qp(full)}\r\nORG;{qp}:{_qp(org)}\r\nTITLE;{qp}:{_qp(title)}\r\n"
        f"TEL;CELL:{tel}\r\nEMAIL;HOME:{email}\r\nEND:VCARD\r\n"
    )


def main() -> None:
    lines = (";".join(f'"{cell}"' for cell in row) + "\r\n" for row in BITRIX_ROWS)
    (HERE / "bitrix24_contacts_cp1251.csv").write_bytes("".join(lines).encode("cp1251"))
    (HERE / "android_cyrillic.vcf").write_bytes("".join(_card(*c) for c in ANDROID_CARDS).encode())
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Список"
    for row in PASSPORT_ROWS:
        ws.append(row)
    wb.save(HERE / "embassy_passport_list.xlsx")


if __name__ == "__main__":
    main()
