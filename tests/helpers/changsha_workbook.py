"""The Changsha hub's eight-year workbook (field test 101), written as Excel 2016 and WPS leave it: Chinese
sheet names, the city typed once in a merged cell for three rows, dates as text ("2019.5.12-5.15"), as
date cells and as bare serials, a head count typed "5人", an empty row and an undecided date. Our own
sample (CC0, names and numbers invented); see tests/data/README.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

#: (row, delegation, country code, head count) of the visits the sheet 来访记录 gives a readable date.
VISITS = [
    (2, "德国卡尔斯鲁厄市代表团", "DE", 6, dt.date(2018, 11, 5), dt.date(2018, 11, 8)),
    (3, "瑞典环保企业代表团", "SE", 8, dt.date(2019, 5, 12), dt.date(2019, 5, 15)),
    (4, "芬兰拉赫蒂市代表团", "FI", 5, dt.date(2020, 1, 9), dt.date(2020, 1, 9)),
    (5, "丹麦水务代表团", "DK", 4, dt.date(2019, 12, 1), dt.date(2019, 12, 1)),
    (6, "新加坡公用事业局", "SG", 3, dt.date(2021, 10, 20), dt.date(2021, 10, 20)),
    (7, "荷兰代表团", "NL", 10, dt.date(2023, 3, 28), dt.date(2023, 4, 2)),
    (8, "德国巴伐利亚州代表团", "DE", 7, dt.date(2024, 12, 30), dt.date(2025, 1, 3)),
]


def write_workbook(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "合作机构"
    ws.append(["机构名称", "英文名称", "城市", "类型", "电话", "备注"])
    for row in (
        [
            "长沙市生态环境局",
            "Changsha Municipal Bureau of Ecology and Environment",
            "长沙",
            "政府",
            "0731-88881234",
            "",
        ],
        [
            "湖南省环境保护科学研究院",
            "Hunan Research Academy of Environmental Sciences",
            None,
            "科研",
            "0731-85556677",
            "",
        ],
        ["长沙水务集团有限公司", "Changsha Water Group", None, "企业", "0731-84441122", ""],
        [
            "株洲市生态环境局",
            "Zhuzhou Bureau of Ecology and Environment",
            "株洲",
            "政府",
            "0731-22223333",
            "",
        ],
        ["长沙生态环境局", "", "长沙", "政府", "", "WPS 时期录入"],
    ):
        ws.append(row)
    ws.merge_cells("C2:C4")  # the city typed once for three Changsha rows
    people = wb.create_sheet("联系人")
    people.append(["姓名", "单位", "职务", "手机", "邮箱"])
    people.append(["王建国", "长沙市生态环境局", "处长", "13807311234", "wangjg@csepb.gov.cn"])
    people.append(["李芳", "长沙生态环境局", "科员", "13974125678", "lifang@csepb.gov.cn"])
    people.append(["陈志强", "湖南省环境保护科学研究院", "研究员", "13607319876", "chenzq@hraes.org.cn"])
    visits = wb.create_sheet("来访记录")
    visits.append(["日期", "代表团", "国家", "人数", "接待人", "备注"])
    visits.append(["2018.11.5-11.8", "德国卡尔斯鲁厄市代表团", "德国", 6, "胡晶", "水处理交流"])
    visits.append(["2019.5.12-5.15", "瑞典环保企业代表团", "瑞典", 8, "胡晶", ""])
    visits.append([dt.date(2020, 1, 9), "芬兰拉赫蒂市代表团", "Finland", "5人", "王建国", ""])
    visits.append([43800, "丹麦水务代表团", "丹麦", 4, "胡晶", "serial 43800 = 2019-12-01"])
    visits.append(["2021年10月20日", "新加坡公用事业局", "Singapore", 3, "李芳", ""])
    visits.append(["2023.3.28-4.2", "荷兰代表团", "荷兰", 10, "胡晶", "跨月"])
    visits.append(["2024.12.30-2025.1.3", "德国巴伐利亚州代表团", "德国", 7, "胡晶", "跨年"])
    visits.append([None, None, None, None, None, None])
    visits.append(["待定", "法国代表团", "法国", 5, "胡晶", "日期未定"])
    trainings = wb.create_sheet("培训")
    trainings.append(["开始日期", "结束日期", "培训名称", "地点", "人数"])
    trainings.append([dt.date(2018, 6, 4), dt.date(2018, 6, 8), "城市污水处理技术培训", "长沙", 35])
    trainings.append(["2022/9/13", "2022/9/15", "固废管理在线培训", "线上", 120])
    projects = wb.create_sheet("项目")
    projects.append(["项目名称", "合作方", "金额（万元）", "状态"])
    projects.append(["湘江流域水质监测", "德国", 150.5, "完成"])
    wb.save(path)
    return path
