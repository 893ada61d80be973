"""The Lanzhou Development and Reform Commission's needs list as WPS Office writes it (field test 97):
a Chinese sheet name, a title merged over every column, a two-row header (需求内容 over 需求名称 |
具体描述, 联系方式 over 联系人 | 联系电话, the others merged down), amounts in 万元 (number format
``#,##0.00"万元"``, some typed "约500", "300-500", "2,800"), planned dates as "2027年3月", "2027年" or
date cells (an Excel serial with a 年月 format), blank spacer rows, a 合计 row and a footnote.
Made for petdesk's tests (openpyxl, as WPS saves .xlsx); our own sample, CC0; needs invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

TITLE = "兰州市生态环境领域技术需求清单（2027年）"
#: (需求单位, 需求名称, 具体描述, 投资估算（万元）, 计划时间, 联系人, 联系电话, 备注); None: a spacer row.
NEEDS: list[tuple[object, ...] | None] = [
    (
        "兰州市生态环境局",
        "黄河兰州段水质在线监测",
        "建设12个自动监测站",
        1200,
        "2027年3月",
        "马军",
        "0931-8456123",
        "",
    ),
    (
        "兰州市城市管理委员会",
        "生活垃圾焚烧飞灰处置",
        "日处理飞灰100吨",
        "约500",
        "2027年6月",
        "王丽",
        "13919012345",
        "需配套资金",
    ),
    (
        "兰州新区管委会",
        "工业园区VOCs治理",
        "石化园区无组织排放",
        "300-500",
        46539,
        "张强",
        "0931-2345678",
        "",
    ),
    None,
    (
        "兰州市水务局",
        "污水处理厂污泥干化",
        "",
        "2,800",
        dt.datetime(2027, 9, 1),
        "李娜",
        "18693112233",
        "拟申请中央预算内资金",
    ),
    ("七里河区人民政府", "农村生活污水处理", "", 650.5, "2027年", "赵鹏", "0931-6123456", ""),
    None,
]
FOOTNOTE = "注：投资估算单位为万元，以最终批复为准。"


def write_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "技术需求清单"
    ws.append([TITLE])
    ws.append(
        ["序号", "需求单位", "需求内容", None, "投资估算（万元）", "计划时间", "联系方式", None, "备注"]
    )
    ws.append([None, None, "需求名称", "具体描述", None, None, "联系人", "联系电话", None])
    for merged in ("A1:I1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:H2", "I2:I3"):
        ws.merge_cells(merged)
    number = 0
    for need in NEEDS:
        if need is None:
            ws.append([])
            continue
        number += 1
        ws.append([number, *(value if value != "" else None for value in need)])
        row = ws.max_row
        amount, planned = ws.cell(row, 5), ws.cell(row, 6)
        if isinstance(amount.value, (int, float)):
            amount.number_format = '#,##0.00"万元"'
        if isinstance(planned.value, (int, dt.datetime)):
            planned.number_format = 'yyyy"年"m"月"'
    total_row = ws.max_row + 1
    ws.append(["合计", None, None, None, f"=SUM(E4:E{total_row - 1})"])
    ws.merge_cells(f"A{total_row}:D{total_row}")
    ws.append([FOOTNOTE])
    ws.merge_cells(f"A{total_row + 1}:I{total_row + 1}")
    wb.properties.creator = "WPS Office"
    wb.save(path)
    return path
