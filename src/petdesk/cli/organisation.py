"""``petdesk organisation``: one partner organisation seen whole, added, changed or deleted from the
command line, through the services the window's editor and list use (change log, history, search
index and the same-name question come with them).

``petdesk organisation WORDS`` shows the one organisation the words name (an id's first characters,
its English, Chinese or short name, or a part of one name only it has), as ``petdesk projects ID``
shows a project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from petdesk.cli.context import CliError, Context, Translate
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.rename_option import add_rename_option, unsure_note
from petdesk.cli.word_subcommands import WordOrSubcommand
from petdesk.language import N_
from petdesk.textsafety import terminal_safe

if TYPE_CHECKING:  # the services load only when a command runs
    from sqlalchemy.orm import Session

    from petdesk.services.organisation_card import OrganisationCard

#: The fields ``edit --set`` changes: services.organisations.FIELDS but its ``source`` (where a
#: record came from is the import's to say). Written out so that building the parser imports no
#: services (tests/core/cli/test_organisation_cli.py checks them).
EDITABLE = (
    "name_en",
    "name_zh",
    "short_name_en",
    "short_name_zh",
    "aliases",
    "kind",
    "country",
    "city_en",
    "city_zh",
    "address_en",
    "address_zh",
    "postal_code",
    "website",
    "phone",
    "email",
    "technology_areas",
    "is_member_city",
    "notes",
    "tags",
)
#: What separates other names in ``--set aliases=``: not the comma, which names hold (field test 102).
_ALIAS_SEPARATORS = re.compile(r"[;；\n]")
_YES = ("yes", "y", "true", "1", "是")
_NO = ("no", "n", "false", "0", "", "否")


class _ShowOrAction(WordOrSubcommand):
    """``show``, ``add``, ``edit``, ``delete``; any other first word is ``show WORD``."""

    free_word_to = "show"


def _assignment(text: str) -> tuple[str, str]:
    """ "city_en=Hangzhou" → ("city_en", "Hangzhou"); the field is checked where the command runs,
    so that an unknown one lists the fields in the message language."""
    field, equals, value = text.partition("=")
    if not equals or not field.strip():
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not FIELD=VALUE (e.g. website=https://example.org)")).format(
                text=terminal_safe(text)
            )
        )
    return field.strip(), value


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "organisation",
        help=_("show one organisation whole; add, change or delete one"),
        description=_(
            "petdesk organisation ORG shows the organisation ORG names (its id or first characters, or "
            "its name in English or Chinese); add, edit and delete change organisations as the "
            "window's editor does."
        ),
    )
    p.set_defaults(handler=None, group=p)
    parts = p.add_subparsers(
        dest="organisation_action", metavar="{ORG,show,add,edit,delete}", action=_ShowOrAction
    )

    show = parts.add_parser("show", help=_("show one organisation (also: petdesk organisation ORG)"))
    show.add_argument("organisation", nargs="+", metavar="ORG", help=_("the organisation's id or name"))
    show.add_argument("--json", action="store_true", help=_("print one JSON document instead"))
    show.set_defaults(handler=cmd_show)

    add = parts.add_parser("add", help=_("add an organisation; prints its id"))
    add.add_argument("--name-en", default="", metavar="TEXT", help=_("name in English"))
    add.add_argument("--name-zh", default="", metavar="TEXT", help=_("name in Chinese"))
    add.add_argument(
        "--kind",
        metavar="KIND",
        help=_("city_government, ministry_agency, enterprise …; without it, the kind the name says"),
    )
    add.add_argument("--city", default="", metavar="CITY", help=_("the city, in English or Chinese"))
    add.add_argument("--country", default="", metavar="XX", help=_("two-letter country code (CN, DE …)"))
    add.add_argument("--website", default="", metavar="URL", help=_("web site"))
    add.add_argument("--postal-code", default="", metavar="CODE", help=_("the address's postal code"))
    add.add_argument(
        "--phone", default="", metavar="NUMBER", help=_("the organisation's own phone (switchboard)")
    )
    add.add_argument(
        "--email", default="", metavar="ADDRESS", help=_("the organisation's own e-mail (info@…)")
    )
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help=_("a tag (repeatable)"))
    add.add_argument(
        "--anyway",
        action="store_true",
        help=_("add it even when an organisation of the same name and city exists"),
    )
    add.set_defaults(handler=cmd_add)

    edit = parts.add_parser("edit", help=_("change an organisation's fields or tags"))
    edit.add_argument("organisation", metavar="ORG", help=_("the organisation's id or name"))
    edit.add_argument(
        "--set",
        dest="assignments",
        type=_assignment,
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=_("set a field (repeatable; an empty VALUE empties it): {fields}").format(
            fields=", ".join(EDITABLE)
        ),
    )
    edit.add_argument(
        "--postal-code",
        metavar="CODE",
        help=_("set the address's postal code (as --set postal_code=CODE; an empty CODE empties it)"),
    )
    edit.add_argument(
        "--phone",
        metavar="NUMBER",
        help=_("set the organisation's own phone (as --set phone=NUMBER; an empty NUMBER empties it)"),
    )
    edit.add_argument(
        "--email",
        metavar="ADDRESS",
        help=_("set the organisation's own e-mail (as --set email=ADDRESS; an empty ADDRESS empties it)"),
    )
    edit.add_argument(
        "--add-tag", action="append", default=[], metavar="TAG", help=_("add a tag (repeatable)")
    )
    edit.add_argument(
        "--remove-tag", action="append", default=[], metavar="TAG", help=_("remove a tag (repeatable)")
    )
    edit.add_argument(
        "--add-alias",
        action="append",
        default=[],
        metavar="NAME",
        help=_(
            "add another name, kept whole with its commas (repeatable; --set aliases=A;B replaces "
            "them all, names separated by semicolons)"
        ),
    )
    edit.add_argument(
        "--remove-alias",
        action="append",
        default=[],
        metavar="NAME",
        help=_("remove another name (repeatable)"),
    )
    add_rename_option(edit, _)
    edit.set_defaults(handler=cmd_edit)

    delete = parts.add_parser(
        "delete", help=_("delete an organisation (petdesk restore-record brings it back)")
    )
    delete.add_argument("organisation", metavar="ORG", help=_("the organisation's id or name"))
    delete.add_argument("--yes", action="store_true", help=_("do not ask"))
    delete.set_defaults(handler=cmd_delete)


def _find(session: Session, text: str, ctx: Context) -> str:
    """The id of the one live organisation ``text`` names, as ``technologies --provider`` finds one."""
    from petdesk.messages import localize
    from petdesk.services import projects as project_service
    from petdesk.services.projects import PipelineError

    try:
        return project_service.find_organisation(session, text)
    except PipelineError as exc:
        raise CliError(localize(str(exc), ctx.locale)) from exc


# -- show ---------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services.organisation_card import organisation_card

    with ctx.db.reading() as s:
        card = organisation_card(s, _find(s, " ".join(args.organisation), ctx))
    if args.json:
        from petdesk.cli.json_output import print_json

        print_json(card_document(card))
    else:
        print_card(card, ctx)
    return 0


def card_document(card: OrganisationCard) -> dict[str, Any]:
    """The organisation as ``--json`` writes it: the data's own keys and values (json_output's rules)."""
    from petdesk.cli.json_output import iso_time

    change = card.last_change
    return {
        "id": card.id,
        "name_en": card.name_en,
        "name_zh": card.name_zh,
        "short_name_en": card.short_name_en,
        "short_name_zh": card.short_name_zh,
        "aliases": card.aliases,
        "kind": card.stored_kind or card.kind.value,
        "city_en": card.city_en,
        "city_zh": card.city_zh,
        "country": card.country,
        "address_en": card.address_en,
        "address_zh": card.address_zh,
        "postal_code": card.postal_code,
        "website": card.website,
        "phone": card.phone,
        "email": card.email,
        "technology_areas": card.technology_areas,
        "tags": card.tags,
        "is_member_city": card.is_member_city,
        "notes": card.notes,
        "people": [
            {
                "contact_id": p.contact_id,
                "name_en": p.name_en,
                "name_zh": p.name_zh,
                "position_en": p.position_en,
                "position_zh": p.position_zh,
                "start_date": p.start_date.isoformat() if p.start_date else None,
            }
            for p in card.people
        ],
        "former_people": card.former_people,
        "projects": card.projects,
        "technologies": card.technologies,
        "visits": card.visits,
        "updated_at": iso_time(card.updated_at),
        "last_change": None
        if change is None
        else {"at": iso_time(change.at), "office_id": change.office_id, "staff": change.staff},
    }


def print_card(card: OrganisationCard, ctx: Context) -> None:
    """Names in both languages (the reader's first), then one labelled line per field that has a value."""
    from petdesk.city_names import shown_city
    from petdesk.cli.catalogue_show import _both, _line
    from petdesk.labels import country_name, technology_areas
    from petdesk.language import reader_first
    from petdesk.textsafety import one_line
    from petdesk.vocab import label

    _ = ctx.translator()
    locale = ctx.locale
    lang = reader_first(locale)
    print(_both(lang, card.name_en, card.name_zh))
    _line(_("id"), card.id)
    if short := _both(lang, card.short_name_en, card.short_name_zh):
        _line(_("short name"), short)
    if card.aliases:  # one a line, as the editor lists them: a name may hold a comma (field test 102)
        other_names = _("other names")
        print(f"  {other_names}:")
        for alias in card.aliases:
            print(f"    {one_line(alias)}")
    _line(_("kind"), card.stored_kind or label(card.kind, locale))  # a newer petdesk's kind as stored
    place = [
        x for x in (shown_city(card.city_en, card.city_zh, lang), country_name(card.country, locale)) if x
    ]
    if place:
        _line(_("city"), ", ".join(place))
    if address := _both(lang, card.address_en, card.address_zh):
        _line(_("address"), address)
    if card.postal_code:
        _line(_("postal code"), card.postal_code)
    if card.website:
        _line(_("web site"), card.website)
    if card.phone:
        _line(_("phone"), card.phone)
    if card.email:
        _line(_("e-mail"), card.email)
    if card.technology_areas:
        _line(_("technology areas"), technology_areas(card.technology_areas, locale))
    if card.tags:
        _line(_("tags"), ", ".join(card.tags))
    if card.is_member_city:
        _line(_("member city of the network"), _("yes"))
    if card.people:
        print(_("People:"))
        for p in card.people:
            position = p.position(lang)
            print(f"  {p.contact_id[:8]}  {p.name(lang)}" + (f" — {position}" if position else ""))
    if card.former_people:
        print(
            _.ngettext(
                "{n} person worked here before.", "{n} people worked here before.", card.former_people
            ).format(n=_.number(card.former_people))
        )
    _line(_("projects"), _.number(card.projects))
    _line(_("technologies"), _.number(card.technologies))
    _line(_("visits"), _.number(card.visits))
    _line(_("last change"), _last_change(card, ctx))
    if card.notes:
        print(_("Notes:"))
        for note in card.notes.splitlines():
            print(f"  {note}")


def _last_change(card: OrganisationCard, ctx: Context) -> str:
    """ "6 Dec 2026, 10:48 Europe/Berlin, Wang Lei at Hangzhou office"; the record's own time when
    the change log has nothing (a record from before it)."""
    from petdesk.i18n import format_datetime
    from petdesk.language import office_name
    from petdesk.services.schedule_time import viewer_timezone

    _ = ctx.translator()
    zone = viewer_timezone()
    change = card.last_change
    moment = change.at if change is not None else card.updated_at
    when = f"{format_datetime(moment.replace(tzinfo=moment.tzinfo or dt.UTC).astimezone(zone), ctx.locale)}"
    when += f" {zone.key}"
    if change is None:
        return when
    office = office_name(change.office, change.office_zh, ctx.locale)
    if change.staff:
        return _("{when}, {staff} at {office}").format(when=when, staff=change.staff, office=office)
    return _("{when}, at {office}").format(when=when, office=office)


# -- add and edit -------------------------------------------------------------------------------


def _kind(text: str, ctx: Context) -> str:
    """The kind's stored value, from it or its name in either language ("NGO", 非政府组织); an unknown
    one is refused with the kinds listed."""
    from petdesk.models.enums import OrgKind
    from petdesk.vocab import label

    wanted = text.strip().casefold()
    for kind in OrgKind:
        if wanted in (kind.value, label(kind, "en").casefold(), label(kind, "zh_CN")):
            return kind.value
    _ = ctx.translator()
    kinds = ", ".join(_("{code} ({name})").format(code=k.value, name=label(k, ctx.locale)) for k in OrgKind)
    raise CliError(
        _("unknown kind of organisation “{kind}”; the kinds: {kinds}").format(kind=text, kinds=kinds)
    )


def _refused(exc: Exception, ctx: Context) -> CliError:
    """The service's refusal in the message language: every field's problem at once."""
    from petdesk.messages import localize
    from petdesk.services.validation import ValidationError

    if isinstance(exc, ValidationError):
        return CliError(exc.text(ctx.locale))
    return CliError(localize(str(exc), ctx.locale))


def _tags(given: list[str]) -> list[str]:
    """Each --tag split as the editor splits its field ("solar, 太阳能" is two)."""
    from petdesk.services.contacts import split_tags

    return [tag for text in given for tag in split_tags(text)]


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.chinese_names import has_cjk
    from petdesk.services import organisations as service
    from petdesk.services.validation import ValidationError

    _ = ctx.translator()
    # without --kind the name says it, as in the window's new-organisation editor
    kind, guess_note = (
        _guessed_kind(args.name_en, args.name_zh, ctx) if args.kind is None else (_kind(args.kind, ctx), "")
    )
    city = args.city.strip()
    values: dict[str, Any] = {
        "name_en": args.name_en,
        "name_zh": args.name_zh,
        "kind": kind,
        "city_zh" if has_cjk(city) else "city_en": city,  # the service adds the other for a known city
        "country": args.country,
        "website": args.website,
        "postal_code": args.postal_code,
        "phone": args.phone,
        "email": args.email,
        "tags": _tags(args.tag),
    }
    try:
        with ctx.db.transaction() as s:
            org = service.create_organisation(s, refuse_same_name=not args.anyway, **values)
            organisation_id = org.id
    except service.DuplicateOrganisation as exc:
        raise CliError(_same_name(exc.existing, ctx)) from exc
    except ValidationError as exc:
        raise _refused(exc, ctx) from exc
    print(_("Organisation added: {id}").format(id=organisation_id[:8]))
    if guess_note:
        print(guess_note)
    return 0


def _guessed_kind(name_en: str, name_zh: str, ctx: Context) -> tuple[str, str]:
    """The kind the window's editor proposes for these names, and the line that says so: the same
    guess as the import's (org_kind_guess), so a city bureau added here is no enterprise either."""
    from petdesk.models.enums import OrgKind
    from petdesk.services.org_kind_guess import kind_said_by_name
    from petdesk.vocab import label

    _ = ctx.translator()
    said = kind_said_by_name(name_en, name_zh)
    kind = said or OrgKind.ENTERPRISE
    name = label(kind, ctx.locale)
    if said is None:
        return kind.value, _("Kind: {kind}, as the name says no other (--kind chooses another)").format(
            kind=name
        )
    return kind.value, _("Kind guessed from the name: {kind} (--kind chooses another)").format(kind=name)


def _same_name(existing: Any, ctx: Context) -> str:
    """What the window's same-name question says, with the way past it on the command line."""
    from petdesk.language import interface_language

    _ = ctx.translator()
    lang = interface_language(ctx.locale)
    name = existing.name(lang)
    if city := existing.city(lang):
        text = _(
            "An organisation of that name already exists in {city}: {name} ({id}). Nothing was added; "
            "add --anyway to add another."
        )
    else:
        text = _(
            "An organisation of that name already exists: {name} ({id}). Nothing was added; "
            "add --anyway to add another."
        )
    return text.format(city=city, name=name, id=existing.id[:8])


def _assigned(assignments: list[tuple[str, str]], ctx: Context) -> dict[str, Any]:
    """``--set`` values as the service takes them; an unknown field is refused with the fields listed."""
    _ = ctx.translator()
    values: dict[str, Any] = {}
    for field, value in assignments:
        if field not in EDITABLE:
            raise CliError(
                _("unknown field “{field}”; the fields: {fields}").format(
                    field=field, fields=", ".join(EDITABLE)
                )
            )
        if field == "kind":
            values[field] = _kind(value, ctx)
        elif field == "is_member_city":
            if value.strip().casefold() not in (*_YES, *_NO):
                raise CliError(_("is_member_city is yes or no, not “{value}”").format(value=value))
            values[field] = value.strip().casefold() in _YES
        elif field == "tags":
            values[field] = _tags([value])
        elif field == "aliases":  # a comma belongs to a name ("University of Stuttgart, Institute of …")
            values[field] = _ALIAS_SEPARATORS.split(value)
        else:
            values[field] = value
    return values


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import organisations as service
    from petdesk.services.validation import ValidationError

    _ = ctx.translator()
    # --postal-code, --phone, --email: a field's own option, as --set FIELD=VALUE
    postal_code = [
        (field, value)
        for field in ("postal_code", "phone", "email")
        if (value := getattr(args, field)) is not None
    ]
    if not (
        args.assignments
        or postal_code
        or args.add_tag
        or args.remove_tag
        or args.add_alias
        or args.remove_alias
    ):
        raise CliError(_("Nothing to change: give --set FIELD=VALUE, --add-tag or --remove-tag."))
    values = _assigned([*args.assignments, *postal_code], ctx)
    try:
        with ctx.db.transaction() as s:
            organisation_id = _find(s, args.organisation, ctx)
            unsure: list[tuple[str, str]] = []
            if values:
                if args.renamed is None:
                    unsure = service.unsure_renames(service.get_organisation(s, organisation_id), values)
                service.update_organisation(s, organisation_id, renamed=args.renamed, **values)
            if added := _tags(args.add_tag):
                service.add_tags(s, [organisation_id], added)
            if removed := _tags(args.remove_tag):
                service.remove_tags(s, [organisation_id], removed)
            if args.add_alias or args.remove_alias:
                missing = service.change_other_names(
                    s, organisation_id, add=args.add_alias, remove=args.remove_alias
                )
                if missing:
                    raise CliError(
                        _("{names}: not among the organisation's other names; nothing was changed").format(
                            names="; ".join(missing)
                        )
                    )
    except ValidationError as exc:
        raise _refused(exc, ctx) from exc
    print(_("Organisation changed: {id}").format(id=organisation_id[:8]))
    if unsure:
        print(unsure_note(unsure, _, organisation_id[:8]))
    return 0


# -- delete -------------------------------------------------------------------------------------


def _consequences(session: Session, organisation_id: str, _: Translate) -> list[str]:
    """What goes with the organisation and what stays, as the window's question says it (field
    test 50, defect 4)."""
    from petdesk.services.organisations import deletion_links

    links = deletion_links(session, [organisation_id])
    sentences = (
        (
            links.people,
            _.ngettext(
                "{n} person works here. They stay in Contacts, but without this organisation while it is "
                "deleted; their positions come back when it is restored.",
                "{n} people work here. They stay in Contacts, but without this organisation while it is "
                "deleted; their positions come back when it is restored.",
                links.people,
            ),
        ),
        (
            links.open_follow_ups,
            _.ngettext(
                "{n} open follow-up goes with it and comes back when it is restored.",
                "{n} open follow-ups go with it and come back when it is restored.",
                links.open_follow_ups,
            ),
        ),
        (
            links.activities,
            _.ngettext(
                "{n} logged activity stays in the activity log, under its name.",
                "{n} logged activities stay in the activity log, under its name.",
                links.activities,
            ),
        ),
        (
            links.projects_led,
            _.ngettext(
                "{n} project led by it keeps it as lead, marked as deleted.",
                "{n} projects led by it keep it as lead, marked as deleted.",
                links.projects_led,
            ),
        ),
        (
            links.projects_funded,
            _.ngettext(
                "{n} project funded by it keeps it as funder.",
                "{n} projects funded by it keep it as funder.",
                links.projects_funded,
            ),
        ),
        (
            links.projects_partnered,
            _.ngettext(
                "{n} project keeps it among its partners.",
                "{n} projects keep it among their partners.",
                links.projects_partnered,
            ),
        ),
        (
            links.visits_hosted,
            _.ngettext(
                "{n} visit hosted by it keeps it as host.",
                "{n} visits hosted by it keep it as host.",
                links.visits_hosted,
            ),
        ),
    )
    return [text.format(n=_.number(n)) for n, text in sentences if n]


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.confirm import confirmed
    from petdesk.language import interface_language
    from petdesk.services import organisations as service
    from petdesk.services.names import organisation_display_name

    _ = ctx.translator()
    with ctx.db.reading() as s:
        organisation_id = _find(s, args.organisation, ctx)
        org = service.get_organisation(s, organisation_id)
        name = organisation_display_name(
            interface_language(ctx.locale), name_en=org.name_en, name_zh=org.name_zh
        )
        consequences = _consequences(s, organisation_id, _)
    for line in consequences:
        print(line)
    question = _("Delete the organisation {name} ({id})? [y/N] ").format(name=name, id=organisation_id[:8])
    if not args.yes and not confirmed(question, _):
        print(_("Nothing was deleted."))
        return 1
    with ctx.db.transaction() as s:
        service.delete_organisations(s, [organisation_id])
    print(
        _("Deleted the organisation {name}; `petdesk restore-record {id}` brings it back.").format(
            name=name, id=organisation_id[:8]
        )
    )
    return 0
