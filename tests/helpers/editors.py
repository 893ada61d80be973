"""Wait for an editor's background work (issue 10): editors read and save off the GUI thread."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def loaded(qtbot: QtBot, editor: Any) -> Any:
    """The editor once its record has been read (at once if it has nothing to read)."""
    if editor.is_busy():
        with qtbot.waitSignal(editor.loaded, timeout=10000):
            pass
    return editor


def save(qtbot: QtBot, editor: Any) -> bool:
    """Press the editor's Save and wait for the background save: True when it saved."""
    with qtbot.waitSignal(editor.save_finished, timeout=10000) as finished:
        editor.save()
    return bool(finished.args[0])


def tab_of(tabs: Any, widget: Any) -> int:
    """The index of the tab whose page holds ``widget`` (inside the page's scroll area, so not its
    parent: ``screen_fit.pages_scrolled``); -1 for none."""
    return next((i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)), -1)
