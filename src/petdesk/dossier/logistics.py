"""Logistics pages of the visit dossier (travel, rooming, cars, gifts), the emergency page, and the
per-item protocol line of the programme (host, interpreter, car, dress code)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from reportlab.platypus import Flowable

from petdesk import labels
from petdesk.chinese_names import has_cjk
from petdesk.dossier.data import NBSP
from petdesk.dossier.labels import Bi, label, order
from petdesk.dossier.layout import (
    BiTable,
    Block,
    Col,
    Heading,
    Pair,
    Parts,
    Row,
    Section,
    Text,
    fmt_date,
    fmt_time,
    fmt_utc_offset,
    join,
    rich,
)
from petdesk.services.logistics import (
    EmergencyView,
    ItemProtocolView,
    LegView,
    Logistics,
    Person,
    StayView,
    VehicleView,
)

MUTED = {"muted": True}
SMALL_MUTED = {"muted": True, "size": 7.5}
SMALL_BOLD = {"bold": True, "size": 7.5}
BOLD = {"bold": True}
_MODES = {
    "flight": label("Flight"),
    "train": label("Train"),
    "car": label("Car"),
    "other": label("Other transport"),
}


def _name(p: Person, lang: str) -> str:
    """The person's name in ``lang``, its spaces unbreakable: a list of travellers breaks between
    names, never inside one ("Xia / Chenhai" was found in a Letter-size dossier)."""
    return (p.name_zh if lang.startswith("zh") and p.name_zh else p.name_en).replace(" ", NBSP)


def _lang(lang: str) -> str:
    return "en" if lang == "both" else lang


def dress_code(text: str, lang: str) -> str:
    """A dress code in ``lang`` when it is a preset or a common one (labels.dress_code_names: "business
    casual" is 商务便装 in the Chinese column); anything else as typed, once, in the column of its own
    script: it was printed in both, English words in the Chinese column (protocol-office field test)."""
    names = labels.dress_code_names(text)
    if names is not None:
        return names[1] if lang == "zh" else names[0]
    return text if has_cjk(text) == (lang == "zh") else ""


def protocol_parts(view: ItemProtocolView | None, lang: str) -> Parts:
    """ "Host: … · Interpreter: … · Car: … · Dress code: …" under a programme item."""
    if view is None:
        return []
    lang = _lang(lang)
    colon = "：" if lang == "zh" else ": "
    bits = []
    if view.host:
        bits.append(label("Host").get(lang) + colon + _name(view.host, lang))
    if view.interpreter:
        bits.append(label("Interpreter").get(lang) + colon + _name(view.interpreter, lang))
    if view.vehicles:
        bits.append(label("Car").get(lang) + colon + join(view.vehicles, lang))
    if view.dress_code and (dress := dress_code(view.dress_code, lang)):
        bits.append(label("Dress code").get(lang) + colon + dress)
    if view.seating_note:
        bits.append(label("Seating").get(lang) + colon + view.seating_note)
    return [("\n", {}), (" · ".join(bits), {"muted": True, "size": 7.5})] if bits else []


def _when(value: dt.datetime, zone: str, lang: str, where: str = "") -> Parts:
    """The day, the time and the zone by its city with its offset ("柏林 UTC+02:00"), as the window
    names it (by the city ``where`` names when it keeps that time); a shared column (``lang`` "both")
    in the document's first language, not always in English (field test 56, defect 2: "28 Mar 2027 …
    UTC+02:00" in a Chinese-first dossier)."""
    lang = order()[0] if lang == "both" else lang
    place = labels.leg_end_zone(where, zone, "zh_CN" if lang == "zh" else "en")
    return [(fmt_date(value.date(), lang), {}), ("\n", {}), (fmt_time(value, lang), BOLD), (" ", {}),
            (f"{place} {fmt_utc_offset(value)}", MUTED)]  # fmt: skip


def _leg_row(leg: LegView) -> Row:
    def journey(lang: str) -> Parts:
        lang = _lang(lang)
        head = " · ".join(x for x in (_MODES[leg.mode].get(lang), leg.number, leg.carrier) if x)
        parts: Parts = [(head, BOLD), ("\n", {}), (f"{leg.from_place} – {leg.to_place}", {})]
        if leg.notes:
            parts += [("\n", {}), (leg.notes, MUTED)]
        return parts

    def travellers(lang: str) -> Parts:
        return [(join([_name(p, _lang(lang)) for p in leg.travellers], _lang(lang)), {})]

    return Row(
        [
            journey,
            lambda lang: _when(leg.departs, leg.departs_timezone, lang, leg.from_place),
            lambda lang: _when(leg.arrives, leg.arrives_timezone, lang, leg.to_place),
            travellers,
        ]
    )


def travel_table(legs: Sequence[LegView]) -> BiTable:
    return BiTable(
        [
            Col(label("Journey"), 2.2),
            Col(label("Departs"), 1.2, shared=True),
            Col(label("Arrives"), 1.2, shared=True),
            Col(label("Travellers"), 2.0),
        ],
        [_leg_row(leg) for leg in legs],
        empty=label("None recorded."),
    )


#: Contact id → how the person's native name is read (PersonInfo.reading): kana, a romanisation.
Readings = Mapping[str, str]


def _person_cell(p: Person, readings: Readings) -> Callable[[str], Parts]:
    """The name, its reading on a small line below as the participant list prints it (field test
    56, defect 1): the rooming list showed 佐藤浩 without さとう ひろし (protocol-office field test)."""
    reading = readings.get(p.id, "")
    below: Parts = [("\n", {}), (reading, SMALL_MUTED)] if reading else []
    return lambda lang: [(_name(p, _lang(lang)), {}), *below]


def _rider(p: Person, lang: str, readings: Readings) -> str:
    """A rider in a list of names, the reading after the name in brackets: "佐藤浩（さとう ひろし）"."""
    reading = readings.get(p.id, "").replace(" ", NBSP)
    if not reading:
        return _name(p, lang)
    # A plain space before the bracket: a narrow column breaks there, not inside the reading.
    return f"{_name(p, lang)}（{reading}）" if lang == "zh" else f"{_name(p, lang)} ({reading})"


def _stay_blocks(stay: StayView, readings: Readings) -> list[Block]:
    def make(lang: str, width: float) -> list[Flowable]:
        r = rich(lang)
        r.add(stay.hotel, bold=True)
        for text in (stay.address, stay.phone):
            if text:
                r.br()
                r.add(text)
        r.br()
        sep = f" {label('to').zh} " if lang == "zh" else " – "
        r.add(fmt_date(stay.check_in, lang) + sep + fmt_date(stay.check_out, lang), muted=True)
        return [r.flowable()]

    rows = [Row([room.room, _person_cell(room.person, readings)]) for room in stay.rooms]
    table = BiTable(
        [Col(label("Room no."), 0.8, shared=True), Col(label("Name"), 3)], rows, empty=label("None recorded.")
    )
    return [Pair(make, split=False), table]


def _car_row(car: VehicleView, titles: dict[str, Bi], readings: Readings) -> Row:
    def items(lang: str) -> Parts:
        lang = _lang(lang)
        return [(join([titles[i].get(lang) for i in car.item_ids if i in titles], lang), {"size": 7.5})]

    def vehicle(lang: str) -> Parts:
        parts: Parts = [(car.vehicle, {})]
        if car.seats is not None:
            seats = label("{n} seats").get(_lang(lang)).format(n=car.seats)
            parts += [("\n", {}), (seats, MUTED)]
        return parts

    driver = car.driver_name.replace(" ", NBSP)
    return Row([vehicle, f"{driver}\n{car.driver_phone}".strip(), items, _riders_cell(car, titles, readings)])


def _riders_cell(car: VehicleView, titles: dict[str, Bi], readings: Readings) -> Callable[[str], Parts]:
    """Who rides: the names once when the same people ride for every item, else per item; a
    count over the seats is said (field test 52: riders were shown only in the window)."""
    over = set(car.over_capacity)

    def cell(lang: str) -> Parts:
        lang = _lang(lang)
        lists = {people for _item, people in car.riders}
        parts: Parts = []
        for item, people in car.riders if len(lists) > 1 else car.riders[:1]:
            if not people:
                continue
            if parts:
                parts.append(("\n", {}))
            if len(lists) > 1 and item in titles:
                parts.append((titles[item].get(lang) + ("：" if lang == "zh" else ": "), SMALL_MUTED))
            parts.append((join([_rider(p, lang, readings) for p in people], lang), {"size": 7.5}))
            if item in over:
                parts += [
                    ("\n", {}),
                    (
                        label("Over capacity: {riders} riders").get(lang).format(riders=len(people)),
                        SMALL_BOLD,
                    ),
                ]
        return parts

    return cell


def _open_questions(lg: Logistics) -> Text:
    """ "Open questions: No hotel for the night of 20 Mar 2027; …" in each language."""
    words = label("Open questions: {questions}")

    def said(locale: str) -> str:
        sep = "；" if locale.startswith("zh") else "; "
        return sep.join(gap.describe(locale) for gap in lg.rooming_gaps)

    return Text(Bi(words.en.format(questions=said("en")), words.zh.format(questions=said("zh_CN"))), "small")


def logistics_section(
    lg: Logistics, item_titles: dict[str, Bi], readings: Readings | None = None
) -> Section | None:
    """Travel, rooming, cars and gifts; None when nothing is recorded. ``readings``: the readings of
    the visit's people's names, printed with them in the rooming list and among a car's riders."""
    readings = readings or {}
    if not (lg.legs or lg.stays or lg.vehicles or lg.gifts):
        return None
    blocks: list[Block] = []
    if lg.legs:
        blocks += [Heading(label("Travel")), travel_table(lg.legs)]
    if lg.stays:
        blocks.append(Heading(label("Hotels and rooming")))
        if lg.rooming_gaps:  # said once above the hotels, not left to a silent "None recorded."
            blocks.append(_open_questions(lg))
        for stay in lg.stays:
            blocks += _stay_blocks(stay, readings)
    if lg.no_transport:  # said where the cars would be listed, not left to an absent heading
        blocks += [Heading(label("Cars and drivers")), Text(label("No transport planned yet."), "small")]
    if lg.vehicles:
        blocks.append(Heading(label("Cars and drivers")))
        if lg.rooming_gaps and not lg.stays:  # a seat left for someone taken off the visit
            blocks.append(_open_questions(lg))
        blocks.append(
            BiTable(
                [
                    Col(label("Vehicle"), 1.3, shared=True),
                    Col(label("Driver"), 1.2, shared=True),
                    Col(label("Programme"), 1.8),
                    Col(label("Riders"), 1.9),
                ],
                [_car_row(c, item_titles, readings) for c in lg.vehicles],
            )
        )
    if lg.gifts:
        blocks.append(Heading(label("Gifts")))
        blocks.append(
            BiTable(
                [
                    Col(label("Kind"), 0.8),
                    Col(label("Gift"), 2.2, shared=True),
                    Col(label("Giver"), 1.3, shared=True),
                    Col(label("Recipient"), 1.3, shared=True),
                ],
                [
                    Row(
                        [
                            label("Given" if g.direction == "given" else "Received"),
                            g.description,
                            g.giver,
                            g.recipient,
                        ]
                    )
                    for g in lg.gifts
                ],
            )
        )
    return Section("logistics", label("Travel, hotels and cars"), blocks)


def _entry_heading(e: EmergencyView, lang: str) -> str:
    """ "Shanghai, 18 Mar 2027 – 20 Mar 2027", "Suzhou, 29 Mar 2027" for one day (field test 56, defect
    3: "29 Mar 2027 – 29 Mar 2027"); an entry with no place: "Whole visit"."""
    if e.starts_on and e.starts_on == e.ends_on:
        days = fmt_date(e.starts_on, lang)
    elif e.starts_on and e.ends_on:
        sep = f" {label('to').zh} " if lang == "zh" else " – "
        days = fmt_date(e.starts_on, lang) + sep + fmt_date(e.ends_on, lang)
    elif e.starts_on or e.ends_on:
        words = label("from {day}") if e.starts_on else label("until {day}")
        days = words.get(lang).format(day=fmt_date(e.starts_on or e.ends_on, lang))
    else:
        days = ""
    place = e.place or (label("Whole visit").get(lang) if not days else "")
    comma = "，" if lang == "zh" else ", "
    return comma.join(x for x in (place, days) if x)


def _entry_lines(e: EmergencyView) -> list[tuple[str, str]]:
    return [
        ("24-hour duty officer", f"{e.duty_officer_name} {e.duty_officer_phone}".strip()),
        ("Embassy or consulate", e.embassy),
        ("Local emergency numbers", e.emergency_numbers),
        ("Nearest hospital", e.hospital),
    ]


def _covers(e: EmergencyView, day: dt.date) -> bool:
    """Whether the entry's days include ``day`` (an entry open at one end runs on to that side)."""
    return (e.starts_on is None or e.starts_on <= day) and (e.ends_on is None or day <= e.ends_on)


def _hotels_by_entry(
    entries: Sequence[EmergencyView], stays: Sequence[StayView]
) -> tuple[dict[int, list[StayView]], list[StayView]]:
    """Each hotel under the entry of the place where its first night is, and the hotels no entry's
    days hold. Printed after the last entry, Suzhou's hotel read as Hangzhou's (field test 56, defect 4).
    A travel day is in the days of the place left and of the place reached: a hotel checked into
    that day is the new place's, the entry that starts last (field test 77: the Copenhagen hotel
    went under the Netherlands' embassy and emergency numbers)."""
    placed: dict[int, list[StayView]] = {}
    rest: list[StayView] = []
    for stay in stays:
        holding = [n for n, e in enumerate(entries) if not e.is_whole_visit and _covers(e, stay.check_in)]
        found = max(holding, key=lambda n: entries[n].starts_on or dt.date.min, default=None)
        if found is None:
            rest.append(stay)
        else:
            placed.setdefault(found, []).append(stay)
    return placed, rest


def emergency_section(lg: Logistics) -> Section | None:
    """Whom to call when something goes wrong; None when the sheet is empty. A sheet of one
    whole-visit entry prints as it always did; several print each place with its days (field
    test 52, defect 8: one Hangzhou hospital was printed for Shanghai and Chengdu too), each with
    its hotels; hotels of no entry's days follow under a heading of their own."""
    entries = [e for e in lg.emergency_entries if not e.is_empty]
    if not entries:
        return None
    headed = len(entries) > 1 or not entries[0].is_whole_visit
    placed, rest = _hotels_by_entry(entries, lg.stays) if headed else ({}, list(lg.stays))

    def make(lang: str, width: float) -> list[Flowable]:
        r = rich(lang)
        colon = "：" if lang == "zh" else ": "
        first = True

        def gap() -> None:
            nonlocal first
            if not first:
                r.br()
                r.br()
            first = False

        def hotels(stays: Sequence[StayView]) -> None:
            for s in stays:
                if value := f"{s.hotel} {s.phone}".strip():
                    gap()
                    r.add(label("Hotel").get(lang) + colon, bold=True)
                    r.br()
                    r.add(value)

        for n, e in enumerate(entries):
            if headed:
                gap()
                r.add(_entry_heading(e, lang), bold=True, size=r.style.size + 1.5)
            for key, value in _entry_lines(e):
                if not value:
                    continue
                gap()
                r.add(label(key).get(lang) + colon, bold=True)
                r.br()
                r.add(value)
            hotels(placed.get(n, []))
        if headed and any(s.hotel or s.phone for s in rest):  # not read as the last place's
            gap()
            r.add(label("Hotels").get(lang), bold=True, size=r.style.size + 1.5)
        hotels(rest)
        return [r.flowable()]

    blocks: list[Block] = [Text(label("Keep this page with you during the visit."), "small"), Pair(make)]
    return Section("emergency", label("Emergency contacts"), blocks)
