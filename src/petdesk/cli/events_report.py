"""``petdesk report events``: the visits and trainings of a year (or any period) with their people
counted by gender, for an annual report (field test 65)."""

from __future__ import annotations

import argparse
import datetime as dt

from petdesk.cli.context import CliError, Context, Translate, cannot_write, output_locale, report_stream
from petdesk.cli.out_option import file_path
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.csv_separators import separator
from petdesk.language import N_


def year(text: str) -> int:
    """A --year argument: four digits, and a year whose next one the calendar holds too (9999 and
    0000 ended in 'an unexpected error': Python's dates stop at 9999)."""
    if not (text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 9998):
        raise argparse.ArgumentTypeError(argparse_text(N_("give a year of four digits, such as 2025")))
    return int(text)


def add_parser(rep: argparse._SubParsersAction, _: Translate, date: object, language: object) -> None:
    r = rep.add_parser(
        "events",
        help=_(
            "visits and trainings of a year or period with their people: women, men, delegates, attendees"
        ),
    )
    r.add_argument(
        "--out", type=file_path(_), required=True, metavar="FILE", help=_("F.pdf, F.xlsx or F.csv")
    )
    r.add_argument("--year", type=year, metavar="YYYY", help=_("the calendar year (instead of --from/--to)"))
    r.add_argument("--from", dest="date_from", type=date, metavar="D", help=_("first day (YYYY-MM-DD)"))
    r.add_argument("--to", dest="date_to", type=date, metavar="D", help=_("last day (YYYY-MM-DD)"))
    r.add_argument(
        "--status",
        action="append",
        choices=("planned", "confirmed", "done", "cancelled"),
        help=_("only this status (repeatable)"),
    )
    r.add_argument(
        "--lang",
        type=language,
        choices=("en", "zh_CN"),
        help=_("the language printed first (the only one of the headers in F.xlsx and F.csv)"),
    )
    add_delimiter_option(r, _)
    r.set_defaults(handler=cmd_report_events)


def period(args: argparse.Namespace, _: Translate) -> tuple[dt.date | None, dt.date | None]:
    if args.year is not None:
        if args.date_from or args.date_to:
            raise CliError(_("give --year or --from/--to, not both"))
        return dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(_("--from is after --to"))
    return args.date_from, args.date_to


def cmd_report_events(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.labels import join_like
    from petdesk.services import year_events, year_events_report

    locale = output_locale(args)
    _ = ctx.translator(locale)
    if args.out.suffix.lower() not in year_events_report.SUFFIXES:
        raise CliError(_("{file}: choose a .pdf, .xlsx or .csv file name").format(file=args.out.name))
    date_from, date_to = period(args, _)
    with ctx.db.reading() as s:
        found = year_events.year_events(s, date_from=date_from, date_to=date_to, statuses=args.status or ())
    try:
        year_events_report.write(found, args.out, locale, delimiter=separator(args.delimiter))
    except OSError as exc:
        raise cannot_write(args.out, exc, ctx.locale, _) from exc
    visits, trainings = (len(found.of_kind(k)) for k in (year_events.VISIT, year_events.TRAINING))
    counts = join_like(  # "8 次代表团访问、3 次培训" in Chinese, not a half-width comma
        (
            _.ngettext("{n} visit", "{n} visits", visits).format(n=visits),
            _.ngettext("{n} training", "{n} trainings", trainings).format(n=trainings),
        ),
        locale,
    )
    message = _("Visits and trainings written to {file}: {counts}").format(file=args.out, counts=counts)
    print(message, file=report_stream(args.out))
    return 0
