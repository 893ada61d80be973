"""The command line's fixed words around a command (warnings, Ctrl+C) speak the user's language, as
its error line does, and the exit statuses stay what scripts expect."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from tests.helpers.signals import default_sigint


@pytest.fixture
def db_with_a_control_character(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        s.add(m.Contact(family_name="Li", given_name="Wei", notes="bell\x07 rings"))
    return db


def test_an_export_warning_in_chinese(
    db_with_a_control_character, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.csv"
    args = ["--db", str(db_with_a_control_character.path), "export-contacts", "--out", str(out)]
    assert main(["--lang", "zh_CN", *args]) == 0  # a warning is no failure
    err = capsys.readouterr().err
    assert "petdesk：警告：已从 1 个单元格中删除控制字符\n" in err
    assert "warning" not in err and "control" not in err


def test_an_export_warning_in_english_as_before(
    db_with_a_control_character, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.csv"
    args = ["--db", str(db_with_a_control_character.path), "export-contacts", "--out", str(out)]
    assert main(["--lang", "en", *args]) == 0
    assert "petdesk: warning: control characters were removed from 1 cell\n" in capsys.readouterr().err


def _interrupted_demo(tmp_path: Path, language: str) -> tuple[int, str]:
    """``petdesk demo`` through the real entry point, stopped by Ctrl+C once it reports progress."""
    env = {**os.environ, "PETDESK_LANG": language, "PYTHONPATH": os.pathsep.join(sys.path)}
    db = str(tmp_path / "d.sqlite")
    command = [sys.executable, "-m", "petdesk", "--db", db, "demo", "--contacts", "500000"]
    with subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8", preexec_fn=default_sigint
    ) as proc:
        assert proc.stderr is not None
        first = proc.stderr.readline()  # the first progress line: the work has started
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        return proc.wait(timeout=60), first + rest


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is a POSIX signal")
def test_ctrl_c_says_interrupted_in_chinese_with_status_130(tmp_path: Path) -> None:
    status, err = _interrupted_demo(tmp_path, "zh_CN")
    assert status == 130
    assert err.endswith("petdesk：已中断\n"), err
    assert "interrupted" not in err


def test_a_dossier_warning_in_chinese(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A character none of the dossier's fonts has (an Egyptian hieroglyph in a name) is printed
    as its code point, with a warning in the user's language."""
    from petdesk.db import open_database
    from tests.core.dossier.sample_data import make_visit

    db = open_database(db_path)
    ids = make_visit(db, meetings=1, participants=2)
    with db.transaction() as s:
        person = s.get(m.Contact, ids.people[0])
        assert person is not None
        person.family_name = "Ankh\U00013000"
    db.close()
    out = tmp_path / "v.pdf"
    args = ["--db", str(db_path), "dossier", "visit", ids.visit_id, "--out", str(out)]
    assert main(["--lang", "zh_CN", *args]) == 0
    err = capsys.readouterr().err
    assert "petdesk：警告：字符“\U00013000”（U+13000 EGYPTIAN HIEROGLYPH A001）" in err, err
    assert "warning" not in err and "printed as" not in err
