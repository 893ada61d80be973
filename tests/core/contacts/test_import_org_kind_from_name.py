"""Organisations an import creates from the names in a people file get the kind their name says:
唐山市生态环境局 was stored as an enterprise, and the visit dossier printed "类别：企业 / Kind:
Enterprise" under it (field test 64)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import importing
from petdesk.services.org_kind_guess import kind_from_name


def test_a_people_file_creates_bureaus_as_government_and_companies_as_enterprises(
    db: Database, tmp_path: Path
) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "姓名,单位\n"
        "张伟,唐山市生态环境局\n"
        "王芳,唐山市发展和改革委员会\n"
        "孙丽,唐山钢铁集团\n"
        "陳志明,香港環保科技有限公司\n"
        "李娜,河北省生态环境厅\n"
        "Klaus Becker,Stadtwerke Dortmund\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.run_import(s, importing.load_file(people), "contacts")
    with db.reading() as s:
        kinds = {(o.name_zh or o.name_en): o.kind for o in s.scalars(select(m.Organisation))}
    assert kinds == {
        "唐山市生态环境局": OrgKind.CITY_GOVERNMENT,
        "唐山市发展和改革委员会": OrgKind.CITY_GOVERNMENT,
        "唐山钢铁集团": OrgKind.ENTERPRISE,
        "香港環保科技有限公司": OrgKind.ENTERPRISE,
        "河北省生态环境厅": OrgKind.MINISTRY_AGENCY,
        "Stadtwerke Dortmund": OrgKind.ENTERPRISE,
    }


@pytest.mark.parametrize(
    ("name_en", "name_zh", "kind"),
    [
        ("", "清华大学", OrgKind.UNIVERSITY),
        ("", "中国环境科学研究院", OrgKind.UNIVERSITY),
        ("", "唐山市曹妃甸区人民政府", OrgKind.CITY_GOVERNMENT),
        ("", "生态环境部", OrgKind.MINISTRY_AGENCY),
        ("", "国家开发银行", OrgKind.FUND),
        ("", "中国环境保护产业协会", OrgKind.NGO),
        ("", "唐山市环保志愿者俱乐部", OrgKind.NGO),  # a club, not a ministry for its 部 (review 49b)
        ("", "北京代表处", OrgKind.ENTERPRISE),  # says nothing sure: as before
        ("", "唐山环保科技中心有限公司", OrgKind.ENTERPRISE),
        ("Tianjin Municipal Bureau of Commerce", "", OrgKind.CITY_GOVERNMENT),
        ("Federal Ministry for the Environment", "", OrgKind.MINISTRY_AGENCY),
        ("Technical University of Munich", "", OrgKind.UNIVERSITY),
        ("GIZ Beijing", "", OrgKind.MINISTRY_AGENCY),  # a known acronym as a word of the name (polish63)
    ],
)
def test_kind_from_name(name_en: str, name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, name_zh) is kind
