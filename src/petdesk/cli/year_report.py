"""``petdesk report year``: one year's figures for the annual report to the national agency (field
test 103): visits by partner country and type, attendees by country and gender, projects by funder
and currency and by stage, matches, new partners."""

from __future__ import annotations

import argparse

from petdesk.cli.context import CliError, Context, Translate, cannot_write, output_locale, report_stream
from petdesk.cli.events_report import year
from petdesk.cli.out_option import file_path
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.csv_separators import separator


def add_parser(rep: argparse._SubParsersAction, _: Translate, language: object) -> None:
    r = rep.add_parser(
        "year",
        help=_(
            "a year's summary for the annual report: visits by partner country and type, attendees by "
            "country and gender, projects by funder and currency, matches, new partners"
        ),
    )
    r.add_argument("year", type=year, metavar="YYYY", help=_("the calendar year"))
    r.add_argument(
        "--out",
        type=file_path(_),
        metavar="FILE",
        help=_("F.pdf, F.xlsx or F.csv (without it, the tables are printed)"),
    )
    r.add_argument(
        "--lang",
        type=language,
        choices=("en", "zh_CN"),
        help=_("the language printed first (the only one of the headers in F.xlsx and F.csv)"),
    )
    add_delimiter_option(r, _)
    r.set_defaults(handler=cmd_report_year)


def cmd_report_year(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.language import reader_first
    from petdesk.services import year_summary, year_summary_report

    locale = output_locale(args)
    _ = ctx.translator(locale)
    if args.out is not None and args.out.suffix.lower() not in year_summary_report.SUFFIXES:
        raise CliError(_("{file}: choose a .pdf, .xlsx or .csv file name").format(file=args.out.name))
    with ctx.db.reading() as s:
        found = year_summary.year_summary(s, args.year)
    if args.out is None:
        for title, headers, rows in year_summary_report.tables(found, reader_first(locale), money_text=True):
            print(title)
            print("  " + " | ".join(headers))
            for row in rows:
                print("  " + " | ".join("" if v is None else str(v) for v in row))
            print()
        return 0
    try:
        year_summary_report.write(found, args.out, locale, delimiter=separator(args.delimiter))
    except OSError as exc:
        raise cannot_write(args.out, exc, ctx.locale, _) from exc
    print(
        _("Annual summary {year} written to {file}").format(year=args.year, file=args.out),
        file=report_stream(args.out),
    )
    return 0
