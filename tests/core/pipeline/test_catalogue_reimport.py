"""Re-importing a catalogue that repeats technologies the office has curated (field test 26, §1): a
column the file lacks, or an empty cell, keeps the known value; the dry run says per technology
which fields change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.enums import OrgKind


def _curated(db: Database) -> str:
    with db.transaction() as s:
        provider = m.Organisation(name_en="Aqua Tech GmbH", name_zh="", kind=OrgKind.ENTERPRISE)
        s.add(provider)
        s.flush()
        tech = m.Technology(
            name_en="Compact membrane bioreactor",
            name_zh="紧凑型膜生物反应器",
            provider_organisation_id=provider.id,
            sector="wastewater",
            description_en="Membrane bioreactor for municipal sewage.",
            description_zh="用于城市污水处理的膜生物反应器。",
            key_figures_en="Effluent COD < 30 mg/L",
            key_figures_zh="出水COD低于30毫克/升",
            trl=8,
            certifications=["ISO 9001"],
            tags=["membrane", "sewage"],
            licence="CC-BY-4.0",
            share_consent=True,
        )
        s.add(tech)
        s.flush()
        return tech.id


def _platform_file(path: Path) -> Path:
    """The platform's kind of file: no licence, consent or certifications column; the English
    description and the key figures left empty; a new Chinese description and tag."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["技术名称", "name_en", "技术提供方", "领域", "description_en", "技术简介", "关键指标", "标签"]
        )
        writer.writerow(
            ["紧凑型膜生物反应器", "Compact membrane bioreactor", "Aqua Tech GmbH", "污水处理", "",
             "（平台目录）紧凑型膜生物反应器", "", "平台"]
        )  # fmt: skip
    return path


def test_a_reimport_changes_only_what_the_file_says(db: Database, tmp_path: Path) -> None:
    tech_id = _curated(db)
    with db.transaction() as s:
        report = flat.import_catalogue(s, _platform_file(tmp_path / "platform.csv"), "technologies")
    assert report.updated == ["Compact membrane bioreactor"]
    [(_name, changes)] = report.changes
    assert sorted((c.field, c.old, c.new) for c in changes) == [
        ("description_zh", "用于城市污水处理的膜生物反应器。", "（平台目录）紧凑型膜生物反应器"),
        ("tags", ["membrane", "sewage"], ["平台"]),
    ]
    with db.transaction() as s:
        tech = s.get(m.Technology, tech_id)
        assert tech is not None
        assert tech.description_en == "Membrane bioreactor for municipal sewage."
        assert (tech.key_figures_en, tech.key_figures_zh) == (
            "Effluent COD < 30 mg/L",
            "出水COD低于30毫克/升",
        )
        assert tech.certifications == ["ISO 9001"]
        assert (tech.licence, tech.share_consent, tech.trl) == ("CC-BY-4.0", True, 8)
        assert tech.description_zh == "（平台目录）紧凑型膜生物反应器"


def test_consent_changes_only_when_its_cell_says_so(db: Database, tmp_path: Path) -> None:
    tech_id = _curated(db)
    path = tmp_path / "consent.csv"
    path.write_text("name_zh,provider,consent\n紧凑型膜生物反应器,Aqua Tech GmbH,\n", encoding="utf-8")
    with db.transaction() as s:
        assert flat.import_catalogue(s, path, "technologies").updated == []
    path.write_text("name_zh,provider,consent\n紧凑型膜生物反应器,Aqua Tech GmbH,否\n", encoding="utf-8")
    with db.transaction() as s:
        assert flat.import_catalogue(s, path, "technologies").updated == ["紧凑型膜生物反应器"]
        tech = s.get(m.Technology, tech_id)
        assert tech is not None and tech.share_consent is False


def test_the_dry_run_lists_each_change_shortened(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _curated(db)
    path = _platform_file(tmp_path / "platform.csv")
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-technologies", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  ~ 紧凑型膜生物反应器\n" in out  # the record by its Chinese name in a Chinese report
    assert "      描述（中文）：用于城市污水处理的膜生物反应器。 → （平台目录）紧凑型膜生物反应器\n" in out
    assert "      标签：membrane、sewage → 平台\n" in out
    assert "共享许可" not in out and "同意共享" not in out
