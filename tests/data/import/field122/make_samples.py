"""Writes the field test 122 project application sheets as the offices' Excel keeps them (run once;
the .xlsx files beside it are its output)."""

from openpyxl import Workbook

HEADER = ["Project", "Applicant", "Funder", "Amount", "Status", "Submitted", "Remark"]
KARACHI = [
    [
        "Lyari river solid waste interception",
        "Karachi Water and Sewerage Corporation",
        "ADB",
        "Rs. 12 lakh",
        "Submitted",
        "05/11/2027",
        "Engr. Muhammad Rahman",
    ],
    [
        "Lahore landfill gas study",
        "Lahore Waste Management Company",
        "GIZ",
        "Rs 4,50,00,000",
        "Submitted",
        "12/11/2027",
        "Imran Qureshi Sahib",
    ],
]
DHAKA = [
    [
        "Dhaka North canal cleaning pilot",
        "Dhaka North City Corporation",
        "ADB",
        "Tk 2.5 crore",
        "Submitted",
        "05/11/2027",
        "Md. Abdur Rahman",
    ],
    [
        "Chattogram faecal sludge plant",
        "Chattogram City Corporation",
        "World Bank",
        "৳ ৪৫,০০,০০০",
        "Submitted",
        "12/11/2027",
        "Engr. Nasrin Akter",
    ],
]
for name, rows in (("karachi_projects.xlsx", KARACHI), ("dhaka_projects.xlsx", DHAKA)):
    book = Workbook()
    sheet = book.active
    sheet.title = "Projects"
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(name)
