"""``packaging/linux/install.sh`` (and ``uninstall.sh``) run on a fake bundle in a temporary folder:
the real bundle takes minutes to build, and the scripts only copy, link and edit files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install scripts")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An unpacked "bundle" laid out as build.sh lays it out; its executables are ``sleep``."""
    here = tmp_path / "unpacked" / "petdesk"
    (here / "_internal").mkdir(parents=True)
    for name in ("petdesk", "petdesk-cli"):
        shutil.copy(shutil.which("sleep") or "/bin/sleep", here / name)
    applications = here / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(LINUX / "org.petdesk.Petdesk.desktop", applications)
    for script in LINUX.glob("*.sh"):
        shutil.copy(script, here)
    return here


def run(script: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PREFIX=str(tmp_path / "prefix"), HOME=str(tmp_path / "home"))
    return subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def running(tmp_path: Path) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes started by the test, killed at its end whatever happens."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for child in started:
        child.kill()
        child.wait()


def test_install_refuses_while_petdesk_runs_from_the_folder(bundle, tmp_path, running) -> None:
    assert run(bundle / "install.sh", tmp_path).returncode == 0
    installed = tmp_path / "prefix" / "opt" / "petdesk"
    (installed / "_internal" / "base_library.zip").write_text("what the running window reads")
    # the window runs, started through the bin/ link as the menu does
    running.append(subprocess.Popen([str(tmp_path / "prefix" / "bin" / "petdesk"), "60"]))

    refused = run(bundle / "install.sh", tmp_path)
    assert refused.returncode == 1
    assert "petdesk is running from" in refused.stderr and "Nothing was changed" in refused.stderr
    assert (installed / "_internal" / "base_library.zip").exists()  # its files were left alone

    window = running.pop()
    window.kill()
    window.wait()
    assert run(bundle / "install.sh", tmp_path).returncode == 0
    assert not (installed / "_internal" / "base_library.zip").exists()  # a fresh copy now
