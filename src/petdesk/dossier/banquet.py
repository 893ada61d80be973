"""The banquet sheet: one page for the restaurant about one meal of a visit — when, where, how many
at the table, the dietary tally and the seating in order of precedence (dossier54). The programme's
meal line ("At this meal: 28 people · Halal 11") said it inside the dossier only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from petdesk.dossier.data import ItemInfo, Participant, VisitData, in_precedence, programme_item
from petdesk.dossier.labels import Bi, enum_label, label
from petdesk.dossier.layout import (
    BiTable,
    Col,
    Heading,
    Row,
    Section,
    Text,
    fmt_long_date,
    fmt_time_range,
    place_line,
)
from petdesk.dossier.needs_tally import MEAL_KINDS, dietary_tally, meal_people, needs_text, tally_line
from petdesk.dossier.visit import all_day_text, names_cell, other_clock
from petdesk.i18n import format_number

#: The meal of the banquet sheet: a programme item of the visit by id or a unique beginning of it.
meal_item = programme_item


def _fact(key: str, en: str, zh: str) -> Text:
    name = label(key)
    return Text(Bi(f"{name.en}: {en}" if en else "", f"{name.zh}：{zh}" if zh else ""))


def _when(item: ItemInfo, zone: str, lang: str) -> tuple[str, str]:
    """The day and the time on the visit's clock, with the meal's own after it when it differs."""
    here = ZoneInfo(zone)
    start, end = item.start.astimezone(here), item.end.astimezone(here)
    day = fmt_long_date(start.date(), lang)
    if item.all_day:
        return day, all_day_text(item, lang)
    time = fmt_time_range(start, end, lang)
    if item.timezone != zone:
        time += ("" if lang == "zh" else " ") + other_clock(item, lang)
    return day, time


def banquet_sections(data: VisitData, item: ItemInfo) -> list[Section]:
    """The one-page sheet: the facts the restaurant asks for, then the guests by precedence."""
    people: list[Participant] = in_precedence(meal_people(item, data.participants))
    (day_en, time_en), (day_zh, time_zh) = (_when(item, data.timezone, lang) for lang in ("en", "zh"))
    count = Bi(*(format_number(len(people), lang) for lang in ("en", "zh")))
    needs = Bi(*(tally_line(dietary_tally(people), lang) for lang in ("en", "zh")))
    at = label("1 person" if len(people) == 1 else "{n} people")
    none = label("None recorded.")
    where = Bi(*(place_line(item.place.get(lang), item.city.get(lang), lang) for lang in ("en", "zh")))
    blocks = [
        Text(Bi(item.title.en, item.title.zh) if item.title else enum_label(item.kind), "h2"),
        _fact("Date", day_en, day_zh),
        _fact("Time", time_en, time_zh),
        _fact("Place", where.en, where.zh),
        _fact("Address", item.address.en, item.address.zh),
        _fact("At this meal", at.en.format(n=count.en), at.zh.format(n=count.zh)),
        _fact("Dietary requirements", needs.en or none.en, needs.zh or none.zh),
        Heading(label("Seating by precedence")),
        BiTable(
            [
                Col(label("No."), 0.4, shared=True, align="RIGHT"),
                Col(label("Name"), 1.9, shared=True),
                Col(label("Role"), 1.0),
                Col(label("Dietary requirements"), 1.6),
            ],
            [
                Row(
                    [
                        str(n),
                        names_cell(p.person),
                        enum_label(p.role),
                        Bi(
                            needs_text(p.person.dietary_needs, "en"), needs_text(p.person.dietary_needs, "zh")
                        ),
                    ]
                )
                for n, p in enumerate(people, start=1)
            ],
            empty=label("None recorded."),
        ),
    ]
    return [Section("banquet", label("Banquet sheet"), blocks, new_page=False)]


@dataclass(frozen=True)
class MealChoice:
    """One meal the window offers a banquet sheet for: its id, when it starts on the visit's clock,
    its title and how many are at it."""

    item_id: str
    when: dt.datetime
    title: Bi
    people: int


def meal_choices(data: VisitData) -> list[MealChoice]:
    """The visit's meals (banquets) in programme order, each with the number at it."""
    here = ZoneInfo(data.timezone)
    return [
        MealChoice(
            item.id,
            item.start.astimezone(here),
            item.title if item.title else enum_label(item.kind),
            len(meal_people(item, data.participants)),
        )
        for item in data.items
        if item.kind in MEAL_KINDS
    ]
