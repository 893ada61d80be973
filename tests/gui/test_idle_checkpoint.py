"""The window checkpoints the WAL once it is quiet after a write (field test 28, §5)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.idle_checkpoint import IdleCheckpoint
from petdesk.gui.operations import Changes, announce
from petdesk.gui.qt import QObject


def test_a_write_is_in_the_main_file_once_the_window_is_quiet(qtbot, db: Database, tmp_path: Path) -> None:
    parent = QObject()
    idle = IdleCheckpoint(lambda: db.path, parent)
    idle.after_write.setInterval(50)
    held = db.raw()  # an open connection, as the window keeps: no checkpoint on close
    held.execute("SELECT 1").fetchone()
    try:
        with db.transaction() as session:
            session.add(m.Contact(family_name="Copytest", given_name="Carla"))
        announce(Changes.of("contact"))
        qtbot.waitUntil(lambda: idle.done == 1)
        copy = tmp_path / "copy.sqlite"
        shutil.copyfile(db.path, copy)
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT family_name FROM contact").fetchall() == [("Copytest",)]
        conn.close()
    finally:
        held.close()
        idle.every.stop()


def test_a_closed_window_stops_its_idle_work(qtbot, db: Database) -> None:
    """Closed, the window neither checkpoints, builds pages nor hears changes: its database may be
    closed and its stick gone (field test 70's window on a read-only stick then reopened an empty path)."""
    from petdesk.gui.main_window import MainWindow

    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    idle = window.idle_checkpoint
    assert idle.every.isActive()
    window.close()
    assert not idle.every.isActive()
    with db.transaction() as session:
        session.add(m.Contact(family_name="Late", given_name="Lena"))
    counted = window._status_generation
    announce(Changes.of("contact"))
    assert not idle.after_write.isActive()  # a write after the close starts no checkpoint
    assert window._status_generation == counted  # nor a recount of a database maybe closed
