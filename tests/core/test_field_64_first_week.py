"""Field test 64: Wang Lei, a new hub officer in Tangshan (Chinese system), in his first week.

He names his office, takes the head office's package from Beijing, imports his predecessor's WPS
worksheet (merged title rows, a 序号 column, phone numbers stored as numbers, dates as Excel serials,
Traditional names from a Hong Kong partner) and the vCard 2.1 file his Huawei phone exported, sends
Beijing a package back, plans a German delegation's visit with an interpreter and prints the
Chinese-first dossier. The sample files are written here as those programs write them (own work, CC0).
"""

from __future__ import annotations

import datetime as dt
import json
import quopri
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.models.enums import OrgKind
from petdesk.services import visits
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here
#: The packages' key derivation is not what this story tests (scrypt at the full cost, a second
#: each under load): they are written at the sync tests' cost.
pytestmark = pytest.mark.usefixtures("cheap_package_key")

#: The predecessor's rows: 序号, 姓名, 单位, 职务, 手机 (a number), 邮箱, 首次联系日期 (serial), 备注.
ROWS = [
    (1, "张伟", "唐山市生态环境局", "科长", 13912345678, "zhangwei@ts-eeb.example.cn", 45231, "大气处"),
    (2, "陳志明", "香港環保科技有限公司", "董事總經理", 85291234567, "cm.chan@hket.example.hk", 45400, ""),
    (3, "Klaus Becker", "Stadtwerke Dortmund", "Head of Energy", 4923112345678, "kb@dortmund.example.de",
     45500, "德国代表团联系人"),
    (4, "孙丽", "唐山钢铁集团", "环保部经理", 15033301234, "sunli@tsgt.example.cn", 45550, "钢铁超低排放"),
    (5, "张伟", "唐山市生态环境局", "科长", 13912345678, "zhangwei@ts-eeb.example.cn", 45231, "重复行"),
]  # fmt: skip
#: The phone's cards: family, given, organisation, title, phone, e-mail.
CARDS = [
    ("张", "伟", "唐山市生态环境局", "科长", "139 1234 5678", "zhangwei@ts-eeb.example.cn"),
    ("赵", "晓雪", "", "德语翻译", "186-3150-2233", "xiaoxue.zhao@example.com"),
    ("Schmidt", "Anna", "GIZ Beijing", "Advisor", "+49 30 1234567", "anna.schmidt@giz.example.de"),
    ("陳", "志明", "香港環保科技有限公司", "", "+852 9123 4567", ""),
]


def wps_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["唐山枢纽办公室合作伙伴通讯录"])
    sheet.merge_cells("A1:H1")
    sheet.append(["整理人：李明    更新日期：2025年11月"])
    sheet.merge_cells("A2:H2")
    sheet.append(["序号", "姓名", "单位", "职务", "手机", "邮箱", "首次联系日期", "备注"])
    for row in ROWS:
        sheet.append(list(row))
        sheet.cell(sheet.max_row, 7).number_format = "yyyy/m/d"
    sheet.append([])
    sheet.append([f"合计：{len(ROWS)}人"])
    book.save(path)
    return path


