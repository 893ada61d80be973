"""Open the itinerary item dialog on an offscreen screen of a given size, print how far its fields
scroll and its size, close it. Run as a script (the screen and QT_SCALE_FACTOR are fixed when the
application starts) by ``tests/gui/visits/test_item_dialog_unscrolled.py``.
Arguments: ``WIDTHxHEIGHT FOLDER LOCALE``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time


def main(screen: str, folder: str, locale: str) -> None:
    width, height = map(int, screen.split("x"))
    config = os.path.join(folder, f"screen_{screen}.json")
    with open(config, "w", encoding="utf-8") as out:
        shape = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
        json.dump({"screens": [{**shape, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, out)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from petdesk.gui import translation
    from petdesk.gui.qt import QApplication, QScrollArea
    from petdesk.gui.visits.item import ItemDialog

    app = QApplication([])
    translation.install_translators(app, locale)
    people = [(f"c{n}", f"Delegate number {n}") for n in range(8)]
    organisations = [("o1", "Chengdu Ecology and Environment Bureau"), ("o2", "Chengdu Xingrong Water")]
    dialog = ItemDialog(
        locale=locale,
        timezone="Asia/Shanghai",
        day=dt.date(2026, 12, 7),
        people=people,
        organisations=organisations,
    )
    dialog.show()
    area = dialog.findChild(QScrollArea, "screen_fit_scroll")
    assert area is not None
    # the bars settle after the first layouts: wait for no bar, 10 s at most (a loaded machine)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        if not area.verticalScrollBar().isVisible() and area.verticalScrollBar().maximum() == 0:
            break
    print(f"{area.verticalScrollBar().maximum()} {dialog.width()}x{dialog.height()}")
    dialog.close()
    app.processEvents()


if __name__ == "__main__":
    main(*sys.argv[1:])
