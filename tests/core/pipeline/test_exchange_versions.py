"""3iPET exchange files between hubs on different petdesk releases: ``--format-version 1.0`` writes
a file that a petdesk reading only 1.0 accepts (its strict schema, as it was before 1.1); a file of
a newer minor version (1.5) imports what this petdesk knows and names the fields it ignored; a
newer major version (2.0) is refused as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.exchange import VERSION, ExchangeError, jsonfile
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import office as office_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese (the new sentences of exchver62)

OLD_SCHEMA = (
    Path(__file__).parents[2] / "data" / "exchange" / "3ipet-exchange-1.0-before-round-62.schema.json"
)
NOTE = "城市水务集团已试用，漏损降低明显。"


@pytest.fixture
def hub(tmp_path: Path, new_database_file: Callable[[Path], Path]):  # type: ignore[no-untyped-def]
    db = open_database(new_database_file(tmp_path / "hub.sqlite"))
    with db.transaction() as s:
        office_service.set_identity(s, name="Shanghai Hub", name_zh="上海枢纽")
        city = m.Organisation(name_zh="昆明市人民政府", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add(city)
        s.flush()
        for n, note in enumerate((NOTE, "Second note", "")):
            tech = tech_service.create_technology(s, name_en=f"MBR {n}", sector="wastewater", trl=8)
            need = need_service.create_need(
                s, city_organisation_id=city.id, title_zh=f"提标{n}", sector="wastewater"
            )
            match = tech_matching.shortlist(s, need.id, tech.id)
            if note:
                tech_matching.set_match_notes(s, match.id, note)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def here(tmp_path: Path, new_database_file: Callable[[Path], Path]):  # type: ignore[no-untyped-def]
    db = open_database(new_database_file(tmp_path / "here.sqlite"))
    try:
        yield db
    finally:
        db.close()


def _run(db: Database, lang: str, *args: str) -> int:
    return main(["--db", str(db.path), "--lang", lang, "exchange", *args])


def _matches(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {x.id: x.notes for x in s.query(m.TechMatch)}


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Left out 2 match notes: version 1.0 has no place for them."),
        ("zh_CN", "未写入 2 条技术对接备注"),
    ],
)
def test_a_1_0_file_follows_the_strict_1_0_schema_and_imports(  # type: ignore[no-untyped-def]
    hub: Database, here: Database, tmp_path: Path, capsys, lang: str, said: str, tree_catalogue
) -> None:
    out = tmp_path / "for_an_old_hub.json"
    assert _run(hub, lang, "export", "--out", str(out), "--format-version", "1.0") == 0
    assert said in capsys.readouterr().out
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == "1.0"
    assert all("notes" not in x for x in doc["matches"]) and len(doc["matches"]) == 3
    jsonschema.Draft202012Validator(json.loads(OLD_SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    assert _run(here, "en", "import", str(out)) == 0
    assert "added" in capsys.readouterr().out
    assert len(_matches(here)) == 3


def test_the_current_version_stays_the_default_and_keeps_the_notes(  # type: ignore[no-untyped-def]
    hub: Database, here: Database, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "current.json"
    assert _run(hub, "en", "export", "--out", str(out)) == 0
    assert "Left out" not in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == VERSION == "1.1"
    assert _run(here, "en", "import", str(out)) == 0
    assert "newer petdesk" not in capsys.readouterr().out
    assert sorted(_matches(here).values()) == sorted([NOTE, "Second note", ""])


def _newer(hub: Database, tmp_path: Path, version: str) -> Path:
    """A file as a later petdesk might write it: a field of a match and one at the top level that
    this petdesk does not know, and in one record's text a third language."""
    out = tmp_path / "current.json"
    assert _run(hub, "en", "export", "--out", str(out)) == 0
    doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    doc["version"] = version
    doc["signature"] = {"by": "Shanghai Hub", "sha256": "00ff"}
    for x in doc["matches"]:
        x["rating"] = 4
    doc["technologies"][0]["name"]["fr"] = "Bioréacteur"
    newer = tmp_path / f"from_{version}.json"
    newer.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return newer


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "from_1.5.json comes from a newer petdesk (3iPET exchange 1.5; this one reads 1.1): "
            "ignored the fields it does not know: ",
        ),
        ("zh_CN", "更新版本的 petdesk"),
    ],
)
def test_a_newer_minor_version_imports_what_it_knows_and_names_the_rest(  # type: ignore[no-untyped-def]
    hub: Database, here: Database, tmp_path: Path, capsys, lang: str, said: str, tree_catalogue
) -> None:
    newer = _newer(hub, tmp_path, "1.5")
    capsys.readouterr()
    assert _run(here, lang, "import", str(newer)) == 0
    out = capsys.readouterr().out
    assert said in out
    for field in ("signature", "matches.rating", "technologies.name.fr"):
        assert field in out
    assert sorted(_matches(here).values()) == sorted([NOTE, "Second note", ""])
    loaded = jsonfile.load(newer)
    assert loaded.version == "1.5"
    assert set(loaded.ignored) == {"signature", "matches.rating", "technologies.name.fr"}


def test_a_newer_minor_file_is_still_checked_for_what_it_knows(hub: Database, tmp_path: Path) -> None:
    newer = _newer(hub, tmp_path, "1.9")
    doc = json.loads(newer.read_text(encoding="utf-8"))
    doc["matches"][0]["state"] = "married"
    newer.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeError, match="matches/0/state"):
        jsonfile.read(newer)


def test_a_known_version_stays_strict(hub: Database, tmp_path: Path) -> None:
    newer = _newer(hub, tmp_path, "1.1")
    with pytest.raises(ExchangeError, match="does not follow the 3iPET exchange schema"):
        jsonfile.read(newer)


def test_a_newer_major_version_is_refused(hub: Database, here: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    newer = _newer(hub, tmp_path, "2.0")
    with pytest.raises(ExchangeError, match=r"version 2\.0; this petdesk reads version 1\.x"):
        jsonfile.read(newer)
    assert _run(here, "en", "import", str(newer)) != 0
    assert _matches(here) == {}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_1_0_sheet_has_the_1_0_match_columns(  # type: ignore[no-untyped-def]
    hub: Database, tmp_path: Path, capsys, suffix: str
) -> None:
    """A sheet carries no version, but a hub on 1.0 reads 1.0's columns: no notes column."""
    from petdesk.exchange.flat import MATCH_COLUMNS, file_of

    def match_header(out: Path) -> list[str]:
        sheet = file_of(out, "matches")
        if suffix == ".csv":
            return sheet.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
        from openpyxl import load_workbook

        return [str(c) for c in next(load_workbook(sheet)["matches"].iter_rows(max_row=1, values_only=True))]

    old, current = tmp_path / f"old_hub{suffix}", tmp_path / f"current{suffix}"
    assert _run(hub, "en", "export", "--out", str(old), "--format-version", "1.0") == 0
    assert "Left out 2 match notes: version 1.0 has no place for them." in capsys.readouterr().out
    assert match_header(old) == [c for c in MATCH_COLUMNS if c != "notes"]
    assert NOTE not in file_of(old, "matches").read_bytes().decode("utf-8", "replace")
    assert _run(hub, "en", "export", "--out", str(current)) == 0
    assert "Left out" not in capsys.readouterr().out
    assert match_header(current) == list(MATCH_COLUMNS)
