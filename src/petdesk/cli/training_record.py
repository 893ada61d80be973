"""``petdesk training add|edit``, ``petdesk training-sessions add|edit|list|remove`` and ``petdesk
attendance mark``: a training, its sessions with their trainers, and one attendance mark, from the
command line (field test 60: no command made or changed a training, and marks came only from Zoom
reports).

``trainings`` lists and shows, and its ``trainings ID`` takes any word as an id; the commands that
write are groups of their own, as ``visit`` beside ``visits``. They save through the services the
training editor calls (``services.training_details``, ``services.trainings``): its rules refuse.
"""

from __future__ import annotations

import argparse
from typing import Any

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.cli.record_options import refused, title_and_dates
from petdesk.cli.training_session_edit import add_online_options, online_given, register_edit
from petdesk.cli.visit_logistics import _moment
from petdesk.language import interface_language

#: ``attendance mark``'s options, by the model's attendance states (``AttendanceStatus``).
MARKS = ("present", "absent", "excused")


def _detail_options(p: argparse.ArgumentParser, _: Translate, *, adding: bool) -> None:
    """The options of ``add`` and ``edit``; for ``edit`` every one is optional (what is not given stays)."""
    title_and_dates(p, _, adding=adding)
    p.add_argument(
        "--zone",
        dest="timezone",
        metavar="AREA/CITY",
        help=_("the venue's time zone, e.g. Asia/Shanghai (default: the office's)")
        if adding
        else _("the venue's time zone, e.g. Asia/Shanghai"),
    )
    p.add_argument("--venue", dest="venue_en", metavar="TEXT", help=_("venue in English"))
    p.add_argument("--venue-zh", dest="venue_zh", metavar="TEXT", help=_("venue in Chinese"))
    p.add_argument(
        "--host",
        metavar="ORG",
        help=_("organiser: its name in English or Chinese, a part of it, or its id ('' removes it)"),
    )


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add ``training``, ``training-sessions`` and ``attendance``."""
    p = sub.add_parser(
        "training",
        help=_("add a training or change its titles, dates, time zone, venue and organiser"),
        description=_(
            "add and edit save as the training editor does; `petdesk training-sessions` adds its sessions, "
            "`petdesk trainings ID` shows it, `petdesk dossier training ID` prints its dossier."
        ),
    )
    p.set_defaults(handler=None, group=p)  # ``petdesk training`` alone: its help, as ``petdesk visit``
    parts = p.add_subparsers(dest="training_part", metavar="{add,edit}")
    add = parts.add_parser("add", help=_("add a training (prints the new id)"))
    _detail_options(add, _, adding=True)
    add.set_defaults(handler=cmd_add)
    edit = parts.add_parser("edit", help=_("change a training (what is not given stays)"))
    edit.add_argument("id", metavar="ID", help=_("training id (at least 4 characters)"))
    _detail_options(edit, _, adding=False)
    edit.set_defaults(handler=cmd_edit)
    _register_sessions(sub, _)
    _register_attendance(sub, _)


def _lang_option(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))


def _register_sessions(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "training-sessions",
        help=_("add, list or remove a training's sessions with their trainers"),
        description=_(
            "Times are wall-clock times at the venue, in the training's zone unless --zone says another."
        ),
    )
    actions = p.add_subparsers(dest="sessions_action", metavar="{add,edit,list,remove}", required=True)
    add = actions.add_parser("add", help=_("add a session to a training"))
    add.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    add.add_argument("--title", dest="title_en", metavar="TEXT", help=_("title in English"))
    add.add_argument("--title-zh", dest="title_zh", metavar="TEXT", help=_("title in Chinese"))
    add.add_argument(
        "--start", type=_moment, required=True, metavar="TIME", help=_("start (YYYY-MM-DD HH:MM)")
    )
    add.add_argument("--end", type=_moment, required=True, metavar="TIME", help=_("end (YYYY-MM-DD HH:MM)"))
    add.add_argument(
        "--zone", metavar="AREA/CITY", help=_("the session's time zone (default: the training's)")
    )
    add.add_argument("--room", dest="room_en", default="", metavar="TEXT", help=_("room in English"))
    add.add_argument("--room-zh", dest="room_zh", default="", metavar="TEXT", help=_("room in Chinese"))
    add.add_argument(
        "--trainer",
        action="append",
        default=[],
        metavar="CONTACT",
        help=_("who leads it: contact id or whole name; repeatable"),
    )
    add_online_options(add, _)
    _lang_option(add, _)
    add.set_defaults(handler=cmd_add_session)
    register_edit(actions, _)
    shown = actions.add_parser("list", help=_("list them with their ids"))
    shown.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    _lang_option(shown, _)
    shown.set_defaults(handler=cmd_list_sessions)
    gone = actions.add_parser("remove", help=_("remove a session with its trainers and attendance marks"))
    gone.add_argument("id", metavar="ID", help=_("its id as the list shows it (at least 4 characters)"))
    _lang_option(gone, _)
    gone.set_defaults(handler=cmd_remove_session)


def _register_attendance(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "attendance",
        help=_("mark whether a registered person came to a training session"),
        description=_("Online participants can also be marked from Zoom reports: `petdesk zoom-attendance`."),
    )
    actions = p.add_subparsers(dest="attendance_action", metavar="{mark}", required=True)
    mark = actions.add_parser("mark", help=_("mark one person in one session (default: present)"))
    mark.add_argument("session", metavar="SESSION", help=_("session id (at least 4 characters)"))
    mark.add_argument("contact", metavar="CONTACT", help=_("contact id or whole name"))
    states = mark.add_mutually_exclusive_group()
    states.add_argument(
        "--present", dest="mark", action="store_const", const="present", help=_("came (the default)")
    )
    states.add_argument("--absent", dest="mark", action="store_const", const="absent", help=_("did not come"))
    states.add_argument(
        "--excused", dest="mark", action="store_const", const="excused", help=_("did not come, excused")
    )
    states.add_argument(
        "--clear", dest="mark", action="store_const", const="", help=_("take the mark away (not recorded)")
    )
    _lang_option(mark, _)
    mark.set_defaults(handler=cmd_mark, mark="present")


# -- training add / edit ----------------------------------------------------------------------------


def _details(args: argparse.Namespace, ctx: Context, session: Any) -> dict[str, Any]:
    """The details given on the command line, the organiser found by its name or id."""
    from petdesk.cli.organisation import _find
    from petdesk.services.training_details import DETAILS

    given = {key: getattr(args, key) for key in DETAILS if getattr(args, key, None) is not None}
    if args.host is not None:
        given["organiser_id"] = _find(session, args.host, ctx) if args.host.strip() else ""
    return given


def _resolve(ctx: Context, session: Any, table: str, prefix: str, what: str) -> str:
    from petdesk.messages import localize_error
    from petdesk.services import visits as visit_service
    from petdesk.services.visits import ScheduleError

    try:
        return visit_service.resolve_id(session, table, prefix, what)
    except ScheduleError as exc:
        raise CliError(localize_error(exc, ctx.locale)) from exc


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services.training_details import save_training_details
    from petdesk.services.visits import ScheduleError

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        try:
            training_id = save_training_details(session, None, _details(args, ctx, session))
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
    print(_("Training added: {id}").format(id=training_id))  # the full id, as ``visit add``
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services.training_details import save_training_details
    from petdesk.services.visits import ScheduleError

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        training_id = _resolve(ctx, session, "training", args.id, "training")
        details = _details(args, ctx, session)
        if not details:
            raise CliError(
                _(
                    "Nothing to change: give --title, --title-zh, --start, --end, --zone, --venue, "
                    "--venue-zh or --host."
                )
            )
        try:
            save_training_details(session, training_id, details)
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
    print(_("Changed training {id}.").format(id=training_id[:8]))
    return 0


# -- sessions ---------------------------------------------------------------------------------------


def cmd_add_session(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.handover import person_id
    from petdesk.services import trainings as training_service
    from petdesk.services.visits import ScheduleError

    _ = ctx.speak(output_locale(args))
    with ctx.db.transaction() as s:
        training_id = _resolve(ctx, s, "training", args.training, "training")
        trainers = [person_id(s, text, ctx) for text in args.trainer]
        try:
            row = training_service.add_session(
                s,
                training_id,
                start=args.start,
                end=args.end,
                timezone=(args.zone or "").strip() or None,
                trainer_ids=trainers,
                title_en=args.title_en or "",
                title_zh=args.title_zh or "",
                room_en=args.room_en,
                room_zh=args.room_zh,
                **online_given(args),
            )
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
        session_id = row.id
    print(_("Added:"))
    for line in _lines(args, ctx, training_id, only=session_id):
        print(line)
    return 0


def cmd_list_sessions(args: argparse.Namespace, ctx: Context) -> int:
    ctx.speak(output_locale(args))
    with ctx.db.reading() as s:
        training_id = _resolve(ctx, s, "training", args.training, "training")
    for line in _lines(args, ctx, training_id):
        print(line)
    return 0


def cmd_remove_session(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import trainings as training_service

    _ = ctx.speak(output_locale(args))
    with ctx.db.transaction() as s:
        session_id = _resolve(ctx, s, "training_session", args.id, "session")
        marks = sum(1 for a in training_service.get_session(s, session_id).attendance if a.deleted_at is None)
        training_service.delete_session(s, session_id)
    print(_("Removed {id}.").format(id=session_id[:8]))
    if marks:  # the window's confirmation names them too; restore-record brings them back together
        print(
            _.ngettext(
                "Its {n} attendance mark went with it.", "Its {n} attendance marks went with it.", marks
            ).format(n=marks)
        )
    return 0


def _lines(args: argparse.Namespace, ctx: Context, training_id: str, only: str | None = None) -> list[str]:
    """One line per live session, in the training's order, its short id first (for ``remove``)."""
    from petdesk import labels
    from petdesk.i18n import format_datetime
    from petdesk.services import trainings as training_service
    from petdesk.services.visits import zone

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    lines = []
    with ctx.db.reading() as s:
        for n, row in enumerate(
            training_service.live_sessions(training_service.get_training(s, training_id)), 1
        ):
            if only is not None and row.id != only:
                continue
            tz = zone(row.timezone)
            start, end = row.starts_at.astimezone(tz), row.ends_at.astimezone(tz)
            when = (
                f"{format_datetime(start, locale)} – {end:%H:%M}"
                if start.date() == end.date()
                else (f"{format_datetime(start, locale)} – {format_datetime(end, locale)}")
            )
            title = (row.title_zh or row.title_en) if lang == "zh" else (row.title_en or row.title_zh)
            room = (row.room_zh or row.room_en) if lang == "zh" else (row.room_en or row.room_zh)
            trainers = _(", ").join(
                training_service.shown_name(c, lang) for c in training_service.live_trainers(row)
            )
            # the zone as `trainings ID` names it ("北京时间（UTC+08:00）"), never its IANA name
            zone_text = labels.label_on_days(
                labels.zone_label(row.timezone, locale), row.timezone, [start.date()]
            )
            # what the session says of itself (0080); nothing when it leaves it to its room's text
            said = {True: _("online"), False: _("in person"), None: ""}[row.online]
            parts = [row.id[:8], f"S{n}", when, zone_text, title, room, said, trainers]
            lines.append("  " + "  ".join(x for x in parts if x))
    return lines or [_("No sessions yet.")]


