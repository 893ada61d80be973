"""The registration files of field test 68, written as the programs that make them write them (our
own invented people; no third-party sample, so no licence to keep): a 问卷星 (Wenjuanxing) "按选项文本
下载" XLSX (its answer-metadata columns, then numbered questions "1、您的姓名" …, some phone numbers as
number cells as Excel leaves them after a user edits the sheet), a 腾讯问卷 CSV (UTF-8 with a byte-order
mark, "1.您的姓名" questions; 陈志强 registered on both forms) and a 企业微信 member list XLSX."""

from __future__ import annotations

import csv
from pathlib import Path

WJX_HEADERS = [
    "序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
    "1、您的姓名", "2、单位名称", "3、职务", "4、手机号码", "5、电子邮箱", "6、是否需要住宿",
]  # fmt: skip
WJX_ROWS: list[tuple[object, ...]] = [
    (1, "2026/11/18 09:05:31", "95秒", "微信", "N/A", "117.136.12.5(四川-成都)",
     "王建国", "成都市水务局", "副处长", 13908001234, "wangjg@cdswj.gov.cn", "是"),
    (2, "2026/11/18 10:41:02", "123秒", "手机提交", "直接访问", "223.104.3.7(四川-绵阳)",
     "刘芳", "绵阳市住房和城乡建设局", "工程师", "13551234567", "liufang@mysjj.cn", "否"),
    (3, "2026/11/19 16:20:18", "80秒", "微信", "N/A", "171.217.8.9(四川-成都)",
     "陈志强", "四川省生态环境科学研究院", "研究员", 18602811111, "czq@scies.org", "是"),
    (4, "2026/11/20 08:59:44", "210秒", "链接", "直接访问", "36.170.1.2(重庆-重庆)",
     "张丽", "重庆市海绵城市建设中心", "主任", "+86 139 8000 2222", "zhangli@cqhm.cn", "是"),
    (5, "2026/11/20 21:15:09", "60秒", "微信", "N/A", "117.136.12.5(四川-成都)",
     "赵磊", "成都市水务局", "科员", 13908005678, None, "否"),
]  # fmt: skip

TENCENT_HEADERS = [
    "编号", "开始答题时间", "结束答题时间", "答题时长",
    "地理位置国家和地区", "地理位置省", "地理位置市", "IP",
    "1.您的姓名", "2.单位名称", "3.职务", "4.手机号码", "5.电子邮箱", "6.是否需要住宿",
]  # fmt: skip
TENCENT_ROWS = [
    ["1", "2026-11-21 09:10:02", "2026-11-21 09:12:45", "163秒", "中国", "四川", "成都", "117.136.1.1",
     "陈志强", "四川省生态环境科学研究院", "研究员", "18602811111", "czq@scies.org", "是"],
    ["2", "2026-11-21 11:00:00", "2026-11-21 11:03:10", "190秒", "中国", "四川", "德阳", "117.136.1.2",
     "孙悦", "德阳市城市管理局", "科长", "13700001111", "sunyue@dycg.gov.cn", "否"],
    ["3", "2026-11-22 14:30:00", "2026-11-22 14:31:40", "100秒", "中国", "贵州", "贵阳", "117.136.1.3",
     "欧阳明", "贵阳市生态环境局", "处长", "15885012345", "ouyangming@gyhb.gov.cn", "是"],
]  # fmt: skip

#: Everyone who registered, once (陈志强 is on both forms).
REGISTRANTS = ("王建国", "刘芳", "陈志强", "张丽", "赵磊", "孙悦", "欧阳明")


def wenjuanxing_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(WJX_HEADERS)
    for row in WJX_ROWS:
        ws.append(list(row))
    wb.save(path)
    return path


def tencent_csv(path: Path) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:  # 腾讯问卷 writes a BOM and CRLF
        writer = csv.writer(f)
        writer.writerow(TENCENT_HEADERS)
        writer.writerows(TENCENT_ROWS)
    return path


def wecom_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "成员列表"
    ws.append(["姓名", "账号", "别名", "职务", "部门", "性别", "手机", "座机",
               "个人邮箱", "企业邮箱", "地址"])  # fmt: skip
    ws.append(["李娜", "LiNa", "Nina", "培训协调员", "成都中心/培训部", "女", "13880001111", "028-85551234",
               "lina@163.com", "lina@petcd.org", "成都市高新区天府大道100号"])  # fmt: skip
    ws.append(["黄伟", "HuangWei", "", "主任", "成都中心", "男", 13880002222, "", "",
               "huangwei@petcd.org", ""])  # fmt: skip
    wb.save(path)
    return path
