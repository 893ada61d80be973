"""The window's languages: petdesk's own ``.qm`` catalogues, Qt's ``qtbase`` ones, fonts and locale.

``install_translators(app, locale)`` is all a start-up needs: it loads ``translations/petdesk_<locale>.qm``
(compiled from the ``.ts`` files by ``scripts/update_translations.sh``; English has one too, for plural
forms such as "%n row(s)"), Qt's own ``qtbase_<locale>.qm`` from PySide6 so that message boxes, file and
colour dialogs speak the same language, sets Qt's default ``QLocale`` to the formatting locale that
``petdesk.i18n`` uses (so date editors and calendars agree with babel), and registers the Chinese and Korean
fonts of ``resources/fonts`` so Chinese and Hangul never show as boxes on machines without them.

``PETDESK_PSEUDO=1`` installs a pseudo-translation on top (every string longer and accented) to find
layouts that clip longer translations.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from petdesk import i18n
from petdesk.gui import file_dialog_dates
from petdesk.gui.qt import (
    QApplication,
    QCoreApplication,
    QFont,
    QFontDatabase,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.language import interface_language
from petdesk.paths import resource_dir

log = logging.getLogger(__name__)

#: QSettings key holding the language chosen in the settings ("" = follow the system).
LANGUAGE_KEY = "ui/language"
#: Environment variable that turns on the pseudo-translation (layout testing).
PSEUDO_ENV = "PETDESK_PSEUDO"

#: Strings other modules translate through a helper of their own (``_tr("Sync")``), which lupdate cannot
#: follow; listed here so that they reach the catalogue. ``scripts/check_translations.sh`` finds such
#: strings ("hidden from lupdate") - calling ``QCoreApplication.translate`` directly makes these redundant.
MARKED_ELSEWHERE = (
    QT_TRANSLATE_NOOP("Sync", "Sync"),
    QT_TRANSLATE_NOOP("Sync", "Export &Changes for Another Office…"),
    QT_TRANSLATE_NOOP("Sync", "I&mport Changes from Another Office…"),
    QT_TRANSLATE_NOOP("ContactsIO", "Export contacts"),
    QT_TRANSLATE_NOOP("ContactsIO", "&Import Contacts…"),
    QT_TRANSLATE_NOOP("ContactsIO", "&Export Contacts…"),
    QT_TRANSLATE_NOOP("ContactsIO", "Find &Duplicates…"),
    QT_TRANSLATE_NOOP("ContactsIO", "Export failed: %1"),
    QT_TRANSLATE_NOOP("ContactsIO", "%1 contacts exported to %2"),
)

# Strings of Qt's own widgets that Qt's catalogue (``qtbase_zh_CN.qm`` of PySide6 6.x) lacks, so that
# petdesk's catalogue gives them: Qt 6 added the "&" to the file dialog's labels and moved the file
# types to ``QAbstractFileIconProvider`` (the third argument is Qt's disambiguation), and its Chinese
# catalogue still has only the old keys (field test: "Look in:", "Files of type:" and "Folder" in
# English in the Chinese file dialog).
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder", "Match OS X Finder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    # The print dialog (File › Print, and Print in the preview): labels that gained a "&" in Qt 6.
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
)

_installed: list[QTranslator] = []
_loaded: list[str] = []
#: The language whose catalogues are installed now (empty before any are): what the window speaks.
_speaking: list[str] = []
_cjk_families: list[str] = []
_fonts_registered = False


def arg(text: str, *values: str) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` at once, as ``QString::arg`` does: a
    translated sentence keeps its placeholders visible to lupdate and translators, and a value
    holding "%2" (a name) is never replaced again."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], text)


def chosen_setting() -> str:
    """The stored choice: "" (follow the system), "en" or "zh_CN"."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return i18n.normalize(str(value)) if value else ""


def chosen_locale() -> str:
    """The interface language: the one chosen in the settings, else the system's."""
    return chosen_setting() or i18n.system_locale()


def window_locale(default: str | None = None) -> str:
    """The language the window speaks now: the one whose catalogues were installed last, else
    ``default`` or :func:`chosen_locale`. Core sentences shown in the window (a failed operation's reason, the
    database gone, a damaged file) take this one, not the stored choice: ``--lang`` speaks another
    language for one run, and a switch that waits for the next start stores its language at once.
    The window's frame ("The work could not be finished: %1") comes from the installed catalogue,
    so the sentence inside it must too."""
    return _speaking[-1] if _speaking else default or chosen_locale()


