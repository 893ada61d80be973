"""Opening a file, a folder or a link with the desktop's program for it: every place in the window
that does goes through :func:`open_url`.

Qt's ``QDesktopServices.openUrl`` starts ``xdg-open`` with the window's own environment, which in
the frozen Linux bundle carries the bundle's library and plug-in paths (field test 46, defect 2);
there :mod:`petdesk.external` starts it with the user's environment instead.
"""

from __future__ import annotations

from petdesk import external
from petdesk.gui.qt import QDesktopServices, QUrl


def open_url(url: QUrl) -> bool:
    """Open ``url`` (a local file or folder, or a link); False when nothing could be started."""
    if external.needs_own_opener():
        return external.open_detached(url.toLocalFile() if url.isLocalFile() else url.toString())
    return bool(QDesktopServices.openUrl(url))
