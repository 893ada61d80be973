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
)


def count_name(name: str, _: Translate) -> str:
    """``name`` ("contacts") in the language of ``_``; a name not listed here stays as it is."""
    return _(name) if name in COUNT_NAMES else name


def counts_text(counts: dict[str, int], _: Translate, *, skip_zero: bool = False) -> str:
    """ "62 organisations, 30 contacts" as the commands always wrote it; "合作机构 62，联系人 30"."""
    parts = [
        # TRANSLATORS: a count and what it counts, "30 contacts"; {name} is one of the names above.
        _("{n} {name}").format(n=n, name=count_name(name, _))
        for name, n in counts.items()
        if n or not skip_zero
    ]
    # TRANSLATORS: what separates the counts of a list ("30 contacts, 12 visits").
    return _(", ").join(parts)


def record_counts_text(counts: dict[str, int], _: Translate, locale: str) -> str:
    """Counts keyed by kind of record ("contact"), as ``backup``/``backups`` write them: the kind as
    the data names it in English ("200 contact", which scripts read), the glossary's term in Chinese."""
    from petdesk.language import is_chinese
    from petdesk.services.stats import COUNTED

    names = {table: name for name, table in COUNTED}  # "contact" -> "contacts", as stats names it
    chinese = is_chinese(locale)
    parts = [
        _("{n} {name}").format(n=n, name=count_name(names.get(kind, kind), _) if chinese else kind)
        for kind, n in counts.items()
        if n
    ]
    return _(", ").join(parts) or _("empty")
