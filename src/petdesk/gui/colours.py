"""Colours petdesk draws with beside the style's palette, named once for every page.

Each tone has a dark shade for light palettes and a light shade for dark ones: the fixed dark red
of an error read at 1.9:1 on a dark window (field test 19). Texts get their tone through ``tint``,
which paints it again when the application's palette changes; painted colours ask ``tone`` at paint
time. Every shade keeps at least 4.5:1 (WCAG AA) on the Window and Base colours of its palette.
"""

from __future__ import annotations

from petdesk.gui.qt import QApplication, QColor, QEvent, QObject, QPalette, QWidget

#: Text and icons that ask for attention: overdue reminders, clashes, a move that was refused.
WARNING = "warning"
#: A message that something was not done: a field to correct, a failed check.
ERROR = "error"
#: A check that passed ("No clashes", "Saved").
SUCCESS = "success"
#: A softer note: a guess the user may want to look at (the detected encoding of an import).
CAUTION = "caution"
#: A hint beside the data (how a view works): quieter than the text, still 4.5:1. A disabled label
#: drew the match view's hint at about 2:1 in both palettes (field test 32, §10).
HINT = "hint"

_ON_LIGHT = {WARNING: "#b54708", ERROR: "#b00020", SUCCESS: "#067647", CAUTION: "#8a5a00", HINT: "#595959"}
_ON_DARK = {WARNING: "#fdb462", ERROR: "#ff8a80", SUCCESS: "#6ce9a6", CAUTION: "#fedf89", HINT: "#b0b0b0"}

#: How much of the highlight colour today's day heading mixes into the base colour.
TODAY_MIX = 0.3
#: How much of its colour a calendar item's box mixes into the base colour (more while dragged), and
#: how much of the highlight the month's selected day does.
EVENT_MIX, DRAGGED_MIX, SELECTED_MIX = 0.25, 0.4, 0.4

_TONE = "petdesk_tone"
_TONE_CSS = "petdesk_tone_css"


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette draws light text on a dark window."""
    return _palette(palette).color(QPalette.ColorRole.Window).lightness() < 128


def tone(kind: str, palette: QPalette | None = None) -> QColor:
    """The colour of ``kind`` (WARNING, ERROR, …) readable on ``palette`` (the application's)."""
    return QColor((_ON_DARK if is_dark(palette) else _ON_LIGHT)[kind])


def mix(first: QColor, second: QColor, share_of_first: float) -> QColor:
    """``first`` and ``second`` mixed, ``share_of_first`` of the first."""
    rest = 1 - share_of_first
    return QColor(
        round(first.red() * share_of_first + second.red() * rest),
        round(first.green() * share_of_first + second.green() * rest),
        round(first.blue() * share_of_first + second.blue() * rest),
    )


#: The least contrast of a focus mark against what surrounds it (WCAG 1.4.11, non-text contrast).
FOCUS_CONTRAST = 3.0


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of ``colour`` (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 … 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def focus_colour(palette: QPalette | None = None) -> QColor:
    """The keyboard focus mark on the palette's window: its highlight colour, moved toward the
    window's text colour until it stands out at least 3:1. Fusion's light palette gives 3.2:1 and
    a usual dark one 3.1:1 as they are; a theme whose highlight is near its window colour (a grey
    highlight on a grey window) would hide the mark without the move."""
    colours = _palette(palette)
    ground = colours.color(QPalette.ColorRole.Window)
    mark = colours.color(QPalette.ColorRole.Highlight)
    text = colours.color(QPalette.ColorRole.WindowText)
    share = 1.0
    while contrast(mark, ground) < FOCUS_CONTRAST and share > 0:
        share = round(share - 0.1, 1)
        mark = mix(colours.color(QPalette.ColorRole.Highlight), text, share)
    return mark


def today_fill(palette: QPalette | None = None) -> QColor:
    """Today's day heading in the calendar: the highlight faded into the base, so the palette's text
    colour stays readable on it in light and dark palettes alike."""
    colours = _palette(palette)
    return mix(colours.color(QPalette.ColorRole.Highlight), colours.color(QPalette.ColorRole.Base), TODAY_MIX)


def event_fill(colour: QColor, palette: QPalette | None = None, share: float = EVENT_MIX) -> QColor:
    """The background of a calendar item of ``colour``: that colour faded into the base, so the
    palette's text reads on it. A fixed lighter shade drew light text on a pale box on a dark
    palette, about 1.5:1 (field test 63)."""
    return mix(colour, _palette(palette).color(QPalette.ColorRole.Base), share)


def tint(widget: QWidget, kind: str | None, css: str = "color: {colour};") -> None:
    """Style ``widget`` with ``css`` in the tone ``kind`` (None: back to the style's own look),
    and again in the new palette's tone whenever the application's palette changes."""
    widget.setProperty(_TONE, kind or "")
    widget.setProperty(_TONE_CSS, css)
    widget.setStyleSheet(css.format(colour=tone(kind).name()) if kind else "")
    _PaletteWatch.install()


class _PaletteWatch(QObject):
    """Re-tints every tinted widget when the application's palette changes (light ↔ dark)."""

    _installed: _PaletteWatch | None = None

    @classmethod
    def install(cls) -> None:
        app = QApplication.instance()
        if cls._installed is None and app is not None:
            cls._installed = cls(app)
            app.installEventFilter(cls._installed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is QApplication.instance() and event.type() == QEvent.Type.ApplicationPaletteChange:
            for widget in QApplication.allWidgets():
                if kind := widget.property(_TONE):
                    css = str(widget.property(_TONE_CSS))
                    widget.setStyleSheet(css.format(colour=tone(kind).name()))
        return False
