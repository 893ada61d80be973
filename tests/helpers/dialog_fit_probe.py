"""Open the editors and dialogs of a visit's planning (organisation, contact, visit, itinerary item,
dossier) on the 1366×768 offscreen screen at a display scale, and print for each its name, the
size it opened at and the least size its layout needs, in logical pixels, then the screen's room.

Run as a script by ``tests/gui/test_field_109_scaled_laptop.py``: the scale (QT_SCALE_FACTOR) is
fixed when the application starts, so each scale needs its own process.
Arguments: ``FOLDER`` (for the database and the screen's configuration).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

#: Seconds a dialog must stay idle (no background work, no editor loading) before it is measured:
#: first layouts and the timers a read's result starts run within it.
QUIET = 0.3
#: Seconds after which a dialog that never goes idle is measured anyway (as the fixed 3 s wait did).
LIMIT = 30.0


def _settle(app: object, dialog: object) -> None:
    """Run events until the dialog's background reads are done and it stayed quiet for ``QUIET``:
    the fixed 3-second busy loop before cost 15 s of a core per scale."""
    from petdesk.gui.qt import QThreadPool

    pool = QThreadPool.globalInstance()
    start = quiet_since = time.monotonic()
    while (now := time.monotonic()) - start < LIMIT:
        app.processEvents()  # type: ignore[attr-defined]
        busy = pool.activeThreadCount() > 0 or getattr(dialog, "is_busy", lambda: False)()
        if busy:
            quiet_since = now
        elif now - quiet_since >= QUIET:
            return
        time.sleep(0.01)  # events arrive meanwhile; no need to spin a core


def main(folder: str) -> None:
    config = os.path.join(folder, "screen.json")
    with open(config, "w", encoding="utf-8") as out:
        shape = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
        json.dump({"screens": [{**shape, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, out)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from petdesk.db import open_database
    from petdesk.gui.contacts.edit import ContactEditDialog
    from petdesk.gui.dossier.dialog import DossierDialog
    from petdesk.gui.organisations.edit import OrganisationEditDialog
    from petdesk.gui.qt import QApplication, QGuiApplication, QWidget
    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.gui.visits.item import ItemDialog
    from petdesk.services import visits as visit_service

    app = QApplication([])
    db = open_database(Path(folder) / "petdesk.sqlite")
    with db.transaction() as session:
        visit_id = visit_service.create_visit(
            session, title_en="Hub visit", start_date=dt.date(2026, 12, 7), end_date=dt.date(2026, 12, 8)
        ).id
    makers: dict[str, object] = {
        "organisation": lambda: OrganisationEditDialog(db, "en"),
        "contact": lambda: ContactEditDialog(db, "en"),
        "visit": lambda: VisitEditor(db, locale="en", visit_id=visit_id),
        "item": lambda: ItemDialog(
            locale="en", timezone="Europe/Berlin", day=dt.date(2026, 12, 7), people=[], organisations=[]
        ),
        "dossier": lambda: DossierDialog(db, visit_id=visit_id, locale="en"),
    }
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    for name, make in makers.items():
        dialog: QWidget = make()  # type: ignore[operator]
        dialog.show()
        _settle(app, dialog)
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        print(f"{name} {dialog.width()} {dialog.height()} {least.width()} {least.height()}")
        dialog.close()
        app.processEvents()
    print(f"room {room.width()} {room.height()}")
    db.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
