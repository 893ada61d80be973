"""Loading the window's translations: petdesk's own ``.qm`` and Qt's ``qtbase`` for standard dialogs."""

from __future__ import annotations

from petdesk import i18n
from petdesk.gui.qt import QApplication, QLibraryInfo, QLocale, QSettings, QTranslator

#: QSettings key holding the language chosen in the settings ("" = follow the system).
LANGUAGE_KEY = "ui/language"

_installed: list[QTranslator] = []


def chosen_locale() -> str:
    """The interface language: the one chosen in the settings, else the system's."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return i18n.normalize(str(value)) if value else i18n.system_locale()


def install_translators(app: QApplication, locale: str) -> None:
    """Replace the installed translators with those for ``locale`` (English needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(locale))
    if locale == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{locale}", qt_dir), (f"petdesk_{locale}", str(i18n.TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
