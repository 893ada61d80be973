"""``petdesk duplicates --of ID``: every pair of one record, at any score, so that what an import
flags as "possible match — check" can be found (field test 25, defect 3: the pair sat at place 245
of 476, after the default --limit, or was not listed at all)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as orgs


@pytest.fixture
def many_zhang_weis(db: Database) -> dict[str, str]:
    """30 people called Zhang Wei (张伟, or 张薇 with the same Latin name) at 30 organisations: a
    name shared that widely pairs only colleagues in the usual search."""
    ids: dict[str, str] = {}
    with db.transaction() as s:
        for n in range(30):
            org = orgs.create_organisation(s, name_en=f"Water Works {n}", city_en="Chengdu").id
            given_zh = "薇" if n % 3 == 0 else "伟"
            person = cs.create_contact(
                s,
                family_name="Zhang",
                given_name="Wei",
                family_name_zh="张",
                given_name_zh=given_zh,
                organisation_id=org,
            )
            ids[f"zhang{n}"] = person.id
        ids["other"] = cs.create_contact(s, family_name="Becker", given_name="Andreas").id
    return ids


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_names_the_command_that_finds_what_it_flagged(
    db: Database, many_zhang_weis: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path), "--lang", "en"]
    csv = tmp_path / "dups.csv"
    csv.write_text(
        "Family name,Given name,Chinese name,Organisation,E-mail\n"
        "Zhang,Wei,,Bonn Water Utility,zhang.wei@bonn.example\n",
        encoding="utf-8",
    )
    code, out, _err = _run([*base, "import-contacts", str(csv)], capsys)
    assert code == 0 and "possible match — check" in out
    commands = re.findall(r"petdesk duplicates --of (\S+?)\)", out)
    # the row's line and the summary name the same command
    assert len(commands) == 2 and len(set(commands)) == 1, out
    given = commands[0]
    with db.transaction() as s:
        new_id = s.execute(
            text("SELECT contact_id FROM contact_method WHERE value = 'zhang.wei@bonn.example'")
        ).scalar_one()
    assert new_id.startswith(given)

    # the usual search never compares a namesake in so big a group with someone elsewhere
    _code, everything, _err = _run([*base, "duplicates", "--limit", "1000"], capsys)
    assert new_id not in everything

    code, found, _err = _run([*base, "duplicates", "--of", given], capsys)
    assert code == 0
    partners = set(re.findall(rf"^\s+{re.escape(new_id)}\s+(\S+)$", found, flags=re.MULTILINE))
    namesakes = {cid for key, cid in many_zhang_weis.items() if key.startswith("zhang")}
    assert partners == namesakes  # every namesake the import looked at, and no one else
    assert "30 likely duplicate pairs" in found
    assert "same name Wei Zhang" in found


def test_of_an_organisation_and_refusals(
    db: Database, many_zhang_weis: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path), "--lang", "en"]
    with db.transaction() as s:
        first = orgs.create_organisation(s, name_en="Shanghai Foreign Affairs Office", city_en="Shanghai").id
        second = orgs.create_organisation(s, name_en="Shanghai Foreign Affairs Office", city_en="Beijing").id
    code, out, _err = _run([*base, "duplicates", "--of", first[:8]], capsys)
    assert code == 0
    # the record asked about comes first in its pair, even at a score under the usual 0.5
    assert re.search(rf"^\s+{re.escape(first)}\s+{re.escape(second)}$", out, flags=re.MULTILINE), out
    assert "in different cities" in out

    code, _out, err = _run([*base, "duplicates", "--of", "zzzzzzzz"], capsys)
    assert code == 1 and "no contact or organisation with id zzzzzzzz" in err
    code, _out, err = _run([*base, "duplicates", "--of", "ab"], capsys)
    assert code == 1 and "at least 4 characters" in err
    code, out, _err = _run([*base, "duplicates", "--of", many_zhang_weis["other"]], capsys)
    assert code == 0 and "No likely duplicates found." in out
