"""Which interface language the environment asks for, without babel.

Kept apart from :mod:`petdesk.i18n` (which imports babel, a tenth of a second) so that the quick
command-line paths (``petdesk stats`` in English, issue 18) can choose their language and stay quick;
:mod:`petdesk.i18n` re-exports these names.
"""

from __future__ import annotations

import locale as _locale
import os


def N_(text: str) -> str:
    """Marks a string for extraction without translating it (module-level tables)."""
    return text


def environment_locale() -> str:
    """The raw locale name of the environment ("en_US.UTF-8", "zh_CN", "C" ...)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(var):
            return value
    return _locale.getlocale()[0] or ""


def system_locale() -> str:
    """The supported interface language closest to the user's environment.

    ``PETDESK_LANG`` wins, then ``LANGUAGE`` (a GNU priority list: the first supported entry counts),
    then ``LC_ALL``/``LC_MESSAGES``/``LANG``."""
    if value := os.environ.get("PETDESK_LANG"):
        return normalize(value)
    if value := os.environ.get("LANGUAGE"):
        for entry in value.split(":"):
            if entry and entry.split("_")[0].split(".")[0].lower() in ("en", "zh"):
                return normalize(entry)
    return normalize(environment_locale() or "en")


def normalize(code: str) -> str:
    """Map "zh_CN.UTF-8", "zh-Hans", "zh" to "zh_CN"; anything else to "en"."""
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    return "zh_CN" if code.lower().startswith("zh") else "en"


def is_chinese(locale: str) -> bool:
    """True for any Chinese locale: the interface shows Chinese names and titles first."""
    return locale.lower().replace("-", "_").startswith("zh")


def reader_first(locale: str | None) -> str:
    """The language a bilingual document prints first for a reader of ``locale``: "zh" for any
    Chinese locale, else "en". The visit dossier's rule (its window dialog starts from the window's
    language); the project overview, the partner overview and ``report`` commands follow it too
    (field test 58, item 8: ``--lang zh_CN`` printed the overview English first)."""
    return "zh" if locale and is_chinese(locale) else "en"


def interface_language(locale: str | None) -> str:
    """The language, "zh" or "en", in which an interface in ``locale`` (the window's, a command's
    ``--lang``) shows a record's own words: which of its two titles or names a sentence, a list, a
    table cell or a one-language export names. Not the order of a bilingual text (:func:`reader_first`),
    though the two agree today. Checked through :func:`is_chinese`, so "ZH_cn" and "zh-Hans" count
    too: sites that wrote the test out each (with or without lowercasing) drifted apart."""
    return "zh" if locale and is_chinese(locale) else "en"


#: The name of an office nobody has named yet (a database a sync import or a command made before the
#: welcome page ran), and how a Chinese interface says it: the dossier's title page and the window's
#: status bar already did, while ``stats`` and ``sync offices`` printed the English (field test 60).
DEFAULT_OFFICE_NAME = "Regional Office"
DEFAULT_OFFICE_NAME_ZH = "地区办公室"


def office_name(name: str, name_zh: str | None, locale: str) -> str:
    """The one rule for an office's name wherever petdesk shows it (status bar, stats, history,
    restore, sync offices): its Chinese name in a Chinese interface when it has one, else its name.
    Places that chose differently showed one office under two names (field test 8, defect 6)."""
    if not is_chinese(locale):
        return name
    if name_zh:
        return name_zh
    return DEFAULT_OFFICE_NAME_ZH if name == DEFAULT_OFFICE_NAME else name
