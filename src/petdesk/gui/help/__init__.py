"""Help › User guide, Keyboard shortcuts and About petdesk.

The guide is HTML shipped in this package (``guide_<locale>.html``, read through
:func:`petdesk.package_data.data_path`) and shown in a ``QTextBrowser``, so it works offline. The
shortcut list is read from the window's own actions, so it cannot go stale."""

from __future__ import annotations

import html
import re
from contextlib import suppress
from typing import TYPE_CHECKING

from petdesk import __version__, i18n
from petdesk.gui import desktop_open
from petdesk.gui.a11y import named
from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    Qt,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.language import office_name
from petdesk.package_data import data_path
from petdesk.services import backups
from petdesk.services import office as office_service

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

#: What ships with petdesk and under which licence (About › Licences).
BUNDLED_FONTS = (
    ("Noto Sans", "SIL Open Font License 1.1", "fonts/LICENSE-NotoSans-OFL.txt"),
    ("Droid Sans Fallback", "Apache License 2.0", "fonts/LICENSE-DroidSansFallback.txt"),
    ("Symbola", "free for any use (George Douros)", "fonts/LICENSE-Symbola.txt"),
    (
        "PetdeskRareHan (Hanazono Mincho B subset)",
        "Hanazono Font License or SIL OFL 1.1",
        "fonts/LICENSE-PetdeskRareHan.txt",
    ),
    ("Petdesk Hangul (NanumGothic subset)", "SIL Open Font License 1.1", "fonts/LICENSE-PetdeskHangul.txt"),
    (
        "Noto Sans Thai, Arabic and Devanagari (subsets)",
        "SIL Open Font License 1.1",
        "fonts/LICENSE-NotoSansScripts.txt",
    ),
    ("Noto Sans Lao", "SIL Open Font License 1.1", "fonts/LICENSE-NotoSansLao.txt"),
    (
        "Noto Sans Khmer and Myanmar (subsets)",
        "SIL Open Font License 1.1",
        "fonts/LICENSE-NotoSansKhmerMyanmar.txt",
    ),
    ("Noto Sans Bengali (subset)", "SIL Open Font License 1.1", "fonts/LICENSE-NotoSansBengali.txt"),
    (
        "Petdesk Chinese Marks (a centred …)",
        "public domain (CC0 1.0)",
        "fonts/LICENSE-PetdeskChineseMarks.txt",
    ),
)
BUNDLED_LIBRARIES = (
    ("Qt 6 / PySide6", "LGPL 3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("Babel", "BSD"),
    ("platformdirs", "MIT"),
    ("icalendar", "BSD"),
    ("cryptography", "Apache 2.0 / BSD"),
    ("pypinyin", "MIT"),
    ("jieba", "MIT"),
    ("openpyxl", "MIT"),
    ("Pillow", "MIT-CMU"),
    ("tzdata", "Apache 2.0"),
    ("Python", "PSF License"),
)


def guide_html(locale: str) -> str:
    name = "guide_zh_CN.html" if i18n.is_chinese(locale) else "guide_en.html"
    return data_path(f"help/{name}").read_text(encoding="utf-8")


class TextDialog(QDialog):
    """A resizable window with one text browser (guide, shortcuts, licences)."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = named(QTextBrowser(self), title)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        resize_within_screen(self, 680, 560)


#: A mnemonic written after a translated text, as Chinese menus do: "导出(&X)…".
_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&)]\)")


#: Arrow keys as the arrows printed on the keys: Qt's Chinese names ("Alt+右方向") read oddly.
_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_text(key: QKeySequence) -> str:
    """A shortcut in fixed key names, the same in every language (the names on the keys: "Ctrl+K",
    "Alt+→", "PgDown"), for the whole list alike (field test 14: "Alt+右方向" beside "Ctrl+K")."""
    parts = key.toString(QKeySequence.SequenceFormat.PortableText).split("+")
    return "+".join(_ARROWS.get(part, part) for part in parts)


def shortcuts_html(window: MainWindow) -> str:
    """A table of every window action that has a shortcut, menus' and page switches' alike: one
    row per name with all its keys (Redo: Ctrl+Y, Ctrl+Shift+Z; Home: Ctrl+1, Alt+Home), where the
    first key of each action alone hid the others."""
    keys_of: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        keys = [key_text(k) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            label = _MNEMONIC_SUFFIX.sub("", action.text())  # "全选(&A)": the key is Latin, the text not
            label = label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            known = keys_of.setdefault(label or QCoreApplication.translate("Help", "Switch page"), [])
            known += [k for k in keys if k not in known]
    rows = sorted((", ".join(keys), label) for label, keys in keys_of.items())
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellpadding='4'>{body}</table>"


class AboutDialog(QDialog):
    """Version, the database file (with its folder), this office, and the licences of what ships."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About petdesk"))
        with window.db.reading() as session:
            office = office_service.get_self(session)
            # One name, by the rule the status bar and history follow (field test 9).
            name = office_name(office.name, office.name_zh, window.ui_locale)
            office_text = " · ".join(p for p in (name, office.region) if p)
            office_id = office.id
        self.db_path = window.db.path
        # Where the backups are: the guide sends a traveller here to find them (field test 38 §8).
        self.backups_folder = backups.folder_for(self.db_path)
        text = QLabel(self)
        text.setObjectName("about_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setText(
            "<h2>petdesk {version}</h2><p>{what}</p><p><b>{db_label}</b> {db}<br>"
            "<b>{backups_label}</b> {backups}</p>"
            "<p><b>{office_label}</b> {office}<br><small>{id_label} {office_id}</small></p>".format(
                version=html.escape(__version__),
                what=html.escape(
                    self.tr("Partners, contacts, delegation visits and trainings of a regional office.")
                ),
                db_label=html.escape(self.tr("Database:")),
                db=html.escape(str(self.db_path)),
                backups_label=html.escape(self.tr("Backups:")),
                backups=html.escape(str(self.backups_folder)),
                office_label=html.escape(self.tr("This office:")),
                office=html.escape(office_text),
                id_label=html.escape(self.tr("Office id:")),
                office_id=html.escape(office_id),
            )
        )
        open_folder = QPushButton(self.tr("Open Database &Folder"), self)
        open_folder.setObjectName("open_folder")
        open_folder.clicked.connect(self.open_folder)
        open_backups = QPushButton(self.tr("Open &Backups Folder"), self)
        open_backups.setObjectName("open_backups")
        open_backups.clicked.connect(self.open_backups_folder)
        licences = QPushButton(self.tr("&Licences…"), self)
        licences.setObjectName("licences")
        licences.clicked.connect(self.show_licences)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(open_folder)
        buttons.addWidget(open_backups)
        buttons.addWidget(licences)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.db_path.resolve().parent))

    def open_folder(self) -> None:
        desktop_open.open_url(self.folder_url())

    def backups_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.backups_folder))

    def open_backups_folder(self) -> None:
        """The folder, made if no backup was written yet (the first start's comes a moment later)."""
        with suppress(OSError):
            self.backups_folder.mkdir(parents=True, exist_ok=True)
        desktop_open.open_url(self.backups_url())

    def licences_html(self) -> str:
        fonts, libraries = self.tr("Fonts"), self.tr("Libraries")
        parts = [f"<h3>{html.escape(fonts)}</h3><ul>"]
        parts += [f"<li>{name}: {licence}</li>" for name, licence, _ in BUNDLED_FONTS]
        parts.append(f"</ul><h3>{html.escape(libraries)}</h3><ul>")
        parts += [f"<li>{name}: {licence}</li>" for name, licence in BUNDLED_LIBRARIES]
        parts.append("</ul>")
        for name, _, path in BUNDLED_FONTS:
            body = data_path(f"resources/{path}").read_text(encoding="utf-8", errors="replace")
            parts.append(f"<h3>{html.escape(name)}</h3><pre>{html.escape(body)}</pre>")
        return "".join(parts)

    def show_licences(self) -> None:
        TextDialog(self.tr("Licences"), self.licences_html(), self).exec()


