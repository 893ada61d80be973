"""Going to records: one way to open any kind, the recently opened list, and back/forward.

Everything that opens a record by reference (the home page, Ctrl+K) calls :meth:`Navigator.open`,
which shows the record's page with the record selected (and opens the editor of a visit or
training). Each place visited — a page or a record — goes on a history that Alt+Left/Alt+Right walk,
as in a browser; records also go on the recent list kept in the settings (most recent first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui.qt import QObject, QSettings, QWidget, Signal
from petdesk.services.home import (
    ACTIVITY,
    CONTACT,
    FOLLOW_UP,
    ORGANISATION,
    PROJECT,
    TECHNOLOGY,
    TRAINING,
    VISIT,
    Entry,
    Ref,
)

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

RECENT_KEY = "navigation/recent"
RECENT_LIMIT = 15
HISTORY_LIMIT = 100
#: Record kind -> the navigation page that lists it.
PAGE_OF = {
    ORGANISATION: "organisations",
    CONTACT: "contacts",
    VISIT: "visits",
    TRAINING: "trainings",
    PROJECT: "projects",
    TECHNOLOGY: "technologies",
}
_FOLLOW_UP_TAB = 3  # the visit editor's Follow-ups tab


def load_recent() -> list[Ref]:
    raw = QSettings().value(RECENT_KEY) or []
    keys = [raw] if isinstance(raw, str) else list(raw)
    return [ref for key in keys if (ref := Ref.parse(str(key))) is not None]


class Navigator(QObject):
    #: The recent list changed (the home page shows it).
    recent_changed = Signal()
    #: Back or forward became possible or impossible.
    history_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: Places visited: "page:<key>" or a record's "kind:id".
        self.history: list[str] = []
        self.position = -1
        self._moving = False
        window.nav.currentRowChanged.connect(self._page_shown)

    # --- opening ---------------------------------------------------------------------------------
    def open_entry(self, entry: Entry) -> QWidget | None:
        """Open what a home-page or search line is about (a follow-up opens its visit)."""
        return self.open(entry.ref, parent=entry.parent)

    def open(self, ref: Ref, *, parent: Ref | None = None, edit: bool = True) -> QWidget | None:
        """Show ``ref`` on its page, selected; visits and trainings open in their editor too
        (unless ``edit`` is false). Returns the editor opened, if any."""
        if ref.kind in (FOLLOW_UP, ACTIVITY):
            if parent is None:
                return None
            if ref.kind == FOLLOW_UP and parent.kind != VISIT:
                return self._open_partner_follow_up(ref.id, parent)
            editor = self.open(parent, edit=edit)
            if ref.kind == FOLLOW_UP and editor is not None:
                _focus_follow_up(editor, ref.id)
            return editor
        page_key = PAGE_OF.get(ref.kind)
        if page_key is None or page_key not in self.window.page_keys:
            return None
        self._moving = True
        try:
            page: Any = self.window.show_page(page_key)
        finally:
            self._moving = False
        self._visited(ref.key())
        self.remember(ref)
        return _show_on_page(page, ref, edit)

    def _open_partner_follow_up(self, follow_up_id: str, parent: Ref) -> QWidget | None:
        """A contact's, an organisation's or a project's own follow-up (field test 50, defect 1):
        the record on its page with its follow-ups, the follow-up selected. Returns the
        follow-ups widget it is shown in."""
        self.open(parent, edit=False)
        page: Any = self.window.stack.currentWidget()
        if parent.kind == PROJECT:
            if not hasattr(page, "open_project"):
                return None
            page.open_project(parent.id)
            dialog = page.dialog
            dialog.tabs.setCurrentWidget(dialog.follow_ups)
            panel = dialog.follow_ups
        else:
            panel = getattr(getattr(page, "detail", None), "follow_ups", None)
            if panel is None:
                return None

        def shown() -> bool:
            if not panel.focus(follow_up_id):
                return False
            scroll: Any = getattr(page, "detail", None)
            if scroll is not None and hasattr(scroll, "ensureWidgetVisible"):  # down to its follow-ups
                scroll.ensureWidgetVisible(panel)
            return True

        if not shown():  # not read yet: once the pane has loaded it

            def loaded() -> None:
                if shown() or panel.record == (parent.kind, parent.id):
                    panel.loaded.disconnect(loaded)

            panel.loaded.connect(loaded)
        return panel

    def remember(self, ref: Ref) -> None:
        recent = [r for r in load_recent() if r != ref]
        recent.insert(0, ref)
        QSettings().setValue(RECENT_KEY, [r.key() for r in recent[:RECENT_LIMIT]])
        self.recent_changed.emit()

    # --- back and forward ----------------------------------------------------------------------
    def _page_shown(self, row: int) -> None:
        if not self._moving and 0 <= row < len(self.window.page_keys):
            self._visited("page:" + self.window.page_keys[row])

    def _visited(self, place: str) -> None:
        if self._moving:
            return
        if 0 <= self.position < len(self.history) and self.history[self.position] == place:
            return
        del self.history[self.position + 1 :]
        self.history.append(place)
        del self.history[:-HISTORY_LIMIT]
        self.position = len(self.history) - 1
        self.history_changed.emit()

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.history) - 1

    def back(self) -> None:
        if self.can_go_back():
            self._go(self.position - 1)

    def forward(self) -> None:
        if self.can_go_forward():
            self._go(self.position + 1)

    def _go(self, position: int) -> None:
        """Show a place again: its page, the record selected (no editor opens a second time)."""
        self.position = position
        place = self.history[position]
        self._moving = True
        try:
            if place.startswith("page:"):
                key = place.removeprefix("page:")
                if key in self.window.page_keys:
                    self.window.show_page(key)
            elif (ref := Ref.parse(place)) is not None and PAGE_OF.get(ref.kind) in self.window.page_keys:
                page = self.window.show_page(PAGE_OF[ref.kind])
                _show_on_page(page, ref, edit=False)
        finally:
            self._moving = False
        self.history_changed.emit()


def _show_on_page(page: Any, ref: Ref, edit: bool) -> QWidget | None:
    """Select ``ref`` on its page (each page kind has its own way) and open its editor."""
    if ref.kind == TECHNOLOGY:
        page.show_technology(ref.id)
        return None
    if ref.kind == PROJECT:
        page.tabs.setCurrentIndex(0)  # the board
        found = page.board.item_of(ref.id)
        if found is not None:
            _stage, item = found
            item.listWidget().setCurrentItem(item)
            item.listWidget().setFocus()
        return None
    select = getattr(page, "select_id", None)
    if callable(select):
        select(ref.id)
    if not edit:
        return None
    if ref.kind == VISIT:
        return page.open_visit(ref.id)
    if ref.kind == TRAINING:
        return page.open_training(ref.id)
    return None


def _focus_follow_up(editor: Any, follow_up_id: str) -> None:
    if editor.is_busy():  # the editor still reads its visit off the GUI thread: once it is there

        def loaded() -> None:
            editor.loaded.disconnect(loaded)
            _focus_follow_up(editor, follow_up_id)

        editor.loaded.connect(loaded)
        return
    editor.tabs.setCurrentIndex(_FOLLOW_UP_TAB)
    ids = editor.follow_model.ids()
    if follow_up_id in ids:
        editor.follow_view.selectRow(ids.index(follow_up_id))