def store_choice(value: str) -> None:
    """Remember the language choice ("" = follow the system)."""
    QSettings().setValue(LANGUAGE_KEY, i18n.normalize(value) if value else "")


def qt_locale(locale: str) -> QLocale:
    """The QLocale matching babel's formatting locale for ``locale`` ("en" → en_GB or the system's)."""
    return QLocale(str(i18n.babel_locale(locale)))


def first_day_of_week(locale: str) -> Qt.DayOfWeek:
    """The first day of the week for a ``QCalendarWidget`` (Monday in en_GB and zh_CN)."""
    return Qt.DayOfWeek(i18n.first_weekday(locale) + 1)


def loaded_catalogues() -> list[str]:
    """Names of the catalogues now installed ("petdesk_zh_CN", "qtbase_zh_CN"), for tests and logs."""
    return list(_loaded)


def remove_translators(app: QCoreApplication) -> None:
    """Take every catalogue of ours out again (the window falls back to the English sources)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _loaded.clear()
    _speaking.clear()
    if isinstance(app, QApplication):
        use_chinese_marks(app, "en")  # the English window's "…" is the Latin face's again


def install_translators(app: QCoreApplication, locale: str) -> None:
    """Replace the installed translators with those for ``locale``."""
    remove_translators(app)
    _speaking.append(i18n.normalize(locale))
    QLocale.setDefault(qt_locale(locale))
    if isinstance(app, QApplication):
        register_fonts(app)
        use_chinese_marks(app, locale)
        file_dialog_dates.install(app)  # Qt's file dialog writes dates in the system's locale
    wanted = [(f"petdesk_{locale}", str(i18n.translations_dir()))]
    if locale != "en":
        wanted.insert(0, (f"qtbase_{locale}", qt_translations_dir(f"qtbase_{locale}")))
    for name, directory in wanted:
        translator = QTranslator(app)
        if translator.load(name, directory):
            if name.startswith("petdesk_"):
                # installed first = asked last: only when the catalogue itself has no answer
                fallback = PluralContextFallback(app, translator, i18n.translations_dir() / f"{name}.ts")
                app.installTranslator(fallback)
                _installed.append(fallback)
            app.installTranslator(translator)
            _installed.append(translator)
            _loaded.append(name)
        else:
            log.warning("translation catalogue %s not found in %s", name, directory)
    if os.environ.get(PSEUDO_ENV):
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        _loaded.append("pseudo")


def qt_translations_dir(name: str) -> str:
    """The folder holding Qt's own catalogue ``name`` (``qtbase_zh_CN``): where Qt says it keeps
    its translations, else where PySide6 keeps them inside its package (a frozen bundle carries
    them there, ``packaging/petdesk.spec``, and has no qt.conf to tell Qt)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    candidates = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",  # Linux and macOS wheels
        package / "translations",  # Windows wheels
    ]
    found = next((folder for folder in candidates if (folder / f"{name}.qm").is_file()), candidates[0])
    return str(found)


#: Writing systems whose bundled faces join the application font's fallback chain, in this order:
#: Korean first, so that the three Hangul syllables Droid Sans Fallback has never mix its style into
#: a Korean name drawn otherwise by Petdesk Hangul.
FALLBACK_WRITING_SYSTEMS = (
    QFontDatabase.WritingSystem.Korean,
    QFontDatabase.WritingSystem.SimplifiedChinese,
)