def huawei_cards(path: Path) -> Path:
    def qp(text: str) -> str:
        return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")

    lines: list[str] = []
    for family, given, org, title, tel, email in CARDS:
        full = f"{given} {family}" if family.isascii() else family + given
        lines += [
            "BEGIN:VCARD",
            "VERSION:2.1",
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(family)};{qp(given)};;;",
        ]
        lines.append(f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(full)}")
        if org:
            lines.append(f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(org)}")
        if title:
            lines.append(f"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(title)}")
        lines.append(f"TEL;CELL:{tel}")
        if email:
            lines.append(f"EMAIL;WORK:{email}")
        lines.append("END:VCARD")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_first_week_in_tangshan(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", "唐山 北京 shared passphrase 64")
    # new files as the session's template is (each its own office once named): not every migration again
    beijing, tangshan = (
        str(new_database_file(tmp_path / name)) for name in ("beijing.sqlite", "tangshan.sqlite")
    )
    zh = ("--db", tangshan, "--lang", "zh_CN")
    _run(capsys, "--db", beijing, "office", "--name", "Beijing Head Office", "--name-zh", "北京总部办公室")
    _run(capsys, "--db", beijing, "demo", "--contacts", "10", "--seed", "64")
    _run(capsys, "--db", beijing, "sync", "export", "--all", "--out", str(tmp_path / "all.pdsync"))

    _run(
        capsys,
        *zh,
        "office",
        "--name",
        "Tangshan Hub Office",
        "--name-zh",
        "唐山枢纽办公室",
        "--region",
        "华北",
    )
    _run(capsys, *zh, "sync", "import", str(tmp_path / "all.pdsync"))
    sheet, cards = wps_workbook(tmp_path / "唐山合作伙伴名单.xlsx"), huawei_cards(tmp_path / "00001.vcf")

    said = _run(capsys, *zh, "import-contacts", "-v", str(sheet), str(cards))
    # Rows are matched within the file and across the two files: 张伟 and 陳志明 once each.
    assert "新增 6 条，更新 1 条，跳过 2 条" in said, said
    assert "8 × 序号" not in said and f"{len(ROWS)} × 序号" in said  # what was left out is said
    # the fields in Chinese; "notes" only as the option's field key that keeps a column (import49)
    assert "此行与之重复：备注" in said and "notes" not in said.replace('--map "首次联系日期=notes"', "")
    dupes = json.loads(_run(capsys, "--db", tangshan, "duplicates", "--json"))
    assert not any("陳志明" in json.dumps(p, ensure_ascii=False) for p in dupes.get("pairs", dupes))

    db = open_database(Path(tangshan))
    with db.reading() as s:
        people = {
            (c.family_name_zh + c.given_name_zh) or f"{c.given_name} {c.family_name}": c
            for c in s.scalars(select(m.Contact).where(m.Contact.source.like("import:%")))
        }
        assert set(people) == {"张伟", "陳志明", "Klaus Becker", "孙丽", "赵晓雪", "Anna Schmidt"}
        zhang = people["张伟"]  # the sheet's number cell spaced as typed (import49)
        assert {cm.value for cm in zhang.methods} == {"139 1234 5678", "zhangwei@ts-eeb.example.cn"}
        assert "大气处" in zhang.notes and "重复行" in zhang.notes  # both rows' notes kept
        assert any(cm.value.replace(" ", "") == "+85291234567" for cm in people["陳志明"].methods)
        assert "德语翻译" in people["赵晓雪"].notes  # a title without an employer is kept in the notes
        bureau = s.scalars(select(m.Organisation).where(m.Organisation.name_zh == "唐山市生态环境局")).one()
        assert bureau.kind == OrgKind.CITY_GOVERNMENT
        ids = {name: c.id for name, c in people.items()}

    back = _run(
        capsys, *zh, "sync", "export", "--to", "北京总部办公室", "--out", str(tmp_path / "back.pdsync")
    )
    assert "发给 北京总部办公室" in back, back

    with db.transaction() as s:
        visit = visits.create_visit(
            s,
            title_en="Dortmund delegation to Tangshan",
            title_zh="多特蒙德代表团访问唐山",
            start_date=dt.date(2027, 1, 12),
            end_date=dt.date(2027, 1, 14),
            timezone="Asia/Shanghai",
        )
        for name, role in (("Klaus Becker", "head"), ("Anna Schmidt", "delegate"), ("赵晓雪", "interpreter")):
            visits.add_participant(s, visit.id, ids[name], role)
        visits.add_participant(s, visit.id, ids["张伟"], "host")
        visits.add_item(
            s,
            visit.id,
            start=dt.datetime(2027, 1, 12, 9, 30),
            end=dt.datetime(2027, 1, 12, 11, 30),
            title_en="Meeting on air quality",
            title_zh="大气质量座谈会",
            attendee_ids=[ids["Klaus Becker"], ids["张伟"], ids["赵晓雪"]],
            organisation_ids=[bureau.id],
        )
        visit_id = visit.id
    db.close()

    pdf = tmp_path / "dossier.pdf"
    _run(capsys, *zh, "dossier", "visit", visit_id, "--out", str(pdf))
    pages = pdftotext_pages(pdf)
    text = "\n".join(pages)
    assert pages[0].index("多特蒙德代表团访问唐山") < pages[0].index("Dortmund delegation to Tangshan")
    assert "唐山枢纽办公室" in pages[0] and "翻译" in text and "09:30" in text
    assert "类别：市政府" in text.replace(" ", "") and "类别：企业" not in text.replace(" ", "")
