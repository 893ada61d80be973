"""Names of counted kinds of records, as ``petdesk stats``, ``demo`` and ``backups`` write them.

The counts come from ``services.stats.COUNTED`` and the demo generator keyed by these English plural
names; they are marked here for the core catalogue and translated where they are shown. Kept free of
babel (``petdesk.language.N_``): ``petdesk stats`` in English stays quick (issue 18).
"""

from __future__ import annotations

from petdesk.cli.context import Translate
from petdesk.language import N_

#: Every name a count may carry (English plural, as the services key their counts).
COUNT_NAMES = (
    N_("organisations"),
    N_("contacts"),
    N_("contact methods"),
    N_("affiliations"),
    N_("visits"),
    N_("visit participants"),
    N_("itinerary items"),
    N_("itinerary organisations"),
    N_("itinerary attendees"),
    N_("follow-ups"),
    N_("trainings"),
    N_("training sessions"),
    N_("session trainers"),
    N_("training participants"),
    N_("attendance records"),
    N_("activities"),
    N_("projects"),
    N_("technologies"),
    N_("city needs"),
    N_("matches"),
)


def count_name(name: str, _: Translate) -> str:
    """``name`` ("contacts") in the language of ``_``; a name not listed here stays as it is."""
    return _(name) if name in COUNT_NAMES else name


def counts_text(counts: dict[str, int], _: Translate, *, skip_zero: bool = False) -> str:
    """ "62 organisations, 30 contacts" as the commands always wrote it; "合作机构 62，联系人 30"."""
    parts = [
        # TRANSLATORS: a count and what it counts, "30 contacts"; {name} is one of the names above.
        _("{n} {name}").format(n=_.number(n), name=count_name(name, _))
        for name, n in counts.items()
        if n or not skip_zero
    ]
    # TRANSLATORS: what separates the counts of a list ("30 contacts, 12 visits").
    return _(", ").join(parts)


def record_counts_text(counts: dict[str, int], _: Translate, locale: str) -> str:
    """Counts keyed by kind of record ("contact"), as ``backup``/``backups`` write them: "1 contact,
    200 visits" in English (it said "200 contact": field test 20, §9), the glossary's term in Chinese."""
    from petdesk.language import is_chinese
    from petdesk.services.stats import COUNTED

    names = {table: name for name, table in COUNTED}  # "contact" -> "contacts", as stats names it
    chinese = is_chinese(locale)

    def name(kind: str, n: int) -> str:
        plural = names.get(kind, kind)
        if chinese:
            return count_name(plural, _)
        return plural if n != 1 or kind not in names else _english_singular(plural)

    parts = [_("{n} {name}").format(n=_.number(n), name=name(kind, n)) for kind, n in counts.items() if n]
    return _(", ").join(parts) or _("empty")


def _english_singular(plural: str) -> str:
    """One of the stats' plural names made singular: "activities" -> "activity", "follow-ups" ->
    "follow-up" (the names are all regular)."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")
