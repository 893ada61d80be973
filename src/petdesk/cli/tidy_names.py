"""``petdesk tidy-names``: titles stored in given names ("Mr. John", from before names59) moved to
the honorific, and couples stored split the wrong way round ("Mr. and Mrs. ZHANG Wei" as "ZHANG" /
"Wei") or Japanese names split the Chinese way (佐 / 々木翔) split as an import splits them
now; a dry run listing them and why unless ``--apply``;
``--undo`` takes the last tidy back."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from petdesk.cli.context import CliError, Context, Translate
from petdesk.enums import NameOrder

if TYPE_CHECKING:
    from petdesk.services.name_title_tidy import TitleMove


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommand."""
    p = sub.add_parser(
        "tidy-names",
        help=_("move titles stored in given names (“Mr. John”) to the honorific"),
        description=_(
            "People imported or typed before titles before a whole name were read may have the title "
            "in their given name (“Mr. John” Smith). Without --apply this lists what would change. "
            "With it, the title becomes the honorific (Mr. / 先生, with the gender it tells), as an "
            "import reads it now; a couple's titles (“Mr. and Mrs. John”) are taken off with no "
            "honorific, the wording kept in the notes; a couple written family name first and stored "
            "split the other way (“Mr. and Mrs. ZHANG Wei” as given name ZHANG, family name Wei) is "
            "split as an import splits it now, and so is a Japanese name stored split the Chinese way "
            "(佐 / 々木翔). People with a honorific keep their title. Each "
            "change is in the person's History; --undo puts the last tidy back as one step."
        ),
    )
    p.add_argument("--apply", action="store_true", help=_("make the changes listed"))
    p.add_argument("--undo", action="store_true", help=_("put the names of the last tidy back as they were"))
    p.set_defaults(handler=cmd_tidy_names)


def cmd_tidy_names(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import name_title_tidy

    _ = ctx.translator()
    if args.undo:
        return _undo(ctx)
    with ctx.db.reading() as session:
        moves = name_title_tidy.plan_tidy(session)
    for mv in moves:
        print(_line(mv, _))
        for reason in name_title_tidy.reasons(mv):  # why: the rules that found this person
            print(f"    {_(reason)}")
    print(_.ngettext("{n} person to tidy.", "{n} people to tidy.", len(moves)).format(n=len(moves)))
    if not args.apply or not moves:
        if moves:
            print(_("Nothing was changed: petdesk tidy-names --apply makes these changes."))
        return 0
    with ctx.db.transaction() as session:
        done = name_title_tidy.apply_tidy(session, moves)
    print(
        _.ngettext(
            "{n} person tidied. petdesk tidy-names --undo puts it back.",
            "{n} people tidied. petdesk tidy-names --undo puts them back.",
            done,
        ).format(n=done)
    )
    return 0


def _line(mv: TitleMove, _: Translate) -> str:
    """ "Mr. John Smith → John Smith (Mr. / 先生)"; a name split again family name first says so:
    "ZHANG Wei → Zhang Wei (family name first; no honorific)". A title and a Japanese split in one
    run are two changes side by side, each with its own arrow: "Mr. Sho Sasaki → Sho Sasaki
    (Mr. / 先生); 佐 々木翔 → 佐々木 翔" (the names in brackets read as a second title, polish63)."""
    from petdesk.services.name_title_tidy import before_after, native_before_after

    split = native_before_after(mv)
    native = f"{split[0]} → {split[1]}" if split is not None else ""
    if not mv.latin:  # 佐 々木翔 → 佐々木 翔: the honorific is not touched
        return native
    before, after = before_after(replace(mv, native=None))
    title = " / ".join(t for t in (mv.honorific_en, mv.honorific_zh) if t) or _("no honorific")
    if mv.name_order == NameOrder.FAMILY_FIRST:
        line = _("{before} → {after} (family name first; {title})").format(
            before=before, after=after, title=title
        )
    else:
        line = f"{before} → {after} ({title})"
    return f"{line}; {native}" if native else line


def _undo(ctx: Context) -> int:
    from petdesk.services import import_undo, name_title_tidy

    _ = ctx.translator()
    try:
        with ctx.db.transaction() as session:
            name_title_tidy.undo_last_tidy(session, locale=ctx.locale)
    except import_undo.UndoImportError as exc:
        raise CliError(str(exc)) from exc
    print(_("The tidy of names was undone."))
    return 0
