"""Right-to-left words (Arabic, Urdu, Persian, Hebrew) inside the window's left-to-right sentences.

Qt lays a paragraph out right to left when its first letter is Arabic: a report line beginning with
the day as written ("15 رمضان 1448 is a Hijri date: …") came out as "is a Hijri date: … 1448 رمضان 15",
and a column's examples "م. · د. · H.E." as ".H.E · د. · م." (window walk 58, Cairo's files). Each
stretch of right-to-left words is isolated (Unicode's FSI … PDI) so it reads right to left in place,
and its line starts with a left-to-right mark: Qt's paragraph direction does not look past the
isolates. The window's languages (English, Chinese) are left to right. The marks are for display
only: they are not stored (``textsafety`` strips them from what is typed or imported)."""

from __future__ import annotations

import re

_FIRST_STRONG_ISOLATE, _POP_ISOLATE, _LEFT_TO_RIGHT_MARK = "\u2068", "\u2069", "\u200e"
_RTL_LETTER = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
# A word with a right-to-left letter; the ASCII punctuation around a name (a list's comma, a
# bracket) stays outside, in the sentence's direction.
_RTL_WORD = rf"[^\s,;:()\[\]]*{_RTL_LETTER}[^\s,;:()\[\]]*"
_NUMBER = r"[0-9][0-9.,/]*"
# Numbers a single space from the words belong to them: "15 رمضان 1448" is one Arabic date; a
# report's row number, two spaces before an Arabic title, stays at the left.
_RTL_STRETCH = re.compile(rf"(?:{_NUMBER} )?{_RTL_WORD}(?: (?:{_RTL_WORD}|{_NUMBER}))*")


def left_to_right(text: str) -> str:
    """``text`` to show in the window: each stretch of right-to-left words isolated, each line with
    one laid out left to right; text without right-to-left letters is returned as it is."""
    return "\n".join(_line_left_to_right(line) for line in text.split("\n"))


def _line_left_to_right(line: str) -> str:
    isolated = _RTL_STRETCH.sub(lambda found: f"{_FIRST_STRONG_ISOLATE}{found[0]}{_POP_ISOLATE}", line)
    return isolated if isolated == line else _LEFT_TO_RIGHT_MARK + isolated
