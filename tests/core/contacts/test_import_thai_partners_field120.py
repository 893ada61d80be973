"""Bangkok hub office (field test 120): the partners workbook (partners_th.xlsx) had no column
recognised, not even "Organisation (English)": its Thai headers (ชื่อองค์กร, ประเภท, เว็บไซต์,
หมายเหตุ) were unknown and "Organisation (English)" is no spelling of the English name."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "field120"


def test_the_thai_and_english_headers_are_named() -> None:
    headers = ["ชื่อองค์กร", "Organisation (English)", "ประเภท", "เว็บไซต์", "โทรศัพท์", "หมายเหตุ"]
    mapping = importing.guess_mapping(headers, target="organisations")
    assert mapping == {0: "name", 1: "name_en", 2: "kind", 3: "website", 5: "notes"}
    assert importing.guess_mapping(["Organization (English)"], target="organisations") == {0: "name_en"}


def test_the_partners_workbook_imports(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "partners_th.xlsx", target="organisations")
    assert len(report.added) == 3
    with db.reading() as s:
        orgs = {o.name_en: o for o in s.scalars(select(m.Organisation))}
    assert set(orgs) == {
        "Bangkok Metropolitan Administration",
        "Industrial Estate Authority of Thailand",
        "Kasetsart University",
    }
    # the Thai name is kept as another name, found by search like the English one
    assert "กรุงเทพมหานคร" in orgs["Bangkok Metropolitan Administration"].aliases
    assert orgs["Bangkok Metropolitan Administration"].website == "https://www.bangkok.go.th"
