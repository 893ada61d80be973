"""Foundation subcommands: gui, demo, stats, office."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk import __version__
from petdesk.cli import columns
from petdesk.cli.context import CliError, Context, Translate, warn, whole_number
from petdesk.cli.labels import count_name, counts_text
from petdesk.cli.parser_language import argparse_text
from petdesk.language import N_, office_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser("gui", help=_("open the desktop window (the default)"))
    # for install checks: open the window, print its menu titles, close it again (exit code 0)
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--import",
        dest="import_package",
        type=Path,
        metavar="PACKAGE",
        help=_("start with the import dialog showing this sync package (also: petdesk PACKAGE)"),
    )
    p.set_defaults(handler=cmd_gui, creates_database=True)  # the first start

    p = sub.add_parser("demo", help=_("fill the database with realistic bilingual demo data"))
    p.add_argument("--contacts", type=_positive_int, default=2000, metavar="N", help=_("contacts to create"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=_("random seed (same seed, same data)"))
    p.add_argument(
        "--anchor",
        type=dt.date.fromisoformat,
        default=None,
        metavar="DATE",
        help=_("date the demo calendar is built around (default: first day of this month)"),
    )
    p.set_defaults(handler=cmd_demo, creates_database=True)

    p = sub.add_parser("stats", help=_("counts per entity, schema version, office identity, database path"))
    p.add_argument(
        "--json", action="store_true", help=_("print one JSON document instead of text (for scripts)")
    )
    p.add_argument(
        "--by",
        choices=("kind", "country", "city"),
        help=_("count organisations, and the people working at them, per kind, country or city"),
    )
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("office", help=_("show or set this installation's office identity"))
    p.add_argument("--name", help=_("office name, e.g. 'Beijing Representation Office'"))
    p.add_argument("--name-zh", help=_("office name in Chinese, e.g. '北京代表处'"))
    p.add_argument("--region", help=_("region, e.g. 'East Asia'"))
    p.add_argument(
        "--staff",
        metavar="NAME",
        help=_("your name, which the history gives as the author of changes made here ('' forgets it)"),
    )
    # The letterhead of invitation letters (field test 99): this computer's settings, never exchanged.
    for option, help_ in (
        ("--address", _("the office's postal address, printed on invitation letters ('' forgets it)")),
        ("--address-zh", _("the office's postal address in Chinese")),
        ("--contact", _("the contact person named on invitation letters, e.g. 'Liu Qiang'")),
        ("--contact-zh", _("the contact person's name in Chinese, e.g. '刘强'")),
        ("--phone", _("the phone number given on invitation letters")),
        (
            "--country",
            _(
                "the office's country, e.g. CN or DE: addresses there need no country line on labels "
                "(default CN)"
            ),
        ),
    ):
        p.add_argument(option, help=help_)
    p.set_defaults(handler=cmd_office, creates_database=True)


def _positive_int(text: str) -> int:
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(argparse_text(N_("must be zero or more")))
    return value


def no_display(_: Translate) -> str | None:
    """Why the window cannot open here, if it cannot: on Linux without a display Qt aborts the
    process (SIGABRT, "could not load the Qt platform plugin") instead of raising an error."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    has_x, has_wayland = bool(os.environ.get("DISPLAY")), bool(os.environ.get("WAYLAND_DISPLAY"))
    if platform.startswith("xcb"):
        missing = not has_x
    elif platform.startswith("wayland"):
        missing = not has_wayland
    else:  # offscreen, vnc, eglfs ... need no display; none chosen: Qt tries X11 and Wayland
        missing = not platform and not (has_x or has_wayland)
    if not missing:
        return None
    return _(
        "the desktop window needs a display and this session has none (no DISPLAY or "
        "WAYLAND_DISPLAY): start petdesk on the desktop, or use its commands (petdesk --help)"
    )


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    _ = ctx.translator()
    if reason := no_display(_):
        raise CliError(reason)
    try:
        from petdesk.gui.app import run
    except ImportError as exc:
        raise CliError(
            _("the desktop window needs PySide6, which could not be loaded ({reason})").format(reason=exc)
        ) from exc
    from petdesk.language import normalize

    path = ctx.path
    ctx.close()
    # The window speaks the global --lang too (it was the one command that did not).
    lang = normalize(ctx.language) if ctx.language else None
    package = getattr(args, "import_package", None)
    package = package.expanduser().absolute() if package else None
    return run(path, smoke_test=getattr(args, "smoke_test", False), lang=lang, import_package=package)


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.progress import stderr_steps
    from petdesk.demo import DemoError, generate

    _ = ctx.translator()
    started = time.perf_counter()
    # Progress only for a demo big enough to wait for (a million contacts: about six minutes).
    # TRANSLATORS: the command's name at the head of its progress lines
    progress = stderr_steps(_("demo"), _) if args.contacts >= 50_000 else None
    try:
        counts = generate(
            ctx.db, contacts=args.contacts, seed=args.seed, anchor=args.anchor, progress=progress
        )
    except DemoError as exc:
        raise CliError(str(exc)) from exc
    elapsed = time.perf_counter() - started
    print(
        _("Demo data added to {path} in {seconds} s: {summary}").format(
            path=ctx.path, seconds=f"{elapsed:.1f}", summary=counts_text(counts, _)
        )
    )
    return 0


