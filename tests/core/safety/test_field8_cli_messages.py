"""Field test 8, defects 2 and 3: ``petdesk check`` on an encrypted database without its passphrase
says that, not "damaged"; and the passphrase, package and check sentences speak Chinese."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from tests.helpers.fixtures import new_file_at

PASSPHRASE = "tulip harbour 47 lantern"
#: `check`'s exit status when the file could not be looked at (README, "Backups, checks and secrets").
EXIT_NOT_CHECKED = 3
#: English words left in a Chinese line (paths, ids, option names and "petdesk" removed first).
ENGLISH_WORDS = re.compile(r"\b(?!petdesk\b|passphrase\b|file\b|SQLite\b)[A-Za-z]{4,}\b")


@pytest.fixture(autouse=True)
def _forget_passphrases() -> None:
    # Passphrases are kept per process; every command line here stands for a new process.
    connection._passphrases.clear()
    connection._latest = None


@pytest.fixture(scope="module")
def encrypted_file(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """A small demo database encrypted with PASSPHRASE (a backup before encryption lies beside it)."""
    path = new_file_at(empty_template, tmp_path_factory.mktemp("enc") / "petdesk.sqlite")
    assert main(["--db", str(path), "demo", "--contacts", "20", "--seed", "8"]) == 0
    secret = path.parent / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    assert main(["--db", str(path), "--passphrase-file", str(secret), "encrypt"]) == 0
    connection._passphrases.clear()
    connection._latest = None
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _without_paths(text: str, *paths: Path) -> str:
    for path in paths:
        text = text.replace(str(path), "")
    return text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_check_without_the_passphrase_says_encrypted_not_damaged(
    encrypted_file: Path, tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "petdesk.sqlite"
    shutil.copyfile(encrypted_file, path)
    shutil.copytree(encrypted_file.parent / "backups", tmp_path / "backups")
    code, out, err = _run(capsys, "--lang", lang, "--db", str(path), "check")
    assert code == EXIT_NOT_CHECKED, (code, out, err)
    assert out == "" and err.count("\n") == 1, (out, err)
    assert "restore" not in err and "backup" not in err.lower(), err
    if lang == "en":
        assert "is encrypted: give its passphrase" in err and "damage" not in err, err
    else:
        assert "已加密" in err and "损坏" not in err, err
        assert not ENGLISH_WORDS.search(_without_paths(err, path)), err
    # With the passphrase the file is looked at, and is clean.
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    code, out, err = _run(
        capsys, "--lang", lang, "--db", str(path), "--passphrase-file", str(secret), "check"
    )
    assert code == 0, (out, err)


def test_check_with_a_wrong_passphrase_is_not_called_damage(
    encrypted_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("tulip harbour 47 lanterns", encoding="utf-8")
    code, out, err = _run(
        capsys, "--lang", "zh_CN", "--db", str(encrypted_file), "--passphrase-file", str(wrong), "check"
    )
    assert code == EXIT_NOT_CHECKED and out == "", (code, out, err)
    assert "密码" in err and "restore" not in err, err
    assert not ENGLISH_WORDS.search(_without_paths(err, encrypted_file)), err


@pytest.mark.parametrize("passphrase_file", ["none", "wrong"])
def test_passphrase_refusals_speak_chinese(
    encrypted_file: Path, tmp_path: Path, passphrase_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    given = []
    if passphrase_file == "wrong":
        wrong = tmp_path / "wrong.txt"
        wrong.write_text("tulip harbour 47 lanterns", encoding="utf-8")
        given = ["--passphrase-file", str(wrong)]
    code, _out, err = _run(capsys, "--lang", "zh_CN", "--db", str(encrypted_file), *given, "stats")
    assert code == 1 and err.count("\n") == 1, err
    assert "密码" in err and not ENGLISH_WORDS.search(_without_paths(err, encrypted_file)), err


def test_check_findings_name_their_kind_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "petdesk.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    code, out, _err = _run(capsys, "--lang", "zh_CN", "--db", str(path), "check")
    assert code == 1
    finding = out.splitlines()[0]
    assert finding.startswith("损坏："), out
    assert not ENGLISH_WORDS.search(_without_paths(finding, path)), finding


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("pkg")
    db = new_file_at(empty_template, folder / "a.sqlite")
    assert main(["--db", str(db), "demo", "--contacts", "20", "--seed", "9"]) == 0
    secret = folder / "sync.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    out = folder / "all.petsync"
    assert (
        main(
            ["--db", str(db), "sync", "export", "--all", "--out", str(out), "--passphrase-file", str(secret)]
        )
        == 0
    )
    return out


def test_truncated_package_is_refused_in_chinese(
    package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    cut = tmp_path / "trunc.petsync"
    data = package.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    code, _out, err = _run(
        capsys, "--lang", "zh_CN", "--db", str(tmp_path / "b.sqlite"), "sync", "import", str(cut)
    )
    assert code == EXIT_REJECTED, err
    assert "截断" in err and not ENGLISH_WORDS.search(_without_paths(err, cut)), err


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_missing_package_file_is_a_usage_error_and_creates_nothing(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    db = tmp_path / "b.sqlite"
    missing = tmp_path / "nothere.petsync"
    code, _out, err = _run(capsys, "--lang", lang, "--db", str(db), "sync", "import", str(missing))
    assert code == 1, err
    assert err.count("\n") == 1 and str(missing) in err, err
    if lang == "en":
        assert "does not exist" in err and "rejected" not in err, err
    else:
        assert "不存在" in err and not ENGLISH_WORDS.search(_without_paths(err, missing)), err
    assert not db.exists()
