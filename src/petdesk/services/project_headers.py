"""The header words ``import-projects`` reads in each column, listed by ``import-projects --headers``:
its ``--help`` named the Chinese, English and Indonesian ones alone while the table read a dozen more
languages (the help now names the languages, and this lists the words)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from petdesk.language import N_
from petdesk.services.past_projects import HEADERS

LISTED = N_("Headers import-projects reads, compared without case, spaces, accents or a unit:")

#: What each field of :data:`~petdesk.services.past_projects.HEADERS` is, as the list names it.
HEADER_FIELDS: dict[str, str] = {
    "title": N_("project name"),
    "partners": N_("applicant and partners"),
    "country": N_("country"),
    "funder": N_("funder"),
    "amount": N_("amount requested"),
    "approved": N_("amount approved"),
    "currency": N_("currency"),
    "cofinancing": N_("co-financing"),
    "programme": N_("funding programme"),
    "submitted": N_("submitted"),
    "stage_date": N_("day the status was reached"),
    "ended": N_("ended"),
    "started": N_("started"),
    "deadline": N_("due"),
    "year": N_("year"),
    "status": N_("status"),
    "manager": N_("manager"),
    "remark": N_("remark"),
}


def header_lines(translate: Callable[[str], str]) -> list[str]:
    """A line per column: its name in the reader's language, then the words that name it, as they are
    compared (lower case, without spaces, accents or a unit in brackets)."""
    lines = [translate(LISTED)]
    for field, words in HEADERS.items():
        name = translate(HEADER_FIELDS.get(field, field))
        # wrapped between words (a word never broken: it is what a header must read)
        said = f"  {name}: {', '.join(words)}"
        lines += textwrap.wrap(
            said, 100, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False
        )
    return lines
