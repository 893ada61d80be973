"""Machine-readable output a script can rely on (field test 20, defect 8): every ``--json`` line is
JSON, every time in it is ISO 8601 with its offset, a name is only in the field of its script, and
a CSV export's byte-order mark (which Excel needs) can be left out."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as orgs

#: Keys holding a time, in any --json output.
TIME_KEYS = ("updated_at", "deleted_at", "at")
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """A person with only an English name at an organisation with only an English name, one with
    both names, one with only a Chinese name, and one deleted."""
    with db.transaction() as s:
        org = orgs.create_organisation(s, name_en="Bulk Org 54", city_en="Shenzhen").id
        ids = {
            "ahmed": cs.create_contact(s, family_name="Adams", given_name="Ahmed", organisation_id=org).id,
            "zhang": cs.create_contact(
                s, family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟"
            ).id,
            "li": cs.create_contact(s, family_name_zh="李", given_name_zh="娜").id,
            "gone": cs.create_contact(s, family_name="Visser", given_name="Fleur").id,
        }
    with db.transaction() as s:
        cs.update_contact(s, ids["ahmed"], nickname="Ahmed A.")
        cs.delete_contacts(s, [ids["gone"]])
    return ids


def json_lines(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict]:
    assert main(argv) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    for row in rows:
        for key in TIME_KEYS:
            if row.get(key) is not None:
                assert ISO_WITH_OFFSET.match(row[key]), (key, row[key])
                assert dt.datetime.fromisoformat(row[key]).utcoffset() is not None
    return rows


def test_every_json_output_parses_with_iso_times(
    db: Database, people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path)]
    found = json_lines([*base, "search", "--json"], capsys)
    assert all(row["updated_at"] for row in found)
    changes = json_lines([*base, "history", people["ahmed"], "--json"], capsys)
    assert {"nickname", ""} <= {row["field"] for row in changes}
    deleted = json_lines([*base, "deleted", "--json"], capsys)
    assert [row["row_id"] for row in deleted] == [people["gone"]]


def test_search_json_gives_each_name_only_in_its_script(
    db: Database, people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json_lines(["--db", str(db.path), "search", "--json", "--kind", "contacts"], capsys)
    by_id = {row["entity_id"]: row for row in rows}
    ahmed, zhang, li = by_id[people["ahmed"]], by_id[people["zhang"]], by_id[people["li"]]
    assert (ahmed["name_en"], ahmed["name_zh"]) == ("Ahmed Adams", "")
    assert (ahmed["org_name_en"], ahmed["org_name_zh"]) == ("Bulk Org 54", "")
    assert (zhang["name_en"], zhang["name_zh"]) == ("Wei Zhang", "张伟")  # name order as entered
    assert (li["name_en"], li["name_zh"]) == ("", "李娜")


def test_csv_export_keeps_its_byte_order_mark_unless_asked(
    db: Database, people: dict[str, str], tmp_path: Path
) -> None:
    marked, plain = tmp_path / "excel.csv", tmp_path / "script.csv"
    assert main(["--db", str(db.path), "export-contacts", "--out", str(marked)]) == 0
    assert main(["--db", str(db.path), "export-contacts", "--out", str(plain), "--no-bom"]) == 0
    assert marked.read_bytes().startswith(b"\xef\xbb\xbfID,")
    assert plain.read_bytes().startswith(b"ID,")
    # also for a search and for the people of a training or visit (other writers)
    assert main(["--db", str(db.path), "export-contacts", "Adams", "--out", str(plain), "--no-bom"]) == 0
    assert plain.read_bytes().startswith(b"ID,")


def test_export_help_tells_of_the_byte_order_mark(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export-contacts", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "byte-order mark" in out and "--no-bom" in out