def cmd_stats(args: argparse.Namespace, ctx: Context) -> int:
    """Counts through a read-only sqlite3 connection: no SQLAlchemy, no models (issue 18: 0.5 s on
    100,000 contacts). A file that is new, older or lacks this office's identity goes through the
    full opening first, which creates, upgrades or fills it in."""
    if args.by:
        return _stats_by(args.by, args.json, ctx)
    from petdesk.db import open_for_reading
    from petdesk.services.stats import catalogue_counts, listed_counts

    conn = open_for_reading(ctx.path)
    try:
        office = conn.execute(
            "SELECT id, name, name_zh, region FROM office WHERE is_self = 1 LIMIT 1"
        ).fetchone()
        if office is None:
            conn.close()
            from petdesk.services import office as office_service

            with ctx.db.transaction() as session:
                office_service.get_self(session)
            conn = open_for_reading(ctx.path)
            office = conn.execute("SELECT id, name, name_zh, region FROM office WHERE is_self = 1").fetchone()
        office_id, name, name_zh, region = office
        revisions = sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
        counts = listed_counts(conn) | catalogue_counts(conn)
    finally:
        conn.close()
    if args.json:
        from petdesk.cli.json_output import print_json

        print_json(
            {
                "database": str(ctx.path),
                "file_size_bytes": ctx.path.stat().st_size,
                "schema_version": "+".join(revisions),
                "petdesk_version": __version__,
                "office": {"id": office_id, "name": name, "name_zh": name_zh or "", "region": region or ""},
                "counts": {label.replace(" ", "_").replace("-", "_"): n for label, n in counts.items()},
            }
        )
        return 0
    _ = ctx.translator()  # English loads no babel: stats stays quick
    office_text = _("{name} ({region}) id {id}").format(
        name=office_name(name, name_zh, ctx.locale), region=region or _("no region"), id=office_id
    )
    _key_values(
        [
            (_("database:"), str(ctx.path)),
            (_("file size:"), _("{size} MB").format(size=f"{ctx.path.stat().st_size / 1e6:.1f}")),
            (_("schema version:"), "+".join(revisions) or _("empty")),
            (_("petdesk version:"), __version__),
            (_("office:"), office_text),
        ]
    )
    names = {label: count_name(label, _) for label in counts}
    width = max(columns.width(shown) for shown in names.values())
    for label, n in counts.items():
        print(f"  {columns.pad(names[label], width)}  {n:>9,}")
    return 0


def _stats_by(by: str, as_json: bool, ctx: Context) -> int:
    """``stats --by kind|country|city``: organisations and the people working at them per value,
    named in the command line's language (a hub's annual report: field test 25, §7)."""
    from petdesk.connection import session_sqlite
    from petdesk.services.stats import organisations_by, people_at_organisations

    with ctx.reader.reading() as session:
        conn = session_sqlite(session)
        groups = organisations_by(conn, by)
        people = people_at_organisations(conn)
    _ = ctx.translator()
    names = [_group_label(by, g.value, g.city_zh, ctx.locale, _) for g in groups]
    organisations = sum(g.organisations for g in groups)
    if as_json:
        from petdesk.cli.json_output import print_json

        rows = [
            {"value": g.value, "label": name, "organisations": g.organisations, "contacts": g.contacts}
            for g, name in zip(groups, names, strict=True)
        ]
        print_json({"by": by, "groups": rows, "organisations": organisations, "contacts": people})
        return 0
    headings = {"kind": _("kind"), "country": _("country"), "city": _("city")}
    first, orgs_head, people_head = headings[by], _("organisations"), _("contacts")
    width = max(columns.width(text) for text in [first, *names])
    widest = max([organisations, people, *(g.contacts for g in groups)])
    number = max(columns.width(orgs_head), columns.width(people_head), len(f"{widest:,}"))
    heads = [
        columns.pad(first, width),
        columns.pad(orgs_head, number, ">"),
        columns.pad(people_head, number, ">"),
    ]
    print("  ".join(heads))
    for g, name in zip(groups, names, strict=True):
        print(f"{columns.pad(name, width)}  {g.organisations:>{number},}  {g.contacts:>{number},}")
    print(
        _(
            "{organisations} organisations; {people} people work at them now "
            "(someone at organisations of two {by} values counts under each)"
        ).format(organisations=f"{organisations:,}", people=f"{people:,}", by=first)
    )
    return 0


