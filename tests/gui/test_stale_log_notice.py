"""Field test 70: when a sync program's older write-ahead log was set aside at start, the window
says so in plain words, in its language, with where the log is now."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QStatusBar
from tests.helpers.stale_pair import StalePair
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese


@pytest.fixture
def stale_path(stale_db: StalePair) -> Path:
    """This test's own copy of the database and of the older log beside it (opening sets it aside)."""
    return stale_db.path


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_status_bar_tells_where_the_log_went(  # type: ignore[no-untyped-def]
    qtbot, stale_path: Path, locale: str, translators, tree_catalogue
) -> None:
    translators(locale)
    opened = open_database(stale_path)
    assert opened.set_aside is not None
    window = MainWindow(opened, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    bar = window.statusBar()
    log = str(opened.set_aside.log)
    qtbot.waitUntil(lambda: log in bar.toolTip(), timeout=10_000)
    words = bar.toolTip()
    assert ("older state" in words) if locale == "en" else ("较早状态" in words), words
    # What happened is read at 1024 px, before the path (shots50: the path filled the room)
    drawn = QStatusBar.currentMessage(bar)
    assert drawn.endswith("…") and not drawn.startswith(str(stale_path)[:20])
    assert ("set aside a write-ahead log" in drawn) if locale == "en" else ("预写日志" in drawn), drawn
    assert Path(log).exists()
    opened.close()


@pytest.mark.parametrize(
    ("locale", "words"), [("en", "Checking the database's leftover log"), ("zh_CN", "预写日志")]
)
def test_the_start_shows_how_far_the_trial_is(  # type: ignore[no-untyped-def]
    qtbot, stale_path: Path, monkeypatch: pytest.MonkeyPatch, locale: str, words: str, translators
) -> None:
    """stale51: the trial of a leftover log on a large file read it for seconds before any window."""
    from petdesk import i18n, stale_log
    from petdesk.gui.leftover_log_note import leftover_log_note
    from tests.helpers.tree_catalogue import TREE_CATALOGUES

    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)  # this tree's .qm
    translators(locale)
    monkeypatch.setattr(stale_log, "PROGRESS_MIN_BYTES", 0)  # a small file stands in for a large one
    texts: list[str] = []
    cut: list[str] = []  # a line wider than its note (shots51: "… 50%" lost its "%")

    def read(_: int) -> None:
        texts.append(shown[0].text() if shown else "")
        if shown and shown[0].width() < shown[0].sizeHint().width():
            cut.append(shown[0].text())

    with leftover_log_note() as shown:
        stale_log.PROGRESS.append(read)
        try:
            assert stale_log.guard(stale_path) is not None
        finally:
            stale_log.PROGRESS.pop()
        assert shown and shown[0].isVisible() and shown[0].text().endswith("100%")
        assert words in shown[0].text()
    assert not shown[0].isVisible() and len(set(texts)) > 2
    assert cut == []
