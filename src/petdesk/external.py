"""Starting other programs (the PDF viewer, the file manager, a browser) from petdesk.

A frozen bundle runs with its own libraries and Qt plug-ins on the search paths: PyInstaller's
bootloader puts ``_internal`` on ``LD_LIBRARY_PATH`` (keeping the user's value in
``LD_LIBRARY_PATH_ORIG``) and ``packaging/rthook_qt_paths.py`` sets ``QT_PLUGIN_PATH``. A viewer
started with them loads the build machine's libstdc++, glib or Qt and may not start at all (field
test 46, defect 2). Programs that are not petdesk get the user's environment back from
:func:`clean_env`; petdesk's own children (the duplicates search) keep the bundle's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Mapping

#: Search paths the bundle (PyInstaller or our run-time hook) extends with its own folders.
BUNDLE_PATHS = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "QT_PLUGIN_PATH")

#: Variables PyInstaller's bootloader sets for itself; another frozen program would take them as its own.
_BOOTLOADER_PREFIXES = ("_PYI_", "_MEI")


def bundle_folder() -> str | None:
    """The frozen bundle's folder of libraries (``sys._MEIPASS``); None when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    return getattr(sys, "_MEIPASS", None)


def clean_env(environ: Mapping[str, str] | None = None, *, bundle: str | None = None) -> dict[str, str]:
    """The environment for a program that is not petdesk: ``environ`` (default: this process's)
    without what the frozen bundle at ``bundle`` (default: this one's, if frozen) added. A value
    the bootloader saved in ``NAME_ORIG`` comes back; otherwise the bundle's entries are taken out
    of the path, and a path left empty is removed. Not frozen: an unchanged copy."""
    env = dict(os.environ if environ is None else environ)
    bundle = bundle or bundle_folder()
    if bundle is None:
        return env
    for name in BUNDLE_PATHS:
        original = env.pop(name + "_ORIG", None)
        if original is not None:
            env[name] = original
        elif name in env:
            kept = [entry for entry in env[name].split(os.pathsep) if entry and not _inside(entry, bundle)]
            if kept:
                env[name] = os.pathsep.join(kept)
            else:
                del env[name]
    for name in [n for n in env if n.startswith(_BOOTLOADER_PREFIXES)]:
        del env[name]
    return env


def _inside(entry: str, folder: str) -> bool:
    """Whether the path ``entry`` is ``folder`` or lies under it."""
    entry, folder = os.path.normpath(os.path.abspath(entry)), os.path.normpath(os.path.abspath(folder))
    return entry == folder or entry.startswith(folder.rstrip(os.sep) + os.sep)


def needs_own_opener() -> bool:
    """Whether files and links must be opened by :func:`open_detached` rather than by Qt: a frozen
    bundle on Linux, where Qt starts ``xdg-open`` with this process's environment and takes none
    other. (Windows and macOS open through the system's API, which starts no program of ours.)"""
    return bundle_folder() is not None and sys.platform.startswith("linux")


def open_detached(target: str, *, opener: str = "xdg-open") -> bool:
    """Open ``target`` (a file's path or a URL) with the desktop's program for it, started by
    ``opener`` with :func:`clean_env`; False when the opener cannot be started. The opener runs in
    a session of its own, so closing petdesk does not close the viewer, and is waited for in the
    background, so no zombie stays."""
    try:
        child = subprocess.Popen(
            [opener, target],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=clean_env(),
            start_new_session=True,
        )
    except OSError:
        return False
    threading.Thread(target=child.wait, name="opener", daemon=True).start()
    return True