def register_fonts(app: QApplication) -> list[str]:
    """Make the fonts of ``resources/fonts`` known to Qt and put the Korean and Chinese ones in the
    fallback chain.

    Machines without a Chinese or Korean font (a fresh CI runner, a European laptop) would otherwise
    draw boxes for 张伟 or 김민준."""
    global _fonts_registered
    if _fonts_registered:
        return list(_cjk_families)
    _fonts_registered = True
    fonts = resource_dir() / "fonts"
    found: dict[QFontDatabase.WritingSystem, list[str]] = {system: [] for system in FALLBACK_WRITING_SYSTEMS}
    for path in sorted(fonts.glob("*.tt[fc]")) + sorted(fonts.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            systems = QFontDatabase.writingSystems(family)
            wanted = next((system for system in FALLBACK_WRITING_SYSTEMS if system in systems), None)
            if wanted is not None and family not in found[wanted]:
                found[wanted].append(family)
    _cjk_families.extend(family for system in FALLBACK_WRITING_SYSTEMS for family in found[system])
    if _cjk_families:
        font = app.font()
        families = list(font.families()) or [font.family()]
        font.setFamilies(families + [f for f in _cjk_families if f not in families])
        app.setFont(font)
    return list(_cjk_families)


#: The face of ``resources/fonts`` with one glyph, "…" centred on the line as Chinese writes it
#: (``scripts/make_cjk_marks_font.py``).
CHINESE_MARKS = "Petdesk Chinese Marks"


def use_chinese_marks(app: QApplication, locale: str) -> None:
    """In the Chinese window, take "…" from :data:`CHINESE_MARKS`: first in the application font's
    families, since Qt takes a character from the first family that has it, and the Latin face drew
    three low dots after every Chinese menu item. Every other character falls through to
    the faces after it; the face's line metrics are a Latin face's, so line heights stay as they were."""
    font = app.font()
    families = [f for f in (font.families() or [font.family()]) if f != CHINESE_MARKS]
    if interface_language(locale) == "zh" and CHINESE_MARKS in QFontDatabase.families():
        families.insert(0, CHINESE_MARKS)
    if families != font.families():
        font.setFamilies(families)
        app.setFont(font)


def cjk_font_families() -> list[str]:
    """Families of the bundled Korean and Chinese fonts (empty before ``register_fonts``)."""
    return list(_cjk_families)


class PluralContextFallback(QTranslator):
    """Finds plural messages that PySide6 asks for under a subclass's name.

    ``self.tr("%n contact(s)", "", n)`` in a base class, called on a subclass, makes PySide6 walk the
    class names from the subclass up and stop at the first answer that differs from the source text;
    for a plural the untranslated answer already differs ("300 contact(s)"), so the walk stops at the
    subclass and the base class's translation is never asked for. This translator, consulted last,
    answers such a lookup with the translation of the same source under the context where lupdate
    found it (read from the ``.ts`` file shipped beside the ``.qm``). Non-plural lookups are left alone.
    """

    def __init__(self, parent: QCoreApplication, catalogue: QTranslator, ts_file: os.PathLike[str]) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._contexts: dict[str, list[str]] = {}
        try:
            import xml.etree.ElementTree as ET

            for ctx in ET.parse(ts_file).getroot().iter("context"):
                name = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    if msg.get("numerus") == "yes":
                        self._contexts.setdefault(msg.findtext("source") or "", []).append(name)
        except (OSError, ET.ParseError) as exc:  # no .ts shipped: plural lookups by subclass stay English
            log.info("no plural fallback: %s", exc)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is a null QString: "no translation here", whereas "" would be an empty translation
        if n < 0:
            return None
        for other in self._contexts.get(source, ()):
            if other != context and (text := self._catalogue.translate(other, source, disambiguation, n)):
                return text
        return None

    def isEmpty(self) -> bool:
        return not self._contexts


_PLACEHOLDER = re.compile(r"(%L?n|%L?\d+|&&|&\w|<[^>]+>|\{[^}]*\})")


class PseudoTranslator(QTranslator):
    """Makes every string a third longer and accented, keeping ``%1``/``%Ln``/``&`` intact."""

    _ACCENTS = str.maketrans("aeiouAEIOUcnsyz", "àéîöûÀÉÎÖÛçñšýž")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        parts = _PLACEHOLDER.split(source)
        padded = "".join(p if i % 2 else p.translate(self._ACCENTS) for i, p in enumerate(parts))
        return f"[{padded}{'~' * max(2, len(source) // 3)}]"

    def isEmpty(self) -> bool:
        return False


def default_font(point_size: float | None = None) -> QFont:
    """The application font, CJK fallback included (for widgets that build their own QFont)."""
    font = QFont(QApplication.font())
    if point_size:
        font.setPointSizeF(point_size)
    return font
