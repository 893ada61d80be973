"""The partner overview names the country and speaks Chinese in its Chinese column (field test 56,
defect 3): a Hong Kong fund printed "国家 HK" (a code, in both columns) and the headings "Visits" and
"Projects" in English on the Chinese side."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions
from petdesk.dossier.partner_overview import build_partner_overview
from petdesk.services import organisations as org_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


def _fund(db: Database) -> str:
    with db.transaction() as s:
        return org_service.create_organisation(
            s, name_en="Hong Kong Green Investment Fund", name_zh="香港綠色投資基金", country="HK"
        ).id


def test_country_and_headings_in_both_languages(db: Database, tmp_path: Path) -> None:
    out = build_partner_overview(db, _fund(db), tmp_path / "hk.pdf")
    text = flat("".join(pdftotext_pages(out)))
    assert "中国香港" in text and "HongKong" in text
    assert "国家HK" not in text
    assert "访问" in text and "项目" in text
    assert text.count("Visits") == 1 and text.count("Projects") == 1  # the English column's only


def test_chinese_first_when_asked(db: Database, tmp_path: Path) -> None:
    out = build_partner_overview(db, _fund(db), tmp_path / "hk.pdf", DossierOptions(first_lang="zh_CN"))
    first = flat(pdftotext_pages(out)[0])
    assert first.index("合作伙伴概览") < first.index("Partneroverview")
