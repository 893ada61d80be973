"""A reader that goes away early (``| head -1``) ends every command quietly with success, as
``search`` always did: export-contacts said "cannot write /dev/stdout: Broken pipe" and exited 1,
which fails a script under ``set -o pipefail`` (field test 20, defect 5)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    path = tmp_path_factory.mktemp("pipe") / "office.sqlite"
    shutil.copy(demo_template, path)
    return path


def read_a_line_and_go(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run ``petdesk ARGS | head -1`` for real: a small pipe, one read, then the read end closed
    while the command still has output to write."""
    child = subprocess.Popen(
        [sys.executable, "-m", "petdesk", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    fcntl.fcntl(child.stdout.fileno(), fcntl.F_SETPIPE_SZ, 4096)  # the output is larger than this
    assert os.read(child.stdout.fileno(), 10)  # unbuffered: the rest stays in the pipe
    child.stdout.close()
    err = child.stderr.read()
    return subprocess.CompletedProcess(args, child.wait(timeout=120), b"", err)


def first_contact(office: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "petdesk", "--db", str(office), "export-contacts", "--format", "csv",
         "--out", "-"],
        capture_output=True, check=True,
    )  # fmt: skip
    return done.stdout.decode("utf-8-sig").splitlines()[1].split(",")[0]


@pytest.mark.parametrize(
    "args",
    [
        ["export-contacts", "--format", "csv", "--out", "/dev/stdout"],
        ["export-contacts", "--format", "vcf", "--out", "/dev/stdout"],
        ["export-contacts", "--format", "vcf", "--out", "-"],
        ["search", "--json"],
    ],
)
def test_a_closed_pipe_ends_the_command_quietly(args: list[str], office: Path) -> None:
    done = read_a_line_and_go(["--db", str(office), *args])
    assert (done.returncode, b"error" not in done.stderr) == (0, True), done.stderr.decode()
    assert b"Broken pipe" not in done.stderr and b"Traceback" not in done.stderr


def test_person_export_into_a_closed_pipe(office: Path) -> None:
    person = first_contact(office)
    done = read_a_line_and_go(["--db", str(office), "person", "export", person, "--out", "/dev/stdout"])
    assert done.returncode == 0, done.stderr.decode()
    assert b"Broken pipe" not in done.stderr
