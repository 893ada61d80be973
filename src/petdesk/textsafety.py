"""Strings from files and packages made elsewhere, made safe to print to a terminal; cells made
safe to open in a spreadsheet, and back."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TextIO

# C0 and C1 control characters except tab and newline, DEL, and the bidirectional overrides that
# can make text read differently from what it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters (escape codes included) shown as ``\\x1b``-style escapes."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_LINE_BREAKS = re.compile(r"\s*(?:\r\n|[\n\r\v\f\x85\u2028\u2029])+\s*")


def one_line(text: str) -> str:
    """``text`` on one line, its line breaks shown as " / ", for a list that prints a record a line
    (a title typed as two lines in a spreadsheet cell keeps its break where it is stored)."""
    return _LINE_BREAKS.sub(" / ", text.strip())


def has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def strip_control(text: str) -> str:
    """``text`` without control characters (tab and newline kept)."""
    return _CONTROL.sub("", text)


#: First characters that make a spreadsheet read a cell as a formula (and tab/CR, which some
#: programs strip before looking). The CSV export puts an apostrophe in front of such a cell, and
#: of one that already starts with apostrophes before them ("'=x" is written "''=x").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def without_formula_guard(text: str) -> str:
    """``text`` without the apostrophe that the CSV export put in front of a formula-like cell, so
    that export and import give back the same text; any other text as it is."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


class SafeText:
    """A text stream that writes :func:`terminal_safe` text to ``stream`` (binary ``buffer`` and
    everything else pass through)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


#: Marks that only steer the direction of text (RLM, LRM, ALM, embeddings, overrides, isolates):
#: Outlook and phones on Arabic systems put them around names and numbers ("\u200fمحمد"), and kept
#: they made a stored name, a key or a phone differ from the same one typed (field test 118).
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def without_direction_marks(text: str) -> str:
    return _DIRECTION_MARKS.sub("", text)


def composed(value: Any) -> Any:
    """``value`` (text, or lists, tuples and dicts of it) in Unicode's composed form (NFC), without
    direction marks (:func:`without_direction_marks`). macOS
    writes decomposed text (NFD: "ê" + U+0300 for "ề"), as do Windows-1258 files; stored so, the
    name did not equal the same name typed elsewhere, and reportlab drew each mark as a glyph of its
    own beside the letter ("Lê" printed as "Le" and a loose circumflex, field test 93)."""
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", without_direction_marks(value))
    if isinstance(value, list):
        return [composed(v) for v in value]
    if isinstance(value, tuple):
        return tuple(composed(v) for v in value)
    if isinstance(value, dict):
        return {k: composed(v) for k, v in value.items()}
    return value
