"""A small window with the progress of the trial of a leftover write-ahead log at the window's start
(stale51): on a large file the trial reads it once or twice before any window is painted, and the
start looked hung."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from petdesk import stale_log
from petdesk.gui.qt import QApplication, QCoreApplication, QLabel, Qt, QThread


def note_text(percent: int) -> str:
    return QCoreApplication.translate("App", "Checking the database's leftover log… {percent}%").format(
        percent=percent
    )


@contextmanager
def leftover_log_note() -> Iterator[list[QLabel]]:
    """While open, a trial of a leftover log on a large file shows its percentage in a note painted
    at once (the event loop is not running yet); hidden again at the end. Yields the note, once shown
    (for tests). Only trials on the GUI thread are shown (an upgrade opens the file in the background)."""
    shown: list[QLabel] = []

    def tell(percent: int) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        if not shown:
            note = QLabel()
            note.setObjectName("leftover_log_note")
            note.setWindowFlags(Qt.WindowType.SplashScreen)
            note.setMargin(24)
            # sized once for the widest line: a top-level label keeps its first size, and the
            # percentage of "… 5%" grown to "… 50%" was cut off at the right (shots51)
            note.setText(note_text(100))
            note.resize(note.sizeHint())
            shown.append(note)
        shown[0].setText(note_text(percent))
        shown[0].show()
        shown[0].repaint()
        app.processEvents()

    stale_log.PROGRESS.append(tell)
    try:
        yield shown
    finally:
        stale_log.PROGRESS.remove(tell)
        for note in shown:
            note.hide()
