"""An imported file's "Type" column (leftover 3): the common types are filed as the model's kinds (no
foundation kind: a foundation is a fund, the kind the project dialog offers as funder; no association
kind: associations and chambers of commerce are NGOs; a think tank is a research institute). A type the
model lacks adds no enum value (older offices read the packages): the organisation is stored as an
enterprise, the warning names the file's word, and the notes keep it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind


def _import(db: Database, capsys: pytest.CaptureFixture[str], book: Path) -> str:
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", "--organisations", str(book)]) == 0
    said = capsys.readouterr()
    return said.out + said.err


def test_common_types_map_and_an_unknown_one_is_kept_in_the_notes(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "partners.csv"
    rows = [
        "Energy Foundation,能源基金会,Foundation",
        "Green Watch,绿色观察,NGO",
        "Policy Lab,政策实验室,Think tank",
        "Tangshan Chamber,唐山商会,商会",
        "EU Chamber,,Chamber of Commerce",
        "Industry Association,,Industry association",
        "Bosch Stiftung,,Stiftung",
        "Daily Planet,,Media",
        ",环保日报社,新闻媒体",
    ]
    book.write_text("Name,Name (Chinese),Type\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = _import(db, capsys, book)
    assert "9 added" in out
    assert "unknown kind “Media”; stored as Enterprise if new; change it later" in out
    assert "unknown kind “新闻媒体”" in out
    assert out.count("unknown kind") == 2
    with db.reading() as s:
        stored = {o.name_en or o.name_zh: (o.kind, o.notes or "") for o in s.scalars(select(m.Organisation))}
    assert {name: kind for name, (kind, _) in stored.items()} == {
        "Energy Foundation": OrgKind.FUND,
        "Green Watch": OrgKind.NGO,
        "Policy Lab": OrgKind.UNIVERSITY,
        "Tangshan Chamber": OrgKind.NGO,
        "EU Chamber": OrgKind.NGO,
        "Industry Association": OrgKind.NGO,
        "Bosch Stiftung": OrgKind.FUND,
        "Daily Planet": OrgKind.ENTERPRISE,
        "环保日报社": OrgKind.ENTERPRISE,
    }
    # the file's word stays with the organisation, in the language of its name, to be fixed later
    assert (
        stored["Daily Planet"][1]
        == "Left out by the import (a kind of organisation petdesk does not have): Media"
    )
    assert stored["环保日报社"][1] == "导入时未采用（系统中没有的机构类型）：新闻媒体"
    assert all(not notes for name, (_, notes) in stored.items() if name not in ("Daily Planet", "环保日报社"))
    # importing the file again does not write the line twice
    _import(db, capsys, book)
    with db.reading() as s:
        notes = s.scalars(select(m.Organisation.notes).where(m.Organisation.name_en == "Daily Planet")).one()
    assert notes == stored["Daily Planet"][1]
