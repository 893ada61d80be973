"""Amounts as offices in Arabic-speaking countries write them, in the words and digits the amount
readers know: "١٢٬٥٠٠٬٠٠٠ ج.م." -> "12,500,000 EGP", "12.5 مليون جنيه" -> "12.5 million EGP",
"LE 3,000,000" -> "EGP 3,000,000" (field test 118, Cairo). Arabic-Indic (٠-٩) and Eastern Arabic
(۰-۹) digits become 0-9, the Arabic thousands separator ٬ a comma and the decimal separator ٫ a
point; the direction marks Excel and phones put around them go."""

from __future__ import annotations

import re

from petdesk.textsafety import without_direction_marks

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")
#: The Egyptian pound: ج.م. (جنيه مصري), جنيه, and the Latin "LE", "L.E.", "E£" beside a number.
_EGYPTIAN_POUND = re.compile(
    r"ج\s?\.\s?م\s?\.?|جنيه(?:ات)?(?:\s+مصري)?|E£|(?<![A-Za-z])L\.?E\.?(?=\s*\d)|(?<=\d)\s*L\.?E\.?(?![A-Za-z])"
)
_WORDS = (
    # "bn", not "billion": the amount reader refuses "billion" (10^9 or 10^12), مليار is 10^9 alone
    (re.compile(r"مليارات|مليار"), " bn "),
    (re.compile(r"ملايين|مليون"), " million "),
    (re.compile(r"(?<!\S)(?:آلاف|ألف|الف)(?!\S)"), " thousand "),  # "٢٠٠ ألف دولار": 200 thousand dollars
    (re.compile(r"دولار(?:ات)?(?:\s+أمريكي)?"), " USD "),
    (re.compile(r"يورو"), " EUR "),
)
#: Arabic-Indic or Eastern Arabic (Persian, Urdu) digits with the Arabic thousands separator between
#: groups of three: "١٢٬٥٠٠", "۱۲٬۵۰۰٬۰۰۰", a decimal separator after them ("١٢٬٥٠٠٫٧٥").
_ARABIC_GROUPS = re.compile(r"[٠-٩۰-۹]{1,3}(?:٬[٠-٩۰-۹]{3})+(?=[^٠-٩۰-۹٬]|$)")
_ARABIC_DIGIT = re.compile(r"[٠-٩۰-۹]")
_ARABIC_OR_POUND = re.compile(r"[\u0600-\u06ff\u200e\u200f\u202a-\u202e\u2066-\u2069]|E£|L\.?E")


def latin_amount(text: str) -> str:
    """``text`` with Arabic digits, separators, currency and size words written the Latin way; any
    other text as it is."""
    if _ARABIC_OR_POUND.search(text) is None:
        return text
    plain = without_direction_marks(text).translate(_DIGITS)
    plain = _EGYPTIAN_POUND.sub(" EGP ", plain)
    for word, latin in _WORDS:
        plain = word.sub(latin, plain)
    return " ".join(plain.split())


def latin_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Eastern Arabic digits made Latin, its ٫ a decimal point and its
    ٬ between groups of three taken out ("١٢٬٥٠٠٫٧٥" -> "12500.75": the separator says which mark
    groups, so no reader of a decimal comma can take it for one); a ٬ elsewhere is left, and refused
    as no amount; text without such digits as it is (money64: "١٢٬٥٠٠" was refused as no amount)."""
    if _ARABIC_DIGIT.search(text) is None:
        return text
    plain = without_direction_marks(text)
    plain = _ARABIC_GROUPS.sub(lambda found: found[0].replace("٬", ""), plain)
    return plain.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789."))
