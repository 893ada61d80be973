"""Write the sample office workbook with a 项目 sheet (CC0; written by us, projects, names and amounts
invented): run in this folder. As Excel 2016 and WPS leave such a ledger: a merged title row over the
table, the header, the rows as typed over eight years (dates as text "2019.5.12", "2019年5月", a date cell
and an Excel serial kept as a number; amounts in 万元 by the header, or with their own currency), a blank
row and a merged footnote row under the table; and a 来访 sheet first, as the office's workbook has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
FILE = "office_ledger_projects.xlsx"

HEADER = (
    "序号",
    "项目名称",
    "申报单位/合作伙伴",
    "资金来源",
    "申报金额（万元）",
    "申报日期",
    "截止日期",
    "状态",
    "负责人",
    "备注",
)
ROWS: tuple[tuple[object, ...], ...] = (
    (
        1,
        "湘江流域重金属污染治理技术示范",
        "湖南省生态环境厅、湖南大学",
        "亚洲开发银行",
        500,
        "2019.5.12",
        "2019.6.30",
        "已批准",
        "胡晶",
        "分两期拨付",
    ),
    (
        2,
        "长沙经开区工业节能改造",
        "长沙经济技术开发区管理委员会",
        "GEF",
        "USD 1,200,000",
        "2019年5月",
        43646,
        "评审中",
        "李明",
        None,
    ),
    (
        3,
        "城市生活垃圾分类试点",
        "长沙市城市管理和综合执法局",
        "GIZ",
        "80万欧元",
        dt.datetime(2020, 3, 1),
        None,
        "实施中",
        "王芳",
        "德方派专家两名",
    ),
    (
        4,
        "农村污水分散处理技术推广",
        "湖南农业大学",
        "中央财政",
        "300-500",
        "2021.4.8",
        "2021.4.30",
        "未通过",
        "李明",
        None,
    ),
    (
        5,
        "洞庭湖湿地生态修复",
        "岳阳市生态环境局",
        "全球环境基金",
        1200,
        "2018.9.3",
        None,
        "已结项",
        "胡晶",
        None,
    ),
    (
        6,
        "中德水处理技术合作平台",
        "长沙水业集团有限公司、湖南大学",
        "GIZ",
        150,
        "2022.11.20",
        "2022.12.15",
        "已申报",
        "王芳",
        None,
    ),
    (
        7,
        "工业固废资源化利用",
        "株洲市生态环境局",
        "中央财政",
        200,
        "2023.3",
        None,
        "暂缓",
        "胡晶",
        "等省厅通知",
    ),
)
FOOTNOTE = "注：申报金额单位为万元（另注币种者除外）；状态以当年年底为准。"


def write(path: Path) -> Path:
    book = openpyxl.Workbook()
    visits = book.active
    visits.title = "来访"
    visits.append(("日期", "代表团", "国家", "人数"))
    visits.append(("2019.5.12-5.15", "德国卡尔斯鲁厄市代表团", "德国", 6))
    sheet = book.create_sheet("项目")
    sheet.append(("长沙中心国际合作项目申报台账（2017—2024）",))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    sheet.cell(row=5, column=6).number_format = "yyyy/m/d"  # the date cell, as Excel shows one
    sheet.append(())
    sheet.append((FOOTNOTE,))
    last = sheet.max_row
    sheet.merge_cells(start_row=last, start_column=1, end_row=last, end_column=len(HEADER))
    book.create_sheet("培训").append(("日期", "培训名称", "地点"))
    book.save(path)
    return path


if __name__ == "__main__":
    write(HERE / FILE)
