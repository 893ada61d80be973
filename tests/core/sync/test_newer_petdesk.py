"""A package from a newer petdesk says which petdesk to install, in the user's language (field
test 22, defects 2 and 3): both old and new once said "petdesk 0.1.0" and "update petdesk"."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import __version__
from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.db import code_heads
from petdesk.messages import localize
from petdesk.models import Contact
from petdesk.sync import package as pkg
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, export, make_office

FUTURE = "9.0.0"
#: English words of four letters or more, but for those a Chinese sentence keeps (names, commands)
ENGLISH_WORDS = re.compile(r"\b(?!petdesk\b|substitutes\b|future\b)[a-z]{4,}\b")


def _header(data: bytes) -> tuple[dict, int]:
    start = len(pkg.MAGIC)
    (length,) = struct.unpack(">I", data[start : start + 4])
    return json.loads(data[start + 4 : start + 4 + length]), start + 4 + length


def _future_format(data: bytes) -> bytes:
    """The package as a petdesk FUTURE writing format 9 would make it."""
    header, end = _header(data)
    header.update({"format": 9, "petdesk_version": FUTURE})
    new = json.dumps(header).encode()
    return pkg.MAGIC + struct.pack(">I", len(new)) + new + data[end:]


def _future_schema() -> bytes:
    manifest = {
        "package_id": "00000000-0000-4000-8000-000000000000",
        "petdesk_version": FUTURE,
        "schema": ["0001_initial", "0035_substitutes", "0099_future"],
        "sender": {"id": "00000000-0000-4000-8000-00000000beef", "name": "Elsewhere"},
        "knowledge": {},
        "base": {},
    }
    return pkg.encode(manifest, {"offices": [], "entities": {}}, PASSPHRASE, kdf_n=TEST_KDF_N)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    beijing = make_office(tmp_path / "dbs", "Beijing")
    with beijing.transaction() as session:
        session.add(Contact(family_name="Li", given_name="Na"))
    path = tmp_path / "good.petdesk-sync"
    export(beijing, path)
    beijing.close()
    return path


def test_the_package_names_its_writer_in_clear_text_and_in_the_manifest(package: Path) -> None:
    header, _end = _header(package.read_bytes())
    assert header["petdesk_version"] == __version__
    assert pkg.read(package, PASSPHRASE).manifest["petdesk_version"] == __version__


def test_petdesk_version_is_the_package_version() -> None:
    """Both offices said 0.1.0 before and after the schema changed: the version moved with it."""
    assert __version__ != "0.1.0"
    shown = subprocess.run([sys.executable, "-m", "petdesk", "--version"], capture_output=True, text=True)
    assert shown.stdout.strip() == f"petdesk {__version__}"


def test_a_newer_format_names_the_petdesk_to_install(package: Path, tmp_path: Path) -> None:
    bonn = make_office(tmp_path / "dbs", "Bonn")
    future = tmp_path / "future.petdesk-sync"
    future.write_bytes(_future_format(package.read_bytes()))
    with pytest.raises(pkg.PackageError) as refused:
        service.import_package(bonn, future, PASSPHRASE)
    bonn.close()
    said = str(refused.value)
    assert f"made by petdesk {FUTURE} in package format 9" in said
    assert f"this petdesk ({__version__}) reads up to format {pkg.FORMAT_VERSION}" in said
    assert f"update to petdesk {FUTURE} or later" in said
    chinese = localize(said, "zh_CN")
    assert FUTURE in chinese and __version__ in chinese
    assert not ENGLISH_WORDS.search(chinese), chinese


def test_a_newer_schema_names_the_petdesk_to_install(tmp_path: Path) -> None:
    bonn = make_office(tmp_path / "dbs", "Bonn")
    future = tmp_path / "future.petdesk-sync"
    future.write_bytes(_future_schema())
    with pytest.raises(pkg.PackageError) as refused:
        service.import_package(bonn, future, PASSPHRASE)
    bonn.close()
    said = str(refused.value)
    heads = ", ".join(sorted(code_heads()))
    assert f"made by petdesk {FUTURE} with database version 0099_future" in said
    assert f"this petdesk ({__version__}) knows up to {heads}: update to petdesk {FUTURE} or later" in said
    chinese = localize(said, "zh_CN")
    assert FUTURE in chinese and heads in chinese
    assert not ENGLISH_WORDS.search(chinese), chinese


def test_the_chinese_cli_refuses_a_newer_package_in_chinese(
    package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bonn = make_office(tmp_path / "dbs", "Bonn")
    bonn.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    for name, data in (
        ("format.petdesk-sync", _future_format(package.read_bytes())),
        ("schema.petdesk-sync", _future_schema()),
    ):
        future = tmp_path / name
        future.write_bytes(data)
        assert main(["--lang", "zh_CN", "--db", str(bonn.path), "sync", "import", str(future)]) != 0
        said = capsys.readouterr().err.replace(str(future), "")
        assert FUTURE in said, said
        assert not ENGLISH_WORDS.search(said), said