# -- attendance -------------------------------------------------------------------------------------


def cmd_mark(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.handover import person_id
    from petdesk.services import trainings as training_service
    from petdesk.services.visits import ScheduleError

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    with ctx.db.transaction() as s:
        session_id = _resolve(ctx, s, "training_session", args.session, "session")
        contact_id = person_id(s, args.contact, ctx)
        try:
            training_service.set_attendance(s, session_id, contact_id, args.mark or None)
        except training_service.AtTheSameTime as exc:  # the other session named in the reader's words
            sentence = _(exc.SENTENCE).format(session=exc.session_names[lang])
            raise CliError(_("Not saved: {problems}").format(problems=sentence)) from exc
        except ScheduleError as exc:
            raise refused(exc, ctx) from exc
        row = training_service.get_session(s, session_id)
        label = training_service.session_label(row, lang)  # the reader's language (round 61)
        name = next(
            training_service.shown_name(p.contact, lang)
            for p in row.training.participants
            if p.contact_id == contact_id and p.deleted_at is None
        )
    said = {
        "present": _("{name}: present in {session}."),
        "absent": _("{name}: absent from {session}."),
        "excused": _("{name}: excused from {session}."),
        "": _("{name}: no mark in {session} now."),
    }[args.mark]
    print(said.format(name=name, session=label))
    return 0
