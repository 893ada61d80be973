"""``petdesk organisation edit`` keeps an other name with a comma whole, and ``show`` lists the other
names one a line, as the editor does since field test 102: "University of Stuttgart, Institute of
Sanitary Engineering" became two names when set from the command line."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import organisations

STUTTGART = "University of Stuttgart, Institute of Sanitary Engineering"


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _aliases(db: Database, organisation_id: str) -> list[str]:
    with db.reading() as s:
        return list(organisations.get_organisation(s, organisation_id).aliases)


def test_other_names_keep_their_commas(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="ISWA Stuttgart").id
    short = org_id[:8]
    code, _out, err = _run(db, capsys, "organisation", "edit", short, "--add-alias", STUTTGART)
    assert (code, err) == (0, "")
    assert _aliases(db, org_id) == [STUTTGART]
    code, out, _err = _run(
        db, capsys, "organisation", "edit", short, "--add-alias", "ISWA", "--add-alias", "iswa"
    )
    assert code == 0 and _aliases(db, org_id) == [STUTTGART, "ISWA"]  # a repeat is not added twice

    code, out, _err = _run(db, capsys, "organisation", short)
    lines = out.splitlines()
    at = lines.index("  other names:")
    assert lines[at + 1 : at + 3] == [f"    {STUTTGART}", "    ISWA"]

    # --set replaces them all, names apart at semicolons or line breaks, never at commas
    code, _out, _err = _run(
        db, capsys, "organisation", "edit", short, "--set", f"aliases={STUTTGART}; 斯图加特大学\n"
    )
    assert code == 0 and _aliases(db, org_id) == [STUTTGART, "斯图加特大学"]

    code, _out, _err = _run(
        db,
        capsys,
        "organisation",
        "edit",
        short,
        "--remove-alias",
        "university of  stuttgart, institute of sanitary engineering",
    )
    assert code == 0 and _aliases(db, org_id) == ["斯图加特大学"]
    # a name it does not have is said, and nothing else given changes either
    code, _out, err = _run(
        db,
        capsys,
        "organisation",
        "edit",
        short,
        "--remove-alias",
        "Uni Stuttgart",
        "--set",
        "website=example.org",
    )
    assert code == 1 and "Uni Stuttgart: not among the organisation's other names" in err
    assert _aliases(db, org_id) == ["斯图加特大学"]
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).website == ""
