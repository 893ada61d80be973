"""Writes the two sheets beside it, as Excel and WPS Office save them (run once; CC0, ours)."""

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent


def funder_report_excel() -> None:
    """A funder's approvals list saved by Excel: date cells in Excel's short date format, two
    approval dates typed as words."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Approvals"
    ws.append(["Project", "Funder", "Status", "Date submitted", "Approval date"])
    rows = [
        ("Mekong river monitoring", "ADB", "approved", dt.datetime(2025, 3, 10), dt.datetime(2025, 9, 1)),
        ("Hanoi landfill gas", "ADB", "approved", dt.datetime(2025, 3, 10), "Q3 (board meeting)"),
        ("Hue rainwater harvesting", "ADB", "approved", None, "TBC"),
    ]
    for row in rows:
        ws.append(row)
    for cell in ("D2", "E2", "D3"):
        ws[cell].number_format = "m/d/yyyy"  # Excel's short date in an English Windows
    wb.save(HERE / "approvals_excel.xlsx")


def colleague_wps() -> None:
    """A colleague's sheet saved by WPS Office in Chinese: 批复日期 a date cell in WPS's 年月日
    format, or typed: a day without its year ("9月15日") and a word ("待定")."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目批复"
    ws.append(["项目名称", "资金来源", "状态", "申报日期", "批复日期"])
    rows = [
        ("苏州河底泥修复", "亚洲开发银行", "已批复", dt.datetime(2025, 5, 10), dt.datetime(2025, 11, 20)),
        ("昆明滇池蓝藻监测", "亚洲开发银行", "已批复", "2025年5月10日", "9月15日"),
        ("兰州污水再生利用", "亚洲开发银行", "已批复", dt.datetime(2025, 5, 10), "待定"),
    ]
    for row in rows:
        ws.append(row)
    for cell in ("D2", "E2", "D4"):
        ws[cell].number_format = 'yyyy"年"m"月"d"日"'  # WPS's Chinese long date
    wb.save(HERE / "colleague_wps.xlsx")


if __name__ == "__main__":
    funder_report_excel()
    colleague_wps()
