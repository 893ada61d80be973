"""Writes the sign-up sheets of field test "fieldtraining60" (CC0, ours; fictional people)."""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

# Google Forms "Download responses (.csv)": UTF-8 without BOM, every field quoted, LF.
google = [
    [
        "Timestamp",
        "Email Address",
        "Full name",
        "Organisation",
        "Position",
        "Mobile phone",
        "Do you need a hotel room?",
        "Dietary requirements",
    ],
    [
        "2/20/2027 9:15:32",
        "li.na@chengdu-eco.example.cn",
        "Li Na",
        "Chengdu Ecology and Environment Bureau",
        "Deputy Director",
        "138 0800 1234",
        "Yes",
        "Vegetarian",
    ],
    [
        "2/20/2027 10:02:11",
        "tomas.herrera@bogota.example.co",
        "Tomás Herrera",
        "Bogotá District Secretariat of Environment",
        "Advisor",
        "+57 310 555 0199",
        "Yes",
        "",
    ],
    [
        "2/21/2027 16:40:05",
        "wang.jun@dy.example.cn",
        "Wang Jun",
        "Deyang Municipal Government",
        "Section Chief",
        "+86 139 0838 5678",
        "No",
        "Halal",
    ],
]
with open(HERE / "google_forms_signup.csv", "w", encoding="utf-8", newline="") as f:
    for row in google:
        f.write(",".join('"' + c.replace('"', '""') + '"' for c in row) + "\n")

# Microsoft Forms Excel export, owner's Microsoft 365 in Chinese.
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(
    [
        "ID",
        "开始时间",
        "完成时间",
        "电子邮件",
        "名称",
        "上次修改时间",
        "姓名",
        "单位",
        "职务",
        "手机",
        "是否需要住宿",
        "饮食要求",
    ]
)
ws.append(
    [
        1,
        "2/22/27 8:01:02",
        "2/22/27 8:04:40",
        "anonymous",
        "",
        "",
        "赵敏",
        "绵阳市生态环境局",
        "科长",
        "13700001111",
        "是",
        "",
    ]
)
ws.append(
    [
        2,
        "2/22/27 9:11:00",
        "2/22/27 9:15:12",
        "anonymous",
        "",
        "",
        "Li Na",
        "Chengdu Ecology and Environment Bureau",
        "Deputy Director",
        "13808001234",
        "是",
        "素食",
    ]
)
wb.save(HERE / "ms_forms_signup_zh.xlsx")

# 问卷星 (wjx.cn) "下载答卷数据 → 按选项文本" Excel export.
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(
    [
        "序号",
        "提交答卷时间",
        "所用时间",
        "来源",
        "来源详情",
        "来自IP",
        "1、您的姓名：",
        "2、工作单位：",
        "3、职务：",
        "4、手机号码：",
        "5、电子邮箱：",
        "6、是否需要安排住宿？",
        "7、饮食要求：",
    ]
)
ws.append(
    [
        1,
        "2027/2/23 14:05:33",
        "95秒",
        "微信",
        "N/A",
        "171.221.1.2(四川-成都)",
        "周杰",
        "乐山市住房和城乡建设局",
        "副局长",
        "15900002222",
        "zhou.jie@ls.example.cn",
        "需要",
        "清真",
    ]
)
ws.append(
    [
        2,
        "2027/2/23 15:20:01",
        "120秒",
        "微信",
        "N/A",
        "171.221.1.3(四川-成都)",
        "王军",
        "德阳市人民政府",
        "科长",
        "13908385678",
        "wang.jun@dy.example.cn",
        "不需要",
        "清真",
    ]
)
wb.save(HERE / "wjx_signup.xlsx")
