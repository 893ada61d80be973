"""``--out -`` means standard output for every command that writes text, and is refused in plain
words by commands that write only files: never a file named "-" (field test 20, defect 4)."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk.cli import main


@pytest.fixture
def office(tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo database; the working folder is an empty one beside it."""
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_template, path)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("PETDESK_LANG", "en")
    return path


def petdesk(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process, its standard output a real pipe (or what is given)."""
    return subprocess.run(
        [sys.executable, "-m", "petdesk", *args], capture_output="stdout" not in kwargs, check=False, **kwargs
    )  # type: ignore[call-overload]


@pytest.mark.parametrize(("fmt", "start"), [("csv", "\ufeffID,"), ("vcf", "BEGIN:VCARD")])
def test_export_contacts_to_standard_output(
    fmt: str, start: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(office), "export-contacts", "--format", fmt, "--out", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(start)
    assert "200 contacts written" in err  # the sentence stays out of the data
    assert list(Path.cwd().iterdir()) == []


def test_person_export_to_standard_output(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(office), "export-contacts", "--format", "csv", "--out", "-"]) == 0
    first_id = capsys.readouterr().out.splitlines()[1].split(",")[0]
    assert main(["--db", str(office), "person", "export", first_id, "--out", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "petdesk-person/1" and data["person"]["family_name"]
    assert list(Path.cwd().iterdir()) == []


def test_xlsx_goes_into_a_pipe(office: Path) -> None:
    done = petdesk("--db", str(office), "export-contacts", "--format", "xlsx", "--out", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"PK")  # a zip: the XLSX file itself


def test_xlsx_is_refused_on_a_terminal(office: Path) -> None:
    leader, follower = pty.openpty()
    try:
        done = petdesk(
            "--db", str(office), "export-contacts", "--format", "xlsx", "--out", "-",
            stdout=follower, stderr=subprocess.PIPE,
        )  # fmt: skip
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 1
    assert b"XLSX is not text" in done.stderr and b"give --out a file name" in done.stderr
    assert list(Path.cwd().iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [["backup"], ["sync", "export", "--all"], ["dossier", "visit", "0000"], ["report", "projects"]],
)
def test_commands_writing_only_files_refuse_the_dash(
    command: list[str], office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(office), *command, "--out", "-"])
    assert stopped.value.code == 2
    assert "writes a file, not standard output" in capsys.readouterr().err
    assert list(Path.cwd().iterdir()) == []
