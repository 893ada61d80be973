"""Days written day first, as lists from Indonesia (and most of the world outside China and the
US) write them: "17/08/2027", "17.08.2027", "17 Agustus 2027", "17 Aug 2027" (field test 108: a
visit list's dates were all skipped as unreadable). "05/08/2027" is the 5th of August in Jakarta and
the 8th of May in the US: such a date is read the way the office's country writes dates (``order``,
from :mod:`petdesk.day_order`: day first in India and Indonesia, month first in the US), and is not
guessed where petdesk knows no such way (no country, or one writing the year first, as China)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from petdesk import turkish_case

#: The first three letters of a month's name in English and Indonesian (Mei, Agustus/Agt, Oktober,
#: Desember), and Indonesian's own short forms.
_MONTHS = {
    **{name: number for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )},
    "mei": 5, "agu": 8, "agt": 8, "ags": 8, "okt": 10, "des": 12,
    # Spanish (field test 116: "15-mar-2027", "marzo 15, 2027"): enero, abril, agosto, diciembre
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # Turkish (field test 114): Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül,
    # Ekim, Kasım, Aralık ("15 Mart 2027" was skipped as unreadable)
    "oca": 1, "şub": 2, "sub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10,
    "kas": 11, "ara": 12,
    # Russian, in the genitive a day takes (field test 121: "15 марта 2027 г." was unreadable), and Kazakh
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "окт": 10, "ноя": 11, "дек": 12,
    "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6, "шіл": 7, "там": 8, "қыр": 9, "қаз": 10,
    "қар": 11, "жел": 12,
}  # fmt: skip
#: Polish and Czech months whole, in the genitive a day takes ("15 marca 2027", "1. července 2027"),
#: and the nominative: by their first three letters Czech června (June) and července (July) are one.
#: Keys without accents (but Polish "ł" kept), as :func:`_plain` writes a word.
_WHOLE_MONTHS = {
    **{name: number for number, name in enumerate(
        ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia",
         "pazdziernika", "listopada", "grudnia"), start=1
    )},
    **{name: number for number, name in enumerate(
        ("styczen", "luty", "marzec", "kwiecien", "maj", "czerwiec", "lipiec", "sierpien", "wrzesien",
         "pazdziernik", "listopad", "grudzien"), start=1
    )},
    **{name: number for number, name in enumerate(
        ("ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna",
         "listopadu", "prosince"), start=1
    )},
    **{name: number for number, name in enumerate(
        ("leden", "unor", "brezen", "duben", "kveten", "cerven", "cervenec", "srpen", "zari", "rijen",
         "listopad", "prosinec"), start=1
    )},
}  # fmt: skip


def _plain(word: str) -> str:
    """``word`` folded and without its accents ("Března" → "brezna"); "ł" has none to drop."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


_NUMBERS = re.compile(r"(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})")
#: "17 Aug 2027", "15-mar-2027" (Excel and Google Sheets in Mexico), "15 de marzo de 2027", "15 Şubat 2027";
#: the first of a month as Argentina and Chile write it: "1.º de abril de 2027", "1° de abril" (field 123).
_NAMED = re.compile(
    r"(\d{1,2})(?:\.?\s?[º°]|ro(?=\s))?\.?(?:\s*-\s*|\s+de\s+|\s*)([^\W\d_]{3,})\.?,?"
    r"(?:\s*-\s*|\s+de(?:l)?\s+|\s*)(\d{4})"
    # Russian "15 марта 2027 г.", Kazakh "15 наурыз 2027 ж.", Polish "15 marca 2027 r." ("roku")
    r"(?:\s*(?:г\.?|года|ж\.?|жыл|r\.|roku))?",
    re.IGNORECASE,
)
#: The month first, as the US and Mexico write a day in words: "March 15, 2027", "marzo 15, 2027".
_MONTH_FIRST = re.compile(r"([^\W\d_]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})")
#: Mongolian, the year first in words (field test 119: skipped as unreadable): "2027 оны 3-р сарын 15",
#: "2027 оны 3 дугаар сарын 15-ны өдөр", "2027 он 12 сар 31".
_MONGOLIAN = re.compile(
    r"(\d{4})\s*(?:-?\s*(?:оны|он))\s*(\d{1,2})\s*(?:-?\s*(?:р|дугаар|дүгээр))?\s*(?:сарын|сар)\s*"
    r"(\d{1,2})\s*(?:-?\s*(?:ны|ний|нд|нээс))?\s*(?:өдөр)?",
    re.IGNORECASE,
)

