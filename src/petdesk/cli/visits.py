"""Subcommands of visits and trainings: visits, trainings, clashes, calendar (.ics), reminders.

Times are printed in the place's zone with the viewer's zone beside them when it differs, because
a programme is agreed in the hosts' time but read by staff wherever they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from petdesk.cli import (
    past_visits,
    registration_list,
    training_lodging,
    visit_logistics,
    visit_people,
    visit_record,
    zoom_attendance,
)
from petdesk.cli.columns import bracketed, cell, pad
from petdesk.cli.columns import width as display_width
from petdesk.cli.context import (
    EXIT_USAGE,
    READ_CHECK_BUDGET_S,
    CliError,
    Context,
    Translate,
    cannot_write,
    int_between,
    output_locale,
    plain_translator,
    report_stream,
)
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.language import N_, interface_language, is_chinese
from petdesk.textsafety import terminal_safe
from petdesk.unreadable_file import unreadable

if TYPE_CHECKING:
    from petdesk.services.trainings import SignInSheet


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a date like 2026-11-29")).format(text=terminal_safe(text))
        ) from None


def _zone(text: str) -> ZoneInfo:
    try:
        return ZoneInfo(text)
    except Exception:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("unknown time zone “{text}”; use e.g. Europe/Berlin")).format(
                text=terminal_safe(text)
            )
        ) from None


def _range_args(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument("--from", dest="date_from", type=_date, metavar="D", help=_("first day (YYYY-MM-DD)"))
    p.add_argument("--to", dest="date_to", type=_date, metavar="D", help=_("last day (YYYY-MM-DD)"))


def _common(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))
    p.add_argument("--tz", type=_zone, metavar="ZONE", help=_("viewer's time zone (default: system)"))


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "visits",
        help=_("list delegation visits, or show one with its itinerary"),
        description=_(
            "Without an ID, lists visits overlapping the dates; with an ID (or its first "
            "characters), shows the visit's delegation, itinerary, follow-ups and clashes. "
            "`petdesk visit add` and `petdesk visit edit ID` add and change one."
        ),
    )
    p.add_argument(
        "id",
        nargs="?",
        action=visit_record.NotAVisitId,
        help=_("visit id (at least 4 characters) to show in full"),
    )
    p.add_argument(
        "--registration-list",
        action="store_true",
        help=_("with an ID: names, nationalities and passports for hotel and police registration"),
    )
    p.add_argument(
        "--out", metavar="FILE", help=_("with --registration-list: write the list (.csv or .xlsx)")
    )
    add_delimiter_option(p, _)
    visit_people.add_options(p, _)
    _range_args(p, _)
    p.add_argument(
        "--status",
        action="append",
        choices=("planned", "confirmed", "done", "cancelled"),
        help=_("only this status (repeatable)"),  # had none (field test 92)
    )
    p.add_argument(
        "--json", action="store_true", help=_("print one JSON document instead of text (for scripts)")
    )
    _common(p, _)
    p.set_defaults(handler=cmd_visits)
    visit_people.register(sub, _, _common)

    p = sub.add_parser("trainings", help=_("list trainings, or show one with sessions and its sign-in sheet"))
    p.add_argument("id", nargs="?", help=_("training id (at least 4 characters) to show in full"))
    p.add_argument(
        "--lodging",
        action="store_true",
        help=_("with an ID: who needs a room, where and which nights, and the rooms per night"),
    )
    p.add_argument("--out", metavar="FILE", help=_("with --lodging: write the hotel's list (.csv or .xlsx)"))
    add_delimiter_option(p, _)
    _range_args(p, _)
    p.add_argument(
        "--status",
        action="append",
        choices=("planned", "confirmed", "done", "cancelled"),
        help=_("only this status (repeatable)"),  # had none (field test 92)
    )
    p.add_argument(
        "--json", action="store_true", help=_("print one JSON document instead of text (for scripts)")
    )
    _common(p, _)
    p.set_defaults(handler=cmd_trainings)

    p = sub.add_parser(
        "replace-attendee",
        help=_("a late substitute takes a registered attendee's place in a training"),
        description=_(
            "The substitute is registered and takes over the attendee's marks from the session given "
            "on (by default the first session not begun yet); the attendee stays registered as "
            "replaced, with the marks of the sessions before."
        ),
    )
    p.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    p.add_argument("old", metavar="OLD", help=_("contact id of the attendee replaced"))
    p.add_argument("new", metavar="NEW", help=_("contact id of the substitute"))
    p.add_argument(
        "--from-session",
        metavar="S",
        help=_("the first session the substitute attends: S1, S2 … as `petdesk trainings ID` numbers them"),
    )
    _common(p, _)
    p.set_defaults(handler=cmd_replace_attendee)
    training_lodging.register(sub, _, _date, _common)
    visit_logistics.register(sub, _, _date, _zone, _common)
    zoom_attendance.register(sub, _, _zone)
    past_visits.register(sub, _)

    p = sub.add_parser(
        "clashes",
        help=_("list scheduling clashes (overlaps, impossible transfers, items outside visit dates)"),
        description=_(
            "Clashes are warnings: a person in two items at once, consecutive items in "
            "different cities without time to travel, items outside the visit's dates. By default from "
            "today on; --all checks everything."
        ),
    )
    _range_args(p, _)
    p.add_argument("--visit", metavar="ID", help=_("only clashes touching this visit"))
    p.add_argument(
        "--training", metavar="ID", help=_("only clashes touching this training (as its editor lists them)")
    )
    p.add_argument(
        "--person",
        metavar="PERSON",
        help=_("only this person's clashes, across visits and trainings (their id or name)"),
    )
    p.add_argument("--all", action="store_true", help=_("check the whole database, past included"))
    p.add_argument(
        "--min-transfer",
        type=int_between(0, 24 * 60),
        default=30,
        metavar="MIN",
        help=_("minutes needed between items in different cities (default 30, at most a day)"),
    )
    _common(p, _)
    p.set_defaults(handler=cmd_clashes)

    p = sub.add_parser(
        "calendar",
        help=_(
            "export visits, trainings, follow-ups and project deadlines as an iCalendar (.ics) file, "
            "or import meetings into a visit"
        ),
        description=_(
            "Export: --out FILE.ics with --visit ID, --training ID, or --from D --to D (a range: its "
            "visits, trainings, travel, open follow-ups, and project deadlines and open milestones, "
            "reminded a week and a day before). "
            "Import: --import FILE.ics --visit ID adds the file's meetings to the visit's itinerary."
        ),
    )
    p.add_argument("--out", type=Path, metavar="FILE.ics", help=_("write an iCalendar file ('-' for stdout)"))
    p.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE.ics",
        help=_("read meetings from an iCalendar file into --visit"),
    )
    p.add_argument("--visit", metavar="ID")
    p.add_argument("--training", metavar="ID")
    p.add_argument(
        "--with-attendees",
        action="store_true",
        help=_(
            "with --training: list the registered attendees too (e-mail addresses; answer as marked "
            "in attendance); without it only the trainers"
        ),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=_("with --import: show what would change; change nothing")
    )
    _range_args(p, _)
    p.add_argument("--person", metavar="CONTACT_ID", help=_("only events of this person (range export)"))
    p.add_argument(
        "--alarm",
        type=int_between(0, 7 * 24 * 60),
        action="append",
        metavar="MIN",
        help=_("reminder minutes before each item (repeatable; default 30; 0 for none; at most a week)"),
    )
    _common(p, _)
    p.set_defaults(handler=cmd_calendar)

    p = sub.add_parser("reminders", help=_("upcoming visits and trainings, deadlines, follow-ups due"))
    p.add_argument(
        "--days",
        type=int_between(0, 3660),
        default=14,
        metavar="N",
        help=_("look N days ahead (default 14, at most 3660: ten years)"),
    )
    p.add_argument(
        "--for",
        dest="person",
        metavar="PERSON",
        help=_("only this person's: the follow-ups they own, the visits and trainings they take part in"),
    )
    _common(p, _)
    p.set_defaults(handler=cmd_reminders)


def _locale(args: argparse.Namespace) -> str:
    return output_locale(args)


def _viewer(args: argparse.Namespace) -> ZoneInfo:
    from petdesk.services.schedule_time import viewer_timezone  # no models: quick commands stay quick

    return args.tz or viewer_timezone()


def _both_times(start: dt.datetime, end: dt.datetime, tzname: str, viewer: ZoneInfo, locale: str) -> str:
    """ "10 Nov 2026 09:00–10:30 Shanghai UTC+08:00 (02:00–03:30 Berlin UTC+01:00)": each zone as the
    window and the dossier name it beside a time, never its IANA key (protocol-office field test)."""
    from petdesk.i18n import format_date
    from petdesk.labels import bracket

    place = ZoneInfo(tzname)
    ls, le = start.astimezone(place), end.astimezone(place)
    out = f"{_dt(ls, locale)}{_till(ls, le, locale)} {_zone_words(tzname, ls, le, locale)}"
    vs, ve = start.astimezone(viewer), end.astimezone(viewer)
    if vs.utcoffset() == ls.utcoffset():
        return out
    day = "" if vs.date() == ls.date() else f"{format_date(vs.date(), locale, 'short')} "
    till = _till(vs, ve, locale)
    # full-width brackets around "柏林 UTC+01:00" in Chinese, as everywhere else
    return bracket(out, f"{day}{_t(vs, locale)}{till} {_zone_words(viewer.key, vs, ve, locale)}", locale)


def _till(start: dt.datetime, end: dt.datetime, locale: str) -> str:
    """ "–11:30", and "–01:00 (+1)" for an end on the next day, as the dossier's programme writes it:
    a flight at 15:00 landing at 01:00 read "15:00–01:00", an hour of the same day (field test 60).
    A moment (an event with no end) has none: "09:00", not "09:00–09:00"."""
    from petdesk.i18n import format_date

    if end == start:
        return ""
    days = (end.date() - start.date()).days
    if days == 1:
        return f"–{_t(end, locale)} (+1)"
    if days > 1:
        return f"–{format_date(end.date(), locale, 'medium')} {_t(end, locale)}"
    return f"–{_t(end, locale)}"


def _zone_words(zone: str, start: dt.datetime, end: dt.datetime, locale: str, where: str = "") -> str:
    """ "Berlin UTC+02:00" / "柏林 UTC+02:00"; both offsets when the clocks change in between, which
    says which 02:30 of that night is meant ("Berlin UTC+02:00 → UTC+01:00"); UTC as just "UTC". A
    leg's end is named by the city its place ``where`` names when that city keeps the zone's time."""
    from petdesk.labels import leg_end_zone

    name = leg_end_zone(where, zone, locale)
    if name == "UTC":
        return name
    return f"{name} " + " → ".join(dict.fromkeys(_offset(value) for value in (start, end)))


def _clocks_change(local: dt.datetime) -> bool:
    """Whether the clocks change at the place on the day of the aware ``local`` time."""
    tz = local.tzinfo
    midnight = dt.datetime.combine(local.date(), dt.time(), tz)
    after = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), tz)
    return midnight.utcoffset() != after.utcoffset()


def _offset(value: dt.datetime) -> str:
    minutes = int((value.utcoffset() or dt.timedelta()).total_seconds() // 60)
    return f"UTC{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _all_day_dates(start: dt.datetime, end: dt.datetime, tzname: str, locale: str) -> str:
    """ "1 Feb 2027" or "1 Feb 2027 – 3 Feb 2027": the place's days of an all-day item (its end is
    the midnight after its last day)."""
    from petdesk.i18n import format_date

    place = ZoneInfo(tzname)
    first = start.astimezone(place).date()
    last = (end.astimezone(place) - dt.timedelta(microseconds=1)).date()
    days = [format_date(day, locale, "medium") for day in dict.fromkeys((first, last))]
    return " – ".join(days)


def _dt(value: dt.datetime, locale: str) -> str:
    from petdesk.i18n import format_date

    return f"{format_date(value.date(), locale, 'medium')} {_t(value, locale)}"


def _t(value: dt.datetime, locale: str) -> str:
    from petdesk.i18n import format_time

    return format_time(value, locale, "HH:mm")


def _label(enum_cls: type, value: object, locale: str) -> str:
    """An enum value as the shared vocabulary names it in ``locale`` ("site_visit" → "Site visit")."""
    try:
        from petdesk.vocab import label

        return label(enum_cls(value), locale)
    except (ImportError, KeyError, ValueError, TypeError):
        return str(getattr(value, "value", value))


def _field(label: str, locale: str) -> str:
    """A label before its value: "time zone: " / "时区：" (field test 68: "时区: 上海" mixed a Latin
    colon into Chinese)."""
    from petdesk.labels import colon

    return colon(label, locale) + ("" if is_chinese(locale) else " ")


def place_and_city(place: str, city: str, lang: str) -> str:
    """ "Wuhan Airport, Wuhan" / "武汉机场": Chinese names the city first and joins it to the place
    (as the dossier's ``place_line``), a city the place already names said once ("武汉机场, 武汉"
    put an English comma in a Chinese line: round 61 review)."""
    from petdesk.labels import chinese_spacing

    if lang != "zh":
        return ", ".join(x for x in (place, city) if x)
    parts = [p.strip() for p in (city, place) if p.strip()]
    if len(parts) == 2 and (parts[0] in parts[1] or parts[1] in parts[0]):
        parts = [max(parts, key=len)]
    return chinese_spacing(" ".join(parts))  # a space stays beside Latin ("武汉 Wuhan Airport")


def _resolve(ctx: Context, table: str, prefix: str, what: str) -> str:
    from petdesk.services import visits as visit_service
    from petdesk.services.visits import ScheduleError

    with ctx.db.reading() as s:
        try:
            return visit_service.resolve_id(s, table, prefix, what)
        except ScheduleError as exc:
            raise CliError(str(exc)) from exc


# --- visits --------------------------------------------------------------------------------------


def cmd_visits(args: argparse.Namespace, ctx: Context) -> int:
    # the list reads plain SQL: neither SQLAlchemy nor the models are imported for it
    from petdesk.enums import VisitDirection, VisitStatus
    from petdesk.plain_dates import short_date
    from petdesk.services.schedule_time import ScheduleError
    from petdesk.services.visit_list import visit_rows

    locale = _locale(args)
    ctx.speak(locale)  # "visits zzzz --lang zh_CN": its refusal in Chinese, the error line too
    _ = plain_translator(locale)  # English without babel (its dates: petdesk.plain_dates)
    if (args.registration_list or args.out) and not args.id:
        raise CliError(_("--registration-list shows one visit: give its id"))
    if args.out and not args.registration_list:
        raise CliError(_("--out writes the registration list: add --registration-list"))
    if args.role and not args.add_person:
        raise CliError(_("--role is the role of a person added: add --add-person"))
    if args.add_person:
        if not args.id or args.registration_list or args.json:
            raise CliError(_("--add-person puts people in one visit: give its id, and no other option"))
        return visit_people.add_people(args, ctx, _resolve(ctx, "visit", args.id, "visit"))
    if args.id and args.registration_list:
        return registration_list.show(args, ctx, _resolve(ctx, "visit", args.id, "visit"))
    if args.id:
        visit_id = _resolve(ctx, "visit", args.id, "visit")  # `visits add`: see NotAVisitId
        if args.json:
            return _visit_json(ctx, visit_id)
        return _show_visit(ctx, visit_id, locale, _viewer(args))
    with ctx.plain_reading() as conn:
        try:
            rows = visit_rows(
                conn, date_from=args.date_from, date_to=args.date_to, statuses=args.status or ()
            )
        except ScheduleError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        from petdesk.cli.json_output import print_json, visit_row

        print_json({"visits": [visit_row(r) for r in rows]})
        return 0
    if not rows:
        print(_("No visits in that range."))
        return 0
    lang = interface_language(locale)
    for r in rows:
        host = (r.host_zh or r.host_en) if lang == "zh" else (r.host_en or r.host_zh)
        status = _label(VisitStatus, r.status, locale)
        direction = _label(VisitDirection, r.direction, locale)
        print(
            f"{r.id[:8]}  {pad(short_date(r.start_date, locale), 10, '>')} – "
            f"{pad(short_date(r.end_date, locale), 10)}  {pad(status, 9)}  {pad(direction, 8)}  "
            f"{r.title(lang)}"
            + (f"  {bracketed(host)}" if host else "")
            + (f"  {_country(r.country, locale)}" if r.country else "")
            + (f"  {_delegation_of(r.head_count, _)}" if r.head_count else "")
            + "  "
            + _("({items} items, {people} people)").format(items=r.items, people=r.people)
        )
    print(_("Visits: {n}").format(n=len(rows)))
    _print_by_country(rows, locale, _)
    return 0


def _country(code: str, locale: str) -> str:
    """A country's name: petdesk's own names without babel (the list's run stays light), CLDR's only
    for a code they lack."""
    from petdesk import vocab

    if code.upper() in vocab.NAMED_COUNTRIES:
        return vocab.country_name(code, locale)
    from petdesk.labels import country_name

    return country_name(code, locale)


def _delegation_of(n: int, _: Any) -> str:
    return str(_("delegation of {n}")).format(n=n)


def _print_by_country(rows: Any, locale: str, _: Any) -> None:
    """The visits listed, counted by their delegation's country: how many and how many people (the
    participants entered and the announced delegation's unnamed, as ``report events`` counts them).
    Said only when some visit has a country."""
    from petdesk.services.visit_list import by_country

    tallies = by_country(rows)
    if all(t.country is None for t in tallies):
        return
    print(_("By country:"))
    names = [_country(t.country, locale) if t.country else _("country not recorded") for t in tallies]
    column = max(16, *(display_width(name) for name in names))  # "Republic of Korea" ran into its count
    for t, name in zip(tallies, names, strict=True):
        counts = _.ngettext("{n} visit", "{n} visits", t.delegations).format(n=t.delegations)
        people = _.ngettext("{n} person", "{n} people", t.people).format(n=t.people)
        print(f"  {pad(name, column)} " + _("{visits}, {people}").format(visits=counts, people=people))


def _visit_json(ctx: Context, visit_id: str) -> int:
    from petdesk.cli.json_output import print_json, visit_detail
    from petdesk.services import visits as visit_service

    with ctx.db.reading() as s:
        document = visit_detail(s, visit_service.get_visit(s, visit_id))
    print_json(document)
    return 0


def _show_visit(ctx: Context, visit_id: str, locale: str, viewer: ZoneInfo) -> int:
    from petdesk import labels
    from petdesk.i18n import format_date, translator
    from petdesk.models import VisitParticipant
    from petdesk.models.enums import (
        FollowUpStatus,
        ItineraryKind,
        ParticipantRole,
        VisitDirection,
        VisitStatus,
    )
    from petdesk.services import clashes as clash_service
    from petdesk.services import visits as visit_service
    from petdesk.services.logistics import precedence_lists
    from petdesk.services.newer_values import stored_text, unknown_values_of

    _ = translator(locale)
    lang = interface_language(locale)
    with ctx.db.reading() as s:
        v = visit_service.get_visit(s, visit_id)
        other = v.title("en" if lang == "zh" else "zh")
        print(v.title(lang) + (f" / {other}" if other != v.title(lang) else ""))
        # Labels translated outside the f-string: pybabel does not extract _() inside one, so
        # "status", "direction" and "time zone" never reached the catalogue (field test 6, defect 6).
        status, direction, zone = _("status"), _("direction"), _("time zone")
        # the zone as the visit window's box shows it, with the offset on the visit's days, never
        # its IANA name (field test 56, defect 5: "时区: Asia/Shanghai")
        zone_text = labels.label_on_days(
            labels.zone_label(v.timezone, locale), v.timezone, [v.start_date, v.end_date]
        )
        # a newer petdesk's status or direction as stored (``_label`` gives an unknown one as it is)
        status_text = _label(VisitStatus, stored_text(s, v, "status"), locale)
        direction_text = _label(VisitDirection, stored_text(s, v, "direction"), locale)
        print(
            f"  {_field(_('id'), locale)}{v.id}\n"
            f"  {_field(status, locale)}{status_text}   {_field(direction, locale)}"
            f"{direction_text}   {_field(zone, locale)}{zone_text}"
        )
        print(f"  {format_date(v.start_date, locale, 'full')} – {format_date(v.end_date, locale, 'full')}")
        for label, org in ((_("host"), v.host_organisation), (_("visiting"), v.visiting_organisation)):
            if org is not None:  # "来访方：" in Chinese, not "来访方: " (field test 77)
                print(f"  {_field(label, locale)}{org.display_name(lang)}")
        country, head_count = _("country"), _("head count")  # outside the f-strings: pybabel
        if v.country:
            # "英国（GB）": full-width brackets in a Chinese line (round 61 review)
            print(
                f"  {_field(country, locale)}"
                + labels.bracket(labels.country_name(v.country, locale), v.country, locale)
            )
        if v.head_count:
            print(f"  {_field(head_count, locale)}{v.head_count}")
        for label, text_ in (
            (_("purpose") + " [en]", v.purpose_en),
            (_("purpose") + " [zh]", v.purpose_zh),
            (_("expected outcomes") + " [en]", v.outcomes_en),
            (_("expected outcomes") + " [zh]", v.outcomes_zh),
        ):
            if text_:
                print(f"  {_field(label, locale)}{text_}")
        # the delegation and the host side apart, as the dossier's lists: "代表团成员：" listed the
        # hosts, their interpreter and the office's staff too (field test 77, follow-up)
        # in the order of precedence the window's lists and the dossier use, not as added (field
        # test 78) nor by role and name alone (round 54: a set order never showed here)
        ranked = precedence_lists(s, v.id, lang)
        # a newer petdesk's role as stored, not the Delegate it is read as
        listed = [s.get_one(VisitParticipant, r.participant_id) for r in (*ranked.delegation, *ranked.host)]
        stored_roles = (
            {
                p.id: n["role"]
                for p, n in zip(listed, unknown_values_of(s, listed), strict=True)
                if "role" in n
            }
            if listed
            else {}
        )
        for side, heading in (("delegation", _("Delegation:")), ("host", _("Host side:"))):
            group = ranked.side(side)
            if group:
                print(heading)
            for r in group:
                name = r.name_zh if lang == "zh" else r.name_en
                role = stored_roles.get(r.participant_id, r.role)
                print(f"  {pad(_label(ParticipantRole, role, locale), 18)} {name}")
        from petdesk.city_names import shown_city

        items = visit_service.itinerary(s, v.id)
        print(_("Itinerary (place's time, your time in brackets):"))
        if not items:
            print("  " + _("(empty)"))
        for i in items:
            # an item saved with "Beijing" only is in 北京 in Chinese, as its clash line says
            city = shown_city(i.city_en, i.city_zh, lang)
            place = (i.place_zh or i.place_en) if lang == "zh" else (i.place_en or i.place_zh)
            where = place_and_city(place, city, lang)
            when = (
                _all_day_dates(i.starts_at, i.ends_at, i.timezone, locale) + " " + _("all day")
                if i.all_day
                else _both_times(i.starts_at, i.ends_at, i.timezone, viewer, locale)
            )
            # the reader's language first, as the visit's own title above (field test 85)
            titles = (i.title_zh, i.title_en) if lang == "zh" else (i.title_en, i.title_zh)
            print(
                f"  {when}  "
                f"{bracketed(_label(ItineraryKind, stored_text(s, i, 'kind'), locale))} "
                f"{' / '.join(t for t in titles if t)}" + (f" @ {where}" if where else "")
            )
        _print_logistics(s, v.id, items, locale)
        follow = visit_service.follow_ups(s, v.id)
        if follow:
            print(_("Follow-ups:"))
            for f in follow:
                due = format_date(f.due_date, locale) if f.due_date else "—"
                owner = f.owner.display_name(lang) if f.owner else ""
                desc = (
                    (f.description_zh or f.description_en)
                    if lang == "zh"
                    else (f.description_en or f.description_zh)
                )
                status_of = _label(FollowUpStatus, stored_text(s, f, "status"), locale)
                print(f"  {bracketed(status_of)} {due}  {desc}" + (f" — {owner}" if owner else ""))
        found = clash_service.find_clashes(s, visit_id=v.id)
        if found:
            print(_("Clashes:"))
            for c in found:
                print(f"  ! {c.describe(locale)}")
    return 0


def _print_logistics(session: Any, visit_id: str, items: Any, locale: str) -> None:
    """Travel, hotels with their rooming lists, cars and gifts: what the dossier prints, as text
    (field test 52, defect 10: the command line's view of a visit had none of it)."""
    from petdesk.i18n import format_date, format_datetime, translator
    from petdesk.labels import GIFT_DIRECTIONS, TRAVEL_MODES, bracket, code_label
    from petdesk.services import logistics as logistics_service
    from petdesk.services.vehicle_capacity import over_capacity

    _ = translator(locale)
    lang = interface_language(locale)
    lg = logistics_service.logistics(session, visit_id)

    def name(person: Any) -> str:
        return (person.name_zh or person.name_en) if lang == "zh" else (person.name_en or person.name_zh)

    def when(moment: dt.datetime, tzname: str, where: str) -> str:
        local = moment.astimezone(ZoneInfo(tzname))
        return f"{format_datetime(local, locale, 'short')} {_zone_words(tzname, local, local, locale, where)}"

    if lg.legs:
        print(_("Travel:"))
    for leg in lg.legs:
        mode = code_label(TRAVEL_MODES, leg.mode, locale)
        journey = " ".join(p for p in (leg.number, f"{leg.from_place} → {leg.to_place}") if p)
        # "（汉莎航空）" in Chinese, as every other bracket there (round 61: ASCII ones were left)
        print(
            f"  {when(leg.departs, leg.departs_timezone, leg.from_place)}"
            f" → {when(leg.arrives, leg.arrives_timezone, leg.to_place)}"
            f"  {bracketed(mode)} {bracket(journey, leg.carrier, locale)}"
        )
        travellers = _(", ").join(name(p) for p in leg.travellers) or _("(nobody)")
        print("    " + _("travellers ({n}): {people}").format(n=len(leg.travellers), people=travellers))
    if lg.stays:
        print(_("Hotels:"))
    for stay in lg.stays:
        dates = f"{format_date(stay.check_in, locale)} – {format_date(stay.check_out, locale)}"
        # an address and a phone are unlike parts: a full-width comma in Chinese, never 、
        details = ("，" if lang == "zh" else ", ").join(p for p in (stay.address, stay.phone) if p)
        print(f"  {dates}  {bracket(stay.hotel, details, locale)}")
        for room in stay.rooms:
            print(f"    {pad(room.room or '—', 8)} {name(room.person)}")
        if not stay.rooms:
            print("    " + _("(nobody on the rooming list)"))
    titles = {i.id: (i.title_zh or i.title_en) if lang == "zh" else (i.title_en or i.title_zh) for i in items}
    if lg.vehicles:
        print(_("Cars and drivers:"))
    elif lg.no_transport and (lg.legs or lg.stays or lg.gifts):  # where the dossier says it too
        print(_("Cars and drivers:"))
        print("  " + _("No transport planned yet."))
    for car in lg.vehicles:
        driver = " ".join(p for p in (car.driver_name, car.driver_phone) if p)
        seats = (
            ""
            if car.seats is None
            else " " + _.ngettext("({n} seat)", "({n} seats)", car.seats).format(n=car.seats)
        )
        print(f"  {car.vehicle}{seats}" + (f" — {driver}" if driver else ""))
        served = [titles[i] for i in car.item_ids if i in titles]
        if served:
            print("    " + _("serves: {items}").format(items=_(", ").join(served)))
        _print_riders(car, titles, name, _)
    if lg.gifts:
        print(_("Gifts:"))
    for gift in lg.gifts:
        who = " → ".join(p for p in (gift.giver, gift.recipient) if p)
        direction = code_label(GIFT_DIRECTIONS, gift.direction, locale)
        print(f"  {bracketed(direction)} {bracket(gift.description, who, locale)}")
    cars = over_capacity(session, [visit_id]) if lg.vehicles else []
    if lg.rooming_gaps or cars:
        print(_("Open questions:"))
    for question in [*(g.describe(locale) for g in lg.rooming_gaps), *(c.describe(locale) for c in cars)]:
        print(f"  ? {question}")


def _print_riders(car: Any, titles: dict[str, str], name: Any, _: Any) -> None:
    """Who rides in the vehicle: once when the same people ride for every item, else per item."""
    lists = {people for _item, people in car.riders}
    if not any(lists):
        return
    if len(lists) == 1:
        (people,) = lists
        print(
            "    " + _("riders ({n}): {people}").format(n=len(people), people=_(", ").join(map(name, people)))
        )
        return
    for item, people in car.riders:
        riders = _(", ").join(map(name, people)) or _("(nobody)")
        print(
            "    "
            + _("riders for {item} ({n}): {people}").format(
                item=titles.get(item, ""), n=len(people), people=riders
            )
        )


# --- trainings -----------------------------------------------------------------------------------


def cmd_replace_attendee(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.labels import chinese_spacing
    from petdesk.services import trainings as training_service
    from petdesk.services.visits import ScheduleError

    locale = _locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    tid = _resolve(ctx, "training", args.training, "training")
    old = _resolve(ctx, "contact", args.old, "contact")
    new = _resolve(ctx, "contact", args.new, "contact")
    with ctx.db.transaction() as s:
        sheet = training_service.sign_in_sheet(s, tid)
        from_session = _session_of(sheet, args.from_session, _) if args.from_session else None
        try:
            done = training_service.replace_attendee(s, tid, old, new, from_session_id=from_session)
        except ScheduleError as exc:
            raise CliError(str(exc)) from exc
    with ctx.db.reading() as s:
        sheet = training_service.sign_in_sheet(s, tid)
    names = {r.contact_id: r.name(lang) for r in sheet.rows}
    number = 1 + [x.id for x in sheet.sessions].index(done.from_session_id)
    # In Chinese the number alone ("自第 7 场课程起"); no space beside a Chinese name (field test 36, §10)
    said = _("{new} replaces {old} from session S{n} on.").format(new=names[new], old=names[old], n=number)
    print(chinese_spacing(said) if lang == "zh" else said)
    moved = len(done.moved_mark_ids)
    if moved:
        print(
            _.ngettext(
                "{n} attendance mark moved to the substitute.",
                "{n} attendance marks moved to the substitute.",
                moved,
            ).format(n=moved)
        )
    return 0


def _session_of(sheet: SignInSheet, text: str, _: Translate) -> str:
    """The session "S2" names (as ``petdesk trainings ID`` numbers them), or a session id's start."""
    ids = [x.id for x in sheet.sessions]
    if text[:1] in "Ss" and text[1:].isdigit() and 1 <= int(text[1:]) <= len(ids):
        return ids[int(text[1:]) - 1]
    found = [sid for sid in ids if sid.startswith(text)] if len(text) >= 4 else []
    if len(found) != 1:
        raise CliError(_("no session {text} in this training (S1 to S{n})").format(text=text, n=len(ids)))
    return found[0]


def cmd_trainings(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk import labels
    from petdesk.city_names import shown_city
    from petdesk.i18n import format_date, translator
    from petdesk.models.enums import TrainingStatus
    from petdesk.services import trainings as training_service
    from petdesk.services.attendance import head_counts
    from petdesk.services.attendance_mode import IN_PERSON, ONLINE, attends_online, every_session_online
    from petdesk.services.attendance_mode import words as mode_words

    locale = _locale(args)
    ctx.speak(locale)  # a refusal in the command's own --lang (as ``visits``)
    _ = translator(locale)
    lang = interface_language(locale)
    if args.id and args.json:
        raise CliError(_("--json lists trainings: leave out the training id"))
    if (args.lodging or args.out) and not args.id:
        raise CliError(_("--lodging shows one training: give its id"))
    if args.out and not args.lodging:
        raise CliError(_("--out writes the lodging list: add --lodging"))
    if args.id and args.lodging:
        return training_lodging.show(args, ctx, _resolve(ctx, "training", args.id, "training"))
    if args.id:
        try:
            tid = _resolve(ctx, "training", args.id, "training")
        except CliError as exc:
            if args.id in ("add", "edit"):  # `trainings add`: as `visits add`, one s too many
                raise CliError(
                    _("`petdesk trainings` lists and shows trainings; `petdesk training add` adds one.")
                    if args.id == "add"
                    else _(
                        "`petdesk trainings` lists and shows trainings; "
                        "`petdesk training edit ID` changes one."
                    )
                ) from exc
            raise
        from petdesk.services.newer_values import stored_text

        with ctx.db.reading() as s:
            sheet = training_service.sign_in_sheet(s, tid)
            # a newer petdesk's status as stored (``_label`` gives an unknown one as it is)
            status_text = _label(
                TrainingStatus, stored_text(s, training_service.get_training(s, tid), "status"), locale
            )
        viewer = _viewer(args)
        zh = lang == "zh"

        def shown(en: str, zh_text: str) -> str:  # the reader's language, else the other
            return (zh_text or en) if zh else (en or zh_text)

        titles = (sheet.title_zh, sheet.title_en) if zh else (sheet.title_en, sheet.title_zh)
        print(" / ".join(t for t in dict.fromkeys(titles) if t))
        # venue and city as `visits ID` names an item's place: a training with no venue still has
        # its city, in the reader's language (a training saved as "Chengdu" is in 成都)
        city = shown_city(sheet.city_en, sheet.city_zh, lang)
        where = place_and_city(shown(sheet.venue_en, sheet.venue_zh), city, lang)
        print(
            f"  {format_date(sheet.start_date, locale)} – {format_date(sheet.end_date, locale)}"
            + (f"  {where}" if where else "")
        )
        # the zone as the training window's box shows it, with the offset on the training's days
        # (as `visits ID` since field test 56, defect 5), never its IANA name
        zone_text = labels.label_on_days(
            labels.zone_label(sheet.timezone, locale), sheet.timezone, [sheet.start_date, sheet.end_date]
        )
        print(f"  {_field(_('status'), locale)}{status_text}   {_field(_('time zone'), locale)}{zone_text}")
        # the head count of the list and the dossier's cover: a place a substitute took over once
        counted = sheet.head_count
        counts = head_counts(counted.people, counted.attendees, counted.substitutes)
        print(f"  {counts[1] if zh else counts[0]}")
        if sheet.interpreters:  # apart from the attendees: they interpret, they sign no sheet
            names = _(", ").join(r.name(lang) for r in sheet.interpreters)
            print("  " + _("Interpreters: {names}").format(names=names))
        print(_("Sessions:"))
        for n, sess in enumerate(sheet.sessions, 1):
            trainers = sess.trainers_zh if zh and sess.trainers_zh else sess.trainers
            interpreters = sess.interpreters_zh if zh and sess.interpreters_zh else sess.interpreters
            interpreting = (
                _("interpreter: {names}").format(names=_(", ").join(interpreters)) if interpreters else ""
            )
            room = shown(sess.room_en, sess.room_zh)  # as the window and the dossier show it
            room_note = _("room: {room}").format(room=room) if room else ""
            # the session's own setting (0080), as the training window sets it; nothing when not said
            held = "" if sess.online is None else mode_words(ONLINE if sess.online else IN_PERSON, lang)
            print(
                f"  S{n}  {_both_times(sess.starts_local, sess.ends_local, sheet.timezone, viewer, locale)}"
                f"  {shown(sess.title_en, sess.title_zh)}"
                + (f"  {held}" if held else "")
                + (f"  {room_note}" if room_note else "")
                + ("  " + labels.bracket("", _(", ").join(trainers), locale).lstrip() if trainers else "")
                + (f"  {interpreting}" if interpreting else "")
            )
        print(_("Sign-in sheet:"))
        # In Chinese "excused" is 假 (请假), as in the window and the printed sheet.
        marks = {"present": "✓", "absent": "✗", "excused": "假" if zh else "E", "": "□"}
        header = "  " + cell(_("name"), 32) + " ".join(f"S{n:<2}" for n in range(1, len(sheet.sessions) + 1))
        print(header)
        all_online = every_session_online(sess.online for sess in sheet.sessions)
        for r in sheet.signers:  # as the printed sheet: the trainers do not sign
            name = r.name(lang)
            # not on the paper sheet: marked from the meeting's report (the certificates' rule)
            if attends_online(r.mode, all_sessions_online=all_online):
                name = _("{name} (online)").format(name=name)
            # "–": a substitute sat there, or came in later (no signature box)
            cells = " ".join(
                pad("–" if sess.id in r.outside else marks[r.attendance.get(sess.id, "")], 3)
                for sess in sheet.sessions
            )
            # a newer petdesk's role, read as attendee (so on the sheet): say which, after the boxes
            role = f" {bracketed(r.stored_role)}" if r.stored_role else ""
            print(f"  {cell(name, 32)}{cells}{role}")  # Chinese characters take two columns
        return 0
    with ctx.db.reading() as s:
        rows = training_service.list_trainings(
            s, date_from=args.date_from, date_to=args.date_to, statuses=args.status or ()
        )
    if args.json:  # as `visits --json` (field test 65: scripts could not read the trainings)
        from petdesk.cli.json_output import print_json, training_row

        print_json({"trainings": [training_row(r) for r in rows]})
        return 0
    if not rows:
        print(_("No trainings in that range."))
        return 0
    for training in rows:
        city = (
            (training.city_zh or training.city_en) if lang == "zh" else (training.city_en or training.city_zh)
        )
        print(
            f"{training.id[:8]}  {pad(format_date(training.start_date, locale, 'short'), 10, '>')} – "
            f"{pad(format_date(training.end_date, locale, 'short'), 10)}  "
            f"{pad(_label(TrainingStatus, training.status, locale), 9)}  {training.title(lang)}"
            + (f"  {bracketed(city)}" if city else "")
            + "  "
            # both head counts, named (field test 65: "12 people" read as 12 attendees)
            + _("({sessions}, {people}, {attendees})").format(
                sessions=_.ngettext("{n} session", "{n} sessions", training.sessions).format(
                    n=training.sessions
                ),
                people=_.ngettext("{n} person", "{n} people", training.participants).format(
                    n=training.participants
                ),
                attendees=_.ngettext("{n} attendee", "{n} attendees", training.attendees).format(
                    n=training.attendees
                ),
            )
        )
    print(_("Trainings: {n}").format(n=len(rows)))
    return 0


# --- clashes -------------------------------------------------------------------------------------


def cmd_clashes(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.db import open_for_reading
    from petdesk.i18n import translator
    from petdesk.services import clashes as clash_service
    from petdesk.services.schedule_time import day_bounds

    locale = _locale(args)
    _ = translator(locale)
    viewer = _viewer(args)
    start = end = None
    if args.visit and args.training:
        raise CliError(_("choose --visit or --training, not both"))
    if not args.all and args.visit is None and args.training is None:
        first = args.date_from or dt.datetime.now(viewer).date()
        start = day_bounds(first, first, viewer)[0]
    if args.date_to:
        end = day_bounds(args.date_to, args.date_to, viewer)[1]
    visit_id = _resolve(ctx, "visit", args.visit, "visit") if args.visit else None
    training_id = _resolve(ctx, "training", args.training, "training") if args.training else None
    person = None
    if args.person:
        from petdesk.cli.handover import person_id

        with ctx.db.reading() as s:
            person = person_id(s, args.person, ctx)
    # A read-only sqlite3 connection, checked as Context.reader checks: no SQLAlchemy to import
    conn = open_for_reading(ctx.path, check_budget_s=READ_CHECK_BUDGET_S)
    try:
        found = clash_service.find_clashes(
            conn,
            visit_id=visit_id,
            training_id=training_id,
            start=start,
            end=end,
            min_transfer=dt.timedelta(minutes=args.min_transfer),
            person_id=person,
        )
        # a person's clashes only: the rooming and car warnings are of visits, not of them
        gaps = [] if training_id or person else _rooming_gaps(conn, visit_id, start, end)
        cars = [] if training_id or person else _over_capacity(conn, visit_id, start, end)
    finally:
        conn.close()
    for gap in gaps:
        print(f"{pad(_('rooming'), 13)} {pad(gap.visit_id[:8], 17)} {gap.describe(locale)}")
    if gaps:
        print(_("Rooming warnings: {n}").format(n=len(gaps)))
    for car in cars:
        print(f"{pad(_('vehicle'), 13)} {pad(car.visit_id[:8], 17)} {car.describe(locale)}")
    if cars:
        print(_("Vehicle warnings: {n}").format(n=len(cars)))
    if not found:
        print(_("No clashes."))
        return 0
    labels = {
        "overlap": _("overlap"),
        "transfer": _("transfer"),
        "outside": _("outside dates"),
        "whereabouts": _("wrong city"),
        "organisation": _("organisation"),
    }
    shown_in = viewer if args.tz else None  # else each time in its place's zone, as programmes print
    for c in found:
        visits = ",".join(v[:8] for v in c.visit_ids)
        print(f"{pad(labels[c.kind], 13)} {pad(visits, 17)} {c.describe(locale, shown_in)}")
    print(_("Clashes: {n} (warnings; nothing was blocked)").format(n=len(found)))
    return 0


def _rooming_gaps(
    conn: Any, visit_id: str | None, start: dt.datetime | None, end: dt.datetime | None
) -> list[Any]:
    """Rooming gaps beside the clashes: of the one visit, else of the nights in the range."""
    from petdesk.services.rooming import rooming_gaps

    gaps = rooming_gaps(conn, [visit_id] if visit_id else None)
    if visit_id is None:
        gaps = [
            g
            for g in gaps
            if (start is None or g.last >= start.date()) and (end is None or g.first <= end.date())
        ]
    return gaps


def _over_capacity(
    conn: Any, visit_id: str | None, start: dt.datetime | None, end: dt.datetime | None
) -> list[Any]:
    """Vehicles over capacity beside the clashes: of the one visit, else of the days in the range."""
    from petdesk.services.vehicle_capacity import over_capacity

    found = over_capacity(conn, [visit_id] if visit_id else None)
    if visit_id is None:
        found = [
            w
            for w in found
            if (start is None or w.day >= start.date()) and (end is None or w.day <= end.date())
        ]
    return found


# --- calendar files ------------------------------------------------------------------------------


def _write_range(
    args: argparse.Namespace,
    session: Any,
    first: dt.date,
    last: dt.date,
    filters: Any,
    locale: str,
    alarms: tuple[int, ...],
) -> int:
    """The calendar of a date range streamed into ``args.out`` (see :mod:`petdesk.outfile`)."""
    from petdesk.cli.progress import stderr_progress
    from petdesk.i18n import translator
    from petdesk.services import ical

    _ = translator(locale)
    try:
        events = ical.save_range(
            args.out,
            session,
            first,
            last,
            filters=filters,
            locale=locale,
            alarms=alarms,
            tz=_viewer(args),
            # TRANSLATORS: the command's name at the head of its progress lines
            on_progress=stderr_progress(_("calendar"), _),
        )
    except OSError as exc:
        raise cannot_write(args.out, exc, locale, _) from exc
    print(
        _.ngettext("Wrote {n} event to {file}", "Wrote {n} events to {file}", events).format(
            n=events, file=args.out
        ),
        file=report_stream(args.out),
    )
    return 0


def cmd_calendar(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk import outfile
    from petdesk.cli.handover import person_id
    from petdesk.i18n import translator
    from petdesk.labels import bracket, labelled
    from petdesk.messages import localize
    from petdesk.services import calendar as cal_service
    from petdesk.services import ical
    from petdesk.services.visits import ScheduleError

    locale = _locale(args)
    _ = translator(locale)
    if (args.out is None) == (args.import_file is None):
        raise CliError(_("give either --out FILE.ics (export) or --import FILE.ics (import)"), EXIT_USAGE)
    alarms = tuple(a for a in (args.alarm or [30]) if a > 0)
    if args.import_file is not None:
        if not args.visit:
            raise CliError(
                _("--import needs --visit ID: the visit whose itinerary receives the meetings"), EXIT_USAGE
            )
        visit_id = _resolve(ctx, "visit", args.visit, "visit")
        try:
            data = args.import_file.read_bytes()
        except OSError as exc:
            raise CliError(unreadable(str(args.import_file), exc, _)) from exc
        try:
            with ctx.db.transaction() as s:
                result = ical.import_calendar_file(s, visit_id, data, file=args.import_file.name)
                if args.dry_run:
                    s.rollback()
        except (ical.CalendarFileError, ScheduleError) as exc:
            raise CliError(
                _("{file}: {reason}; nothing was imported").format(file=args.import_file, reason=exc)
            ) from exc
        if args.dry_run:
            line = _("Dry run, nothing changed: {file}: {summary}")
        else:
            line = _("Imported {file}: {summary}")
        print(line.format(file=args.import_file, summary=result.summary(locale)))
        actions = {
            "add": _("add"),
            "update": _("update"),
            "older": _("older than the itinerary's copy, left alone"),
            "cancel": _("cancelled, removed"),
            "cancelled_before": _("already cancelled, left out"),
        }
        for change in result.changes:
            # A dry run lists every change; an import the ones a person must know of.
            if args.dry_run or change.action in ("older", "cancel", "cancelled_before"):
                when = change.when(locale, _("all day"))
                print("  " + labelled(actions[change.action], f"{when} {change.title}", locale))
        for title, reason in result.skipped:
            why = bracket(title or _("(untitled)"), localize(reason, locale), locale)
            print("  " + labelled(_("skipped"), why, locale))
        for title, note in result.notes:
            print("  " + labelled(_("note"), bracket(title, localize(note, locale), locale), locale))
        if result.guests:
            # Kept by name on the items; offered here so that they can become contacts.
            print(_("Not yet contacts (kept by name on the items; add them as contacts to link them):"))
            for name, email in result.guests:
                print(f"  {name} <{email}>" if email else f"  {name}")
        return 0

    chosen = [x for x in (args.visit, args.training) if x]
    has_range = args.date_from is not None or args.date_to is not None
    if len(chosen) + has_range != 1:
        raise CliError(_("export one thing: --visit ID, --training ID, or --from D --to D"), EXIT_USAGE)
    with ctx.db.reading() as s:
        try:
            if args.visit:
                data = ical.export_visit(
                    s, _resolve(ctx, "visit", args.visit, "visit"), locale=locale, alarms=alarms
                )
            elif args.training:
                data = ical.export_training(
                    s,
                    _resolve(ctx, "training", args.training, "training"),
                    locale=locale,
                    alarms=alarms,
                    with_attendees=args.with_attendees,
                )
            else:
                first = args.date_from or args.date_to
                last = args.date_to or first + dt.timedelta(days=30)
                if last < first:
                    raise CliError(_("--to is before --from"), EXIT_USAGE)
                # an id or a name, as clashes --person and reminders --person take (a bare name
                # matched no id and wrote an empty file: field test 94)
                person = person_id(s, args.person, ctx) if args.person else None
                filters = cal_service.Filters(contact_id=person)
                if str(args.out) != "-":  # a range may be large: written to the file as it is built
                    return _write_range(args, s, first, last, filters, locale, alarms)
                data = ical.export_range(
                    s, first, last, filters=filters, locale=locale, alarms=alarms, tz=_viewer(args)
                )
        except ScheduleError as exc:
            raise CliError(str(exc)) from exc
    if str(args.out) == "-":
        sys.stdout.buffer.write(data)
        return 0
    try:
        outfile.write_bytes(args.out, data)
    except OSError as exc:
        raise cannot_write(args.out, exc, ctx.locale, _) from exc
    events = data.count(b"BEGIN:VEVENT")
    wrote = _.ngettext("Wrote {n} event to {file}", "Wrote {n} events to {file}", events)
    print(wrote.format(n=events, file=args.out), file=report_stream(args.out))
    return 0


# --- reminders -----------------------------------------------------------------------------------


def cmd_reminders(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.handover import person_id
    from petdesk.i18n import translator
    from petdesk.services import reminders as reminder_service

    locale = _locale(args)
    _ = translator(locale)
    today = dt.datetime.now(_viewer(args)).date()
    with ctx.db.reading() as s:
        person = person_id(s, args.person, ctx) if args.person else None
        found = reminder_service.reminders(s, today=today, days=args.days, contact_id=person)
    if not found:
        print(
            _.ngettext(
                "Nothing due in the next {n} day.", "Nothing due in the next {n} days.", args.days
            ).format(n=args.days)
        )
        return 0
    for r in found:
        print(("! " if r.urgent else "  ") + r.describe(locale, today))
    return 0
