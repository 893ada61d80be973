"""The visit dossier: cover, programme, one briefing page per meeting, people, contact sheet, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from petdesk import city_names
from petdesk.dossier import fonts
from petdesk.dossier.briefing_series import days_left_out
from petdesk.dossier.changes import ChangeInfo
from petdesk.dossier.data import (
    ActivityInfo,
    Briefing,
    ClashNote,
    FollowUpInfo,
    ItemInfo,
    OrgInfo,
    Participant,
    PersonInfo,
    ProjectInfo,
    SessionInfo,
    TechnologyInfo,
    VisitData,
    in_precedence,
)
from petdesk.dossier.labels import Bi, cell_language, enum_label, label, order
from petdesk.dossier.layout import (
    ACCENT,
    LATIN,
    RULE,
    BiTable,
    Block,
    Col,
    Full,
    Heading,
    Pair,
    Parts,
    Rich,
    Row,
    Section,
    Text,
    bi_date,
    change_days,
    fmt_date,
    fmt_date_range,
    fmt_long_date,
    fmt_offsets,
    fmt_time,
    fmt_time_range,
    join,
    para,
    place_line,
    position_line,
    rich,
    scaled,
    zone_name,
    zone_note,
)
from petdesk.dossier.logistics import emergency_section, logistics_section, protocol_parts
from petdesk.dossier.needs_tally import (
    MEAL_KINDS,
    access_tally,
    dietary_tally,
    meal_people,
    needs_text,
    tally_line,
)
from petdesk.dossier.pipeline import pipeline_section
from petdesk.i18n import babel_locale, format_money, format_number, translator
from petdesk.labels import beijing_time, bracket, zone_city
from petdesk.models.enums import ActivityKind, ContactChannel, ParticipantRole, VisitDirection
from petdesk.services.logistics import ItemProtocolView, StayView
from petdesk.vocab import technology_area_label

#: Sections of a visit dossier, in print order, with their names for the dialog and the command line.
VISIT_SECTIONS: dict[str, Bi] = {
    "cover": label("Cover"),
    "glance": label("Visit at a glance"),
    "programme": label("Programme"),
    "briefings": label("Meeting briefings"),
    "technologies": label("Technologies and needs"),
    "delegation": label("Delegation and host lists"),
    "logistics": label("Travel, hotels and cars"),
    "emergency": label("Emergency contacts"),
    "participants": label("Participant profiles"),
    "contacts": label("Contact sheet"),
    "notes": label("Notes"),
}

MUTED = {"muted": True}
SMALL_MUTED = {"muted": True, "size": 7.5}
BOLD = {"bold": True}


# --------------------------------------------------------------------------- shared helpers


def country_name(code: str, lang: str) -> str:
    """ "Germany" / "德国" from "DE": petdesk's own names first ("MN" 蒙古国: field test 119)."""
    if not code:
        return ""
    from petdesk import vocab

    if code.strip().upper() in vocab.NAMED_COUNTRIES:
        return vocab.country_name(code.strip(), lang)
    return babel_locale(lang).territories.get(code.upper(), code)


def language_names(codes: Sequence[str], lang: str) -> str:
    """ "Chinese, English" / "中文、英语" from ["zh", "en"], by babel."""
    names = babel_locale(lang).languages
    return join((names.get(c.split("_")[0].split("-")[0], c) for c in codes), lang)


def area_names(codes: Sequence[str], lang: str) -> str:
    """Technology areas by their names in ``lang`` ("Sponge city" / "海绵城市"), never their codes."""
    return join((technology_area_label(c, "zh_CN" if lang == "zh" else "en") for c in codes), lang)


def org_line(org: OrgInfo | None, lang: str) -> str:
    return org.name.get(lang) if org else ""


def person_position(person: PersonInfo, lang: str) -> Parts:
    """ "Director, Department of X" + organisation on the next line."""
    parts: Parts = []
    pos = position_line(person.position.get(lang), person.department.get(lang), lang)
    if pos:
        parts.append((pos, {}))
    if person.organisation:
        if parts:
            parts.append(("\n", {}))
        parts.append((person.organisation.name.get(lang), MUTED))
    return parts


def names_cell(person: PersonInfo, *, stand_in_note: bool = True):
    """Name cell: the reader's script first and the other in brackets; shared columns stack both.
    Without ``stand_in_note`` the page says once what a pinyin stand-in is (the sign-in sheet)."""

    def cell(lang: str) -> Parts:
        note = stand_in_parts(person, lang) if stand_in_note else []
        return names(lang) + reading_parts(person) + note

    def names(lang: str) -> Parts:
        if lang == "both":  # the document's first language on top (a Chinese-first dossier: 张永先生)
            first, second = (person.formal_name(code) for code in order())
            if person.indic_name:  # the Hindi name under the English one in both languages
                shown = dict.fromkeys((first, second, person.indic_name))
                return [part for text in shown for part in (("\n", {}), (text, BOLD))][1:]
            if first == second or not person.name_zh:  # a Latin name only: once (field test 33)
                return [(first, BOLD)]
            return [(first, BOLD), ("\n", {}), (second, BOLD)]
        return [(person.both_scripts(lang), BOLD)]

    return cell


def stand_in_parts(person: PersonInfo, lang: str) -> Parts:
    """A small line under a name printed in pinyin for want of a Latin one, saying so."""
    note = person.stand_in_note(order()[0] if lang == "both" else lang)
    return [("\n", {}), (note, SMALL_MUTED)] if note else []


