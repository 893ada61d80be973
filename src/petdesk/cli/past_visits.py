"""``petdesk import-visits FILE``: past delegation visits from an office's own record sheet, as history
for the yearly statistics (field test 101); all or nothing, undone by ``import-undo``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from petdesk.cli.context import CliError, Context, Translate, output_locale


class _DryRun(Exception):
    """Raised inside the transaction to roll a --dry-run back."""


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "import-visits",
        help=_("import past delegation visits from a sheet (dates, delegation, country, head count)"),
        description=_(
            "Each row becomes a visit marked done: a date or a range as typed (2019.5.12-5.15, "
            "2024.12.30-2025.1.3, a date cell, or start and end columns), the delegation as its title. "
            "Country, head count, host and remark go into the visit's notes. Empty rows, rows without "
            "a readable date and visits already in petdesk are skipped and listed; the rest are added "
            "together, and import-undo takes them back."
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=_("an Excel workbook (.xlsx) or a CSV file"))
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help=_("the worksheet (default: the first with columns for a date and a delegation)"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show what would happen; change nothing"))
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))
    p.set_defaults(handler=cmd_import_visits)


def cmd_import_visits(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.i18n import format_date, format_date_range
    from petdesk.services import past_visits as pv

    locale = output_locale(args)
    _ = ctx.speak(locale)
    result = None
    try:
        with ctx.db.transaction() as s:
            result = pv.import_past_visits(s, args.file, sheet=args.sheet)
            if args.dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except OSError as exc:
        raise CliError(_("{name}: cannot read the file ({error})").format(name=args.file, error=exc)) from exc
    except pv.PastVisitsError as exc:
        raise CliError(_(exc.sentence).format(**exc.values)) from exc
    assert result is not None

    def day(value: object) -> str:
        return format_date(value, locale) if isinstance(value, dt.date) else str(value)

    for added in result.added:
        span = format_date_range(added.start, added.end, locale)
        people = (
            ""
            if added.people is None
            else _.ngettext("{n} person", "{n} people", added.people).format(n=added.people)
        )
        print(f"  {added.row:>4}  {span}  {added.title}  {added.country}  {people}".rstrip())
    for skipped in result.skipped:
        values = {k: day(v) for k, v in skipped.values.items()}
        reason = _(skipped.reason).format(**values)
        print("  " + _("row {row} skipped: {reason}").format(row=skipped.row, reason=reason))
    n = len(result.added)
    if args.dry_run:
        done = _.ngettext(
            "Dry run, nothing changed: {n} visit would be added from {sheet}, {skipped} rows skipped.",
            "Dry run, nothing changed: {n} visits would be added from {sheet}, {skipped} rows skipped.",
            n,
        )
    else:
        done = _.ngettext(
            "{n} visit added from {sheet}, {skipped} rows skipped (petdesk import-undo takes them back).",
            "{n} visits added from {sheet}, {skipped} rows skipped (petdesk import-undo takes them back).",
            n,
        )
    print(done.format(n=n, sheet=result.sheet, skipped=len(result.skipped)))
    return 0
