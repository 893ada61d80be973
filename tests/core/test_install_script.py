"""``packaging/linux/install.sh`` (and ``uninstall.sh``) run on a fake bundle in a temporary folder:
the real bundle takes minutes to build, and the scripts only copy, link and edit files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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
    share = here / "share"
    for folder in ("applications", "metainfo", "icons/hicolor/64x64/apps", "mime/packages"):
        (share / folder).mkdir(parents=True)
    shutil.copy(LINUX / "org.petdesk.Petdesk.desktop", share / "applications")
    shutil.copy(LINUX / "org.petdesk.Petdesk.metainfo.xml", share / "metainfo")
    (share / "icons/hicolor/64x64/apps/org.petdesk.Petdesk.png").write_bytes(b"png")
    shutil.copy(LINUX / "org.petdesk.Petdesk.mime.xml", share / "mime/packages/org.petdesk.Petdesk.xml")
    for script in LINUX.glob("*.sh"):
        shutil.copy(script, here)
    return here


def run(script: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PREFIX=str(tmp_path / "prefix"), HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
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


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


def test_uninstall_removes_the_program_and_keeps_the_data(bundle, tmp_path, running) -> None:
    prefix, home = tmp_path / "prefix", tmp_path / "home"
    (prefix / "share" / "applications").mkdir(parents=True)
    (prefix / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    before = files_under(prefix)
    data = home / ".local" / "share" / "petdesk"
    data.mkdir(parents=True)
    (data / "petdesk.sqlite").write_text("the office")
    installed = run(bundle / "install.sh", tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert "uninstall.sh" in installed.stdout
    desktop = (prefix / "share/applications/org.petdesk.Petdesk.desktop").read_text()
    assert "MimeType=application/x-petdesk-sync;" in desktop
    if shutil.which("update-mime-database"):  # the desktop now knows the packages' file type
        assert (prefix / "share/mime/application/x-petdesk-sync.xml").exists()

    uninstall = prefix / "opt" / "petdesk" / "uninstall.sh"  # run from the installed copy, as install.sh says
    running.append(subprocess.Popen([str(prefix / "bin" / "petdesk-cli"), "60"]))
    refused = run(uninstall, tmp_path)
    assert refused.returncode == 1 and "Nothing was changed" in refused.stderr
    window = running.pop()
    window.kill()
    window.wait()

    removed = run(uninstall, tmp_path)
    assert removed.returncode == 0, removed.stderr
    left = {f for f in files_under(prefix) - before if not f.startswith("share/mime/")}
    assert left == set()  # the program, links, entry, metainfo and icons are gone
    assert not (prefix / "share/mime/packages/org.petdesk.Petdesk.xml").exists()
    assert not (prefix / "share/mime/application/x-petdesk-sync.xml").exists()
    assert (prefix / "share" / "applications" / "other.desktop").exists()
    assert (data / "petdesk.sqlite").read_text() == "the office"  # nothing lost
    assert str(data) in removed.stdout and "forget-office" in removed.stdout
    assert str(tmp_path / "jieba.cache") in removed.stdout


def test_the_package_file_type_matches_what_petdesk_writes() -> None:
    from petdesk.cli.open_file import PACKAGE_SUFFIX
    from petdesk.sync.package import MAGIC

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(LINUX / "org.petdesk.Petdesk.mime.xml").getroot().find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-petdesk-sync"
    assert kind.find("m:glob", ns).get("pattern") == "*" + PACKAGE_SUFFIX  # type: ignore[union-attr]
    magic = kind.find("m:magic/m:match", ns).get("value")  # type: ignore[union-attr]
    assert MAGIC.startswith(magic.encode("latin-1").decode("unicode_escape").encode("latin-1"))