def show_guide(window: MainWindow) -> TextDialog:
    title = QCoreApplication.translate("Help", "petdesk User Guide")
    dialog = TextDialog(title, guide_html(window.locale), window)
    dialog.setObjectName("user_guide")
    dialog.show()
    return dialog


def show_shortcuts(window: MainWindow) -> TextDialog:
    title = QCoreApplication.translate("Help", "Keyboard Shortcuts")
    dialog = TextDialog(title, shortcuts_html(window), window)
    dialog.setObjectName("shortcuts")
    dialog.show()
    return dialog


def show_about(window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.show()
    return dialog


def install(window: MainWindow) -> None:
    """Help › User Guide (F1) and Keyboard Shortcuts, above the About entry the window has."""
    menu = window.menu("help")
    first = menu.actions()[0] if menu.actions() else None
    guide = QAction(QCoreApplication.translate("Help", "&User Guide"), window)
    guide.setObjectName("action_user_guide")
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda _checked=False: show_guide(window))
    shortcuts = QAction(QCoreApplication.translate("Help", "&Keyboard Shortcuts"), window)
    shortcuts.setObjectName("action_shortcuts")
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))  # as in many programs; F1 is the guide
    shortcuts.triggered.connect(lambda _checked=False: show_shortcuts(window))
    menu.insertActions(first, [guide, shortcuts])  # type: ignore[arg-type]
    menu.insertSeparator(first)  # type: ignore[arg-type]
