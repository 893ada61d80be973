"""Field test 60: with the Traditional -> Simplified tables missing from an install (a bundle built
without them), ``petdesk demo`` said "the folder is not there (was the USB stick pulled out?)".
An install that lacks a file it ships with now says so, in the user's language, and what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import han_script
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.faults import describe
from petdesk.package_data import PackageDataError
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)


@pytest.fixture
def tables_missing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # a package of that name without its dictionary/ folder, as a bundle missing the data files has
    monkeypatch.setattr(han_script, "DATA_PACKAGE", "petdesk.migrations")
    han_script.table.cache_clear()
    yield
    monkeypatch.undo()
    han_script.table.cache_clear()


@pytest.mark.usefixtures("tables_missing", "tree_catalogue")
def test_missing_tables_are_named_as_an_incomplete_install() -> None:
    with pytest.raises(PackageDataError) as caught:
        han_script.simplified("張偉")
    assert caught.value.missing == "petdesk.migrations/dictionary/TSCharacters.txt"
    sentence = describe(RuntimeError("while indexing"), "zh_CN")  # no cause: not ours
    assert "安装不完整" not in sentence
    try:
        try:
            han_script.simplified("張偉")
        except PackageDataError as exc:  # as a flush listener's error reaches the boundary
            raise RuntimeError("flush failed") from exc
    except RuntimeError as wrapped:
        zh, en = describe(wrapped, "zh_CN"), describe(wrapped, "en")
    assert zh == "petdesk 安装不完整：缺少 petdesk.migrations/dictionary/TSCharacters.txt。请重新安装 petdesk"
    assert en.startswith("petdesk is installed incompletely") and "Reinstall petdesk" in en


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_line_says_reinstall_not_usb_stick(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    open_database(tmp_path / "d.sqlite").close()  # made by a complete install
    request.getfixturevalue("tables_missing")
    assert main(["--db", str(tmp_path / "d.sqlite"), "--lang", "zh_CN", "search", "張偉"]) == 1
    err = capsys.readouterr().err
    assert "安装不完整" in err and "请重新安装" in err
    assert "U 盘" not in err and "USB" not in err
