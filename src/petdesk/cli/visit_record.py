"""``petdesk visit add`` and ``petdesk visit edit ID``: a delegation visit's titles, dates, main time
zone, host organisation and purpose from the command line (field test 60: only ``import-visits``
made visits, without a Chinese title, host or zone, so a Chinese dossier had neither).

``visits`` lists and shows, and its ``visits ID`` takes any word as an id; the two that write are
a group of their own, as ``contact`` beside ``search``. They save through
``services.visit_details`` (the editor's own services and rules).
"""

from __future__ import annotations

import argparse
from typing import Any

from petdesk.cli.context import CliError, Context, Translate, int_between
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.record_options import refused, title_and_dates
from petdesk.enums import VisitDirection, VisitStatus
from petdesk.language import N_


class NotAVisitId(argparse.Action):
    """The ``ID`` of ``petdesk visits``: ``add`` or ``edit`` there are the words of ``visit add|edit``
    with one s too many (as ``contact add``). Said while the words are read, so that ``visits add
    --title X`` gets the hint too, not argparse's "unrecognized arguments: --title X"; a usage
    error, exit status 2. No visit id is either word (ids are hexadecimal, at least 4 characters)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if values in HINTS:
            raise argparse.ArgumentError(None, argparse_text(HINTS[values]))
        setattr(namespace, self.dest, values)


#: What ``petdesk visits add|edit`` says instead.
HINTS = {
    "add": N_("`petdesk visits` lists and shows visits; `petdesk visit add` adds one."),
    "edit": N_("`petdesk visits` lists and shows visits; `petdesk visit edit ID` changes one."),
}


def _detail_options(p: argparse.ArgumentParser, _: Translate, *, adding: bool) -> None:
    """The options of ``add`` and ``edit``; for ``edit`` every one is optional (what is not given stays)."""
    title_and_dates(p, _, adding=adding)
    p.add_argument(
        "--zone",
        dest="timezone",
        metavar="AREA/CITY",
        help=_("the visit's main time zone, e.g. Asia/Shanghai (default: the office's)")
        if adding
        else _("the visit's main time zone, e.g. Asia/Shanghai"),
    )
    p.add_argument(
        "--host",
        metavar="ORG",
        help=_("host organisation: its name in English or Chinese, a part of it, or its id ('' removes it)"),
    )
    p.add_argument("--purpose", dest="purpose_en", metavar="TEXT", help=_("purpose in English"))
    p.add_argument("--purpose-zh", dest="purpose_zh", metavar="TEXT", help=_("purpose in Chinese"))
    # the rest of the editor's Details tab, with its choices and checks (the service's); a visit
    # added by command came in inbound whatever it was (round 61)
    p.add_argument(
        "--direction",
        choices=[d.value for d in VisitDirection],
        help=_("inbound: a delegation visits us; outbound: we visit them"),
    )
    p.add_argument(
        "--country",
        type=_country,
        metavar="COUNTRY",
        help=_("the delegation's country: a code (VN) or its name in English or Chinese ('' removes it)"),
    )
    p.add_argument(
        "--head-count",
        type=_head_count,
        metavar="N",
        help=_("the delegation's announced size, 1 to 9999 people ('' removes it)"),
    )
    if adding:
        return  # a new visit is planned: its status moves by the editor's rules afterwards
    p.add_argument(
        "--status",
        choices=[s.value for s in VisitStatus],
        help=_("planned, confirmed (needs an itinerary item), done (once begun) or cancelled"),
    )


def _country(text: str) -> str:
    """The code a name or code means ("Vietnam", "越南", "vn" → "VN"); what names no country is kept
    as typed, for the service's refusal in the command's language."""
    from petdesk.labels import country_code

    code = country_code(text)
    return text.strip() if code is None else code


def _head_count(text: str) -> int | str:
    """A head count as the editor's box takes it (1 to 9999), or "" to remove it."""
    return "" if not text.strip() else int_between(1, 9999)(text)


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add ``visit add`` and ``visit edit``."""
    p = sub.add_parser(
        "visit",
        help=_("add a delegation visit or change its titles, dates, time zone, host and purpose"),
        description=_(
            "add and edit save as the visit editor does; `petdesk visits ID` shows the visit, "
            "`petdesk dossier visit ID` prints its dossier."
        ),
    )
    p.set_defaults(handler=None, group=p)  # ``petdesk visit`` alone: its help, as ``petdesk contact``
    parts = p.add_subparsers(dest="visit_part", metavar="{add,edit}")
    add = parts.add_parser("add", help=_("add a visit (prints the new id)"))
    _detail_options(add, _, adding=True)
    add.set_defaults(handler=cmd_add)
    edit = parts.add_parser("edit", help=_("change a visit (what is not given stays)"))
    edit.add_argument("id", metavar="ID", help=_("visit id (at least 4 characters)"))
    _detail_options(edit, _, adding=False)
    edit.set_defaults(handler=cmd_edit)


def _details(args: argparse.Namespace, ctx: Context, session: Any) -> dict[str, Any]:
    """The details given on the command line, the host found by its name or id."""
    from petdesk.cli.organisation import _find
    from petdesk.services.visit_details import DETAILS

    given = {key: getattr(args, key) for key in DETAILS if getattr(args, key, None) is not None}
    if args.host is not None:
        given["host_organisation_id"] = _find(session, args.host, ctx) if args.host.strip() else ""
    return given


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services.visit_details import save_visit_details
    from petdesk.services.visits import ScheduleError

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        try:
            visit_id = save_visit_details(session, None, _details(args, ctx, session))
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
    # the full id, as ``contact add`` (scripts read it)
    print(_("Visit added: {id}").format(id=visit_id))
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.messages import localize_error
    from petdesk.services import visits as visit_service
    from petdesk.services.visit_details import save_visit_details
    from petdesk.services.visits import ScheduleError

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        try:
            visit_id = visit_service.resolve_id(session, "visit", args.id, "visit")
        except ScheduleError as exc:
            raise CliError(localize_error(exc, ctx.locale)) from exc
        details = _details(args, ctx, session)
        if not details:
            raise CliError(
                _(
                    "Nothing to change: give --title, --title-zh, --start, --end, --zone, --host, "
                    "--purpose, --purpose-zh, --direction, --status, --country or --head-count."
                )
            )
        try:
            save_visit_details(session, visit_id, details)
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
    print(_("Changed visit {id}.").format(id=visit_id[:8]))
    return 0