#: Kazakh, the year first (field test 121: unreadable): "2027 жылғы 15 наурыз", "2027 ж. 15 наурыз".
_KAZAKH = re.compile(r"(\d{4})\s*(?:жылғы|жылы|жыл|ж\.?)\s*(\d{1,2})\s*([^\W\d_]{3,})", re.IGNORECASE)


def written_day(text: str, order: str | None = None) -> dt.date | None:
    """The day ``text`` writes day first, or None (not such a day, no such day, or one that
    :func:`reads_two_ways` unless ``order`` is "dmy" or "mdy", the way the office's country writes
    dates, which then decides)."""
    if found := _MONGOLIAN.fullmatch(text):
        year, month, day = int(found[1]), int(found[2]), int(found[3])
    elif (found := _KAZAKH.fullmatch(text)) and _a_month_name(found[3]):
        day, month, year = int(found[2]), _MONTHS.get(found[3][:3].casefold(), 0), int(found[1])
    elif found := _NUMBERS.fullmatch(text):
        first, second, year = int(found[1]), int(found[3]), int(found[4])
        if first <= 12 and second <= 12 and first != second:
            # 05/08/2027: the 5th of August or the 8th of May
            if order not in ("dmy", "mdy"):
                return None
            day, month = (first, second) if order == "dmy" else (second, first)
        else:
            day, month = (second, first) if second > 12 else (first, second)  # 08/17/2027: month first
    elif found := _NAMED.fullmatch(text):
        month_word = turkish_case.fold(found[2])  # "İ".casefold() keeps a combining dot
        day, year = int(found[1]), int(found[3])
        if not (month := _WHOLE_MONTHS.get(_plain(found[2]), 0)):
            month = _MONTHS.get(month_word[:3], 0) if _a_month_name(found[2]) else 0
        if not month:
            return None
    elif found := _MONTH_FIRST.fullmatch(text):
        day, month, year = int(found[2]), _MONTHS.get(found[1][:3].casefold(), 0), int(found[3])
        if not month or not _a_month_name(found[1]):
            return None
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def reads_two_ways(text: str) -> bool:
    """ "05/08/2027": a day and a month both 12 or less, and not the same, in numbers alone."""
    found = _NUMBERS.fullmatch(text.strip())
    if not found:
        return False
    first, second = int(found[1]), int(found[3])
    return first <= 12 and second <= 12 and first != second


#: Whole month names and the short forms read; "Mayday" or "Decimal" are not months.
_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "januari", "februari", "maret", "mei", "juni", "juli"}
    | {"agustus", "oktober", "desember", "sept", "agt", "ags"}
    | {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre"}
    | {"setiembre", "octubre", "noviembre", "diciembre"}
    | {"ocak", "şubat", "subat", "mart", "nisan", "mayıs", "mayis", "haziran", "temmuz", "ağustos"}
    | {"agustos", "eylül", "eylul", "ekim", "kasım", "kasim", "aralık", "aralik"}
    | {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября"}
    | {"октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль"}
    | {"август", "сентябрь", "октябрь", "ноябрь", "декабрь", "янв", "фев", "мар", "апр", "июн", "июл"}
    | {"авг", "сен", "сент", "окт", "ноя", "нояб", "дек"}
    | {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан"}
    | {"қараша", "желтоқсан"}
)


def _a_month_name(word: str) -> bool:
    folded = turkish_case.fold(word)
    return len(folded) == 3 or folded in _NAMES
