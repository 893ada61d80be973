"""With no import to undo, import-undo said so in English to a Chinese user (field test 68): the
sentence was translated through a helper pybabel could not follow, so it never reached the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def test_nothing_to_undo_is_said_in_chinese(
    db: Database, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-undo", "--yes"]) != 0
    err = capsys.readouterr().err
    assert "没有可以撤销的导入" in err and "There is" not in err
