"""``petdesk report interpreting``: each interpreter's hours and days per visit and training of a
period, the list finance pays freelance interpreters from (field test 94)."""

from __future__ import annotations

import argparse

from petdesk.cli.context import CliError, Context, Translate, cannot_write, output_locale, report_stream
from petdesk.cli.out_option import file_path
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.csv_separators import separator


def add_parser(rep: argparse._SubParsersAction, _: Translate, date: object, language: object) -> None:
    r = rep.add_parser(
        "interpreting",
        help=_("each interpreter's hours and days per visit and training, for paying them"),
    )
    r.add_argument(
        "--from", dest="date_from", type=date, required=True, metavar="D", help=_("first day (YYYY-MM-DD)")
    )
    r.add_argument(
        "--to", dest="date_to", type=date, required=True, metavar="D", help=_("last day (YYYY-MM-DD)")
    )
    r.add_argument("--person", metavar="PERSON", help=_("only this person (their id or name)"))
    r.add_argument(
        "--out", type=file_path(_), metavar="FILE", help=_("also write the list to F.csv or F.xlsx")
    )
    r.add_argument(
        "--lang",
        type=language,
        choices=("en", "zh_CN"),
        help=_("the language of the list and its headers"),
    )
    add_delimiter_option(r, _)
    r.set_defaults(handler=cmd_report_interpreting)


def cmd_report_interpreting(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.columns import pad
    from petdesk.i18n import format_number
    from petdesk.services.interpreting import headers, interpreting, rows, write_list

    locale = output_locale(args)
    _ = ctx.translator(locale)
    if args.date_from > args.date_to:
        raise CliError(_("--from is after --to"))
    if args.out is not None and args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError(_("{file}: choose a .csv or .xlsx file name").format(file=args.out.name))
    with ctx.db.reading() as s:
        person = None
        if args.person:
            from petdesk.cli.handover import person_id

            person = person_id(s, args.person, ctx)
        found = interpreting(s, args.date_from, args.date_to, contact_id=person)
    table = rows(found, locale)
    if args.out is not None:
        try:
            write_list(found, args.out, locale, delimiter=separator(args.delimiter), logged_in=ctx.db)
        except OSError as exc:
            raise cannot_write(args.out, exc, ctx.locale, _) from exc
        print(_("Interpreting written to {file}").format(file=args.out), file=report_stream(args.out))
        if str(args.out) == "-":
            return 0
    if not found:
        print(_("Nobody interpreted from {first} to {last}.").format(first=args.date_from, last=args.date_to))
        return 0
    widths = (22, 32, 11, 11, 6, 7, 5)
    print("".join(pad(h, w) + " " for h, w in zip(headers(locale), widths, strict=True)).rstrip())
    for w, row in zip(found, table, strict=True):
        cells = [*row[:2], w.first.isoformat(), w.last.isoformat(), str(w.items)]
        cells += [format_number(w.hours, locale), str(w.days)]
        print("".join(pad(str(c), n) + " " for c, n in zip(cells, widths, strict=True)).rstrip())
    hours, days = sum(w.hours for w in found), sum(w.days for w in found)
    total = _.ngettext("Total: {hours} hours, {n} day", "Total: {hours} hours, {n} days", days)
    print(total.format(hours=format_number(hours, locale), n=days))
    return 0
