"""Run-time hook of the frozen executables, in place of PyInstaller's PySide6 hook (issue 18).

PyInstaller's own hook imports PySide6.QtCore at every start, to register a qt.conf that pip's
PySide6 registers itself when it is imported; that import alone made `petdesk-cli --version` take
most of its 1.8 s. This hook only tells Qt where the bundle keeps its plug-ins and libraries;
PySide6 is imported when a command or the window needs it.
"""

import os
import sys

# where pip's PySide6 keeps Qt inside the package (Windows: beside the bindings)
_qt = os.path.join(sys._MEIPASS, "PySide6", *([] if sys.platform == "win32" else ["Qt"]))
os.environ.setdefault("QT_PLUGIN_PATH", os.path.join(_qt, "plugins"))
if sys.platform == "win32":
    # Qt's network module looks for OpenSSL DLLs on PATH
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
elif sys.platform == "darwin" and ".app/Contents/" not in sys._MEIPASS:
    os.environ["DYLD_LIBRARY_PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("DYLD_LIBRARY_PATH", "")
