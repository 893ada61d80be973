"""``petdesk export-archive``: the yearly archive, one workbook of every record kind created or
changed in a year (field test 69: five commands before, none with the records' times)."""

from __future__ import annotations

import argparse

from petdesk.cli.context import CliError, Context, Translate, cannot_write, report_stream
from petdesk.cli.events_report import year
from petdesk.cli.out_option import file_path


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommand."""
    p = sub.add_parser(
        "export-archive",
        help=_("write the organisations, contacts, visits … created or changed in a year to one workbook"),
        description=_(
            "One Excel workbook with a sheet per kind of record (organisations, contacts, visits, "
            "trainings, projects, follow-ups, activities): the records created or last changed in the "
            "year, with the times they were created and last changed (UTC), in the interface language."
        ),
    )
    p.add_argument("--year", type=year, required=True, metavar="YYYY", help=_("the calendar year"))
    p.add_argument("--out", type=file_path(_), required=True, metavar="FILE", help=_("F.xlsx"))
    p.set_defaults(handler=cmd_export_archive)


def cmd_export_archive(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.progress import stderr_progress
    from petdesk.services import year_archive

    _ = ctx.translator()
    if args.out.suffix.lower() != ".xlsx":
        raise CliError(_("{file}: choose a .xlsx file name").format(file=args.out.name))
    progress = stderr_progress(_("export-archive"), _)
    with ctx.db.reading() as s:
        try:
            written = year_archive.write_archive(s, args.year, args.out, ctx.locale, progress)
        except OSError as exc:
            raise cannot_write(args.out, exc, ctx.locale, _) from exc
    total = sum(written.values())
    message = _.ngettext(
        "Archive of {year} written to {file}: {n} record",
        "Archive of {year} written to {file}: {n} records",
        total,
    ).format(year=args.year, file=args.out, n=total)
    print(message, file=report_stream(args.out))
    return 0
