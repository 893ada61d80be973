"""Icons from the shipped Tabler set (``resources/icons``, MIT), drawn in the palette's text colour.

The SVGs draw with ``currentColor``; Qt's SVG renderer does not know the widget's colour, so the
text is tinted before it is rendered: icons are dark on a light palette and light on a dark one,
and :func:`install` re-tints the window's icons when the system switches between the two.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from petdesk.gui.qt import (
    QApplication,
    QByteArray,
    QColor,
    QEvent,
    QIcon,
    QObject,
    QPainter,
    QPalette,
    QPixmap,
    QSize,
    Qt,
    QToolButton,
    QWidget,
)
from petdesk.package_data import data_path

#: Navigation page key -> icon file name (without .svg).
PAGE_ICONS = {
    "home": "home",
    "organisations": "building",
    "contacts": "users",
    "visits": "plane",
    "trainings": "school",
    "calendar": "calendar",
    "projects": "briefcase",
    "technologies": "bulb",
    "needs": "target",
    "market": "chart-bar",
    "sync": "refresh",
}
#: Record list action name -> icon file name.
ACTION_ICONS = {
    "new": "plus",
    "edit": "pencil",
    "delete": "trash",
    "tag": "tag",
    "untag": "tag-off",
    "export": "file-export",
    "dossier": "file-text",
    "merge": "git-merge",
    "print": "printer",
    "namecards": "id",
}
#: Visit and training editor toolbar action name (objectName "action_<name>", or the training
#: editor's status key) -> icon file name.
EDITOR_ICONS = {
    "save": "device-floppy",
    "confirm": "check",
    "confirmed": "check",
    "done": "circle-check",
    "cancel": "x",
    "cancelled": "x",
    "reopen": "arrow-back-up",
    "planned": "arrow-back-up",
    "export": "calendar-event",
    "import": "file-import",
    "dossier": "file-text",
    # the entries features add had none while the others had (polish53)
    "namecards": "id",
    "export_attendees": "file-export",
    "certificates": "certificate",
}
_SIZES = (16, 20, 24, 32, 48)


@cache
def _svg(name: str) -> str:
    return data_path(f"resources/icons/{name}.svg").read_text(encoding="utf-8")


def text_colour() -> QColor:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon ``name`` (a file in ``resources/icons``) drawn in ``colour`` (the text colour)."""
    return _icon(name, (colour or text_colour()).name())


@cache
def _icon(name: str, colour: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer  # in PySide6-Essentials; loaded with the first icon

    svg = _svg(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def is_dark() -> bool:
    """Whether the application's palette is a dark one (light text on a dark window)."""
    return text_colour().lightness() > 128


def decorate_buttons(widget: QWidget, icons: dict[str, str]) -> None:
    """Put icons on the actions of tool buttons named ``button_<name>`` under ``widget``, keeping
    their text beside the icon (a button with an icon would otherwise show the icon alone)."""
    for button in widget.findChildren(QToolButton):
        name = button.objectName().removeprefix("button_")
        action = button.defaultAction()
        if name in icons and action is not None:
            action.setIcon(icon(icons[name]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def decorate_editor(editor: QWidget) -> None:
    """Icons on a visit or training editor's toolbar, text beside them (added to the editors'
    ``TOOLBAR_EXTENSIONS``, so it runs for every editor opened)."""
    toolbar: Any = getattr(editor, "toolbar", None)
    if toolbar is None:
        return
    named = {a.objectName().removeprefix("action_"): a for a in toolbar.actions() if a.objectName()}
    named.update(getattr(editor, "status_actions", {}))
    first = next((a for a in toolbar.actions() if not a.isSeparator()), None)
    if first is not None and "save" not in named:
        named["save"] = first  # the training editor's first action is Save, unnamed
    for name, action in named.items():
        if name in EDITOR_ICONS:
            action.setIcon(icon(EDITOR_ICONS[name]))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


class _PaletteWatcher(QObject):
    def __init__(self, owner: QWidget, retint: Callable[[], Any]) -> None:
        super().__init__(owner)
        self._retint = retint
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._retint()
        return False


def follow_colour_scheme(owner: QWidget, retint: Callable[[], Any]) -> None:
    """Call ``retint`` when ``owner``'s palette changes: Qt 6.5+ switches the default palette when
    the system goes between light and dark, and every widget hears of it."""
    _PaletteWatcher(owner, retint)
