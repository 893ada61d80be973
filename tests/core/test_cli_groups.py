"""A command group without its action prints its usage before any database check (field testers:
``petdesk sync`` on a mistyped --db said the database does not exist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import EXIT_USAGE, main


def _exit_code(argv: list[str]) -> int:
    """main's exit status, or argparse's when it exits by itself on a usage error."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize("group", ["sync", "person", "exchange", "report", "dossier"])
def test_a_command_group_without_its_action_prints_its_usage(
    group: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "missing.sqlite"
    assert _exit_code(["--db", str(db), group]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith(f"usage: petdesk {group} "), err
    assert "does not exist" not in err
    assert not db.exists()


def test_sync_without_its_action_lists_the_actions_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _exit_code(["--lang", "zh_CN", "--db", str(tmp_path / "none.sqlite"), "sync"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("用法：petdesk sync ") and "export" in err and "passphrase" in err, err
