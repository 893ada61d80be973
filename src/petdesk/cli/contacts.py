"""Subcommands of the contacts workspace: ``petdesk search``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from petdesk.cli.columns import cell, width
from petdesk.cli.context import CliError, Context, Translate, output_locale, plain_translator, whole_number
from petdesk.cli.parser_language import argparse_text
from petdesk.language import N_

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path

    from sqlalchemy.orm import Session

    from petdesk.services.search import SearchRow

#: The keys of search_service.SORTS, written out so that building the parser imports no services
#: (tests/core/test_cli_startup.py checks that they match).
SORTS = ("name", "organisation", "position", "email", "phone", "city", "country", "tags", "updated")


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "search",
        help=_("find organisations and contacts (names in English, Chinese or pinyin, e-mail, phone, tags)"),
        description=_(
            "Find organisations and contacts as the window's search box does: Latin names, "
            "Chinese characters (one or more), pinyin with or without tones and spaces, e-mail, phone "
            "digits, organisation names and tags. All words must match."
        ),
    )
    p.add_argument("query", nargs="*", help=_("what to look for, e.g. 'zhang wei', 张伟, 6512, @example.org"))
    p.add_argument(
        "--kind", choices=("contacts", "organisations", "all"), default="all", help=_("what to list")
    )
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help=_("rows to show (default 20)"))
    p.add_argument("--offset", type=_offset, default=0, metavar="N", help=_("rows to skip (paging)"))
    p.add_argument(
        "--sort",
        choices=SORTS,
        default="name",
        help=_("sort column (names sort by pinyin in Chinese, by family name in English)"),
    )
    p.add_argument("--desc", action="store_true", help=_("sort descending"))
    p.add_argument(
        "--untouched-for",
        type=_positive,
        metavar="YEARS",
        help=_(
            "only records not changed for YEARS years and with no call, meeting, e-mail or note "
            "logged since (a year-end cleanup)"
        ),
    )
    p.add_argument("--lang", choices=("en", "zh_CN"), default=None, help=_("name language (default: system)"))
    p.add_argument("--json", action="store_true", help=_("print JSON lines instead of a table"))
    p.add_argument("--count", action="store_true", help=_("print only how many match"))
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser(
        "reindex",
        help=_("rebuild the search indexes of organisations, contacts, technologies and city needs"),
    )
    p.set_defaults(handler=cmd_reindex)


def _positive(text: str) -> int:
    value = whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(argparse_text(N_("must be 1 or more")))
    return value


def _offset(text: str) -> int:
    value = whole_number(text)
    if not 0 <= value < 2**63:  # SQLite integers are 64-bit; more is an OverflowError, not a page
        raise argparse.ArgumentTypeError(argparse_text(N_("must be between 0 and 2^63 - 1")))
    return value


#: The widest the search listing's name column gets; longer names are cut with "…".
_NAME_WIDTH_LIMIT = 48


def _both_names(name: str, other: str) -> str:
    return f"{name} ({other})" if other else name


def _find(
    source: Session | sqlite3.Connection,
    args: argparse.Namespace,
    query: str,
    kind: str | None,
    language: str,
) -> tuple[list[SearchRow], int]:
    """The page of rows asked for (none with ``--count``) and how many match in all."""
    from petdesk.services import search as search_service

    filters = {"unchanged": str(args.untouched_for)} if args.untouched_for else None
    if args.count:
        return [], search_service.count(source, query, kind=kind, filters=filters)
    try:
        rows = search_service.search(
            source,
            query,
            kind=kind,
            language=language,
            sort=args.sort,
            descending=args.desc,
            limit=args.limit,
            offset=args.offset,
            filters=filters,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    return rows, search_service.count(source, query, kind=kind, filters=filters)


def _may_index(path: Path) -> bool:
    """Whether ``search`` may write the queued index rows into the file at ``path``: not when it
    cannot be written here, nor while a window on another computer has it open."""
    from petdesk import connection
    from petdesk.lock_owner import held_elsewhere

    return not connection.read_only(path) and held_elsewhere(path) is None


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import search as search_service

    query = " ".join(args.query)
    language = output_locale(args)
    kind = {"contacts": "contact", "organisations": "organisation", "all": None}[args.kind]
    # An index with nothing queued is read on a plain read-only connection: no SQLAlchemy, no
    # models. Queued entities get their index rows first, which writes, through a session.
    stale = 0
    with ctx.plain_reading() as conn:
        queued = search_service.has_queued(conn)
        if queued and not _may_index(ctx.path):
            # Read what is there, as the read-only window does: the index rows would be written
            # beside a window on another computer (its sync client's conflicted copies), or fail.
            stale, queued = search_service.queued_count(conn), False
        if not queued:
            found = _find(conn, args, query, kind, language)
    if queued:
        with ctx.db.transaction() as session:
            search_service.refresh_search_index(session)
            found = _find(session, args, query, kind, language)
    rows, total = found
    if stale:  # on stderr: the output of --count and --json stays what scripts read
        note = plain_translator(language).ngettext(
            "Note: {n} record changed lately is searched as it was before: this file cannot be "
            "written here (read-only, or open in petdesk on another computer).",
            "Note: {n} records changed lately are searched as they were before: this file cannot "
            "be written here (read-only, or open in petdesk on another computer).",
            stale,
        )
        print(note.format(n=stale), file=sys.stderr)
    if args.count:
        print(total)
        return 0
    if args.json:
        for row in rows:
            print(json.dumps(row.for_scripts(), ensure_ascii=False))
        return 0
    _ = plain_translator(language)  # English without babel
    if not rows and total and args.offset:
        print(
            _("No more matches after {offset}: {total} in all.").format(
                offset=args.offset, total=_.number(total)
            )
        )
        return 0
    if not rows:
        print(
            _("Nothing matches “{query}”.").format(query=query)
            if query
            else _("No organisations or contacts yet.")
        )
        return 1 if query else 0
    labels = [_both_names(row.name(language), row.other_name(language)) for row in rows]
    # As wide as the widest name shown, up to a limit: a fixed 30 columns cut "Anna Lindqvist
    # (安娜·林德奎斯特)" to "…林德奎…" beside an empty column (field test 41, defect 6).
    name_width = min(max(30, *(width(label) for label in labels)), _NAME_WIDTH_LIMIT)
    for row, label in zip(rows, labels, strict=True):
        kind_label = _("organisation") if row.kind == "organisation" else _("person")
        line = [
            cell(kind_label, 12),
            cell(label, name_width),
            cell(row.organisation(language) if row.kind == "contact" else row.city(language), 34),
            cell(row.email, 30),
            cell(row.phone, 18),
            row.entity_id,
        ]
        print("  ".join(line).rstrip())
    shown = f"{args.offset + 1}–{args.offset + len(rows)}"
    print(_("({shown} of {total})").format(shown=shown, total=f"{total:,}"))
    return 0


def cmd_reindex(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.connection import session_sqlite
    from petdesk.services import catalogue_search
    from petdesk.services import search as search_service

    with ctx.db.transaction() as session:
        restored = search_service.restore_triggers(session)
        n = search_service.rebuild_search_index(session)
        catalogue = catalogue_search.rebuild_keys(session_sqlite(session))
    _ = ctx.translator()
    if restored:
        print(_("Search triggers put back: {triggers}.").format(triggers=", ".join(restored)))
    print(_("Search index rebuilt: {n} organisations and contacts.").format(n=_.number(n)))
    print(_("Catalogue search rebuilt: {n} technologies and city needs.").format(n=_.number(catalogue)))
    return 0