def reading_parts(person: PersonInfo) -> Parts:
    """The name's reading on a small line of its own below the name, as furigana are ("さとう ひろし"
    under 佐藤浩): protocol staff address Mr Satō by it (field test 56, defect 1)."""
    return [("\n", {}), (person.reading, SMALL_MUTED)] if person.reading else []


def method_text(person: PersonInfo, channels: Sequence[ContactChannel], with_channel: bool = False):
    """Phones, e-mails or messaging IDs, one a line, labelled in the cell's language."""

    def cell(lang: str) -> Parts:
        parts: Parts = []
        for m in person.methods_of(*channels):
            if parts:
                parts.append(("\n", {}))
            if with_channel:
                name = enum_label(m.channel)
                shown = name.both(" / ") if lang == "both" else name.get(lang)
                parts.append((f"{shown}: ", MUTED))
            parts.append((m.value, {}))
            if not with_channel and m.label:
                # lower case in brackets after a number, as the window's "Phone (mobile)"
                tag = Bi(enum_label(m.label).en.lower(), enum_label(m.label).zh)
                shown = tag.both(" / ") if lang == "both" else tag.get(lang)
                parts.append((f" ({shown})", MUTED))
        return parts

    return cell


def kv(r: Rich, key: str, value: str, lang: str) -> None:
    """One "Label: value" line of a profile."""
    if not value:
        return
    r.br()
    colon = "：" if lang == "zh" else ": "
    r.add(label(key).get(lang) + colon, muted=True)
    r.add(value)


def logo(height: float = 26 * mm) -> Image:
    path = fonts.resource_path("logo.png")
    img = Image(str(path), width=height, height=height)
    img.hAlign = "CENTER"
    return img


def cover_lines(text: Bi, style: str, *, gap: float = 0) -> list[Flowable]:
    """A cover line in both languages, in print order; once when only one language has it (field
    test 14: a visit with a Chinese title only printed that title twice)."""
    if text.en and text.zh and text.en != text.zh:
        lines = [(text.get(lang), lang) for lang in order()]
    elif text:  # one text: printed once, in the language it is written in
        lines = [(text.en or text.zh, "en" if text.en else "zh")]
    else:
        lines = []
    flow: list[Flowable] = []
    for n, (line, lang) in enumerate(lines):
        if n and gap:
            flow.append(Spacer(1, gap))
        flow.append(para(line, lang, style))
    return flow


def cover_blocks(kind: Bi, title: Bi, dates: Bi, office: Bi, rows: Sequence[tuple[str, Bi]]) -> list[Block]:
    """A cover page: logo, office, kind of document, title and dates in both languages, key facts."""

    def make(width: float) -> list[Flowable]:
        one, two = order()
        large = scaled(1) > 1
        room = 0.5 if large else 1.0  # large print: less space between the cover's parts, to fit one page
        flow: list[Flowable] = [Spacer(1, 18 * mm * room), logo(26 * mm * room), Spacer(1, 5 * mm)]
        flow += [*cover_lines(office, "center"), Spacer(1, 16 * mm * room)]
        flow += [*cover_lines(kind, "subtitle"), Spacer(1, 6 * mm * room)]
        flow += cover_lines(title, "title", gap=2 * mm)
        flow += [Spacer(1, 6 * mm * room), *cover_lines(dates, "subtitle")]
        flow.append(Spacer(1, 16 * mm * room))
        data = []
        for key, value in rows:
            if not value:
                continue
            lab = label(key)
            data.append(
                [
                    para(lab.get(one), one, "small"),
                    para(value.get(one), one, "cell"),
                    para(lab.get(two), two, "small"),
                    para(value.get(two), two, "cell"),
                ]
            )
        if data:
            w = width if large else width * 0.9
            en_w, zh_w = (0.2, 0.14) if large else (0.16, 0.12)  # "Visiting organisation" unbroken
            label_w = (en_w, zh_w) if one == "en" else (zh_w, en_w)
            table = Table(
                data,
                colWidths=[w * label_w[0], w * (0.5 - label_w[0]), w * label_w[1], w * (0.5 - label_w[1])],
                style=TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), LATIN),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                ),
            )
            flow.append(table)
        return flow

    return [Full(make)]


#: How far a list stands in from its label, and the width of its numbers ("10.").
LIST_INDENT = 4 * mm
LIST_NUMBER = 7 * mm


def numbered_list(items: Sequence[tuple[int, str]], lang: str, width: float) -> Table:
    """Numbered lines indented under their label, a wrapped line aligned with its text, not with
    the number or the page margin (field test 15, polish 6d)."""
    rows = [[para(f"{n}.", lang), para(text, lang)] for n, text in items]
    # The indent is the number column's left padding.
    table = Table(rows, colWidths=[LIST_INDENT + LIST_NUMBER, width - LIST_INDENT - LIST_NUMBER])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),  # else the table selects Helvetica, not embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, -1), LIST_INDENT),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def profile_block(
    person: PersonInfo,
    role: Bi,
    extra: Sequence[tuple[str, Bi | str]] = (),
    lists: Sequence[tuple[str, Callable[[str], Sequence[tuple[int, str]]]]] = (),
) -> Block:
    """A person's profile: names in both scripts, role, position, organisation, languages, needs;
    then each of ``lists`` (label, numbered lines in a language) under its label."""

    def make(lang: str, width: float) -> list[Flowable]:
        r = rich(lang)
        r.add(person.both_scripts(lang), bold=True, size=scaled(11))
        if role:
            r.add("  " + role.get(lang), muted=True)
        if person.reading:  # below the name, small, as furigana (field test 56, defect 1)
            r.br()
            r.add(person.reading, muted=True, size=scaled(7.5))
        if note := person.stand_in_note(lang):
            r.br()
            r.add(note, muted=True, size=scaled(7.5))
        kv(r, "Position", position_line(person.position.get(lang), person.department.get(lang), lang), lang)
        kv(r, "Organisation", org_line(person.organisation, lang), lang)
        kv(r, "Languages", language_names(person.languages, lang), lang)
        kv(r, "Dietary requirements", needs_text(person.dietary_needs, lang), lang)
        kv(r, "Accessibility needs", needs_text(person.accessibility_needs, lang), lang)
        for key, value in extra:
            kv(r, key, value if isinstance(value, str) else value.get(lang), lang)
        shown = [(key, items) for key, lines in lists if (items := lines(lang))]
        if not shown:
            return [r.flowable(), Spacer(1, 3 * mm)]
        flowables: list[Flowable] = []
        for n, (key, items) in enumerate(shown):  # each label on a line of its own, its list below
            if n:
                r = rich(lang)
            else:
                r.br()
            r.add(label(key).get(lang) + ("：" if lang == "zh" else ":"), muted=True)
            flowables += [r.flowable(), numbered_list(items, lang, width)]
        return [*flowables, Spacer(1, 3 * mm)]

    return _Keep(make)


