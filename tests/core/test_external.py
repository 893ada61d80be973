"""Programs petdesk starts that are not petdesk (the PDF viewer, the file manager) get the user's
environment, not the frozen bundle's library and plug-in paths (field test 46, defect 2)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from petdesk import external
from petdesk.services import duplicates_child


def fake_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """This process dressed as a frozen bundle in ``tmp_path/petdesk``, with the environment
    PyInstaller's bootloader and our run-time hook give it."""
    internal = str(tmp_path / "petdesk" / "_internal")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", internal, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{internal}{os.pathsep}/opt/vendor/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/vendor/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", os.path.join(internal, "PySide6", "Qt", "plugins"))
    monkeypatch.setenv("_PYI_ARCHIVE_FILE", str(tmp_path / "petdesk" / "petdesk"))
    return internal


def test_a_frozen_bundle_gives_other_programs_the_users_paths_back(monkeypatch, tmp_path) -> None:
    fake_bundle(monkeypatch, tmp_path)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    env = external.clean_env()
    assert env["LD_LIBRARY_PATH"] == "/opt/vendor/lib"  # restored from PyInstaller's _ORIG
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert "QT_PLUGIN_PATH" not in env  # only the bundle's plug-ins were on it
    assert "_PYI_ARCHIVE_FILE" not in env
    assert env["LANG"] == "de_DE.UTF-8"  # the rest is the user's, untouched
    # this process keeps its own: petdesk still needs them
    assert os.environ["QT_PLUGIN_PATH"].endswith("plugins")


def test_only_the_bundles_entries_leave_a_path(monkeypatch, tmp_path) -> None:
    internal = fake_bundle(monkeypatch, tmp_path)
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")  # the user had none: the bootloader saved none
    monkeypatch.setenv("LD_LIBRARY_PATH", internal)
    monkeypatch.setenv("QT_PLUGIN_PATH", f"/usr/lib/kde/plugins{os.pathsep}{internal}/PySide6/Qt/plugins")
    env = external.clean_env()
    assert "LD_LIBRARY_PATH" not in env
    assert env["QT_PLUGIN_PATH"] == "/usr/lib/kde/plugins"
    # a folder whose name only starts like the bundle's is not the bundle's
    assert not external._inside(internal + "-other/lib", internal)


def test_not_frozen_the_environment_is_left_alone(monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/somewhere/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/else")
    assert external.clean_env() == dict(os.environ)
    assert not external.needs_own_opener()


def fake_opener(tmp_path: Path) -> tuple[Path, Path]:
    """An ``xdg-open`` that writes what it was given and its environment to a file."""
    written = tmp_path / "opened.txt"
    opener = tmp_path / "bin" / "xdg-open"
    opener.parent.mkdir()
    opener.write_text(
        f'#!/bin/sh\n{{ echo "ARG=$1"; env; }} > "{written}.part" && mv "{written}.part" "{written}"\n'
    )
    opener.chmod(0o755)
    return opener, written


def wait_for(path: Path) -> str:
    deadline = time.monotonic() + 20
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} was not written"
        time.sleep(0.05)
    return path.read_text()


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for xdg-open")
def test_the_opener_starts_with_the_clean_environment(monkeypatch, tmp_path) -> None:
    internal = fake_bundle(monkeypatch, tmp_path)
    opener, written = fake_opener(tmp_path)
    assert external.open_detached("/home/u/Documents/dossier.pdf", opener=str(opener))
    said = wait_for(written)
    assert "ARG=/home/u/Documents/dossier.pdf" in said
    assert "LD_LIBRARY_PATH=/opt/vendor/lib" in said.splitlines()
    assert internal not in said
    assert not external.open_detached("x", opener=str(tmp_path / "no-such-opener"))


def test_petdesks_own_child_keeps_the_bundles_environment(monkeypatch, tmp_path) -> None:
    """The duplicates search's child is the bundle's petdesk-cli: it needs the bundle's paths."""
    python = sys.executable
    internal = fake_bundle(monkeypatch, tmp_path)
    script = tmp_path / "child.py"
    script.write_text("import os, sys; sys.stderr.write(os.environ['LD_LIBRARY_PATH']); sys.exit(3)\n")
    db = tmp_path / "none.sqlite"
    with pytest.raises(duplicates_child.ChildFailed) as failed:
        duplicates_child.find_in_child(db, limit=1, command=[python, str(script)])
    assert internal in str(failed.value)
