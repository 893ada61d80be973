"""Answer the draft-recovery question a window asks at start (``gui.draft_recovery``), for tests of
drafts left by an editor (field test 100 and after)."""

from __future__ import annotations

from typing import Any

from petdesk.gui import draft_recovery
from petdesk.gui.qt import QApplication, QMessageBox, QPushButton, QTimer


def answer(monkeypatch: Any, button: str) -> list[dict[str, Any]]:
    """Click ``button`` in the real recovery question once it is open (it runs its own event loop);
    returns the boxes seen, to read what they said."""
    real, seen = draft_recovery.ask_draft, []

    def click(tries: int = 500) -> None:
        # Only the recovery question, and not for ever: a chain left waiting once outlived its test
        # and failed the next one's assertion on another program's box (the CI of ad3d2f60).
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "recover_draft":
            if tries:
                QTimer.singleShot(20, lambda: click(tries - 1))
            return
        seen.append({"text": box.text(), "title": box.windowTitle(), "buttons": buttons(box)})
        [target] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button]
        target.click()

    def ask(parent, draft, state):  # type: ignore[no-untyped-def]
        QTimer.singleShot(0, click)
        return real(parent, draft, state)

    monkeypatch.setattr(draft_recovery, "ask_draft", ask)
    return seen


def buttons(box: QMessageBox) -> set[str]:
    return {b.text().replace("&", "") for b in box.findChildren(QPushButton)}
