"""What a user at 1366×768 cannot read: texts cut or elided by the space they were given.

``cut_texts(root)`` looks at every visible widget under ``root`` and reports

* a label, button, check box or tab whose text needs more width than it has (its ``sizeHint`` or,
  for a tab, the tab's size hint, exceeds its size: the text is elided or clipped);
* a table or tree header section narrower than the longest word of its title ("ng and policy
  fram": a header cut mid-word), for sections the view shows in full;
* a horizontal scroll bar in a detail pane (a ``QScrollArea`` that resizes its widget);
* a toolbar too narrow for its entries (some hidden behind its » button);
* a window larger than the screen.

Used by ``tests/gui/layout/test_fit_1366.py``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SCREEN = (1366, 768)
#: Pixels of slack: rounding in style metrics.
SLACK = 2


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName()}"


def _plain(text: str) -> str:
    return re.sub(r"\(&\w\)|&(?=\w)", "", text).strip()


def _label_cut(w: QLabel) -> str | None:
    text = w.text()
    if not text or w.wordWrap() or (w.pixmap() is not None and not w.pixmap().isNull()):
        return None
    if "<" in text and ">" in text:
        return None  # rich text lays itself out (and wraps); its hint is not a single line
    hint = w.sizeHint()
    if hint.width() > w.width() + SLACK:
        return f"label {text[:50]!r} needs {hint.width()} px, has {w.width()}"
    return None


def _button_cut(w: QAbstractButton) -> str | None:
    text = _plain(w.text())
    if not text or not isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        return None
    needed = w.sizeHint().width()
    if isinstance(w, QToolButton):
        style = w.toolButtonStyle()
        if style == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
    if needed > w.width() + SLACK:
        return f"button {text[:50]!r} needs {needed} px, has {w.width()}"
    return None


def _tabs_cut(w: QTabBar) -> list[str]:
    out = []
    if w.usesScrollButtons() and w.count() and w.tabRect(w.count() - 1).right() > w.width():
        out.append(f"tabs scroll: {w.count()} tabs in {w.width()} px")
    for i in range(w.count()):
        if w.isTabVisible(i) and w.tabSizeHint(i).width() > w.tabRect(i).width() + SLACK:
            out.append(f"tab {_plain(w.tabText(i))!r} cut")
    return out


def _header_cut(header: QHeaderView) -> list[str]:
    view = header.parentWidget()
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    out = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        size = header.sectionSize(logical)
        left = header.sectionViewportPosition(logical)
        if left < 0 or left + size > header.viewport().width() or size == 0:
            continue  # scrolled out of view, or the view's edge cuts it: not the column's fault
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        # A title may have several lines; Chinese has no spaces: a whole line is one word.
        words = [w for line in text.splitlines() for w in (line.split() if " " in line else [line])]
        if not words:
            continue
        longest = max(words, key=metrics.horizontalAdvance)
        if metrics.horizontalAdvance(longest) + margin > size + SLACK:
            where = _name(view) if view is not None else "header"
            out.append(f"header {text!r} of {where} cut at {size} px")
    return out


def cut_texts(root: QWidget) -> list[str]:
    """Every text under ``root`` (itself included) the user cannot read in full."""
    problems: list[str] = []
    if root.isWindow() and (root.width() > SCREEN[0] or root.height() > SCREEN[1]):
        problems.append(f"window {root.width()}×{root.height()} larger than the screen")
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if w.width() <= 0 or isinstance(w.parentWidget(), QComboBox):
            continue
        found: list[str | None] = []
        if isinstance(w, QLabel):
            found.append(_label_cut(w))
        elif isinstance(w, QAbstractButton):
            found.append(_button_cut(w))
        elif isinstance(w, QTabBar):
            found += _tabs_cut(w)
        elif isinstance(w, QHeaderView):
            found += _header_cut(w)
        elif isinstance(w, QToolBar):
            more = w.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None and more.isVisible():
                found.append("toolbar too narrow: some entries hidden behind »")
        elif isinstance(w, QScrollArea) and w.widgetResizable() and w.widget() is not None:
            if w.horizontalScrollBar().isVisible():
                found.append("horizontal scroll bar in a pane")
            elif w.widget().minimumSizeHint().width() > w.viewport().width() + SLACK:
                found.append("pane's content wider than the pane (cut on the right)")
        problems += [f"{p} ({_name(w)})" for p in found if p]
    return problems


def first_rows(view: QAbstractItemView) -> int:
    model = view.model()
    return 0 if model is None else model.rowCount(QModelIndex())