def _group_label(by: str, value: str, city_zh: str, locale: str, _: Translate) -> str:
    """A kind, country code or city as people read it in ``locale``; an empty value as "(none)"."""
    if not value:
        return _("(none)")
    if by == "kind":
        from petdesk.models.enums import OrgKind
        from petdesk.vocab import label

        try:
            return label(OrgKind(value), locale)
        except ValueError:  # a kind from a newer petdesk
            return value
    if by == "country":
        from petdesk.labels import country_name

        return country_name(value, locale)
    from petdesk.city_names import shown_city  # (light: no babel, pypinyin or SQLAlchemy)
    from petdesk.language import interface_language

    # the known city's name in the reader's language when the records have only the other's
    return shown_city(value, city_zh, interface_language(locale))


def _key_values(rows: list[tuple[str, str]], also: str = "") -> None:
    """``label: value`` lines with the values in one column, one space after the widest label (or
    ``also``); Chinese labels take two terminal columns a character."""
    width = max(columns.width(label) for label in [also, *(label for label, _value in rows)]) + 1
    for label, value in rows:
        print(columns.pad(label, width) + value)


def cmd_office(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import office as office_service

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        staff = _staff_name(session, args.staff, _)  # first: a new file's office is credited to her
        office = office_service.get_self(session)
        old_name, old_name_zh = office.name, office.name_zh or ""
        set_later = office_service.name_set_later(session)
        if args.name is not None or args.region is not None or args.name_zh is not None:
            try:
                office_service.set_identity(session, name=args.name, name_zh=args.name_zh, region=args.region)
            except ValueError as exc:
                raise CliError(str(exc)) from exc
        left = office_service.name_left_behind(
            old_name=old_name,
            old_name_zh=old_name_zh,
            new_name=office.name,
            new_name_zh=office.name_zh or "",
            set_later=set_later,
        )
        office_id, name, name_zh, region = office.id, office.name, office.name_zh or "", office.region
        letterhead = _letterhead(session, args, _)
    # Said once the change is stored: a write that fails (a full disk) says only that.
    if left == "name_zh":
        warn(
            _(
                "the Chinese name is still {name_zh}, which the Chinese interface shows; if the office "
                "was renamed, change it too: petdesk office --name-zh NAME"
            ).format(name_zh=name_zh),
            _,
        )
    elif left == "name":
        warn(
            _(
                "the English name is still {name}, which the English interface shows; if the office "
                "was renamed, change it too: petdesk office --name NAME"
            ).format(name=name),
            _,
        )
    # The English keys are the option names (name_zh) and stay as they were: scripts read them.
    rows = [(_("id:"), office_id), (_("name:"), name)]
    if name_zh:
        rows.append((_("name_zh:"), name_zh))
    rows.append((_("region:"), region))
    if staff:  # (scripts reading the four lines above read them as before when none is set)
        rows.append((_("staff:"), staff))
    labels = {
        "address": _("address:"),
        "address_zh": _("address_zh:"),
        "contact": _("contact:"),
        "contact_zh": _("contact_zh:"),
        "phone": _("phone:"),
        "country": _("country:"),
    }
    rows.extend((labels[key], value) for key, value in letterhead.items() if value)
    _key_values(rows, also=_("name_zh:"))  # the values' column as wide with or without name_zh
    return 0


def _letterhead(session: Session, args: argparse.Namespace, _: Translate) -> dict[str, str]:
    """The invitation letters' office settings, set first to those given."""
    from petdesk.services import invitation

    given = {key: getattr(args, key, None) for key in invitation.OFFICE_SETTINGS}
    try:
        invitation.set_office_settings(session, **given)
    except ValueError as exc:
        raise CliError(
            _("“{text}” names no country: give a code such as CN or DE").format(text=str(exc))
        ) from exc
    return invitation.office_settings(session)


def _staff_name(session: Session, new: str | None, _: Translate) -> str:
    """The staff name of this installation, set first to ``new`` when given (field test 84)."""
    from petdesk.services import staff

    if new is None:
        return staff.staff_setting(session)
    try:
        return staff.set_staff_name(session, new)
    except ValueError:
        raise CliError(_("a staff name has at most {n} characters").format(n=staff.MAX_LENGTH)) from None
