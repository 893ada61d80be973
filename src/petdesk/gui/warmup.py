"""Prepare off the GUI thread what the first show of the other pages needs (issue 10).

Pages are built when first shown (start-up time, issue 18). Their first show then paid on the GUI
thread for importing the services and libraries behind them (the sync page imports ``keyring``:
a third of a second) and for labelling every time zone (babel: half a second for the calendar).
Shortly after the window is up, one background operation does that work instead, so switching to
a page for the first time only builds its widgets.

Only modules outside ``petdesk.gui`` are imported here: widget modules stay with the GUI thread, so
the two threads never import the same circle of modules at once.

Then the window builds its other pages in idle time, one per turn of the event loop
(``MainWindow.build_pages_when_idle``): a page's first show was 25-120 ms of GUI-thread work on
100,000 contacts (300-450 ms of stall on a loaded machine), now paid before the user asks for it.
Only the first window of a process does (the application has one; tests build many and close them
at once).

Once that is done, the objects that exist (modules, classes, mappers, the window's widgets) live
as long as the window: :func:`freeze_long_lived` takes them out of Python's garbage collection.
A full collection walked all of them (150,000 objects: 80 ms of CPU, 250–400 ms on a loaded
machine) in whichever thread allocated at that moment, holding the GIL meanwhile; when that was a
pool thread, the GUI thread stood still without using any CPU ("create" stalled 400 ms).
"""

from __future__ import annotations

import gc
import logging
import weakref
from typing import Any

from shiboken6 import isValid

from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import QTimer
from petdesk.services import memory

log = logging.getLogger(__name__)

#: Started this long after the window is built: the start page's own reads go first.
WARMUP_DELAY_MS = 800


def prepare(language: str) -> None:
    """Import the services of the pages built on first show and label the time zones."""
    # Plain imports, so readers, type checkers and freezers see them.
    import petdesk.services.calendar
    import petdesk.services.home
    import petdesk.services.market
    import petdesk.services.market_report
    import petdesk.services.pipeline_lists
    import petdesk.services.projects
    import petdesk.services.tech_matching
    import petdesk.services.technologies
    import petdesk.services.trainings
    import petdesk.services.visits
    import petdesk.sync.labels
    import petdesk.sync.service  # noqa: F401  (keyring behind it)
    from petdesk import labels

    labels.zone_choices(language)


#: The first window of a process freezes twice: when its warm-up starts (the window and its first
#: page are built) and when it is done (the services it imported and the pages built in idle
#: time). Later windows (tests build many) freeze nothing, so what they leave behind is still
#: collected.
_freezes_left = 2


def freeze_long_lived() -> bool:
    """Move every object tracked now to the collector's permanent generation (``gc.freeze``):
    later collections walk only what was made since. True if it froze.

    Not collected first (that full collection is the stall this avoids): cyclic garbage that
    exists now stays in memory."""
    global _freezes_left
    if _freezes_left <= 0:
        return False
    _freezes_left -= 1
    memory.forget_source_lines()  # (before freezing: the lines are garbage then, not frozen)
    gc.freeze()
    return True


def settled() -> bool:
    """The first window's warm-up is done and its long-lived objects are frozen."""
    return _freezes_left <= 0


def start(window: Any, language: str) -> None:
    # Owned by no widget (it touches none): a window closed meanwhile is not kept alive by it. A
    # failure only means the first shows do the work themselves: log it, go on.
    first_window = freeze_long_lived()
    window_ref = weakref.ref(window)

    def then(_result: Any = None) -> None:
        window = window_ref()
        if first_window and window is not None and isValid(window):
            window.build_pages_when_idle(then=freeze_long_lived)
        else:
            freeze_long_lived()

    def failed(exc: BaseException) -> None:
        log.warning("warm-up failed: %s", exc)
        then()

    run_in_background(lambda: prepare(language), on_success=then, on_failure=failed)


def install(window: Any) -> None:
    language = "zh_CN" if str(window.ui_locale).startswith("zh") else "en"
    QTimer.singleShot(WARMUP_DELAY_MS, window, lambda: start(window, language))
