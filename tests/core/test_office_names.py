"""Field test 8, defect 6: renaming the office in one language says that the other name stayed,
and a Chinese interface names this office by one rule (name_zh if set, else name) everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import backups


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> Path:
    path = new_database_file(tmp_path / "petdesk.sqlite")  # a new file as the session's template is
    assert (
        _run(capsys, "--db", str(path), "office", "--name", "Beijing Office", "--name-zh", "北京代表处")[0]
        == 0
    )
    return path


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_english_only_rename_says_the_chinese_name_stayed(
    office: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--lang", lang, "--db", str(office), "office", "--name", "Chengdu Hub")
    assert code == 0 and "Chengdu Hub" in out
    assert err.count("\n") == 1 and "北京代表处" in err and "--name-zh" in err, err
    # Changing both, or the region only, says nothing.
    code, _out, err = _run(
        capsys, "--db", str(office), "office", "--name-zh", "成都中心", "--name", "Chengdu"
    )
    assert code == 0 and err == ""
    assert _run(capsys, "--db", str(office), "office", "--region", "Sichuan")[2] == ""


def test_a_chinese_only_rename_says_the_english_name_stayed(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(capsys, "--db", str(office), "office", "--name-zh", "成都中心")
    assert code == 0 and "Beijing Office" in err and "--name NAME" in err, err


def test_a_chinese_interface_names_the_office_by_one_rule(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zh = ("--lang", "zh_CN", "--db", str(office))
    assert "北京代表处" in _run(capsys, *zh, "stats")[1]
    assert "Beijing Office" in _run(capsys, "--lang", "en", "--db", str(office), "stats")[1]
    offices = _run(capsys, *zh, "sync", "offices")[1]
    assert "北京代表处" in offices and "Beijing Office" not in offices, offices
    # A contact's history names the office that made the change.
    db = open_database(office)
    with db.transaction() as session:
        contact = m.Contact(family_name="Wang", given_name="Wei")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    db.close()
    history = _run(capsys, *zh, "history", contact_id)[1]
    assert "北京代表处" in history and "Beijing Office" not in history, history


def test_the_restore_message_names_the_office_by_the_same_rule(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backups.create(office, backups.MANUAL).path
    new_laptop = tmp_path / "new" / "petdesk.sqlite"
    code, out, err = _run(capsys, "--lang", "zh_CN", "--db", str(new_laptop), "restore", str(backup))
    assert code == 0, err
    line = next(line for line in out.splitlines() if "本机现在是" in line)
    assert "北京代表处" in line and "Beijing Office" not in line, line


def test_completing_a_rename_in_the_other_language_says_nothing(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 27, defect 6: the English name set a moment ago is not "still" anything; the
    Chinese name from before it was. The rule: a name is left behind only when it is older than
    the name just replaced."""
    err = _run(capsys, "--db", str(office), "office", "--name", "Stuttgart", "--region", "Europe")[2]
    assert "北京代表处" in err  # set with the old English name: left behind
    code, out, err = _run(capsys, "--db", str(office), "office", "--name-zh", "斯图加特办公室")
    assert code == 0 and err == "" and "斯图加特办公室" in out
    # A new Chinese name alone again: the English name is older than the Chinese one replaced ...
    err = _run(capsys, "--db", str(office), "office", "--name-zh", "斯图加特中心")[2]
    assert "Stuttgart" in err and "--name NAME" in err
    # ... and a new English name then completes that rename.
    assert _run(capsys, "--db", str(office), "office", "--name", "Stuttgart Centre")[2] == ""
