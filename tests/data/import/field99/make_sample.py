"""Write the field test 99 sample beside this script (invented people, CC0; see SOURCES.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

#: The Karlsruhe city's delegation list as its international office keeps it in Excel (German
#: headers, dates as real Excel dates, one person without a passport number yet).
ROWS = [
    ["Nr.", "Name", "Vorname", "Geschlecht", "Geburtsdatum", "Staatsangehörigkeit", "Reisepassnummer",
     "Gültig bis", "Funktion", "Organisation", "E-Mail"],
    [1, "Schäfer", "Katrin", "weiblich", dt.date(1972, 4, 18), "deutsch", "C01X00T47", dt.date(2031, 5, 2),
     "Bürgermeisterin", "Stadt Karlsruhe", "katrin.schaefer@karlsruhe.example"],
    [2, "Weiß", "Jürgen", "männlich", dt.date(1968, 11, 3), "deutsch", "C4H1R2K9P", dt.date(2030, 9, 14),
     "Leiter Umwelt- und Arbeitsschutz", "Stadt Karlsruhe", "j.weiss@karlsruhe.example"],
    [3, "Öztürk", "Elif", "weiblich", dt.date(1985, 2, 27), "deutsch", "C7LM3N8W1", dt.date(2032, 1, 30),
     "Referentin Internationales", "Stadt Karlsruhe", "elif.oeztuerk@karlsruhe.example"],
    [4, "Brenner", "Thomas", "männlich", dt.date(1976, 7, 9), "deutsch", "C2PQ9T5V3", dt.date(2029, 12, 1),
     "Technischer Geschäftsführer", "Stadtwerke Karlsruhe GmbH", "t.brenner@stadtwerke.example"],
    [5, "Hoffmann", "Sabine", "weiblich", dt.date(1980, 3, 15), "deutsch", "C9ZT4K2L7", dt.date(2033, 6, 20),
     "Vertriebsleiterin Asien", "Kläranlagentechnik Rhein GmbH", "s.hoffmann@kt-rhein.example"],
    [6, "Nguyen", "Minh Duc", "männlich", dt.date(1988, 10, 21), "vietnamesisch", "C8824017",
     dt.date(2030, 2, 11), "Projektingenieur", "Kläranlagentechnik Rhein GmbH", "m.nguyen@kt-rhein.example"],
    [7, "Keller", "Andreas", "männlich", dt.date(1970, 1, 5), "schweizerisch", "X1234567",
     dt.date(2031, 8, 8), "Geschäftsführer", "Solarwerk Baden AG", "a.keller@solarwerk.example"],
    [8, "Lang", "Miriam", "weiblich", dt.date(1983, 8, 30), "deutsch", "", None,
     "Professorin für Siedlungswasserwirtschaft", "Karlsruher Institut für Technologie",
     "miriam.lang@kit.example"],
]  # fmt: skip


def main() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Delegation"
    for row in ROWS:
        sheet.append(row)
    for cell in ("E", "H"):
        for row in sheet[f"{cell}2:{cell}9"]:
            row[0].number_format = "DD.MM.YYYY"  # as German Excel shows a date
    book.save(HERE / "karlsruhe_delegation.xlsx")


if __name__ == "__main__":
    main()
