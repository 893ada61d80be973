"""Subcommands of a record's history: ``petdesk history``, ``deleted`` and ``restore-record``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from petdesk.cli.columns import cell, pad, width
from petdesk.cli.context import CliError, Context, Translate

if TYPE_CHECKING:  # the services load only when a command runs
    from petdesk.services.history import HistoryEntry, RecordRef

#: history_service.RESTORABLE, written out so that building the parser imports no services
#: (tests/core/test_cli_startup.py checks that they match).
RESTORABLE = (
    "contact",
    "organisation",
    "visit",
    "training",
    "activity",
    "project",
    "training_session",
    "training_participant",
    "project_partner",
    "project_milestone",
    "tech_match",
)


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "history",
        help=_("what changed in a record: field, old and new value, when, which office and staff member"),
        description=_(
            "The history of a record (a contact includes its e-mail addresses, phone numbers "
            "and positions), newest first, from the change log that sync exchanges: changes made at other "
            "offices are listed too. A revert is a new change that travels to the other offices."
        ),
    )
    p.add_argument("id", help=_("the record's id or a unique beginning of it (4+ characters)"))
    p.add_argument("--json", action="store_true", help=_("print JSON lines instead of a table"))
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--revert", metavar="CHANGE", help=_("put the field of this change back to its old value")
    )
    group.add_argument(
        "--revert-to",
        metavar="CHANGE|TIME",
        help=_("put every field back to how it was before this change, or at this time (ISO, UTC)"),
    )
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("deleted", help=_("list deleted records that can be restored"))
    p.add_argument("--kind", choices=RESTORABLE, action="append", help=_("only this kind (repeatable)"))
    p.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=_("only records whose name or title holds TEXT, among all deleted ones"),
    )
    p.add_argument("--limit", type=int, default=500, metavar="N", help=_("show at most N (default 500)"))
    p.add_argument("--json", action="store_true", help=_("print JSON lines instead of a table"))
    p.set_defaults(handler=cmd_deleted)

    p = sub.add_parser(
        "restore-record",
        help=_("bring a deleted record back (with what was deleted with it)"),
        description=_(
            "Undo the deletion of a contact, organisation, visit, training, activity, project, "
            "training session or registration, project partner or milestone, or the removal of a "
            "technology from a city need's shortlist; the restoration travels to the other offices "
            "like any change. (Backups are restored elsewhere.)"
        ),
    )
    p.add_argument(
        "id", nargs="+", help=_("the record's id or a unique beginning of it (several may be given)")
    )
    p.set_defaults(handler=cmd_restore_record)


def _entity(entity: str, locale: str) -> str:
    """A kind of record as the lines name it: the name in the data ("contact") in English, as scripts
    read it, and the glossary's term in Chinese (联系人)."""
    from petdesk.language import is_chinese
    from petdesk.sync.labels import entity_label

    return entity_label(entity, locale) if is_chinese(locale) else entity


def _kind(entity: str, locale: str) -> str:
    """A kind of record as the history names it, in both languages ("Contact", 联系人)."""
    from petdesk.sync.labels import entity_label

    return entity_label(entity, locale)


def _field(field: str, locale: str, entity: str, values: tuple[str, ...] = ()) -> str:
    """A field as the editor of its kind labels it ("Dietary requirements", 饮食要求; a name in
    the other script by the language of its ``values``, "Name (Hindi)"); ``--json`` keeps the
    name in the data for scripts."""
    from petdesk.sync.labels import name_field_label

    return name_field_label(field, locale, entity, values=values)


def _cut(text: str) -> str:
    """A value in words as a history line shows it: at most 40 characters."""
    return text if len(text) <= 40 else text[:39] + "…"


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.labels import labelled
    from petdesk.services import history as history_service
    from petdesk.services.undo_save import change_mark
    from petdesk.sync.value_words import moment_words

    _ = ctx.translator()
    locale = ctx.locale
    try:
        with ctx.db.transaction() as session:
            ref = history_service.resolve_record(session, args.id, locale=locale)
            mark = change_mark(session)
            if args.revert:
                reverted = history_service.revert_change(session, args.revert)
                print(history_service.reverted_change_words(session, reverted, ref.label, locale))
                _print_reverted(session, mark, ref, _, locale)
                return 0
            if args.revert_to:
                fields = history_service.revert_record(session, ref.entity, ref.row_id, before=args.revert_to)
                if not fields:
                    print(_("{label} already is as it was then; nothing changed.").format(label=ref.label))
                else:
                    print(
                        _.ngettext(
                            "Reverted {n} field of {label}: {fields}.",
                            "Reverted {n} fields of {label}: {fields}.",
                            len(fields),
                        ).format(
                            n=len(fields),
                            label=ref.label,
                            fields=history_service.reverted_words(ref.entity, fields, locale),
                        )
                    )
                    _print_reverted(session, mark, ref, _, locale)
                return 0
            entries = history_service.record_history(session, ref.entity, ref.row_id, locale=locale)
    except history_service.HistoryError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        for e in entries:
            print(json.dumps(e.__dict__, ensure_ascii=False))
        return 0
    state = _(" (deleted)") if ref.deleted_at else ""
    print(f"{_kind(ref.entity, locale)} {ref.label}{state} — {ref.row_id}")
    if not entries:
        print(_("No recorded changes (records written before history was kept have none)."))
    # Local time to the second in the reader's date style (as the window's history shows it; edits
    # of one minute in their order), padded to the widest.
    when_width = max((width(moment_words(e.at, locale, seconds=True)) for e in entries), default=0)
    for e in entries:
        if e.is_count:
            what = _.ngettext(
                "{n} mark entered, changed or cleared",
                "{n} marks entered, changed or cleared",
                e.count,
            ).format(n=e.count)
        elif e.is_creation:
            what = _("created")
        else:
            old, new = _cut(e.old_text), _cut(e.new_text)
            # Chinese joins them with a full-width colon, as the revert lines do.
            label = _field(e.field, locale, e.entity, (e.old_text, e.new_text))
            what = labelled(label, f"{old} → {new}", locale)
        when = pad(moment_words(e.at, locale, seconds=True), when_width)
        # A count has no change id to revert: its column stays empty.
        who = f"{cell(e.office, 16)}  {cell(e.staff, 12)}"
        print(f"{cell(e.id[:8], 8)}  {when}  {who}  {_part(e, ref, locale)}{what}")
    return 0


