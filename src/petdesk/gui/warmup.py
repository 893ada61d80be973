"""Prepare off the GUI thread what the first show of the other pages needs (issue 10).

Pages are built when first shown (start-up time, issue 18). Their first show then paid on the GUI
thread for importing the services and libraries behind them (the sync page imports ``keyring``:
a third of a second) and for labelling every time zone (babel: half a second for the calendar).
Shortly after the window is up, one background operation does that work instead, so switching to
a page for the first time only builds its widgets.

Only modules outside ``petdesk.gui`` are imported here: widget modules stay with the GUI thread, so
the two threads never import the same circle of modules at once.
"""

from __future__ import annotations

import logging
from typing import Any

from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import QTimer

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


def start(language: str) -> None:
    # Owned by no widget (it touches none): a window closed meanwhile is not kept alive by it. A
    # failure only means the first shows do the work themselves: log it, show nothing.
    run_in_background(
        lambda: prepare(language), on_failure=lambda exc: log.warning("warm-up failed: %s", exc)
    )


def install(window: Any) -> None:
    language = "zh_CN" if str(window.ui_locale).startswith("zh") else "en"
    QTimer.singleShot(WARMUP_DELAY_MS, window, lambda: start(language))
