"""Field test 17 §5: English left in the Chinese command line where backups and erasure meet."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups
from tests.core.privacy.test_erasure import make_person


def test_erasure_and_backup_messages_speak_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    person_id, _ = make_person(db)
    backups.create(db.path, backups.MANUAL)
    backups.create(db.path, "before-merge")
    zh = ["--lang", "zh_CN", "--db", str(db.path)]
    capsys.readouterr()
    assert main([*zh, "person", "erase", "--yes", person_id]) == 0
    out = capsys.readouterr().out
    assert "（一直保留，直到手动删除）" in out and "（再有 10 个较新的事件备份后自动删除）" in out, out
    assert "kept until" not in out and "ages out" not in out
    assert main([*zh, "person", "export", person_id, "--out", str(db.path.parent / "p.json")]) == 1
    err = capsys.readouterr().err
    assert f"联系人 {person_id} 已于 " in err and "清除；不再保存任何相关信息" in err, err
    # A backup folder that cannot be made (a file stands in its place).
    blocked = db.path.parent / "blocked"
    blocked.write_text("")
    assert main([*zh, "backup", "--out", str(blocked / "b.gz")]) == 1
    err = capsys.readouterr().err
    assert f"无法创建备份文件夹 {blocked}（" in err, err
