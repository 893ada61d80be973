"""A visit's people from the command line: ``visits ID --add-person CONTACT --role ROLE`` and
``replace-participant VISIT OLD NEW``, through the services the visit editor's Add and "Replace
selected by the person found" call (field test 86: neither had a command, where a training's late
substitute has ``replace-attendee``).

A person is named by id (or its first characters) or by a name only one person has
(``services.contact_lookup``); an unknown or shared name is refused with the ids to choose from.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.cli.handover import person_id
from petdesk.enums import ParticipantRole
from petdesk.language import interface_language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.services.gift_names import GiftMention
    from petdesk.services.participant_links import ParticipantLinks

#: The roles ``--role`` takes, as stored (the window's role box offers the same).
ROLES = tuple(role.value for role in ParticipantRole)


def add_options(p: argparse.ArgumentParser, _: Translate) -> None:
    """``--add-person`` and ``--role`` of ``petdesk visits``."""
    p.add_argument(
        "--add-person",
        action="append",
        metavar="CONTACT",
        help=_("with an ID: put this person (id or whole name) in the visit; repeatable"),
    )
    p.add_argument(
        "--role",
        choices=ROLES,
        help=_("with --add-person: the role in the visit (default: delegate)"),
    )


def register(
    sub: argparse._SubParsersAction,
    _: Translate,
    common: Callable[[argparse.ArgumentParser, Translate], None],
) -> None:
    p = sub.add_parser(
        "replace-participant",
        help=_("a substitute takes a person's place in a visit"),
        description=_(
            "The substitute takes the person's role, place in the order of precedence, itinerary "
            "items, travel legs, hotel rooms and car seats; the person leaves the visit. Gifts naming "
            "the person are listed, and renamed only with --rename-gifts."
        ),
    )
    p.add_argument("visit", metavar="VISIT", help=_("visit id (at least 4 characters)"))
    p.add_argument("old", metavar="OLD", help=_("the person replaced: contact id or whole name"))
    p.add_argument("new", metavar="NEW", help=_("the substitute: contact id or whole name"))
    p.add_argument(
        "--rename-gifts",
        action="store_true",
        help=_("put the substitute's name where a gift's giver or recipient is exactly the person's"),
    )
    common(p, _)
    p.set_defaults(handler=cmd_replace_participant)


def _name(session: Session, contact_id: str, lang: str) -> str:
    from petdesk.models import Contact

    contact = session.get(Contact, contact_id)
    return contact.display_name(lang) if contact is not None else contact_id[:8]


def _said(text: str, lang: str) -> str:
    """No space beside a Chinese name inside a Chinese sentence (as ``replace-attendee``)."""
    from petdesk.labels import chinese_spacing

    return chinese_spacing(text) if lang == "zh" else text


def add_people(args: argparse.Namespace, ctx: Context, visit_id: str) -> int:
    """``visits ID --add-person CONTACT [--role ROLE]``: one transaction for all the people given."""
    from petdesk.services import visits as visit_service
    from petdesk.services.visits import ScheduleError
    from petdesk.vocab import label

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    role = ParticipantRole(args.role or ParticipantRole.DELEGATE)
    lines = []
    with ctx.db.transaction() as s:
        for text in args.add_person:
            cid = person_id(s, text, ctx)
            already = any(
                p.contact_id == cid and p.deleted_at is None
                for p in visit_service.get_visit(s, visit_id).participants
            )
            try:
                visit_service.add_participant(s, visit_id, cid, role)
            except ScheduleError as exc:
                raise CliError(str(exc)) from exc
            said = (
                _("{name} was in the visit already; role now: {role}.")
                if already
                else _("{name} is added to the visit; role: {role}.")
            )
            lines.append(_said(said.format(name=_name(s, cid, lang), role=label(role, locale)), lang))
    print("\n".join(lines))
    return 0


def cmd_replace_participant(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import visits as visit_service
    from petdesk.services.gift_names import gifts_naming
    from petdesk.services.participant_links import participant_links
    from petdesk.services.visits import ScheduleError

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    with ctx.db.reading() as s:
        try:
            visit_id = visit_service.resolve_id(s, "visit", args.visit, "visit")
        except ScheduleError as exc:
            raise CliError(str(exc)) from exc
        old, new = person_id(s, args.old, ctx), person_id(s, args.new, ctx)
    with ctx.db.transaction() as s:
        links = participant_links(s, visit_id, old)
        exact = [g for g in gifts_naming(s, visit_id, old) if g.exact] if args.rename_gifts else []
        try:
            still = visit_service.remove_participant(
                s, visit_id, old, substitute_id=new, rename_gifts=args.rename_gifts
            )
        except ScheduleError as exc:
            raise CliError(str(exc)) from exc
        old_name, new_name = _name(s, old, lang), _name(s, new, lang)
    print(_said(_("{new} takes the place of {old} in the visit.").format(new=new_name, old=old_name), lang))
    moved = _moved(links, _)
    if moved:
        print(_("Moved to the substitute: {what}.").format(what=_(", ").join(moved)))
    if exact:
        print(
            _said(
                _.ngettext("{n} gift now names {new}.", "{n} gifts now name {new}.", len(exact)).format(
                    n=len(exact), new=new_name
                ),
                lang,
            )
        )
    _print_gifts(still, old_name, new_name, renamed=args.rename_gifts, _=_, lang=lang)
    return 0


def _moved(links: ParticipantLinks, _: Translate) -> list[str]:
    """ "2 itinerary items, 1 hotel room": what the person was on, now the substitute's."""
    counts = (
        (links.items, _.ngettext("{n} itinerary item", "{n} itinerary items", links.items)),
        (links.flights, _.ngettext("{n} flight", "{n} flights", links.flights)),
        (links.other_legs, _.ngettext("{n} other journey", "{n} other journeys", links.other_legs)),
        (links.rooms, _.ngettext("{n} hotel room", "{n} hotel rooms", links.rooms)),
        (links.seats, _.ngettext("{n} car seat", "{n} car seats", links.seats)),
    )
    return [text.format(n=n) for n, text in counts if n]


def _print_gifts(
    still: list[GiftMention], old: str, new: str, *, renamed: bool, _: Translate, lang: str
) -> None:
    """The gifts still naming the person replaced: what --rename-gifts would change, and the ones
    naming them among other words ("Vice-Governor …"), which only a person can reword."""
    if not still:
        return
    exact = [g for g in still if g.exact]
    if exact and not renamed:
        heading = _.ngettext(
            "{n} gift names {old} as giver or recipient (--rename-gifts puts {new} there):",
            "{n} gifts name {old} as giver or recipient (--rename-gifts puts {new} there):",
            len(exact),
        )
        print(_said(heading.format(n=len(exact), old=old, new=new), lang))
        for g in exact:
            print(_gift_line(g, lang))
    others = [g for g in still if not g.exact]
    if others:
        print(_said(_("Still naming {old} among other words, to edit by hand:").format(old=old), lang))
        for g in others:
            print(_gift_line(g, lang))


def _gift_line(gift: GiftMention, lang: str) -> str:
    """ "  Batik: Vice-Governor …", with the full-width colon in Chinese (field test 68)."""
    from petdesk.labels import colon

    return f"  {colon(gift.description, lang)}{'' if lang == 'zh' else ' '}{gift.text}"
