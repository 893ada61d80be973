"""``petdesk import-visits FILE``: past delegation visits from an office's own record sheet, as history
for the yearly statistics (field test 101); all or nothing, undone by ``import-undo``. Also
``import-trainings`` and ``import-projects`` (the workbook's 项目 sheet)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.unreadable_file import unreadable


class _DryRun(Exception):
    """Raised inside the transaction to roll a --dry-run back."""


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "import-visits",
        help=_("import past delegation visits from a sheet (dates, delegation, country, head count)"),
        description=_(
            "Each row becomes a visit marked done, or planned when it ends after today: a date or a range "
            "as typed (2019.5.12-5.15, 2024.12.30-2025.1.3, 17/08/2027, 17 Agustus 2027, a date cell, or "
            "start and end columns; 05/08/2027 day or month first as the office's country writes dates), "
            "the delegation as its title. "
            "Country and head count go into the visit's fields of those names (a country petdesk cannot "
            "name stays in the notes), host and remark into its notes. Empty rows, rows without "
            "a readable date and visits already in petdesk are skipped and listed; the rest are added "
            "together, and import-undo takes them back."
        ),
    )
    _file_options(p, _)
    p.set_defaults(handler=cmd_import_visits, kind="visits")

    p = sub.add_parser(
        "import-trainings",
        help=_("import past trainings from a sheet (dates, training, place, head count)"),
        description=_(
            "Each row becomes a training marked done (planned when it ends after today): dates as "
            "import-visits reads them, the training's "
            "name as its title, the place as its venue. The head count and remark go into its notes. "
            "Rows are skipped and listed as by import-visits; import-undo takes the trainings back."
        ),
    )
    _file_options(p, _)
    p.set_defaults(handler=cmd_import_visits, kind="trainings")

    p = sub.add_parser(
        "import-projects",
        help=_("import past projects from a workbook's project sheet (项目: funder, amount, status)"),
        description=_(
            "Each row becomes a project: its name, the applicant and partners (known organisations by "
            "name and country, else new ones), the funder (亚洲开发银行, GEF, GIZ, 中央财政 …: a known "
            "funder by its Chinese or English name or acronym, else a new one), the amount requested and "
            "the amount approved (批复金额, Approved amount, Sanctioned amount). An amount is in the unit "
            "its header gives (万元, Budget (INR), Rs. in lakh, ₹ crore, Budget (Rp)), else in the "
            "office's own currency (INR in India, IDR in Indonesia), unless the cell says its own "
            "(USD 1,200,000, ₹ 45,00,000, Rs. 12 lakh, 2.5 crore, Rp 1,5 miliar, 750 juta). Dates: "
            "submitted and due; started (开始日期, Start date, Tanggal mulai: the project runs from that "
            "day); the day its status was reached (状态日期, 批复日期); ended (结束日期, End date: a "
            "project whose end has passed is added as closed on it); or only a year (年份, Year, Tahun). "
            "The status becomes the project's stage (已申报 and 评审中 are submitted; Disetujui approved, "
            "Berjalan running, Selesai closed; an unknown status is shown and the project kept at idea). "
            "Manager and remark go into its description. Projects already in petdesk are skipped and "
            "listed; import-undo takes the rest back. Headers read: Chinese, English, Japanese, Indonesian, "
            "Portuguese, Spanish, Turkish, Mongolian, Thai, Russian, Kazakh, Polish, Czech; --headers "
            "lists them."
        ),
    )
    _file_options(p, _)
    p.add_argument(
        "--headers",
        action=_HeadersAction,
        translate=_,
        help=_("list each column's header words"),
    )
    p.set_defaults(handler=cmd_import_projects)


class _HeadersAction(argparse.Action):
    """Prints the header words and ends, as ``--help`` does: no FILE or database is needed."""

    def __init__(self, option_strings: list[str], dest: str, *, translate: Translate, help: str) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )
        self.translate = translate

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from petdesk.services.project_headers import header_lines

        try:
            print("\n".join(header_lines(self.translate)), flush=True)
        except BrokenPipeError:  # piped into head and closed early: no error, as for any command's output
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        parser.exit()


def _file_options(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help=_("an Excel workbook (.xlsx) or a CSV file"))
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help=_(
            "the worksheet (default: the first with the columns of a date and a delegation or training, "
            "or of a project)"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show what would happen; change nothing"))
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))


def cmd_import_visits(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import past_visits as pv

    locale = output_locale(args)
    _ = ctx.speak(locale)
    result = None
    try:
        with ctx.db.transaction() as s:
            result = pv.import_past_visits(s, args.file, sheet=args.sheet, kind=args.kind)
            if args.dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except OSError as exc:
        raise CliError(unreadable(str(args.file), exc, _)) from exc
    except pv.PastVisitsError as exc:
        raise CliError(_(exc.sentence).format(**exc.values)) from exc
    assert result is not None
    for line in pv.report_lines(result, locale, dry_run=args.dry_run):
        print(line)
    return 0


def cmd_import_projects(args: argparse.Namespace, ctx: Context) -> int:
    """A dry run only reads (the window's preview); otherwise all rows are added in one transaction."""
    from petdesk.services import past_projects as pp
    from petdesk.services.past_visits import PastVisitsError

    locale = output_locale(args)
    _ = ctx.speak(locale)
    try:
        if args.dry_run:
            with ctx.db.reading() as s:
                result = pp.plan_past_projects(s, args.file, sheet=args.sheet)
        else:
            with ctx.db.transaction() as s:
                result = pp.import_past_projects(s, args.file, sheet=args.sheet)
    except OSError as exc:
        raise CliError(unreadable(str(args.file), exc, _)) from exc
    except PastVisitsError as exc:
        raise CliError(_(exc.sentence).format(**exc.values)) from exc
    for line in pp.report_lines(result, locale, dry_run=args.dry_run):
        print(line)
    return 0
