"""The field separator of the CSV files petdesk writes for people to open in a spreadsheet.

Excel splits a CSV file at the list separator of the system's region: a comma where numbers have
a decimal point, a semicolon where they have a decimal comma (Germany, France, the Netherlands).
A comma-separated file opened there shows every row in one column (field test 74), so the export
asks; the command line keeps the comma unless told (``--delimiter``), the window offers the
semicolon first where the decimal mark is a comma. No Qt, no babel: the command line's parser
imports this module."""

from __future__ import annotations

from petdesk.quoting import quoted

#: Each choice's name (the command line's word) and the character it writes.
SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t"}
#: What every writer wrote before there was a choice, and still writes unless asked.
DEFAULT = "comma"


def separator(name_or_char: str) -> str:
    """The character for a choice's name, or the character itself; ValueError for anything else."""
    if name_or_char in SEPARATORS:
        return SEPARATORS[name_or_char]
    if name_or_char in SEPARATORS.values():
        return name_or_char
    raise ValueError(f"unknown field separator {quoted(name_or_char)}; choose {', '.join(SEPARATORS)}")


def name_of(char: str) -> str:
    """The choice's name of a separator character (the command line's word for it)."""
    return next(name for name, sep in SEPARATORS.items() if sep == separator(char))


def for_decimal_mark(decimal_mark: str) -> str:
    """The choice a spreadsheet of a region with this decimal mark splits at: a decimal comma
    leaves the comma to numbers, so the list separator is the semicolon."""
    return "semicolon" if decimal_mark == "," else DEFAULT


def decimal_mark(delimiter: str) -> str:
    """The decimal mark of the numbers in a CSV file split at ``delimiter``: a semicolon file is for
    Excel where numbers have a decimal comma, which reads "1234.50" as text and "12.50" as a date
    (csv53), so the comma there; the point in a comma or tab file, as before. Not the writer's
    locale: the file is opened on the reader's system, whose Excel the separator was chosen for."""
    return "," if separator(delimiter) == ";" else "."


def number_cell(value: float, delimiter: str, places: int | None = None) -> str:
    """``value`` as a CSV cell a spreadsheet of the separator's region reads as a number: the
    decimal mark of :func:`decimal_mark`, no thousands separator (a grouped "1.234,50" is a number
    only where the dot groups), ``places`` decimals (else as many as it has, never an exponent)."""
    from decimal import Decimal

    text = f"{value:.{places}f}" if places is not None else format(Decimal(repr(value)), "f")
    return text.replace(".", decimal_mark(delimiter))


def guessed(text: str) -> str:
    """The field separator of a CSV file's ``text``: the one of comma, semicolon and tab its first
    line that has any of them holds most (a comma when none). Excel in South Africa, France or Germany
    saves "CSV UTF-8" with semicolons, which was read as one column (field test 111)."""
    for line in text.splitlines():
        counts = {char: line.count(char) for char in SEPARATORS.values()}
        if any(counts.values()):
            return max(counts, key=lambda char: counts[char])
    return SEPARATORS[DEFAULT]
