"""What a catalogue import did, in lines for the user: the same lines on the command line and in the
window's result dialog (field test 26, §1 and §6), so that neither says less than the other."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from petdesk.i18n import translator
from petdesk.language import is_chinese
from petdesk.textsafety import one_line

if TYPE_CHECKING:
    from petdesk.exchange.flat import CatalogueReport

#: How many characters of an old or new value a change line shows.
SHOWN_CHARACTERS = 30
#: How many problems (bad rows) a refusal lists before "and N more".
SHOWN_PROBLEMS = 50


@dataclass(frozen=True)
class FieldChange:
    """One field of a matched record that the import changes: its values before and after."""

    field: str
    old: Any
    new: Any


def shortened(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value_text(value: Any, locale: str) -> str:
    """A stored value as a change line shows it: an empty one as "(empty)", yes/no, labels."""
    from petdesk.vocab import label

    _ = translator(locale)
    zh = locale.startswith("zh")
    if value is None or value == "" or value == []:
        return _("(empty)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, enum.Enum):
        return label(value, locale)
    if isinstance(value, list):
        return ("、" if zh else "; ").join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def change_line(change: FieldChange, entity: str, locale: str) -> str:
    """ "Description (English): Membrane bioreactor for… → (empty)"."""
    from petdesk.sync.labels import field_label
    from petdesk.vocab import technology_area_label

    old, new = change.old, change.new
    if change.field == "sector":
        old, new = (technology_area_label(v, locale) if v else v for v in (old, new))
    label = field_label(change.field, locale, entity)
    colon = "：" if locale.startswith("zh") else ": "
    return f"{label}{colon}{shortened(value_text(old, locale))} → {shortened(value_text(new, locale))}"


def summary(report: CatalogueReport, locale: str, *, dry_run: bool = False) -> str:
    """ "Added 993 technologies; updated 7; new organisations: 30" (or what a dry run would do)."""
    _ = translator(locale)
    n = len(report.added)
    added = (
        _.ngettext("{n} technology", "{n} technologies", n)
        if report.kind == "technologies"
        else _.ngettext("{n} city need", "{n} city needs", n)
    ).format(n=n)
    # A dry run says what would happen ("Would add 1 city need; would update 0"), not "updated".
    sentence = (
        _("Would add {added}; would update {updated}; new organisations: {organisations}")
        if dry_run
        else _("Added {added}; updated {updated}; new organisations: {organisations}")
    )
    return sentence.format(
        added=added, updated=len(report.updated), organisations=len(report.new_organisations)
    )


def warnings(report: CatalogueReport, locale: str) -> list[str]:
    """The report's warnings (a row that may hold several needs …) in ``locale``."""
    from petdesk.messages import localize

    return [localize(warning, locale) for warning in report.warnings]


def reader_names(session: Any, kind: str, labels: list[str], locale: str) -> dict[str, str]:
    """The Chinese names of the records a catalogue import report names by their English name (a
    Chinese user read "~ Compact membrane bioreactor": field test 26, §11; the window still did,
    field test 63), where the English name is one record's; empty in English. For ``report_lines``."""
    from sqlalchemy import select

    from petdesk import models as m

    if not is_chinese(locale) or not labels:
        return {}
    model: Any = m.Technology if kind == "technologies" else m.CityNeed
    en, zh = (model.name_en, model.name_zh) if kind == "technologies" else (model.title_en, model.title_zh)
    found: dict[str, set[str]] = {}
    wanted = sorted(set(labels))
    for start in range(0, len(wanted), 500):  # well under SQLite's limit of bound values
        part = wanted[start : start + 500]
        for name_en, name_zh in session.execute(
            select(en, zh).where(en.in_(part), model.deleted_at.is_(None))
        ):
            found.setdefault(name_en, set()).add(name_zh)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and next(iter(v))}


def report_lines(report: CatalogueReport, locale: str, names: dict[str, str] | None = None) -> list[str]:
    """Every added and updated record (with each field it changes) and every new organisation, one
    line each, as ``petdesk import-technologies`` prints them below its count. ``names`` gives a
    record's name in the reader's language for the name the report holds (its English one)."""
    _ = translator(locale)
    shown = names or {}
    entity = "technology" if report.kind == "technologies" else "city_need"
    lines = [f"  + {one_line(shown.get(name, name))}" for name in report.added]
    for name, changes in report.changes:
        lines.append(f"  ~ {one_line(shown.get(name, name))}")
        lines.extend(f"      {change_line(c, entity, locale)}" for c in changes)
    organisation = _("organisation:")
    lines.extend(f"  + {organisation} {one_line(name)}" for name in report.new_organisations)
    return lines


def capped(problems: list[str], locale: str, limit: int = SHOWN_PROBLEMS) -> list[str]:
    """The first ``limit`` problems and a last line saying how many more there are."""
    if len(problems) <= limit:
        return problems
    _ = translator(locale)
    more = len(problems) - limit
    return [*problems[:limit], _.ngettext("… and {n} more", "… and {n} more", more).format(n=more)]