def _print_reverted(session: Any, mark: str, ref: RecordRef, _: Translate, locale: str) -> None:
    """Each field a revert wrote, from what to what, as its history will list it: the summary
    names the fields, these lines show the values (a script or a reader checks them here)."""
    from petdesk.services.undo_save import saved_entries, saved_since

    edit = saved_since(session, mark)
    if edit is None:
        return
    for e in saved_entries(session, edit, entity=ref.entity, locale=locale):
        # A sentence of its own: Chinese puts a full-width colon after the field.
        change = _("{field}: {old} → {new}").format(
            field=_field(e.field, locale, e.entity, (e.old_text, e.new_text)),
            old=_cut(e.old_text),
            new=_cut(e.new_text),
        )
        print(f"  {_part(e, ref, locale)}{change}")


def _part(e: HistoryEntry, ref: RecordRef, locale: str) -> str:
    """Which part of the record a line is about, before what changed: its kind, and for a
    training's sessions, registrations and trainers its label ("Registration · Chen Ping (陈萍) · ");
    empty for the record itself."""
    if e.entity == ref.entity:
        return ""
    if not e.label:
        return f"{_kind(e.entity, locale)} "
    return f"{_kind(e.entity, locale)} · {e.label} · "


def cmd_deleted(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import history as history_service

    _ = ctx.translator()
    kinds = tuple(args.kind) if args.kind else history_service.RESTORABLE
    with ctx.db.reading() as session:
        rows = history_service.deleted_records(
            session, kinds=kinds, locale=ctx.locale, limit=max(args.limit, 1), matching=args.search
        )
        total = history_service.count_deleted(session, kinds=kinds)
    if args.json:
        for r in rows:
            print(json.dumps(r.__dict__, ensure_ascii=False))
        return 0
    if not rows:
        print(_("No deleted records."))
    _print_deleted(rows, ctx.locale)
    if rows and not args.search and total > len(rows):
        # The oldest deletions are left out: say so, and how to reach them (field test 69, defect 2).
        print(
            _("The newest {shown:,} of {total:,} deleted records; --search NAME finds any of them.").format(
                shown=len(rows), total=total
            )
        )
    return 0


def _print_deleted(rows: list[RecordRef], locale: str) -> None:
    from petdesk.sync.value_words import moment_words

    # Kinds in words ("Registration", 报名; --json keeps the names in the data), their column as
    # wide as the widest in terminal columns, so that every label starts in the same column.
    words = [_kind(r.entity, locale) for r in rows]
    kind_width = max(map(width, words), default=0)
    # When, as `history` says it: local time in the reader's style, to the second.
    whens = [moment_words(r.deleted_at, locale, seconds=True) for r in rows]
    when_width = max(map(width, whens), default=0)
    for r, kind, when in zip(rows, words, whens, strict=True):
        print(f"{r.row_id[:8]}  {pad(when, when_width)}  {pad(kind, kind_width)}  {r.label}")


def cmd_restore_record(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.messages import localize
    from petdesk.services import history as history_service

    done = history_service.restore_records(ctx.db, args.id, locale=ctx.locale)
    _ = ctx.translator()
    for ref in done.restored:
        kind = _entity(ref.entity, ctx.locale)
        if ref.undone_merge:
            print(
                _("Restored {kind} {label} by undoing its merge {merge}.").format(
                    kind=kind, label=ref.label, merge=ref.undone_merge[:8]
                )
            )
        else:
            print(_("Restored {kind} {label}.").format(kind=kind, label=ref.label))
    if done.refused and not done.restored and len(args.id) == 1:
        raise CliError(done.refused[0][1])
    for ident, reason in done.refused:
        print(
            _("Not restored: {id}: {reason}").format(id=ident, reason=localize(reason, ctx.locale)),
            file=sys.stderr,
        )
    return 1 if done.refused else 0
