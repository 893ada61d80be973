"""What the contacts' and organisations' detail panes share after a selection moves (detail 64)."""

from __future__ import annotations

from petdesk.gui.qt import QWidget


class ExpectsRecord:
    """A pane that reads its record off the GUI thread: ``shown_id`` is the record on screen (None:
    empty), ``_body`` the widget holding it. :meth:`expect` lets go of another record at once."""

    shown_id: str | None
    _body: QWidget

    def expect(self, record_id: str | None) -> None:
        """``record_id`` is about to be shown: another record on screen goes at once, the pane stays
        blank until the details arrive. After a delete the deleted record stayed while they were
        read (0.2 s, 2 s with the pool busy) beside the next row already selected: Edit, E-mail or
        Log Activity then went to someone other than the one shown."""
        if self.shown_id is not None and self.shown_id != record_id:
            self.shown_id = None
            self._body.hide()  # the body as a whole: its rows are not laid out again
