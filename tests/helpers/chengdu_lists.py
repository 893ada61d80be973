"""The two attendee lists of field test 57, written here as the programs that make them write them
(our own invented people; no third-party sample, so no licence to keep): a WPS/Excel XLSX from a
Chinese partner, with a merged title row, Chinese headers, +86 numbers with spaces, a blank row and a
repeated row, and a GBK CSV as Excel on Chinese Windows saves it ("CSV (逗号分隔)", CRLF)."""

from __future__ import annotations

from pathlib import Path

#: 序号, 姓名, 单位, 职务, 手机, 邮箱; ``None`` is the blank row, row 5 repeats row 1 (王磊).
ATTENDEES: list[tuple[object, ...] | None] = [
    (1, "王磊", "成都市生态环境局", "处长", "+86 138 0013 8000", "wanglei@cdhb.gov.cn"),
    (2, "李静", "四川省环境科学研究院", "高级工程师", "+86 139 8000 1234", "lijing@scies.org"),
    (3, "张伟", "成都环境集团", "项目经理", "+86 186 2800 5678", None),
    None,
    (4, "陈晓燕", "西南交通大学", "副教授", "+86 135 5080 9911", "chenxy@swjtu.edu.cn"),
    (5, "王磊", "成都市生态环境局", "处长", "+86 138 0013 8000", "wanglei@cdhb.gov.cn"),
    (6, "刘洋", "成都市水务局", "科员", "+86 028 8765 4321", "liuyang@cdwater.gov.cn"),
    (7, "欧阳娜娜", "四川大学", "博士研究生", "+86 177 0000 1111", None),
]

#: 姓名, 单位, 手机, 邮箱, 备注: 李静 again (she is on both lists).
SECOND_LIST = (
    "姓名,单位,手机,邮箱,备注\r\n"
    "赵敏,重庆市生态环境局,+86 136 1234 5678,zhaomin@cq.gov.cn,\r\n"
    "孙丽,成都天府新区,+86 150 2222 3333,,素食\r\n"
    "李静,四川省环境科学研究院,+86 139 8000 1234,lijing@scies.org,\r\n"
)


def wps_attendees(path: Path) -> Path:
    """The partner's XLSX: the title merged over A1:F1 above the header, as WPS and Excel save it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet["A1"] = "2026年中欧环境技术培训（成都）参会人员名单"
    sheet.merge_cells("A1:F1")
    sheet.append(["序号", "姓名", "单位", "职务", "手机", "邮箱"])
    for row in ATTENDEES:
        sheet.append(list(row) if row else [None] * 6)
    book.save(path)
    return path


def gbk_attendees(path: Path) -> Path:
    path.write_bytes(SECOND_LIST.encode("gbk"))
    return path