class _Keep(Pair):
    """A pair that is not split across pages."""

    def __init__(self, make) -> None:
        super().__init__(make, split=False)

    def single(self, lang: str, width: float) -> list[Flowable]:
        return [KeepTogether(self.make(lang, width))]


# --------------------------------------------------------------------------- sections


def _cover(v: VisitData) -> Section:
    kind = label("Outbound visit dossier" if v.direction == VisitDirection.OUTBOUND else "Visit dossier")
    head = next((p.person for p in v.participants if p.role.value == "head"), None)
    delegation = [p for p in v.participants if p.side == "delegation"]  # not the hosts' interpreters
    rows = [
        (
            "Status",
            Bi(
                f"{enum_label(v.direction).en} · {enum_label(v.status).en}",
                f"{enum_label(v.direction).zh} · {enum_label(v.status).zh}",
            ),
        ),
        ("Host", v.host.name if v.host else Bi()),
        ("Visiting organisation", v.visiting.name if v.visiting else Bi()),
        ("Head of delegation", Bi(head.formal_name("en"), head.formal_name("zh")) if head else Bi()),
        (
            "Delegation",
            Bi(delegation_count(delegation, "en"), delegation_count(delegation, "zh_CN"))
            if delegation
            else Bi(),
        ),
        # the delegation's country and announced size (0070), which may differ from the names entered
        ("Country", Bi(country_name(v.country, "en"), country_name(v.country, "zh")) if v.country else Bi()),
        (
            "Head count",
            Bi(f"Delegation of {v.head_count}", f"代表团 {v.head_count} 人") if v.head_count else Bi(),
        ),
    ]
    dates = Bi(fmt_date_range(v.start_date, v.end_date, "en"), fmt_date_range(v.start_date, v.end_date, "zh"))
    return Section(
        "cover",
        Bi(),
        cover_blocks(kind, v.title, dates, v.office, rows),
        new_page=False,
        always_parallel=True,
    )


def delegation_count(delegation: Sequence[Participant], locale: str) -> str:
    """ "12 delegates, 1 interpreter": the delegation counted by role, so that a hired interpreter
    is not counted as a delegate (field test 71). The head of delegation is a delegate."""
    _ = translator(locale)
    interpreters = sum(p.role == ParticipantRole.INTERPRETER for p in delegation)
    # the office's own officers travelling with an outbound delegation are not delegates (field test 77)
    staff = sum(p.role == ParticipantRole.STAFF for p in delegation)
    delegates = len(delegation) - interpreters - staff
    parts = []
    if delegates:
        parts.append(_.ngettext("{n} delegate", "{n} delegates", delegates))
        parts[-1] = parts[-1].format(n=format_number(delegates, locale))
    if interpreters:
        parts.append(_.ngettext("{n} interpreter", "{n} interpreters", interpreters))
        parts[-1] = parts[-1].format(n=format_number(interpreters, locale))
    if staff:
        parts.append(_.ngettext("{n} accompanying officer", "{n} accompanying officers", staff))
        parts[-1] = parts[-1].format(n=format_number(staff, locale))
    return _(", ").join(parts)


def all_day_text(item: ItemInfo, lang: str) -> str:
    """ "All day" / "全天", with the last day of an item of several days ("All day → 2 Nov 2026")."""
    text = label("All day").get(lang)
    if item.last_day > item.start.date():
        text += f" → {fmt_date(item.last_day, lang)}"
    return text


def _time_cell(item: ItemInfo, visit_zone: str):
    """The item's time on the visit's clock, by which the day is ordered, and an item in another
    zone on its own clock after it, named by its city: the same order as the briefing page's
    (Hamburg's 08:00 call stood after a 14:00 meeting with nothing to say it is 15:00 where the
    delegation is, field test 85; the programme then led with Berlin's clock, the briefing with
    Shanghai's, dossier54)."""
    here = ZoneInfo(visit_zone)
    start, end = item.start.astimezone(here), item.end.astimezone(here)
    # The offset where the header's does not say it: the night the visit's clocks change (02:30
    # happens twice; "02:30–03:30" may last two hours; field test 40, defect 2).
    with_offset = bool(change_days(visit_zone, start.date(), end.date()))

    def cell(lang: str) -> Parts:
        shown = cell_language(lang)
        if item.all_day:
            return [(all_day_text(item, shown), {})]
        parts: Parts = [(fmt_time_range(start, end, shown), {})]
        if with_offset:
            parts += [("\n", {}), (fmt_offsets(start, end), MUTED)]
        if item.timezone != visit_zone:
            parts += [("\n", {}), (other_clock(item, shown), MUTED)]
        return parts

    return cell


