"""``petdesk search``: finds people by pinyin and Chinese, with clear output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import contacts


def test_search_command(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    with db.transaction() as s:
        contacts.create_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            name_order="family_first",
            family_name_zh="张",
            given_name_zh="伟",
        )
    db.close()
    assert main(["--db", str(db_path), "search", "zhangwei", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Zhang Wei (张伟)" in out and "(1–1 of 1)" in out
    assert main(["--db", str(db_path), "search", "张", "--json", "--kind", "contacts"]) == 0
    assert json.loads(capsys.readouterr().out)["name_zh"] == "张伟"
    assert main(["--db", str(db_path), "search", "--count"]) == 0
    assert capsys.readouterr().out.strip() == "1"
    assert main(["--db", str(db_path), "search", "nobody"]) == 1
    assert "Nothing matches" in capsys.readouterr().out
    # past the last match: not "Nothing matches" (there is one)
    assert main(["--db", str(db_path), "search", "张", "--offset", "1000"]) == 0
    assert "No more matches after 1000: 1 in all." in capsys.readouterr().out
    assert main(["--db", str(db_path), "reindex"]) == 0
