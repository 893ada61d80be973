"""The one place petdesk imports Qt from. GUI modules write ``from petdesk.gui.qt import QWidget, Qt``."""

# ruff: noqa: F403
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *

try:  # printing and the PDF preview are optional add-ons of PySide6-Essentials on some platforms
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
except ImportError:  # pragma: no cover
    QPrintDialog = QPrinter = QPrintPreviewDialog = None  # type: ignore[misc]
