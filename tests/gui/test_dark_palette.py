"""Texts and fills follow the palette: readable (WCAG AA, 4.5:1) on a light and on a dark one.

Field test 19 §2–3: on a dark palette the calendar's today heading read at 1.1:1 (a fixed light blue
behind light text) and the contact editor's errors at 1.9:1 (a fixed dark red on a dark window)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.colours import CAUTION, ERROR, HINT, SUCCESS, WARNING, is_dark, today_fill, tone
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QApplication, QColor, QLabel, QPalette
from tests.helpers.editors import loaded, save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

#: The reviewer's dark palette (field test 19's harness, F19_DARK=1).
DARK = {
    QPalette.ColorRole.Window: "#2d2d2d",
    QPalette.ColorRole.WindowText: "#eeeeee",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#eeeeee",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#eeeeee",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#999999",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def linear(channel: int) -> float:
            c = channel / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        red, green, blue = linear(colour.red()), linear(colour.green()), linear(colour.blue())
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def dark_app(qapp) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    """The application with the dark palette, the light one back afterwards."""
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield qapp
    QApplication.setPalette(before)


@pytest.mark.parametrize("make_palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_tones_and_today_read_on_their_palette(qapp, make_palette) -> None:  # type: ignore[no-untyped-def]
    palette = make_palette()
    assert is_dark(palette) == (make_palette is dark_palette)
    for kind in (WARNING, ERROR, SUCCESS, CAUTION, HINT):
        for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(tone(kind, palette), palette.color(background))
            assert ratio >= 4.5, (kind, background, round(ratio, 2))
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(text, today_fill(palette)) >= 4.5


def test_contact_editor_errors_read_on_a_dark_window(qtbot: QtBot, db: Database, dark_app) -> None:  # type: ignore[no-untyped-def]
    editor = loaded(qtbot, ContactEditDialog(db, "en"))
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.method_rows[0].value, "not an email")
    assert not save(qtbot, editor)
    assert "not an e-mail address" in editor.error.text()
    editor.error.ensurePolished()  # the style sheet's colour is in the palette once polished
    shown = editor.error.palette().color(editor.error.foregroundRole())
    window = dark_palette().color(QPalette.ColorRole.Window)
    assert contrast(shown, window) >= 4.5, shown.name()


def test_a_tinted_text_follows_a_palette_change(qtbot: QtBot, dark_app) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.colours import tint

    label = QLabel("Overdue")
    qtbot.addWidget(label)
    tint(label, WARNING)
    assert tone(WARNING).name() in label.styleSheet()
    QApplication.setPalette(light_palette())
    assert tone(WARNING, light_palette()).name() in label.styleSheet()
    assert tone(WARNING, light_palette()) != tone(WARNING, dark_palette())
