"""``petdesk check`` in Chinese: what can be rebuilt and what ``--repair`` did speak Chinese too, and
counts read "1 contact", never "1 contact(s)" (field testers, after field test 8)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from tests.helpers.fixtures import new_file_at

#: English words left in a Chinese line once table, column and trigger names are taken out.
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{4,}\b")
#: Names of the file's own tables, columns and triggers, which stay as they are in both languages.
IDENTIFIERS = re.compile(r"\b[a-z_]+\.[a-z_]+\b|\bsearch_fts_\w+\b|\b(?:contact|organisation)\b")


def _spoil(path: Path) -> None:
    """Damage that --repair rebuilds: a dropped trigger, unindexed contacts, an orphan sync version."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER search_fts_ad")
    conn.execute(
        "DELETE FROM search_entry WHERE rowid IN "
        "(SELECT rowid FROM search_entry WHERE kind = 'contact' LIMIT 3)"
    )
    conn.execute("INSERT OR IGNORE INTO sync_entity (name) VALUES ('contact')")
    conn.execute(
        "INSERT INTO sync_row_version (entity, row_id, base_hlc, base_office, fields, max_hlc) "
        "VALUES ((SELECT code FROM sync_entity WHERE name = 'contact'), 'no-such-id', 0, 0, NULL, 0)"
    )
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def spoiled_once(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """The spoiled demo file, made once per module (a demo and its damage took 17 s a test under load)."""
    path = new_file_at(empty_template, tmp_path_factory.mktemp("spoiled") / "petdesk.sqlite")
    assert main(["--db", str(path), "demo", "--contacts", "20", "--seed", "3"]) == 0
    _spoil(path)
    return path


@pytest.fixture
def spoiled(spoiled_once: Path, tmp_path: Path) -> Path:
    """This test's own copy of it (--repair changes the file)."""
    for part in spoiled_once.parent.glob(f"{spoiled_once.name}*"):
        shutil.copy(part, tmp_path / part.name)  # copy, not copyfile: the file keeps its mode 0600
    return tmp_path / spoiled_once.name


def _english_left(line: str) -> list[str]:
    return ENGLISH_WORDS.findall(IDENTIFIERS.sub("", line.replace("petdesk check --repair", "")))


def test_check_and_repair_speak_chinese(spoiled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(spoiled), "check"]) == 1
    found = capsys.readouterr().out.replace(str(spoiled), "").splitlines()
    assert len(found) >= 4, found  # trigger, unindexed contacts, sync log, the --repair hint
    for line in found:
        assert not _english_left(line), line
    assert main(["--lang", "zh_CN", "--db", str(spoiled), "check", "--repair"]) == 0
    repaired = capsys.readouterr().out.replace(str(spoiled), "").splitlines()
    assert len(repaired) >= 4, repaired  # the findings, then what was done
    for line in repaired:
        assert not _english_left(line), line


def test_check_counts_in_english_have_their_plural(spoiled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(spoiled), "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "3 contacts are missing from the search index" in out, out
    assert "the sync log holds 1 version of a contact row that does not exist" in out, out
    assert "removed 1 sync log version of a row that does not exist" in out, out
    assert "(s)" not in out, out
