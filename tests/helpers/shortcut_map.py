"""Which keys Qt would find ambiguous: two shortcuts with the same key both live for one focus widget.

Qt's QShortcutMap collects every shortcut whose key matches and whose context holds for the widget
with the focus; with more than one it sends an "ambiguous" event (QShortcut.activatedAmbiguously,
QAction only warns) and runs neither. So the key silently does nothing: two changes once both
bound Ctrl+Z in the training editor. The rules below are Qt's (``qWidgetShortcutContextMatcher``):

- WidgetShortcut: the owner has the focus;
- WidgetWithChildrenShortcut: the focus is the owner or inside it, not across a window;
- WindowShortcut: the owner's window is the active window (the focus widget's window);
- ApplicationShortcut: any window not blocked by a modal dialog;
- an action counts through every widget it was added to (a menu's through the menu's own action);
- the owner must be visible and enabled; and a focus widget that takes the key for itself
  (a text box's Ctrl+Z, answered on the ShortcutOverride event) never lets the map see it.

Alt+letters are shortcuts too (a button's, a label's with a buddy, a tab's, the menu bar's): an
ambiguous one only moves the focus or takes turns, so a button shares no letter with the menu bar.
The check simulates that rule for every widget that can take the focus, so a clash is found even
where no test presses the key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from petdesk.gui.qt import (
    QAbstractButton,
    QAction,
    QApplication,
    QEvent,
    QGroupBox,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QMenu,
    QMenuBar,
    QShortcut,
    QStackedLayout,
    Qt,
    QTabBar,
    QWidget,
)

CONTEXT = Qt.ShortcutContext
#: Window types the focus climbs through to reach a WidgetWithChildrenShortcut owner (as in Qt).
INNER = (Qt.WindowType.Widget, Qt.WindowType.Popup, Qt.WindowType.SubWindow)


@dataclass(frozen=True)
class Binding:
    """One key of a QAction, a QShortcut, or a widget that grabs one (a button's shortcut or
    Alt+letter, a label's, group box's, tab's or menu bar's Alt+letter)."""

    key: QKeySequence
    context: Qt.ShortcutContext
    holder: QAction | QShortcut | QWidget
    #: What the user reads on it ("&Cancel").
    text: str = ""

    def name(self) -> str:
        holder = self.holder
        owner = holder.parent()
        owner_name = f"{type(owner).__name__}#{owner.objectName()}" if owner is not None else "-"
        context = self.context.name.removesuffix("Shortcut")
        return f"{type(holder).__name__} {self.text or holder.objectName()!r} ({context}, on {owner_name})"


def _mnemonics(window: QWidget) -> list[Binding]:
    """The Alt+letters Qt grabs for labels with a buddy, group boxes, tabs and the menu bar's
    menus (a button's is its ``shortcut()``): window-wide keys like a button's."""
    found: list[tuple[QWidget, str]] = []
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            found.append((label, label.text()))
    for box in window.findChildren(QGroupBox):
        found.append((box, box.title()))
    for bar in window.findChildren(QTabBar):
        found += [(bar, bar.tabText(i)) for i in range(bar.count()) if bar.isTabEnabled(i)]
    for menus in window.findChildren(QMenuBar):
        found += [(menus, a.text()) for a in menus.actions() if a.isVisible() and a.isEnabled()]
    keys = [(widget, QKeySequence.mnemonic(text), text) for widget, text in found]
    return [
        Binding(key, CONTEXT.WindowShortcut, widget, text) for widget, key, text in keys if not key.isEmpty()
    ]


def bindings(windows: list[QWidget]) -> list[Binding]:
    """Every key bound in ``windows``: actions (their own and those added to their widgets),
    QShortcuts, and buttons' shortcuts (a button's key is a WindowShortcut, as QAbstractButton
    grabs it)."""
    holders: dict[int, QAction | QShortcut | QAbstractButton] = {}
    found: list[Binding] = []
    for window in windows:
        widgets = [window, *window.findChildren(QWidget)]
        for widget in widgets:
            for action in widget.actions():
                holders[id(action)] = action
        for action in window.findChildren(QAction):
            holders[id(action)] = action
        for shortcut in window.findChildren(QShortcut):
            holders[id(shortcut)] = shortcut
        for button in window.findChildren(QAbstractButton):
            if not button.shortcut().isEmpty():
                holders[id(button)] = button
        # A dialog is among its parent window's children too: each widget's Alt+letter once.
        found += [b for b in _mnemonics(window) if b not in found]
    for holder in holders.values():
        if isinstance(holder, QAction):
            keys, context, text = list(holder.shortcuts()), holder.shortcutContext(), holder.text()
        elif isinstance(holder, QShortcut):
            keys, context, text = list(holder.keys()), holder.context(), ""
        else:
            keys, context, text = [holder.shortcut()], CONTEXT.WindowShortcut, holder.text()
        found += [Binding(key, context, holder, text) for key in keys if not key.isEmpty()]
    return found


def _blocked(window: QWidget) -> bool:
    """A modal dialog other than ``window`` (or a window of its own) blocks it."""
    modal = QApplication.activeModalWidget()
    return modal is not None and modal is not window and modal.parentWidget() is not None


def could_show(widget: QWidget) -> bool:
    """Visible now, or hidden only on purpose until something happens (an undo bar, a Stop button):
    not a page of a stack or tab widget that another page covers, nor in a closed window."""
    climb: QWidget | None = widget
    while climb is not None and not climb.isWindow():
        parent = climb.parentWidget()
        if climb.isHidden() and parent is not None and isinstance(parent.layout(), QStackedLayout):
            return False
        climb = parent
    return climb is not None and climb.isVisible()


#: Whether a widget counts as shown: now (``QWidget.isVisible``), or once revealed (``could_show``).
Shown = Callable[[QWidget], bool]


def _widget_live(context: Qt.ShortcutContext, owner: QWidget, focus: QWidget, shown: Shown) -> bool:
    if not shown(owner) or not owner.isEnabled():
        return False
    if context == CONTEXT.ApplicationShortcut:
        return not _blocked(owner.window())
    if context == CONTEXT.WidgetShortcut:
        return owner is focus
    if context == CONTEXT.WidgetWithChildrenShortcut:
        climb: QWidget | None = focus
        while climb is not None and climb is not owner and climb.windowType() in INNER:
            climb = climb.parentWidget()
        return climb is owner
    return owner.window() is focus.window()


def _action_live(
    context: Qt.ShortcutContext, action: QAction, focus: QWidget, shown: Shown, depth: int = 0
) -> bool:
    for thing in action.associatedObjects():
        if isinstance(thing, QMenu):
            # A menu's entry works where the menu itself could be opened (its menu bar).
            if depth < 8 and _action_live(context, thing.menuAction(), focus, shown, depth + 1):
                return True
        elif isinstance(thing, QWidget) and _widget_live(context, thing, focus, shown):
            return True
    return False


def live(binding: Binding, focus: QWidget, shown: Shown = QWidget.isVisible) -> bool:
    """Would Qt's map consider ``binding`` with the focus on ``focus`` (its enabled state aside:
    an action disabled now is enabled later, and the two then clash)?"""
    holder = binding.holder
    if isinstance(holder, QAction):
        return holder.isVisible() and _action_live(binding.context, holder, focus, shown)
    owner = holder.parent() if isinstance(holder, QShortcut) else holder
    return isinstance(owner, QWidget) and _widget_live(binding.context, owner, focus, shown)


def _focus_keeps(focus: QWidget, key: QKeySequence) -> bool:
    """The focus widget takes ``key`` itself (a text box's Ctrl+Z): Qt asks it first with a
    ShortcutOverride event and skips the shortcut map when it accepts."""
    combination = key[0]
    event = QKeyEvent(QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers())
    event.ignore()
    QApplication.sendEvent(focus, event)
    return event.isAccepted()


def focus_candidates(window: QWidget, shown: Shown = QWidget.isVisible) -> list[QWidget]:
    """The widgets of ``window`` that can take the focus (the window itself included)."""
    found = [window]
    for widget in window.findChildren(QWidget):
        takes_focus = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if shown(widget) and widget.isEnabled() and takes_focus and widget.window() is window:
            found.append(widget)
    return found


def _owners(binding: Binding) -> list[QWidget]:
    """The widgets whose state decides whether ``binding`` can be live (a menu entry's: the
    widgets showing the menu)."""
    holder = binding.holder
    if not isinstance(holder, QAction):
        owner = holder.parent() if isinstance(holder, QShortcut) else holder
        return [owner] if isinstance(owner, QWidget) else []
    found: list[QWidget] = []
    actions, seen = [holder], set()
    while actions:
        action = actions.pop()
        if id(action) in seen:
            continue
        seen.add(id(action))
        for thing in action.associatedObjects():
            if isinstance(thing, QMenu):
                actions.append(thing.menuAction())
            elif isinstance(thing, QWidget):
                found.append(thing)
    return found


def ambiguous_keys(
    window: QWidget, windows: list[QWidget], shown: Shown = QWidget.isVisible
) -> dict[str, set[str]]:
    """Key → the shortcuts both live for some focus widget of ``window`` (``windows``: every open
    window, whose application-wide keys work here too; ``shown``: which widgets count as shown)."""
    memo: dict[QWidget, bool] = {}

    def shown_once(widget: QWidget) -> bool:
        if widget not in memo:
            memo[widget] = shown(widget)
        return memo[widget]

    def may_work_here(binding: Binding) -> bool:
        """Held by a widget shown in ``window`` (or application-wide): the rest cannot clash here."""
        return any(
            shown_once(w)
            and w.isEnabled()
            and (w.window() is window or binding.context == CONTEXT.ApplicationShortcut)
            for w in _owners(binding)
        )

    by_key: dict[str, list[Binding]] = defaultdict(list)
    for binding in bindings(windows):
        if may_work_here(binding):
            by_key[binding.key.toString(QKeySequence.SequenceFormat.PortableText)].append(binding)
    clashes: dict[str, set[str]] = {}
    candidates = focus_candidates(window, shown_once)
    for text, same in by_key.items():
        if len(same) < 2:
            continue
        for focus in candidates:
            found = [b for b in same if live(b, focus, shown_once)]
            if len(found) > 1 and not _focus_keeps(focus, same[0].key):
                clashes.setdefault(text, set()).update(b.name() for b in found)
    return clashes
