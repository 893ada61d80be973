"""``petdesk training-sessions edit`` and the ``--online`` / ``--in-person`` options of ``add`` and
``edit``: whether a session is held online (0080), said rather than read from its room (a session
whose room said nothing of it could not be marked online, and a wrong reading not corrected)."""

from __future__ import annotations

import argparse

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.cli.visit_logistics import _moment


def add_online_options(p: argparse.ArgumentParser, _: Translate) -> None:
    """``--online``, ``--in-person`` and ``--online-not-said`` (back to reading the room, title and
    notes); ``args.online`` is True, False, None (not said) or absent when none is given."""
    said = p.add_mutually_exclusive_group()
    said.add_argument(
        "--online",
        dest="online",
        action="store_const",
        const=True,
        default=argparse.SUPPRESS,
        help=_("the session is held online"),
    )
    said.add_argument(
        "--in-person",
        dest="online",
        action="store_const",
        const=False,
        default=argparse.SUPPRESS,
        help=_("the session is held in person"),
    )
    said.add_argument(
        "--online-not-said",
        dest="online",
        action="store_const",
        const=None,
        default=argparse.SUPPRESS,
        help=_("say neither: read it from the room, title and notes (as before)"),
    )


def online_given(args: argparse.Namespace) -> dict[str, bool | None]:
    """``{"online": …}`` when one of the options was given, else {} (an edit leaves it as it is)."""
    return {"online": args.online} if "online" in vars(args) else {}


def register_edit(actions: argparse._SubParsersAction, _: Translate) -> None:
    edit = actions.add_parser("edit", help=_("change a session (what is not given stays)"))
    edit.add_argument("id", metavar="ID", help=_("its id as the list shows it (at least 4 characters)"))
    edit.add_argument("--title", dest="title_en", metavar="TEXT", help=_("title in English"))
    edit.add_argument("--title-zh", dest="title_zh", metavar="TEXT", help=_("title in Chinese"))
    edit.add_argument("--start", type=_moment, metavar="TIME", help=_("start (YYYY-MM-DD HH:MM)"))
    edit.add_argument("--end", type=_moment, metavar="TIME", help=_("end (YYYY-MM-DD HH:MM)"))
    edit.add_argument("--room", dest="room_en", metavar="TEXT", help=_("room in English"))
    edit.add_argument("--room-zh", dest="room_zh", metavar="TEXT", help=_("room in Chinese"))
    add_online_options(edit, _)
    edit.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))
    edit.set_defaults(handler=cmd_edit_session)


def cmd_edit_session(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.record_options import refused
    from petdesk.cli.training_record import _lines, _resolve
    from petdesk.services import trainings as training_service
    from petdesk.services.visits import ScheduleError

    _ = ctx.speak(output_locale(args))
    texts = {k: getattr(args, k) for k in ("title_en", "title_zh", "room_en", "room_zh")}
    fields = {k: v for k, v in texts.items() if v is not None} | online_given(args)
    if not fields and args.start is None and args.end is None:
        raise CliError(
            _(
                "Nothing to change: give --title, --title-zh, --start, --end, --room, --room-zh, "
                "--online, --in-person or --online-not-said."
            )
        )
    with ctx.db.transaction() as s:
        session_id = _resolve(ctx, s, "training_session", args.id, "session")
        try:
            row = training_service.update_session(s, session_id, start=args.start, end=args.end, **fields)
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
        training_id = row.training_id
    print(_("Changed:"))
    for line in _lines(args, ctx, training_id, only=session_id):
        print(line)
    return 0
