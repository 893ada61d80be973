"""The passphrase rule speaks the user's language: its reasons come from the core catalogue, and the
command line refuses a weak passphrase in Chinese before exporting (field test 6, defect 5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.messages import localize
from petdesk.sync.passphrase import MIN_LENGTH, problem
from tests.core.sync.helpers import make_office

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("weak", ["shanghai10", "password1234"])
def test_the_reasons_are_in_chinese(weak: str) -> None:
    reason = problem(weak, locale="zh_CN")
    assert reason is not None and not LATIN_WORD.search(reason), reason
    english = problem(weak)
    assert english is not None and english.startswith("the passphrase")
    assert localize(english, "zh_CN") == reason  # a refusal raised in English is shown in Chinese too


def test_too_short_names_the_core_minimum() -> None:
    assert str(MIN_LENGTH) in (problem("shanghai10", locale="zh_CN") or "")


def test_the_command_line_refuses_a_weak_passphrase_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_office(tmp_path / "dbs", "Chengdu")
    db.close()
    monkeypatch.setenv(PASSPHRASE_ENV, "shanghai10")
    out = tmp_path / "all.petdesk-sync"
    code = main(["--lang", "zh_CN", "--db", str(db.path), "sync", "export", "--all", "--out", str(out)])
    assert code != 0 and not out.exists()
    said = capsys.readouterr().err
    assert "12" in said and "the passphrase" not in said, said
