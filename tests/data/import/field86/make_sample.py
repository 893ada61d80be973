"""Writes delegation_list.xlsx as the ministry's Excel sheet (see tests/data/README.md; CC0)."""

import datetime as dt

import openpyxl
from openpyxl.styles import Font

ROWS = [
    ("H.", "Suharso", "Minister of Environment and Forestry", "Halal"),
    ("Dr.", "Sri Mulyani Indrawati", "Vice-Governor of West Java", "Halal"),
    ("Ir.", "Suharto", "Director General of Climate Change Control", "Halal"),
    ("Dr.", "Budi Santoso", "Director of Waste Management", "Halal"),
    ("", "Wayan", "Director of Marine Pollution", "Vegetarian"),
    ("H.", "Ahmad Fauzi", "Director of Air Quality", "Halal; nut allergy"),
    ("", "Dewi Lestari", "Deputy Director", "Halal"),
    ("", "Rina Kusuma", "Head of Division", "halal"),
    ("Ir.", "Agus Salim", "Head of Division", "Halal"),
    ("", "Siti Nurhaliza", "Senior Officer", "Halal"),
    ("", "Joko", "Protocol Officer", "Halal"),
    ("", "Putri Wulandari", "Interpreter", "Halal"),
]


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delegasi"
    ws.append(["Indonesian Ministerial Delegation to Qingdao, 10–12 May 2027 — List of Delegates"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["No.", "Title", "Name", "Position", "Organisation", "Email", "Dietary requirements"])
    for n, (title, name, position, diet) in enumerate(ROWS, 1):
        email = f"{name.split()[0].lower()}@menlhk.go.id"
        ws.append([n, title, name, position, "Ministry of Environment and Forestry", email, diet])
    for col, width in zip("ABCDEFG", (5, 7, 26, 42, 38, 26, 22), strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "Biro Kerja Sama Luar Negeri"
    wb.properties.created = wb.properties.modified = dt.datetime(2027, 4, 28, 9, 0)
    wb.save("delegation_list.xlsx")


if __name__ == "__main__":
    main()
