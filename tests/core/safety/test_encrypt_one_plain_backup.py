"""``petdesk encrypt`` counts the plain backups left behind in words that fit the count: one plain
backup (the usual case: the one made before the first sync import) read "1 older backups ... are"
(field test 80)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)

PASSPHRASE = "urumqi road passphrase 2026"


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Warning: 1 older backup in {folder} is not encrypted; it is the only way back"),
        ("zh_CN", "警告：{folder} 中有 1 个较早的备份未加密"),
    ],
)
def test_one_plain_backup_is_named_in_the_singular(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    plain = backups.create(db.path, backups.MANUAL)
    db.close()
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    try:
        code = main(["--db", str(db.path), "--passphrase-file", str(pfile), "--lang", lang, "encrypt"])
    finally:
        connection._passphrases.clear()
        connection._latest = None
    assert code == 0
    out = capsys.readouterr().out
    assert expected.format(folder=plain.path.parent) in out
    assert "1 older backups" not in out