def clock_text(item: ItemInfo | SessionInfo, zone: str, lang: str) -> str:
    """ "14:00–14:30 UTC+08:00": when an item happens on ``zone``'s clock, with that zone's offset."""
    here = ZoneInfo(zone)
    start, end = item.start.astimezone(here), item.end.astimezone(here)
    return f"{fmt_time_range(start, end, lang)} {fmt_offsets(start, end)}"


def other_clock(item: ItemInfo | SessionInfo, lang: str) -> str:
    """ "(Berlin time 09:00–10:00 UTC+01:00)": an item in another zone than the visit's on its own
    clock, named by the zone's city (an offset alone for a zone naming none), as the programme and
    the briefing page both print it after the visit's clock."""
    place = beijing_time(item.timezone, lang)
    if place is None and (city := zone_city(item.timezone, lang)):
        place = label("{place} time").get(lang).format(place=city)
    clock = clock_text(item, item.timezone, lang)
    return bracketed(f"{place} {clock}" if place else clock, lang)


def bracketed(text: str, lang: str) -> str:
    """Full-width brackets in Chinese text, half-width in English."""
    return f"（{text}）" if lang == "zh" else f"({text})"


#: The mark of a clash, on the programme and in its note.
CLASH_MARK = "\u26a0"


def meal_line(item: ItemInfo, participants: Sequence[Participant], lang: str) -> str:
    """ "At this meal: 28 people · Halal 11 (…)" for a banquet: the restaurant's numbers for the
    people at that table, not the whole visit's tally of the glance page (field test 86)."""
    if item.kind not in MEAL_KINDS or not (at := meal_people(item, participants)):
        return ""
    count = (
        label("1 person" if len(at) == 1 else "{n} people").get(lang).format(n=format_number(len(at), lang))
    )
    needs = tally_line(dietary_tally(at), lang)
    colon = "：" if lang == "zh" else ": "
    return label("At this meal").get(lang) + colon + count + (f" · {needs}" if needs else "")


def _item_cell(
    item: ItemInfo,
    protocol: ItemProtocolView | None = None,
    clashes: Sequence[ClashNote] = (),
    participants: Sequence[Participant] = (),
):
    def cell(lang: str) -> Parts:
        parts: Parts = [(item.title.get(lang) or enum_label(item.kind).get(lang), BOLD)]
        where = place_line(item.place.get(lang), item.city.get(lang), lang)
        line = enum_label(item.kind).get(lang) + (f" · {where}" if where else "")
        parts += [("\n", {}), (line, MUTED)]
        if item.address:
            parts += [("\n", {}), (item.address.get(lang), {"muted": True, "size": 7.5})]
        for clash in clashes:
            parts += [("\n", {}), (f"{CLASH_MARK} {clash.text.get(lang)}", BOLD)]
        parts += protocol_parts(protocol, lang)
        if meal := meal_line(item, participants, lang):
            parts += [("\n", {}), (meal, {"muted": True, "size": 7.5})]
        return parts

    return cell


def programme_table(
    items: Sequence[ItemInfo],
    zone: str,
    protocol: dict[str, ItemProtocolView] | None = None,
    clashes: Sequence[ClashNote] = (),
    participants: Sequence[Participant] = (),
) -> BiTable:
    rows: list[Row] = []
    day = None
    for item in items:
        if item.start.date() != day:
            day = item.start.date()
            rows.append(Row(group=Bi(fmt_long_date(day, "en"), fmt_long_date(day, "zh"))))
        marks = [c for c in clashes if c.item_id == item.id]
        rows.append(
            Row(
                [_time_cell(item, zone), _item_cell(item, (protocol or {}).get(item.id), marks, participants)]
            )
        )
    return BiTable(
        [Col(label("Time"), 1.15, shared=True), Col(label("Item"), 4)],
        rows,
        empty=label("No items in the programme yet."),
    )


def clash_summary(count: int) -> Bi:
    """The warning above a programme with clashes, in the words of the window's warning."""
    return Bi(
        f"{CLASH_MARK} {label('Clashes in this programme').en}: {count} "
        f"({label('warnings; each is marked below').en})",
        f"{CLASH_MARK} {label('Clashes in this programme').zh}：{count} 处"
        f"（{label('warnings; each is marked below').zh}）",
    )


def _programme(v: VisitData) -> Section:
    blocks: list[Block] = []
    for key, text in (("Purpose", v.purpose), ("Expected outcomes", v.outcomes)):
        if text:
            blocks += [Heading(label(key)), Text(text)]
    elsewhere = any(item.timezone != v.timezone for item in v.items)
    blocks.append(Text(zone_note(v.timezone, v.start_date, v.end_date, elsewhere=elsewhere), "small"))
    if v.clashes:
        blocks.append(Text(clash_summary(v.clash_count)))
    protocol = v.logistics.items if v.logistics else None
    blocks.append(programme_table(v.items, v.timezone, protocol, v.clashes, v.participants))
    if v.follow_ups:
        blocks += [Heading(label("Open follow-ups")), follow_up_table(v.follow_ups)]
    return Section("programme", label("Programme"), blocks)


