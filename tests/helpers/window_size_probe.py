"""Open the main window (no database) on an offscreen screen of a given size, print its size, close it.

Run as a script by ``tests/gui/test_window_size_per_screen.py``: the offscreen platform's screen is
fixed when the application starts, so each screen size needs its own process.
Arguments: ``WIDTHxHEIGHT SETTINGS_DIR [RESIZE_TO_WIDTHxHEIGHT]``.
"""

from __future__ import annotations

import json
import os
import sys


def main(screen: str, settings_dir: str, resize_to: str | None = None) -> None:
    width, height = map(int, screen.split("x"))
    config = os.path.join(settings_dir, f"screen_{screen}.json")
    with open(config, "w", encoding="utf-8") as out:
        shape = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
        json.dump({"screens": [{**shape, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, out)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from petdesk.gui.qt import QApplication, QCoreApplication, QSettings

    app = QApplication([])
    QCoreApplication.setOrganizationName("petdesk-tests")
    QCoreApplication.setApplicationName("petdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from petdesk.gui.main_window import MainWindow

    window = MainWindow(None)
    window.show()
    app.processEvents()
    print(f"{window.width()}x{window.height()}")
    if resize_to:
        window.resize(*map(int, resize_to.split("x")))
        app.processEvents()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main(*sys.argv[1:])
