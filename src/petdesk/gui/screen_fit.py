"""Windows sized for the screen they open on.

A 1366×768 laptop leaves about 1366×728 for a window with its title bar; an editor that asked for
1100×760 had its bottom rows and buttons below the screen, and on 1024×640 every editor did.
"""

from __future__ import annotations

from petdesk.gui.qt import (
    QAbstractScrollArea,
    QEvent,
    QFrame,
    QGuiApplication,
    QObject,
    QRect,
    QScrollArea,
    QSize,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

#: Room for the frame and title bar that the window system adds around the widget.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def screen_room(widget: QWidget) -> QRect | None:
    """The available geometry of the screen ``widget`` is (or will open) on; None without a screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, smaller where the screen it opens on has less room."""
    if (room := screen_room(widget)) is not None:
        width = min(width, room.width() - FRAME_WIDTH)
        height = min(height, room.height() - FRAME_HEIGHT)
    widget.resize(max(width, 200), max(height, 150))


def resize_to_screen_share(widget: QWidget, width_share: float, height_share: float, least: QSize) -> None:
    """Size ``widget`` as a share of the screen it opens on, at least ``least`` where there is room:
    a dialog that shows a file's columns (the import's mapping step) uses a large screen."""
    room = screen_room(widget)
    width = max(least.width(), int(room.width() * width_share)) if room else least.width()
    height = max(least.height(), int(room.height() * height_share)) if room else least.height()
    resize_within_screen(widget, width, height)


def split_by_share(splitter: QSplitter, first_share: float, most_second: int | None = None) -> None:
    """Give the first pane ``first_share`` of the splitter's width as it is now (call it when first
    shown), the second at most ``most_second`` px. Sizes fixed in pixels for 1366 px held the detail
    pane whole and took a 1024 px window's lack from the list alone: the Technologies and City needs
    lists were cut to a word a column."""
    total = max(1, splitter.width())
    second = total - round(total * first_share)
    if most_second is not None:
        second = min(second, most_second)
    splitter.setSizes([total - second, second])


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that fills it out when there is room: an editor whose
    tabs need 700 px of height opened taller than a 1024×640 screen, its bottom rows out of reach."""
    area = QScrollArea(content.parentWidget())
    area.setObjectName("screen_fit_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


def pages_scrolled(tabs: QTabWidget) -> None:
    """Each page of ``tabs`` scrolls inside itself, the tab bar stays in view. The whole tab widget
    in one scroll area scrolled its tab bar out of the window once Tab reached the Delegation tab's
    lowest buttons at 150 % on a 1366×768 laptop: the user no longer saw which tab was on (field
    test 109). Each page keeps its identity (``tabs.widget(i)``, ``indexOf``): its layout, with the
    widgets in it, moves into a frameless scroll area's content inside the page. A page that is a
    scrolling view itself (a table) is left as it is. Call it once the pages are filled."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None or isinstance(page, QAbstractScrollArea) or (form := page.layout()) is None:
            continue
        content = QWidget(page)
        content.setObjectName("screen_fit_content")
        content.setLayout(form)  # takes the layout from the page, its widgets with it
        area = scrolled(content)
        area.setParent(page)
        # the content keeps the page's colour: the scroll area would fill it with the window's
        content.setAutoFillBackground(False)
        area.viewport().setAutoFillBackground(False)
        holder = QVBoxLayout(page)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(area)


class _BesideScrollBar(QObject):
    """Keeps a scroll area as wide as its content plus its vertical scroll bar, each time the
    content's layout changes (a label grown by a translation, a note shown)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def fit(self) -> None:
        content = self.area.widget()
        if content is not None:
            bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            frame = 2 * self.area.frameWidth()
            self.area.setMinimumWidth(content.minimumSizeHint().width() + bar + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False


def fields_beside_scroll_bar(area: QScrollArea) -> None:
    """No field under ``area``'s vertical scroll bar, where it never scrolls sideways: the
    organisation editor opened 560 px wide and its fields, 586 px at least in English, ran 62 px
    under the bar (field test 61). The window it is in grows to hold the bar beside them."""
    keeper = _BesideScrollBar(area)
    keeper.fit()
    if (content := area.widget()) is not None:
        content.installEventFilter(keeper)
