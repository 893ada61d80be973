"""Letters a legacy code page could not hold, written by the program as "?".

Excel's "CSV (Comma delimited)" writes the Windows code page of the computer: Windows-1251 has the
Russian Cyrillic letters but not the Mongolian Ө and Ү, so "Өлзийбаяр" is saved as "?лзийбаяр" and
the letter is gone from the file (field test 119); so are Kazakh's Ә Ғ Қ Ң Ұ Һ (field test 121).
Imported as read, the "?" names became new people and new organisations, and a known person was
moved to "Ногоон Х?гжил ХХК". Only the file's source (the workbook) still has the letter, so the
import stops and says to save it again as UTF-8, in the words of the program that wrote it."""

from __future__ import annotations

import re

from petdesk.i18n import N_

#: A "?" touching a letter: where a letter was, not a question ("Who?" does not occur in a name).
_LOST = re.compile(r"(?<=[^\W\d_])\?|\?(?=[^\W\d_])")

#: Fields whose "?" is a lost letter rather than the writer's own question mark.
CHECKED_FIELDS = frozenset(
    {
        "full_name", "family_name", "given_name", "middle_name", "name_native", "organisation",
        "organisation_en", "department", "department_en", "position", "position_en", "honorific",
    }
)  # fmt: skip

MESSAGE = N_(
    "“{value}” has a ? where a letter was: the file was saved in {encoding}, which has no such letter "
    "(Excel and Outlook write ? for the Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ and the Mongolian Ө Ү in Windows-1251), "
    "so the letter is not in the file. "
    'Save the sheet as "CSV UTF-8" or as an Excel workbook (.xlsx) and import that'
)
#: The same for an Outlook export, which has no sheet to save again: Outlook writes the code page
#: Windows is set to, UTF-8 once Windows is (as on the Almaty office's kk-KZ computer, field test 121).
MESSAGE_OUTLOOK = N_(
    "“{value}” has a ? where a letter was: Outlook exported the contacts in {encoding}, which has no "
    "such letter (it writes ? for the Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ and the Mongolian Ө Ү), so the letter is "
    "not in the file. In Windows turn on 'Beta: Use Unicode UTF-8 for worldwide language support' "
    "(Settings, Time & language, Language & region, Administrative language settings, Change system "
    "locale), restart, export the contacts from Outlook again and import that"
)


def message(program: str) -> str:
    """The refusal that fits the program that wrote the file ("outlook", else a sheet's)."""
    return MESSAGE_OUTLOOK if program == "outlook" else MESSAGE


def single_byte(encoding: str) -> bool:
    """Whether the file's encoding is a code page that lacks most of the world's letters."""
    name = (encoding or "").lower().replace("_", "-")
    return bool(name) and not name.startswith(("utf", "gb", "big5", "shift", "cp932", "euc", "iso-2022"))


def codec_name(encoding: str) -> str:
    """The name Windows users know: "Windows-1251" for cp1251."""
    match = re.fullmatch(r"(?:cp|windows-?)(125\d)", (encoding or "").lower())
    return f"Windows-{match.group(1)}" if match else encoding


def lost_letter(field: str, value: str, encoding: str) -> bool:
    return field in CHECKED_FIELDS and single_byte(encoding) and "?" in value and bool(_LOST.search(value))
