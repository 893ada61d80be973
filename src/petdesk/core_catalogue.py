"""The core's gettext catalogues (``translations/core/<locale>.po``), read without babel.

A Chinese command paid 60–75 ms to import babel (``babel.messages``' reader and ``.mo`` writer, and
``petdesk.i18n``'s dates and numbers) before it could say its first sentence, most of a quick
command's run. The catalogue only needs its entries: this reads the ``.po`` that pybabel writes
(``scripts/update_translations.sh`` keeps it in that form) and compiles it in memory to the ``.mo``
form, so the standard library's public ``GNUTranslations`` does lookups and plural rules, as before.
Fuzzy and untranslated entries are left out, so they fall back to the English text.
"""

from __future__ import annotations

import gettext
import io
import re
import struct
from functools import cache
from pathlib import Path

from petdesk.language import normalize
from petdesk.package_data import data_path

#: One entry: (msgid, msgid_plural or None) -> the translation, or its plural forms.
Entries = dict[tuple[str, str | None], str | list[str]]

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE = re.compile(r"\\(.)")
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")\s*$")


def catalogue_dir() -> Path:
    """The core's gettext catalogues (``translations/core/<locale>.po``)."""
    return data_path("translations/core")


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body) if "\\" in body else body


def read_po(path: Path) -> Entries:
    """The translated entries of a ``.po`` file (the header under ``("", None)``); fuzzy, obsolete
    (``#~``) and untranslated ones are left out. Message contexts are not used by petdesk's core."""
    entries: Entries = {}
    fields: dict[str, str] = {}
    forms: dict[int, str] = {}
    fuzzy = False
    last: tuple[str, int | None] | None = None

    def finish() -> None:
        nonlocal fuzzy, last
        if "msgid" in fields and not fuzzy and "msgctxt" not in fields:
            msgid, plural = fields["msgid"], fields.get("msgid_plural")
            if plural is None:
                if fields.get("msgstr") or msgid == "":
                    entries[(msgid, None)] = fields.get("msgstr", "")
            elif forms and all(forms.values()):  # an empty form would print "" for its counts
                entries[(msgid, plural)] = [forms[n] for n in sorted(forms)]
        fields.clear()
        forms.clear()
        fuzzy, last = False, None

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#"):
                if "msgid" in fields:
                    finish()
                if line.startswith("#,") and "fuzzy" in line:
                    fuzzy = True
                continue
            if line.startswith('"'):
                if last is not None:
                    name, index = last
                    if index is None:
                        fields[name] += _unquote(line)
                    else:
                        forms[index] += _unquote(line)
                continue
            found = _KEYWORD.match(line)
            if found is None:
                raise ValueError(f"{path}: cannot read {line[:60]!r}")
            keyword, number, value = found.groups()
            if (keyword in ("msgid", "msgctxt") and "msgstr" in fields) or (forms and keyword == "msgid"):
                finish()
            if number is not None:
                forms[int(number)] = _unquote(value)
                last = ("msgstr", int(number))
            else:
                fields[keyword] = _unquote(value)
                last = (keyword, None)
    finish()
    return entries


def compile_mo(entries: Entries) -> bytes:
    """The entries in GNU ``.mo`` form (no hash table: ``GNUTranslations`` reads it into a dict)."""
    pairs: list[tuple[bytes, bytes]] = []
    for (msgid, plural), text in entries.items():
        key = msgid if plural is None else f"{msgid}\x00{plural}"
        value = text if isinstance(text, str) else "\x00".join(text)
        pairs.append((key.encode("utf-8"), value.encode("utf-8")))
    pairs.sort()
    header = 7 * 4
    originals_at = header
    translations_at = originals_at + 8 * len(pairs)
    data_at = translations_at + 8 * len(pairs)
    table_o, table_t, blob = [], [], io.BytesIO()
    for original, _translation in pairs:
        table_o.append((len(original), data_at + blob.tell()))
        blob.write(original + b"\x00")
    for _original, translation in pairs:
        table_t.append((len(translation), data_at + blob.tell()))
        blob.write(translation + b"\x00")
    out = io.BytesIO()
    out.write(struct.pack("<7I", 0x950412DE, 0, len(pairs), originals_at, translations_at, 0, data_at))
    for length, offset in (*table_o, *table_t):
        out.write(struct.pack("<2I", length, offset))
    out.write(blob.getvalue())
    return out.getvalue()


@cache
def read_catalogue(path: Path) -> gettext.NullTranslations:
    """The compiled catalogue of the ``.po`` at ``path`` (a null one when there is none), once."""
    if not path.exists():
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(compile_mo(read_po(path))))


class CoreTranslator:
    """Translates core strings into one language; calling it is gettext, ``ngettext`` does plurals.
    ``number`` writes "100,000" as English (en_GB, en_US) and Chinese do; ``petdesk.i18n.Translator``
    asks babel for other regions."""

    def __init__(self, locale: str, catalogue: gettext.NullTranslations) -> None:
        self.locale = normalize(locale)
        self._catalogue = catalogue

    def __call__(self, text: str) -> str:
        return self._catalogue.gettext(text)

    gettext = __call__

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form for ``n`` ("{n} contact" / "{n} contacts"); format ``n`` in yourself."""
        return self._catalogue.ngettext(singular, plural, n)

    def number(self, n: int) -> str:
        """A count as this language writes it, "100,000" (a message said "100000": field test 47)."""
        return f"{n:,}"

    def has(self, text: str) -> bool:
        """Whether the catalogue translates ``text`` (dossier labels keep their own fallback)."""
        return self._catalogue.gettext(text) != text


@cache
def chinese_translator(locale: str = "zh_CN") -> CoreTranslator:
    """The core's Chinese translator without babel, for the command line (its counts are written
    as babel's zh_CN writes them: "100,000")."""
    return CoreTranslator(locale, read_catalogue(catalogue_dir() / f"{normalize(locale)}.po"))
