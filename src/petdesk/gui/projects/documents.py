"""The project dialog's "Documents" tab: the application, the budget sheet, the funder's call …,
each a file's path or a link, opened with the program the desktop uses for it.

petdesk keeps where a document is, not the document: a file moved, renamed or on another
office's computer is shown as missing, and opening it says so instead of failing.
"""

from __future__ import annotations

from collections.abc import Sequence

from petdesk.gui import desktop_open
from petdesk.gui.a11y import named
from petdesk.gui.colours import WARNING, tone
from petdesk.gui.qt import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.services.projects import as_typed, is_link, is_missing


def open_url(url: QUrl) -> bool:
    """Open a file or a link with the desktop's program for it (tests replace this)."""
    return desktop_open.open_url(url)


def document_url(document: str) -> QUrl:
    return QUrl(document) if is_link(document) else QUrl.fromLocalFile(document)


class DocumentsTab(QWidget):
    """Paths and links of the project's documents: Add file…, Add link…, Remove and Open (also
    Enter or a double click on a row)."""

    #: The list changed (a document added or removed).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_tab")
        #: The file chooser and the link box while they are open (tests drive them).
        self.file_dialog: QFileDialog | None = None
        self.link_dialog: QInputDialog | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("documents")
        named(self.list, self.tr("Documents"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a path's file name stays in view
        self.add_file_button = self._button(self.tr("Add &file…"), "add_file")
        self.add_link_button = self._button(self.tr("Add &link…"), "add_link")
        self.open_button = self._button(self.tr("&Open"), "open_document")
        self.remove_button = self._button(self.tr("&Remove"), "remove_document")
        hint = QLabel(
            self.tr(
                "petdesk keeps where each document is, not a copy: a file moved or kept on "
                "another computer shows as missing."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("documents_message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.add_file_button, self.add_link_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.open_button, self.remove_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        self.add_file_button.clicked.connect(lambda _checked=False: self.add_file())
        self.add_link_button.clicked.connect(lambda _checked=False: self.add_link())
        self.open_button.clicked.connect(lambda _checked=False: self.open_current())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove())
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._follow_selection())
        self._follow_selection()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the tab is not a click on its buttons: OK stays default
        return button

    # --- the list --------------------------------------------------------------------------------
    def load(self, documents: Sequence[str]) -> None:
        self.list.clear()
        for document in documents:
            self._append(document)
        self.list.setCurrentRow(0 if documents else -1)
        self._follow_selection()

    def documents(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def _append(self, document: str) -> None:
        item = QListWidgetItem(self.list)
        item.setData(Qt.ItemDataRole.UserRole, document)
        if is_missing(document):
            item.setText(self.tr("%1 (missing)").replace("%1", document))
            item.setForeground(tone(WARNING))
            item.setToolTip(
                self.tr("No file is there now: it was moved or renamed, or it is on another computer.")
            )
        else:
            item.setText(document)
            item.setToolTip(document)

    def add_documents(self, documents: Sequence[str]) -> None:
        """Add these paths or links (one already listed is selected, not added twice)."""
        known = self.documents()
        added = False
        for document in (d.strip() for d in documents):
            if document and document not in known:
                self._append(document)
                known.append(document)
                added = True
        last = [d.strip() for d in documents if d.strip()][-1:]
        if last:
            self.list.setCurrentRow(known.index(last[0]))
        self.message.clear()
        self._follow_selection()
        if added:
            self.edited.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.message.clear()
        self._follow_selection()
        self.list.setFocus()
        self.edited.emit()

    def _follow_selection(self) -> None:
        has = self.list.currentRow() >= 0
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # --- adding and opening ----------------------------------------------------------------------
    def add_file(self) -> QFileDialog:
        """Open the file chooser (not waited for); the files chosen are added."""
        self.file_dialog = QFileDialog(self, self.tr("Add Documents"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.file_dialog.filesSelected.connect(self.add_documents)
        self.file_dialog.finished.connect(lambda _result: self._forget("file_dialog"))
        self.file_dialog.open()
        return self.file_dialog

    def add_link(self) -> QInputDialog:
        """Ask for a link (not waited for); it is added when the box is accepted."""
        self.link_dialog = QInputDialog(self)
        self.link_dialog.setWindowTitle(self.tr("Add Link"))
        self.link_dialog.setLabelText(self.tr("Link to the document (https://…):"))
        self.link_dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        self.link_dialog.setMinimumWidth(460)
        self.link_dialog.textValueSelected.connect(lambda text: self.add_documents([as_typed(text)]))
        self.link_dialog.finished.connect(lambda _result: self._forget("link_dialog"))
        self.link_dialog.open()
        return self.link_dialog

    def _forget(self, name: str) -> None:
        dialog = getattr(self, name)
        if dialog is not None:
            dialog.deleteLater()
            setattr(self, name, None)

    def open_current(self) -> None:
        """Open the selected document; a missing file is said in the tab, not as an error."""
        item = self.list.currentItem()
        if item is None:
            return
        document = str(item.data(Qt.ItemDataRole.UserRole))
        if is_missing(document):
            self.message.setText(
                self.tr("%1 is not there: it was moved or renamed, or it is on another computer.").replace(
                    "%1", document
                )
            )
            return
        if open_url(document_url(document)):
            self.message.clear()
        else:
            self.message.setText(self.tr("No program on this computer opened %1.").replace("%1", document))
