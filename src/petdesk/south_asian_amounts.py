"""Amounts and rupees as the offices in Bangladesh and Pakistan write them (field test 122, Dhaka and
Karachi): Bengali digits (০-৯) and words ("২.৫ কোটি টাকা" -> "2.5 crore BDT"), the taka's signs
"৳", "Tk", "Tk." -> "BDT"; Urdu's digits (۰-۹) and words ("۲۵ لاکھ روپے" -> "PKR 25 lakh", money63);
and "Rs", the sign of several countries' rupees, which at a Pakistani office (or in a sheet kept in
rupees) is that country's rupee, not India's."""

from __future__ import annotations

import re

_BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_BENGALI_WORDS = (
    (re.compile(r"কোটি"), " crore "),
    (re.compile(r"লক্ষ|লাখ"), " lakh "),
    (re.compile(r"টাকা"), " BDT "),
)
#: The taka's sign and its Latin abbreviation, before or after a number: "৳ 45,00,000", "Tk 2.5 crore".
_TAKA = re.compile(r"৳|(?<![A-Za-z])Tk\.?(?![A-Za-z])")
#: Urdu's lakh and crore (with the Urdu or the Arabic kaf, as keyboards give it) and its rupee, singular
#: and plural as sheets spell them: "۲۵ لاکھ روپے", "۱ کروڑ روپیہ". Its arab, a hundred crore (a thousand
#: million): "۵ ارب روپے" (money64: refused as no number); a word of its own, not the start of Arabic's
#: اربعة (four).
_URDU_WORDS = (
    (re.compile(r"لا[کك]ھ"), " lakh "),
    (re.compile(r"[کك]روڑ"), " crore "),
    (re.compile(r"(?<![^\W\d_])ارب(?![^\W\d_])"), " arab "),
    (re.compile(r"روپ(?:ے|یہ|ئے|یے|ئیے)"), " "),
)
#: The rupee of each country whose rupee is written "Rs" (India's is also "₹").
RUPEE_OF_COUNTRY = {"PK": "PKR", "IN": "INR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}


def latin_taka_amount(text: str) -> str:
    """``text`` with Bengali digits and words and the taka's signs written as the amount readers know
    them; any other text as it is."""
    if not re.search(r"[\u0980-\u09ff]|Tk", text):
        return text
    plain = _TAKA.sub(" BDT ", text.translate(_BENGALI_DIGITS))
    for word, latin in _BENGALI_WORDS:
        plain = word.sub(latin, plain)
    plain = " ".join(plain.split())
    # the code once, before the amount: "BDT 2.5 crore BDT" from "Tk ২.৫ কোটি টাকা"
    if plain.count("BDT") > 1 or plain.endswith(" BDT"):
        plain = "BDT " + " ".join(plain.replace("BDT", " ").split())
    return plain


def rupee_of(sheet_currency: str, country: str) -> str:
    """Whose rupee "Rs" is: the sheet's currency where that is a rupee (PKR in a Karachi office's
    sheet), else the row's or office's country's rupee, else India's, the likeliest."""
    if sheet_currency in RUPEE_OF_COUNTRY.values():
        return sheet_currency
    return RUPEE_OF_COUNTRY.get(country.strip().upper(), "INR")


def latin_urdu_amount(text: str, rupee: str = "PKR") -> str:
    """``text`` with Urdu's digits and words written as the amount readers know them, its currency
    ``rupee`` (Pakistan's unless the sheet or row says India's) before it: "۲۵ لاکھ روپے" is
    "PKR 25 lakh"; text without Urdu's words as it is (they were refused as no number)."""
    if not any(word.search(text) for word, _latin in _URDU_WORDS):
        return text
    from petdesk.arabic_amounts import latin_amount  # Urdu's digits, its ٫ and ٬ too

    plain = latin_amount(text)
    for word, latin in _URDU_WORDS:
        plain = word.sub(latin, plain)
    return f"{rupee} {' '.join(plain.split())}"
