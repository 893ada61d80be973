"""``petdesk zoom-attendance TRAINING FILE…``: the online participants of a hybrid training marked
present from Zoom's participant reports (field test 79: 45 people, some in Nanning, some online, and
the online attendance typed by hand from a report of several rows per person)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from petdesk.cli.columns import cell
from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.unreadable_file import unreadable


class _DryRun(Exception):
    """Raised inside the transaction to roll a --dry-run back."""


def register(sub: argparse._SubParsersAction, _: Translate, zone: Any) -> None:
    p = sub.add_parser(
        "zoom-attendance",
        help=_("mark a training's online participants present from Zoom participant reports (CSV)"),
        description=_(
            "A registered person is found by e-mail, else by name; their connections are added up and "
            "they are marked present at each session they were online for at least the share given. "
            "Nobody is marked absent: who is not in the report may have been in the room."
        ),
    )
    p.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    p.add_argument("files", metavar="FILE", nargs="+", type=Path, help=_("Zoom participant report (.csv)"))
    p.add_argument(
        "--tz",
        type=zone,
        metavar="ZONE",
        help=_("time zone of the Zoom account the report's times are in (default: the training's)"),
    )
    p.add_argument(
        "--share",
        type=int,
        default=50,
        metavar="PERCENT",
        help=_("least part of a session, in per cent, to be online for to count as present (default: 50)"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show what would happen; change nothing"))
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))
    p.set_defaults(handler=cmd_zoom_attendance)


def cmd_zoom_attendance(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.visits import _resolve
    from petdesk.services import zoom_attendance as za
    from petdesk.services.schedule_time import ScheduleError

    _ = ctx.speak(output_locale(args))
    if not 0 < args.share <= 100:
        raise CliError(_("--share: give a per cent from 1 to 100"))
    tid = _resolve(ctx, "training", args.training, "training")
    connections = []
    for path in args.files:
        try:
            connections += za.read_report(path.read_bytes())
        except OSError as exc:
            raise CliError(unreadable(str(path), exc, _)) from exc
        except za.ZoomReportError as exc:
            raise CliError(f"{path.name}: " + _(exc.sentence).format(**exc.values)) from exc
    try:
        with ctx.db.transaction() as s:
            result = za.apply_report(s, tid, connections, timezone=args.tz, share=args.share / 100)
            if args.dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except ScheduleError as exc:
        raise CliError(str(exc)) from exc
    for person in result.people:
        minutes = _.ngettext("{n} minute", "{n} minutes", person.minutes).format(n=person.minutes)
        print(f"  {cell(person.name, 30)} {minutes:>12}  {' '.join(person.present) or '–'}")
    for name in result.unknown:
        print("  " + _("not registered for the training, left out: {name}").format(name=name))
    for refused in result.refused:
        print(
            "  "
            + _("not marked (a substitute's part, or present elsewhere then): {cell}").format(cell=refused)
        )
    people = len(result.people)
    if args.dry_run:
        done = _.ngettext(
            "{n} present mark would be added ({people} people found in the report).",
            "{n} present marks would be added ({people} people found in the report).",
            result.marked,
        )
    else:
        done = _.ngettext(
            "{n} present mark added ({people} people found in the report).",
            "{n} present marks added ({people} people found in the report).",
            result.marked,
        )
    print(done.format(n=result.marked, people=people))
    return 0