def _org_profile(org: OrgInfo) -> Block:
    def make(lang: str, width: float) -> list[Flowable]:
        r = rich(lang)
        other = org.name.zh if lang == "en" else org.name.en
        r.add(org.name.get(lang), bold=True)
        if other and other != org.name.get(lang):
            r.br().add(other, muted=True)
        kv(r, "Kind", enum_label(org.kind).get(lang), lang)
        city, country = org.city.get(lang), country_name(org.country, lang)
        # Chinese writes from large to small ("德国慕尼黑"), English the other way ("Munich, Germany");
        # a country alone is no city ("City: Austria" for an enterprise known by its country only)
        kv(r, "City" if city else "Country", place_line(city, country, lang), lang)
        kv(r, "Address", org.address.get(lang), lang)
        kv(r, "Postal code", org.postal_code, lang)  # under the address, as the partner overview
        kv(r, "Website", org.website, lang)
        kv(r, "Phone", org.phone, lang)  # the host's switchboard, for the day's calls (0078)
        if org.is_member_city:
            kv(r, "Member city", label("Yes").get(lang), lang)
        kv(r, "Technology areas", area_names(org.technology_areas, lang), lang)
        # the organisation's notes are the office's own housekeeping, not for a hand-out
        return [r.flowable(), Spacer(1, 3 * mm)]

    return _Keep(make)


def _attendee_table(item: ItemInfo, roles: dict[str, Bi]) -> BiTable:
    """Everyone in the item, its host and interpreter with their role in the item."""
    in_item = {}
    if item.host is not None:
        in_item[item.host.id] = label("Host")
    if item.interpreter is not None:
        in_item[item.interpreter.id] = label("Interpreter")
    rows = [
        Row([names_cell(p), partial(person_position, p), in_item.get(p.id) or roles.get(p.id, Bi())])
        for p in item.people
    ]
    return BiTable(
        [Col(label("Name"), 1.6, shared=True), Col(label("Position"), 2.4), Col(label("Role"), 1)],
        rows,
        empty=label("No attendees recorded."),
    )


def _interaction_cell(a: ActivityInfo):
    def cell(lang: str) -> Parts:
        parts: Parts = [(a.subject or enum_label(a.kind).get("en" if lang == "both" else lang), BOLD)]
        if a.body:
            body = a.body if len(a.body) <= 220 else a.body[:217].rstrip() + "…"
            parts += [("\n", {}), (body, {})]
        who = a.person if a.person else a.organisation
        if who:
            shown = who.both(" / ") if lang == "both" else who.get(lang)
            parts += [("\n", {}), (shown, MUTED)]
        return parts

    return cell


def interactions_table(items: Sequence[ActivityInfo]) -> BiTable:
    # notes in the activity log are the office's housekeeping ("changed position; update records")
    shown = [a for a in items if a.kind != ActivityKind.NOTE]
    rows = [Row([bi_date(a.occurred_at.date()), enum_label(a.kind), _interaction_cell(a)]) for a in shown]
    return BiTable(
        [
            Col(label("Date"), 1.1, shared=True),
            Col(label("Kind"), 0.8, shared=True),
            Col(label("Subject"), 4, shared=True),
        ],
        rows,
        empty=label("No earlier interactions in the activity log."),
    )


def _project_cell(p: ProjectInfo):
    def cell(lang: str) -> Parts:
        parts: Parts = [(p.title.get(lang), BOLD), ("\n", {}), (enum_label(p.status).get(lang), MUTED)]
        for more in (p.fund, p.programme):
            if more:
                parts.append((" · " + more.get(lang), MUTED))
        return parts

    return cell


def projects_table(projects: Sequence[ProjectInfo]) -> BiTable:
    rows = [
        Row(
            [
                _project_cell(p),
                Bi(format_money(p.amount, p.currency, "en"), format_money(p.amount, p.currency, "zh"))
                if p.amount is not None
                else Bi(),
                bi_date(p.deadline),
            ]
        )
        for p in projects
    ]
    return BiTable(
        [
            Col(label("Project"), 2.4),
            Col(label("Amount"), 1.7, align="RIGHT"),
            Col(label("Deadline"), 1.3),
        ],
        rows,
    )


def technologies_table(techs: Sequence[TechnologyInfo]) -> BiTable:
    """The catalogue technologies a meeting's organisations provide: name, readiness, one line."""
    rows = [Row([t.name, str(t.trl) if t.trl is not None else "—", t.line]) for t in techs]
    return BiTable(
        [Col(label("Technology"), 2), Col(label("TRL"), 0.6, align="CENTER"), Col(label("In short"), 3)],
        rows,
    )


def follow_up_table(items: Sequence[FollowUpInfo]) -> BiTable:
    rows = [
        Row(
            [
                f.description,
                names_cell(f.owner) if f.owner else "",
                bi_date(f.due_date),
            ]
        )
        for f in items
    ]
    return BiTable(
        [Col(label("Follow-up"), 3), Col(label("Owner"), 1.5, shared=True), Col(label("Due"), 1.1)],
        rows,
        empty=label("No open follow-ups."),
    )


def _zone_offsets(
    zone: str, item: ItemInfo, lang: str, start: dt.datetime | None = None, end: dt.datetime | None = None
) -> str:
    """ "Beijing time (UTC+08:00)" / "北京时间（UTC+08:00）" for a named zone, else "(UTC+02:00)"
    (the offsets of ``start``–``end`` when given: the item's time on another clock)."""
    offsets = fmt_offsets(start or item.start, end or item.end)
    return f"{zone}（{offsets}）" if lang == "zh" else f"{zone} ({offsets})".lstrip()


