"""The text size of the whole window: Settings › General › Text size and View › Zoom In / Zoom Out /
Actual Size (field test 38, defect 5: a newcomer on a small laptop found no way to change it).

The size is a share of the font the system gives the application, remembered in QSettings and applied
with ``QApplication.setFont`` before the first window is built (``gui.app.run``), so nothing is painted
at the wrong size first. Widgets inherit the application font unless they set a size of their own; the
few that show larger text (headings) take theirs from :func:`set_relative_font`, which scales it again
whenever the text size changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import (
    QAction,
    QApplication,
    QCoreApplication,
    QEvent,
    QKeySequence,
    QObject,
    QSettings,
    Qt,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

#: QSettings key holding the chosen text size, in percent of the system's font.
TEXT_SIZE_KEY = "ui/text_size"
#: The sizes offered, in percent; Zoom In / Zoom Out step through them.
SIZES = (90, 100, 110, 125, 150)
#: The system's own size (View › Actual Size).
ACTUAL_SIZE = 100
#: Widget property holding the scale of a heading's font (see :func:`set_relative_font`).
_SCALE_PROPERTY = "petdesk_font_scale"

#: The application's point size before any scaling, taken the first time a size is applied.
_natural_points: float | None = None


def stored_size() -> int:
    """The remembered text size in percent (100 when none was chosen or the value is not offered)."""
    value = QSettings().value(TEXT_SIZE_KEY, ACTUAL_SIZE)
    try:
        percent = int(str(value))
    except ValueError:
        return ACTUAL_SIZE
    return percent if percent in SIZES else ACTUAL_SIZE


def current_size() -> int:
    """The text size the application shows now, in percent."""
    return round(text_scale() * 100)


def text_scale() -> float:
    """How many times the system's size the text is now (1.25 at 125 %): widths given in pixels
    for the system's size (a list's starting column widths) are multiplied by it."""
    if _natural_points is None:
        return 1.0
    return QApplication.font().pointSizeF() / _natural_points


def apply_text_size(percent: int) -> None:
    """Show every window's text at ``percent`` of the system's size, at once."""
    global _natural_points
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    if _natural_points is None:
        _natural_points = font.pointSizeF()
    font.setPointSizeF(_natural_points * percent / 100)
    app.setFont(font)
    for widget in app.allWidgets():
        if (scale := widget.property(_SCALE_PROPERTY)) is not None:
            _scale_font(widget, float(scale))


def choose_text_size(percent: int) -> None:
    """Remember ``percent`` for the next start and apply it now."""
    QSettings().setValue(TEXT_SIZE_KEY, percent)
    apply_text_size(percent)


def apply_stored_text_size() -> None:
    """At start-up, before the first window: the size chosen last time (nothing to do at 100 %)."""
    if (percent := stored_size()) != ACTUAL_SIZE:
        apply_text_size(percent)


def next_size(percent: int, step: int) -> int:
    """The offered size one ``step`` (+1 larger, -1 smaller) from ``percent``, kept within the offer."""
    larger = [size for size in SIZES if size > percent]
    smaller = [size for size in SIZES if size < percent]
    if step > 0:
        return larger[0] if larger else SIZES[-1]
    return smaller[-1] if smaller else SIZES[0]


def set_relative_font(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Give ``widget`` (a heading) text ``scale`` times the application's, also after the text size
    changes: a font with a point size of its own no longer follows the application font."""
    widget.setProperty(_SCALE_PROPERTY, scale)
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)
    _scale_font(widget, scale)


def _scale_font(widget: QWidget, scale: float) -> None:
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    widget.setFont(font)


class _RowHeight(QObject):
    """Keeps a table's rows one line of its text high (plus a margin) when the text size changes."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.fit()
        table.installEventFilter(self)

    def fit(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return super().eventFilter(watched, event)


def fit_rows_to_text(table: QTableView) -> None:
    """Rows one line of text high, at every text size (at 150 % fixed rows cut the text)."""
    _RowHeight(table)


def install(window: MainWindow) -> None:
    """View › Zoom In, Zoom Out and Actual Size, with the keys other programs use for them."""
    view = window.menu("view")
    view.addSeparator()
    zoom_in_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
    specs = (
        ("zoom_in", QCoreApplication.translate("TextSize", "Zoom &In"), zoom_in_keys, lambda: _step(1)),
        (
            "zoom_out",
            QCoreApplication.translate("TextSize", "Zoom &Out"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut),
            lambda: _step(-1),
        ),
        (
            "actual_size",
            QCoreApplication.translate("TextSize", "&Actual Size"),
            [QKeySequence("Ctrl+0")],
            lambda: choose_text_size(ACTUAL_SIZE),
        ),
    )
    for name, text, keys, slot in specs:
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        action.setShortcuts(_unique(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, fn=slot: fn())
        view.addAction(action)


def _step(step: int) -> None:
    choose_text_size(next_size(current_size(), step))


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """``keys`` without repeats (Ctrl+= may already be among the platform's Zoom In keys)."""
    seen: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in seen:
            seen.append(key)
    return seen
