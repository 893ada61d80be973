"""Amounts of money typed as text (the command line), read one way everywhere.

People type money the way their country writes it: 1,234.56 in Britain and China, 1.234,56 in
Germany, 1 234,56 in France, 1'234.56 in Switzerland. Removing every comma read "1.234,56" as
1.23456 (field test 37, §1), so an amount is read only when its form says which mark is the
decimal one, and refused, never guessed, when it does not.
"""

from __future__ import annotations

import re

from petdesk.language import N_

#: Marks that separate groups of three digits (a no-break and a narrow no-break space too).
_GROUP_MARKS = " '\u00a0\u202f"
#: Digits in groups of three, the same mark between each group (captured as "g").
_GROUPED = r"\d{{1,3}}(?:(?P<g>[{marks}])\d{{3}})(?:(?P=g)\d{{3}})*"

#: The forms read, each with its decimal mark: plain 1234 / 1234.56, comma decimals 1234,56,
#: groups with a decimal point (1,234.56, 1 234.56, 1'234.56), groups with a decimal comma
#: (1.234,56, 1 234,56). A decimal comma has one or two digits after it, as money does.
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\d+(?:\.\d+)?"), "."),
    (re.compile(r"\d+,\d{1,2}"), ","),
    (re.compile(_GROUPED.format(marks="," + _GROUP_MARKS) + r"(?:\.\d+)?"), "."),
    (re.compile(_GROUPED.format(marks="." + _GROUP_MARKS) + r"(?:,\d{1,2})?"), ","),
)
#: "1.234": one thousand two hundred and thirty-four in Germany, one point two three four elsewhere.
_DOT_OR_GROUP = re.compile(r"\d{1,3}\.\d{3}")

#: The largest amount stored, the same as the window's amount boxes allow.
MAX_AMOUNT = 1e13

ACCEPTED_FORMS = "1234.56, 1,234.56, 1234,56, 1.234,56 or 1 234,56"


#: Said of text that is not an amount, and of text that could be read two ways.
NOT_AN_AMOUNT = N_("{text} is not an amount: write it like {forms}")
TWO_WAYS = N_("{text} could be read two ways: write 1234 or 1.234,00 for a thousand and more")


class AmountError(ValueError):
    """Text that is not an amount: ``template`` (marked for translation) with ``values`` filled in."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template, self.values = template, values


def parse_amount(text: str) -> float | None:
    """The amount ``text`` writes; None for "", "none" or "-" (not known). A leading minus is kept
    so that the caller can say that an amount cannot be negative. Raises :class:`AmountError`
    for text that is not an amount, or that could be read two ways ("1.234")."""
    typed = text.strip()
    if typed.lower() in ("", "none", "-"):
        return None
    sign, digits = ("-", typed[1:].lstrip()) if typed[:1] in "-−" else ("", typed.lstrip("+"))
    if _DOT_OR_GROUP.fullmatch(digits):
        raise AmountError(TWO_WAYS, text=typed)
    for form, decimal_mark in _FORMS:
        if form.fullmatch(digits):
            whole, _, cents = digits.rpartition(decimal_mark) if decimal_mark in digits else (digits, "", "")
            whole = re.sub(r"\D", "", whole)
            return float(f"{sign}{whole}.{cents or 0}")
    raise AmountError(NOT_AN_AMOUNT, text=typed, forms=ACCEPTED_FORMS)
