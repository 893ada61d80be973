"""Writes the two sheets beside it, as Excel and WPS Office save them (run once; CC0, ours)."""

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent


def funder_call() -> None:
    """A funder's call list saved by Excel: real date cells in Excel's short date format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Open calls"
    ws.append(["Project", "Funder", "Status", "Amount (USD)", "Application deadline"])
    rows = [
        ("Mekong river monitoring", "ADB", "preparing", 250000, dt.datetime(2027, 3, 31)),
        ("Hanoi landfill gas", "ADB", "preparing", 400000, "2027-03-31T17:00-04:00"),
        ("Da Nang sludge drying", "ADB", "idea", 120000, "TBC (spring)"),
        ("Hue rainwater harvesting", "ADB", "idea", 90000, None),
    ]
    for row in rows:
        ws.append(row)
    ws["E2"].number_format = "m/d/yyyy"  # Excel's short date in an English Windows
    wb.save(HERE / "funder_call_excel.xlsx")


def colleague_sheet() -> None:
    """A colleague's sheet saved by WPS Office in Chinese: a date cell in WPS's 年月日 format, the
    other dates typed as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目申报"
    ws.append(["项目名称", "资金来源", "状态", "申报金额（万元）", "申报截止"])
    rows = [
        ("苏州河底泥修复", "亚洲开发银行", "拟申报", 80, dt.datetime(2027, 3, 31)),
        ("昆明滇池蓝藻监测", "亚洲开发银行", "拟申报", 50, "2027年3月31日"),
        ("成都餐厨垃圾处理", "亚洲开发银行", "拟申报", 60, "2027年3月31日 17:00 UTC+8"),
        ("兰州污水再生利用", "亚洲开发银行", "拟申报", 70, "待定"),
    ]
    for row in rows:
        ws.append(row)
    ws["E2"].number_format = 'yyyy"年"m"月"d"日"'  # WPS's Chinese long date
    wb.save(HERE / "colleague_wps.xlsx")


if __name__ == "__main__":
    funder_call()
    colleague_sheet()
