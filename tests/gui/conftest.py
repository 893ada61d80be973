"""Translators are global to the application: every test here puts things back as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.gui import translation
from petdesk.gui.qt import QLocale
from tests.helpers.tree_icons import tree_icons

__all__ = ["tree_icons"]


@pytest.fixture
def translators(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Install catalogues with ``translators(locale)``; all removed again after the test."""
    default = QLocale()

    def install(locale: str) -> None:
        translation.install_translators(qapp, locale)

    yield install
    translation.remove_translators(qapp)
    QLocale.setDefault(default)


@pytest.fixture
def tree_window_catalogue(translators) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window in Chinese from this tree's ``petdesk_zh_CN.qm``: the installed checkout's catalogue
    (another worktree's, before a merge) may not have a new label yet."""
    from petdesk.gui.qt import QApplication, QTranslator
    from tests.helpers.tree_catalogue import TREE_CATALOGUES

    translators("zh_CN")
    tree = QTranslator()
    assert tree.load(str(TREE_CATALOGUES.parent / "petdesk_zh_CN.qm"))
    QApplication.installTranslator(tree)
    yield
    QApplication.removeTranslator(tree)


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_gc(qapp) -> None:  # type: ignore[no-untyped-def]
    """Cycles are collected on the GUI thread only, as in the window (``gui.gui_thread_gc``): the
    automatic collector running in a background operation's thread can crash Qt. For the rest of
    the worker's session, as background work may outlive its test: the core's tests that follow
    collect between tests, on this thread (``tests/helpers/fixtures.py``)."""
    from petdesk.gui import gui_thread_gc

    gui_thread_gc.take_over(qapp)


@pytest.fixture(autouse=True)
def _tree_icons(tree_icons: Path) -> None:
    """This tree's icons: a new one is not in the installed checkout until merged."""


@pytest.fixture(autouse=True)
def _close_leftover_windows() -> Iterator[None]:
    """Close any window a test left open (a message box opened with ``open()``): a later test's
    language change or screen change lays it out again, and Qt's offscreen warning then fails that
    unrelated test."""
    yield
    from petdesk.gui.qt import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.close()


@pytest.fixture(autouse=True)
def _release_held_modifiers() -> Iterator[None]:
    """Let go of a modifier key a test's simulated press left down. ``QTest.keyClick(w, Key_Z,
    Control)`` whose shortcut disables the window (an Undo running) sends Control's release to a
    disabled widget, which Qt drops: the application then believes Control is held, and a later
    test's ``selectRow`` toggles the row off instead of selecting it."""
    yield
    from PySide6.QtTest import QTest

    from petdesk.gui.qt import QApplication, QGuiApplication, Qt, QWidget

    if not isinstance(QApplication.instance(), QApplication):
        return
    held = QGuiApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    receiver = QWidget()
    for key, modifier in (
        (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier),
    ):
        if held & modifier:
            QTest.keyRelease(receiver, key)
    receiver.deleteLater()


@pytest.fixture(autouse=True)
def _comma_for_csv_exports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every CSV export in the window asks for the field separator first (a modal dialog): a test of
    another part of an export that does not answer it would wait there for ever (it held CI's run at
    99 % once). Comma here; the tests of the question patch it themselves or open the dialog."""
    from petdesk.gui import csv_separator

    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: ",")


@pytest.fixture(autouse=True)
def _staff_name_question_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window asks for a staff name at start when none is set (field test 84): a test of another
    part of the window would find the question over it. Its own tests call the real one."""
    from petdesk.gui import staff_question

    monkeypatch.setattr(staff_question, "ask_if_unnamed", lambda _window: None)
