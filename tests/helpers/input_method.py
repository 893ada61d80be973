"""Type through an input method as a Chinese IME does: preedit events while composing, then one
commit (field test 54's harness), so tests meet what real users send, not key clicks."""

from __future__ import annotations

from petdesk.gui.qt import QApplication, QInputMethodEvent, QWidget


def preedit(widget: QWidget, text: str) -> None:
    """The composition shown underlined before it is committed (pinyin such as "nian")."""
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))


def commit(widget: QWidget, text: str) -> None:
    """The text the input method hands over when the user picks a candidate."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def compose(widget: QWidget, pinyin: str, text: str) -> None:
    """Preedit each prefix of ``pinyin``, then commit ``text``."""
    widget.setFocus()
    for end in range(1, len(pinyin) + 1):
        preedit(widget, pinyin[:end])
    commit(widget, text)
