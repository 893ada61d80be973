"""The one place petdesk imports Qt from. GUI modules write ``from petdesk.gui.qt import QWidget, Qt``.

Names are looked up in QtWidgets, QtGui and QtCore when first asked for (PEP 562), not star-imported:
PySide6 creates its classes and enums lazily, and ``from PySide6.QtWidgets import *`` would create
all of them at once, 0.35 s of every window's start idle and 0.7 s on a busy machine (issue 18).
Type checkers see the star imports below.
"""

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    # ruff: noqa: F403
    from PySide6.QtCore import *
    from PySide6.QtGui import *
    from PySide6.QtPrintSupport import QPrintDialog as QPrintDialog
    from PySide6.QtPrintSupport import QPrinter as QPrinter
    from PySide6.QtPrintSupport import QPrintPreviewDialog as QPrintPreviewDialog
    from PySide6.QtWidgets import *

#: Where names are looked for, in this order (a name in two modules: the one star-imported last).
_MODULES = (QtWidgets, QtGui, QtCore)
#: Printing and the PDF preview: optional add-ons of PySide6-Essentials on some platforms (None).
_PRINTING = ("QPrintDialog", "QPrinter", "QPrintPreviewDialog")
_MISSING = object()


def __getattr__(name: str) -> Any:
    if name.startswith("__"):  # pickle, inspect, doctest probe dunders: not Qt's
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in _PRINTING:
        try:
            from PySide6 import QtPrintSupport
        except ImportError:  # pragma: no cover
            value: Any = None
        else:
            value = getattr(QtPrintSupport, name)
    else:
        for module in _MODULES:
            value = getattr(module, name, _MISSING)
            if value is not _MISSING:
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # asked once
    return value