def _briefing_time(item: ItemInfo, visit_zone: str, lang: str) -> str:
    """The meeting's time on the visit's clock first, as the delegation lives by it, and a meeting
    in another zone (a call with Berlin) on that zone's clock after it, as the programme gives it:
    "09:00–10:00 (UTC+01:00)" alone read as Shanghai's morning (field test 85)."""
    # China's zone named as the programme's note and the item dialog name it
    zone = beijing_time(visit_zone, lang) or ""
    if item.timezone == visit_zone:
        return f"{fmt_time_range(item.start, item.end, lang)} {_zone_offsets(zone, item, lang)}"
    here = ZoneInfo(visit_zone)
    start, end = item.start.astimezone(here), item.end.astimezone(here)
    visit_clock = f"{fmt_time_range(start, end, lang)} {_zone_offsets(zone, item, lang, start, end)}"
    # no space between a full-width bracket and the next: "（UTC+08:00）（柏林时间 …）"
    return f"{visit_clock}{'' if lang == 'zh' and zone else ' '}{other_clock(item, lang)}"


def _series_days(days: Sequence[ItemInfo], zone: str, lang: str) -> str:
    """ "Daily, 25 Mar 2027 to 31 Mar 2027, except 28 Mar 2027" / "…至…每天（…除外）"."""
    dates = [d.start.astimezone(ZoneInfo(zone)).date() for d in days]
    words = label("Daily, {first} to {last}").get(lang)
    text = words.format(first=fmt_date(dates[0], lang), last=fmt_date(dates[-1], lang))
    if missing := days_left_out(dates):
        text += f"{'，' if lang == 'zh' else ', '}" + label("except {days}").get(lang).format(
            days=join([fmt_date(d, lang) for d in missing], lang)
        )
    return text


def _series_times(days: Sequence[ItemInfo], zone: str, lang: str) -> list[str]:
    """The series' time on the visit's clock, one line per run of days at one time: the call with
    Hamburg at 08:00 there is at 15:00 in Shanghai until Europe's change to summer time, then 14:00."""
    runs: list[tuple[list[dt.date], str]] = []
    for day in days:
        text = all_day_text(day, lang) if day.all_day else _briefing_time(day, zone, lang)
        date = day.start.astimezone(ZoneInfo(zone)).date()
        if runs and runs[-1][1] == text:
            runs[-1][0].append(date)
        else:
            runs.append(([date], text))
    if len(runs) == 1:
        return [runs[0][1]]
    sep = f"{label('to').zh}" if lang == "zh" else " – "
    return [
        (fmt_date(dates[0], lang) + (sep + fmt_date(dates[-1], lang) if len(dates) > 1 else ""))
        + ("：" if lang == "zh" else ": ")
        + text
        for dates, text in runs
    ]


def _briefing(b: Briefing, n: int, total: int, v: VisitData, roles: dict[str, Bi]) -> Section:
    item = b.item
    daily = label("held daily")
    title = Bi(
        f"{label('Briefing').en} {n}/{total}: {item.title.en or item.title.zh}"
        + (f" ({daily.en})" if b.series else ""),
        f"{label('Briefing').zh} {n}/{total}：{item.title.zh or item.title.en}"
        + (f"（{daily.zh}）" if b.series else ""),
    )

    def when(lang: str, width: float) -> list[Flowable]:
        r = rich(lang)
        if b.series:  # one page for a daily meeting (field test 85): its days, then its times
            r.add(_series_days(b.series, v.timezone, lang), bold=True)
            for line in _series_times(b.series, v.timezone, lang):
                r.br()
                r.add(line)
        else:  # the day on the visit's clock, as its time comes first (a late call may be the next morning)
            r.add(fmt_long_date(item.start.astimezone(ZoneInfo(v.timezone)).date(), lang), bold=True)
            if item.all_day:
                r.add(f"  {all_day_text(item, lang)}")
            else:
                r.add(f"  {_briefing_time(item, v.timezone, lang)}")
        kv(r, "Place", place_line(item.place.get(lang), item.city.get(lang), lang), lang)
        kv(r, "Address", item.address.get(lang), lang)
        kv(r, "Kind", enum_label(item.kind).get(lang), lang)
        return [r.flowable(), Spacer(1, 2 * mm)]

    blocks: list[Block] = [Heading(label("When and where")), Pair(when)]
    blocks.append(Heading(label("Host organisation")))
    visiting = v.visiting.id if v.visiting else None
    hosts = [o for o in item.organisations if o.id != visiting]  # the guests are not their own hosts
    if hosts:
        blocks += [_org_profile(o) for o in hosts]
    else:
        blocks.append(Text(label("None recorded."), "small"))
    blocks.append(Heading(label("People attending")))
    if item.whole_delegation:
        blocks.append(Text(label("Whole delegation and hosts (nobody ticked)."), "small"))
    blocks.append(_attendee_table(item, roles))
    blocks += [Heading(label("Previous interactions")), interactions_table(b.interactions)]
    blocks.append(Heading(label("Technologies and projects of interest")))
    if b.technology_areas:
        areas = b.technology_areas
        blocks.append(
            Text(
                Bi(
                    f"{label('Technology areas').en}: {area_names(areas, 'en')}",
                    f"{label('Technology areas').zh}：{area_names(areas, 'zh')}",
                )
            )
        )
    if b.technologies:
        blocks.append(technologies_table(b.technologies))
    if b.projects:
        blocks.append(projects_table(b.projects))
    if not b.technology_areas and not b.projects and not b.technologies:
        blocks.append(Text(label("No projects or technology areas recorded."), "small"))
    blocks += [Heading(label("Open follow-ups")), follow_up_table(b.follow_ups)]
    if item.notes:
        blocks += [Heading(label("Notes")), Text(item.notes)]
    parent = label("Meeting briefings") if n == 1 else None
    return Section("briefings", title, blocks, level=1, outline_parent=parent)


