"""Validation results with messages a user can act on, in English or Chinese.

Services raise :class:`ValidationError` carrying every problem found at once (not only the first),
each tied to the form field it concerns so the window can mark that field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from dataclasses import dataclass

from babel import Locale

from petdesk import vocab
from petdesk.i18n import N_, translator
from petdesk.services.matching import phone_number_part


@dataclass(frozen=True)
class Issue:
    """One problem with one field. ``message`` is the English template with ``{name}`` placeholders,
    marked with ``N_()`` where it is written so that the core catalogue carries its translation;
    a parameter that is an enum member (a contact channel) is shown by its label in the language."""

    field: str
    message: str
    # dataclasses.field spelled out: the attribute ``field`` above shadows the bare name here.
    params: dict[str, str | enum.Enum] = dataclasses.field(default_factory=dict)

    def text(self, locale: str = "en") -> str:
        shown = {
            key: vocab.label(value, locale) if isinstance(value, enum.Enum) else value
            for key, value in self.params.items()
        }
        return translator(locale)(self.message).format(**shown)

    def __str__(self) -> str:
        return self.text("en")


class ValidationError(ValueError):
    """Input that cannot be saved; ``issues`` lists every problem."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        super().__init__("; ".join(str(i) for i in self.issues))

    def text(self, locale: str = "en") -> str:
        return "\n".join(i.text(locale) for i in self.issues)

    def fields(self) -> set[str]:
        return {i.field for i in self.issues}


class NotFoundError(LookupError):
    """No live record with that id."""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[^@\s.\d]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-().\/]+$")
_WEBSITE = re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE)


def email_problem(value: str) -> str | None:
    """None when ``value`` looks like an e-mail address, else the message to show."""
    if not _EMAIL.match(value.strip()):
        return N_("“{value}” is not an e-mail address (expected something like name@example.org).")
    return None


def phone_problem(value: str) -> str | None:
    """None when ``value`` is a plausible phone number (5 to 15 digits, optional + and extension),
    in full-width characters too, or a tel: URI: what its key (``matching.normalize_phone``) reads."""
    main = phone_number_part(value)
    if not _PHONE_CHARS.match(main):
        return N_(
            "“{value}” is not a phone number: use digits, spaces, dashes or brackets, "
            "with + only at the start (e.g. +86 10 6512 3456)."
        )
    digits = sum(ch.isdigit() for ch in main)
    if not 5 <= digits <= 15:
        return N_("“{value}” has {digits} digits; a phone number has between 5 and 15.")
    return None


def website_problem(value: str) -> str | None:
    if value.strip() and not _WEBSITE.match(value.strip()):
        return N_("“{value}” is not a web address (expected e.g. www.example.org).")
    return None


def country_codes() -> set[str]:
    territories = Locale.parse("en").territories
    return {code for code in territories if isinstance(code, str) and len(code) == 2 and code.isalpha()}


def date_order_issue(start: dt.date | None, end: dt.date | None, field_name: str) -> Issue | None:
    if start and end and end < start:
        return Issue(
            field_name,
            N_("The end date {end} is before the start date {start}."),
            {"start": start.isoformat(), "end": end.isoformat()},
        )
    return None