def programme_count(items: int, briefings: int, lang: str) -> str:
    """ "14 items; 4 meeting briefings" / "共 14 项，会谈简报 4 份", a part left out when it is none:
    the glance page read "日程安排：1 · 会谈简报 0" (field test 85)."""
    if not items:
        return ""
    text = label("1 item" if items == 1 else "{n} items").get(lang).format(n=format_number(items, lang))
    if briefings:
        key = "1 meeting briefing" if briefings == 1 else "{n} meeting briefings"
        more = label(key).get(lang).format(n=format_number(briefings, lang))
        text += f"，{more}" if lang == "zh" else f"; {more}"
    return text


def _participants(v: VisitData) -> Section:
    blocks: list[Block] = [
        profile_block(p.person, enum_label(p.role))  # participant notes are housekeeping, not printed
        for p in in_precedence(v.participants)
    ]
    if not blocks:
        blocks.append(Text(label("None recorded."), "small"))
    return Section("participants", label("Participant profiles"), blocks)


def contact_table(people: Sequence[tuple[PersonInfo, Bi]]) -> BiTable:
    rows = [
        Row(
            [
                names_cell(person),
                role,
                method_text(person, (ContactChannel.PHONE, ContactChannel.FAX)),
                method_text(person, (ContactChannel.EMAIL,)),
                method_text(
                    person,
                    (
                        ContactChannel.WECHAT,
                        ContactChannel.WHATSAPP,
                        ContactChannel.LINE,
                        ContactChannel.TELEGRAM,
                        ContactChannel.SKYPE,
                    ),
                    with_channel=True,
                ),
                person.emergency_contact,
            ]
        )
        for person, role in people
    ]
    return BiTable(
        [
            Col(label("Name"), 1.4, shared=True),
            Col(label("Role"), 0.8, shared=True),
            Col(label("Phone"), 1.75, shared=True),
            Col(label("E-mail"), 1.95, shared=True),
            Col(label("Messaging"), 1.6, shared=True),
            Col(label("Emergency contact"), 1.3, shared=True),
        ],
        rows,
        empty=label("None recorded."),
    )


def _contacts(v: VisitData) -> Section:
    people: list[tuple[PersonInfo, Bi]] = [
        (p.person, enum_label(p.role)) for p in in_precedence(v.participants)
    ]
    seen = {p.id for p, _ in people}
    attending = label("Meeting attendee")
    for item in v.items:
        for person in item.people:
            if person.id not in seen:
                seen.add(person.id)
                people.append((person, attending))
    return Section("contacts", label("Contact sheet"), [contact_table(people)], whole_width=True)


class RuledLines(Flowable):
    """Writing lines that fill the rest of the page."""

    def __init__(self, pitch: float = 9 * mm) -> None:
        super().__init__()
        self.pitch = pitch

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, max(0.0, availHeight - 1)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        y = self.height - self.pitch
        while y >= 0:
            self.canv.line(0, y, self.width, y)
            y -= self.pitch
        self.canv.restoreState()


def notes_section(notes: str) -> Section:
    """Notes already recorded (as written, in whatever language) and lines to write on; printed once."""
    flow: list[Flowable] = []
    if notes:
        flow += [para(notes, "both", "body"), Spacer(1, 2 * mm)]
    flow += [Spacer(1, 2 * mm), RuledLines()]
    return Section("notes", label("Notes"), [Full(flow)], always_parallel=True, whole_width=True)


def hotel_city(stay: StayView, items: Sequence[ItemInfo]) -> Bi:
    """The city of a hotel in both languages: the known city its address or name names, else the
    city of the last item of its first day (where the delegation arrives), else of the first item
    of the day after. A stay records no city of its own; the glance page listed two hotels of a
    two-city visit without saying which city each was in (protocol-office field test)."""
    if (known := city_names.city_in(stay.address) or city_names.city_in(stay.hotel)) is not None:
        return Bi(known.en, known.zh)
    first_day = [i.city for i in items if i.start.date() == stay.check_in and i.city]
    next_day = [i.city for i in items if i.start.date() == stay.check_in + dt.timedelta(days=1) and i.city]
    return first_day[-1] if first_day else next_day[0] if next_day else Bi()


def _hotel_in(stay: StayView, city: Bi, lang: str) -> str:
    """ "Hotel Nikko (Shanghai)" / "Hotel Nikko（上海）"; the name alone when it says the city already."""
    where = city.get(lang)
    if not where or where.casefold() in stay.hotel.casefold():
        return stay.hotel
    return bracket(stay.hotel, where, "zh_CN" if lang == "zh" else "en")


def _glance(v: VisitData) -> Section:
    """One page with what everyone asks first: when, where, who leads, who hosts, whom to call."""
    heads = [p.person for p in v.participants if p.role == ParticipantRole.HEAD]
    staff = [p.person for p in v.participants if p.role in (ParticipantRole.STAFF, ParticipantRole.ORGANISER)]

    def make(lang: str, width: float) -> list[Flowable]:
        r = rich(lang)
        r.add(fmt_date_range(v.start_date, v.end_date, lang), bold=True)
        cities: dict[str, str] = {}  # one city once, however its items spell it (Астана, Astana)
        for item in v.items:
            city = item.city.get(lang)
            known = city_names.known_city(city) if city else None
            if city:
                cities.setdefault(known.code if known else city, city)
        kv(r, "Cities", join(list(cities.values()), lang), lang)
        kv(r, "Time zone", zone_name(v.timezone, v.start_date, lang, v.end_date), lang)
        heads_label = "Head of delegation" if len(heads) == 1 else "Heads of delegation"
        kv(r, heads_label, join([h.formal_name(lang) for h in heads], lang), lang)
        kv(r, "Host", org_line(v.host, lang), lang)
        # the host's switchboard (0078), as the host profile prints it: whom to call is this page's point
        kv(r, "Host phone", v.host.phone if v.host else "", lang)
        kv(r, "Visiting organisation", org_line(v.visiting, lang), lang)
        kv(r, "Programme", programme_count(len(v.items), len(v.briefings), lang), lang)
        # counted afresh at every print: the kitchen and the cars plan from these, not the profiles
        kv(r, "Dietary requirements", tally_line(dietary_tally(v.participants), lang), lang)
        kv(r, "Accessibility needs", tally_line(access_tally(v.participants), lang), lang)
        if v.logistics is not None:  # where the delegation sleeps and whom to call at night
            for stay in v.logistics.stays:
                hotel = _hotel_in(stay, hotel_city(stay, v.items), lang)
                kv(r, "Hotel", f"{hotel} {stay.phone}".strip(), lang)
            e = v.logistics.emergency
            kv(r, "24-hour duty officer", f"{e.duty_officer_name} {e.duty_officer_phone}".strip(), lang)
        for person in staff:
            phones = ", ".join(m.value for m in person.methods_of(ContactChannel.PHONE))
            kv(r, "Office contact", f"{person.formal_name(lang)} {phones}".strip(), lang)
        return [r.flowable()]

    return Section("glance", label("Visit at a glance"), [Pair(make)])


def _people_table(people: Sequence[Participant]) -> BiTable:
    rows = [
        Row([str(n), names_cell(p.person), partial(person_position, p.person), enum_label(p.role)])
        for n, p in enumerate(people, start=1)
    ]
    return BiTable(
        [
            Col(label("No."), 0.4, shared=True, align="RIGHT"),
            Col(label("Name"), 1.7, shared=True),
            Col(label("Position"), 2.4),
            Col(label("Role"), 0.9),
        ],
        rows,
        empty=label("None recorded."),
    )


def _people_lists(v: VisitData) -> Section:
    """The delegation and the host side, each in order of precedence with forms of address."""
    ordered = in_precedence(v.participants)
    delegation = [p for p in ordered if p.side == "delegation"]
    hosts = [p for p in ordered if p.side != "delegation"]
    blocks: list[Block] = [Heading(label("Delegation list")), _people_table(delegation)]
    blocks += [Heading(label("Host list")), _people_table(hosts)]
    return Section("delegation", label("Delegation and host lists"), blocks)


def _change_when(at: dt.datetime):
    def cell(lang: str) -> Parts:
        local = at.astimezone()  # this computer's zone, as the print time in the footer
        shown = "en" if lang == "both" else lang
        return [(f"{fmt_date(local.date(), shown)} {fmt_time(local, shown)}", {})]

    return cell


def _change_row(c: ChangeInfo) -> Row:
    """A line of the change list; a line folded under a swap's summary (field test 71) is indented
    under it, its time and author said once by the summary."""
    if c.folded:
        return Row(["", Bi(f"– {c.part.en}", f"– {c.part.zh}"), c.what, ""])
    return Row([_change_when(c.at), c.part, c.what, f"{c.office}\n{c.staff}".strip()])


def _changes(v: VisitData) -> Section:
    """The visit's changes since a date (field test 21, defect 2: what changed between v1 and v2)."""
    since = (v.changes_since or dt.datetime.now(dt.UTC)).astimezone()
    words = label("Changes since {when}")
    title = Bi(
        *(
            getattr(words, lang).format(when=f"{fmt_date(since.date(), lang)} {fmt_time(since, lang)}")
            for lang in ("en", "zh")
        )
    )
    rows = [_change_row(c) for c in v.changes]
    table = BiTable(
        [
            Col(label("When"), 0.9, shared=True),
            Col(label("Part"), 2),
            Col(label("Change"), 2.6),
            Col(label("By"), 0.9, shared=True),
        ],
        rows,
        empty=label("No changes recorded since then."),
    )
    return Section("changes", title, [table])


def visit_sections(v: VisitData, wanted: set[str] | frozenset[str] | None = None) -> list[Section]:
    """The sections of the visit dossier that are ``wanted`` (all when None), in print order."""

    def want(key: str) -> bool:
        return wanted is None or key in wanted

    sections: list[Section] = []
    titles = {i.id: i.title for i in v.items}
    if want("cover"):
        sections.append(_cover(v))
    if want("glance"):
        sections.append(_glance(v))
    if v.changes_since is not None:  # asked for with its date, not one of the sections to tick
        sections.append(_changes(v))
    if want("programme"):
        sections.append(_programme(v))
    if want("briefings"):
        roles = {p.person.id: enum_label(p.role) for p in v.participants}
        total = len(v.briefings)
        sections += [_briefing(b, n, total, v, roles) for n, b in enumerate(v.briefings, start=1)]
    if want("technologies") and v.pipeline:
        sections.append(pipeline_section(v.pipeline))
    if want("delegation"):
        sections.append(_people_lists(v))
    if v.logistics is not None:
        readings = {p.person.id: p.person.reading for p in v.participants if p.person.reading}
        if want("logistics") and (section := logistics_section(v.logistics, titles, readings)) is not None:
            sections.append(section)
        if want("emergency") and (section := emergency_section(v.logistics)) is not None:
            sections.append(section)
    if want("participants"):
        sections.append(_participants(v))
    if want("contacts"):
        sections.append(_contacts(v))
    if want("notes"):
        sections.append(notes_section(v.notes))
    return sections


__all__ = ["VISIT_SECTIONS", "fmt_date", "visit_sections"]
