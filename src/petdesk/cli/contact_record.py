"""``petdesk contact``: one contact seen whole, added, changed or deleted from the command line.

``search`` lists, ``person`` exports and erases, ``history`` shows changes; a contact could not be
seen whole or typed in without the window. ``add`` and ``edit`` go through the window editor's own
save (``contact_form.save_contact_form``: its checks, its rules for a changed position, the change
log and search index that follow every write, and the duplicate question on a new contact);
``delete`` is the window's soft delete, which ``petdesk restore-record`` undoes.

``petdesk contact WORDS`` shows: a first word that names no subcommand is the contact's id or a
search that finds one person (``show add`` shows someone called "add").
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from petdesk.cli import contact_travel
from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, Translate
from petdesk.cli.word_subcommands import WordOrSubcommand
from petdesk.textsafety import terminal_safe

if TYPE_CHECKING:  # the services load only when a command runs
    from sqlalchemy.orm import Session

    from petdesk.services.contact_form import ContactForm

#: What ``edit --set`` changes beside the contact's one-line fields (``contact_form.TEXT_FIELDS``).
JOB_FIELDS = ("organisation", "position_en", "position_zh")


class _ShowOrSubcommand(WordOrSubcommand):
    free_word_to = "show"


def _setting(text: str) -> tuple[str, str]:
    """ "given_name=Ping" (or "given-name=Ping"): the field and its new value ("" empties it)."""
    field, equals, value = text.partition("=")
    if not equals or not field.strip():
        from petdesk.cli.parser_language import argparse_text
        from petdesk.language import N_

        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not FIELD=VALUE, e.g. given_name=Ping")).format(
                text=terminal_safe(text)
            )
        )
    return field.strip().replace("-", "_").lower(), value.strip()


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "contact",
        help=_("show one contact whole; add, edit or delete one"),
        description=_(
            "petdesk contact ID shows a contact whole (its id, a unique beginning of it 4+ characters "
            "long, or words that find one person). add, edit and delete save as the window's editor does."
        ),
    )
    p.set_defaults(handler=None, group=p)  # ``petdesk contact`` alone: its help, as ``petdesk sync``
    parts = p.add_subparsers(
        dest="contact_part", metavar="{ID,show,add,edit,delete}", action=_ShowOrSubcommand
    )
    show = parts.add_parser("show", help=_("show the contact whole (also without 'show')"))
    show.add_argument(
        "who", nargs="+", metavar="ID", help=_("the contact's id or words that find one person")
    )
    show.add_argument("--json", action="store_true", help=_("print one JSON document"))
    show.set_defaults(handler=cmd_show)

    add = parts.add_parser("add", help=_("add a contact (prints the new id)"))
    names = add.add_argument_group(_("the name (a Latin or a Chinese family name is needed)"))
    names.add_argument("--family-name", default="", metavar="TEXT", help=_("family name in Latin letters"))
    names.add_argument("--given-name", default="", metavar="TEXT", help=_("given name in Latin letters"))
    names.add_argument("--family-name-zh", default="", metavar="TEXT", help=_("family name in Chinese"))
    names.add_argument("--given-name-zh", default="", metavar="TEXT", help=_("given name in Chinese"))
    names.add_argument(
        "--honorific-en", default="", metavar="TEXT", help=_("honorific in English (Dr., Prof.)")
    )
    names.add_argument(
        "--honorific-zh", default="", metavar="TEXT", help=_("honorific in Chinese (博士, 教授)")
    )
    add.add_argument(
        "--organisation", default="", metavar="ORG", help=_("where they work (its id, or its name as shown)")
    )
    add.add_argument(
        "--position", dest="position_en", default="", metavar="TEXT", help=_("position in English")
    )
    add.add_argument("--position-zh", default="", metavar="TEXT", help=_("position in Chinese"))
    add.add_argument("--email", action="append", default=[], metavar="ADDRESS", help=_("e-mail (repeatable)"))
    add.add_argument("--phone", action="append", default=[], metavar="NUMBER", help=_("phone (repeatable)"))
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help=_("tag (repeatable)"))
    add.add_argument("--notes", default="", metavar="TEXT", help=_("notes"))
    contact_travel.add_options(add, _)
    add.add_argument(
        "--save-anyway",
        action="store_true",
        help=_("add them even if they are likely someone already known (as the editor's Save Anyway)"),
    )
    add.set_defaults(handler=cmd_add)

    edit = parts.add_parser("edit", help=_("change a contact (what is not given stays)"))
    edit.add_argument(
        "who", metavar="ID", help=_("the contact's id (4+ characters) or a name only they have")
    )
    edit.add_argument(
        "--set",
        dest="settings",
        action="append",
        type=_setting,
        default=[],
        metavar="FIELD=VALUE",
        help=_("set a field, e.g. given_name=Ping, honorific_zh=教授, organisation=ORG ('' empties it)"),
    )
    for option, help_ in (
        ("--add-email", _("add an e-mail address")),
        ("--remove-email", _("remove an e-mail address")),
        ("--add-phone", _("add a phone number")),
        ("--remove-phone", _("remove a phone number")),
        ("--add-tag", _("add a tag")),
        ("--remove-tag", _("remove a tag")),
    ):
        edit.add_argument(option, action="append", default=[], metavar="TEXT", help=help_)
    contact_travel.add_options(edit, _)
    edit.set_defaults(handler=cmd_edit)

    delete = parts.add_parser("delete", help=_("delete a contact (restore-record brings it back)"))
    delete.add_argument(
        "who", metavar="ID", help=_("the contact's id (4+ characters) or a name only they have")
    )
    delete.add_argument("--yes", action="store_true", help=_("do not ask"))
    delete.set_defaults(handler=cmd_delete)


def _contact_id(session: Session, words: str, ctx: Context) -> str:
    """The id of the live contact ``words`` names: an id, a name only they have, or words the
    lists' search finds one person by (an e-mail, a phone number, a rare name)."""
    from petdesk.services import search
    from petdesk.services.contact_lookup import NAMESAKES_SHOWN, resolve_contact
    from petdesk.services.validation import ValidationError

    try:
        return resolve_contact(session, words, ctx.locale)
    except ValidationError as exc:
        rows = search.search(session, words, kind="contact", language=ctx.locale, limit=NAMESAKES_SHOWN + 1)
        if len(rows) == 1:
            return rows[0].entity_id
        _ = ctx.translator()
        if deleted := _deleted_id(session, words):
            raise CliError(
                _("Contact {id} is deleted; `petdesk restore-record {id}` brings it back.").format(id=deleted)
            ) from exc
        # words several people match; namesakes of a whole name were already named by id ("ids")
        if rows and "ids" not in exc.issues[0].params:
            found = _(", ").join(
                f"{row.entity_id[:8]} {row.name(ctx.locale)}" for row in rows[:NAMESAKES_SHOWN]
            )
            raise CliError(
                _("Several contacts match “{words}”: {found}; give the id of one.").format(
                    words=words, found=found + ("…" if len(rows) > NAMESAKES_SHOWN else "")
                )
            ) from exc
        raise CliError(exc.text(ctx.locale)) from exc


def _deleted_id(session: Session, words: str) -> str | None:
    """The id of the one deleted contact whose id starts with ``words`` (4+ characters), if any."""
    from sqlalchemy import select

    from petdesk import models as m

    if len(words := words.strip()) < 4:
        return None
    found = session.scalars(
        select(m.Contact.id)
        .where(m.Contact.id.startswith(words, autoescape=True), m.Contact.deleted_at.is_not(None))
        .limit(2)
    ).all()
    return found[0] if len(found) == 1 else None


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli import contact_show
    from petdesk.cli.json_output import print_json

    with ctx.db.reading() as session:
        contact_id = _contact_id(session, " ".join(args.who), ctx)
        if args.json:
            print_json(contact_show.contact_document(session, contact_id))
        else:
            contact_show.print_contact(session, contact_id, ctx)
    return 0


def _methods(emails: list[str], phones: list[str]) -> list[Any]:
    from petdesk.services.contacts import Method

    return [Method("email", e) for e in emails if e.strip()] + [
        Method("phone", p) for p in phones if p.strip()
    ]


def _refused(exc: Exception, ctx: Context) -> CliError:
    """The save's refusal in plain words in the command's language, every problem at once."""
    from petdesk.services.validation import ValidationError

    _ = ctx.translator()
    problems = exc.text(ctx.locale) if isinstance(exc, ValidationError) else str(exc)
    return CliError(_("Not saved: {problems}").format(problems=problems.replace("\n", _("; "))))


def _duplicate_refusal(exc: Any, ctx: Context) -> CliError:
    """A likely duplicate, named with why, and the two ways on (the editor's question, in words)."""
    from petdesk.labels import bracket
    from petdesk.services.duplicates import translate_reason

    _ = ctx.translator()
    match = exc.matches[0]
    who = (
        bracket(match.name, "、".join(match.organisations), ctx.locale) if match.organisations else match.name
    )
    reasons = _("; ").join(translate_reason(r, _) for r in match.reasons)
    return CliError(
        _(
            "Not added: this may be the same person as the existing contact {who}, {id} ({reasons}). "
            "`petdesk contact {id}` shows them; add --save-anyway to add this one all the same."
        ).format(who=who, id=match.contact_id[:8], reasons=reasons)
    )


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.activities import _organisation
    from petdesk.services.contact_form import save_contact_form
    from petdesk.services.contacts import clean_tags
    from petdesk.services.duplicates_on_save import PossibleDuplicate
    from petdesk.services.pinyin_name_order import typed_name_order
    from petdesk.services.validation import ValidationError

    _ = ctx.translator()
    values: dict[str, Any] = {
        key: getattr(args, key).strip()
        for key in (
            "family_name",
            "given_name",
            "family_name_zh",
            "given_name_zh",
            "honorific_en",
            "honorific_zh",
        )
    }
    values |= {"tags": clean_tags(args.tag), "notes": args.notes.strip()}
    # without --name-order: "Zhang" "Wei" with 张伟 is Zhang Wei, as the passport writes it
    values["name_order"] = typed_name_order(
        values["family_name"], values["given_name"], values["family_name_zh"], values["given_name_zh"]
    )
    values |= contact_travel.travel_values(args)
    if (args.position_en.strip() or args.position_zh.strip()) and not args.organisation.strip():
        # the editor's words ("choose one under “Organisation”") name no option of this command
        raise CliError(
            _("Not added: a position needs an organisation: add --organisation ORG, or leave out --position.")
        )
    with ctx.db.transaction() as session:
        organisation_id = (
            _organisation(session, args.organisation, ctx) if args.organisation.strip() else None
        )
        try:
            contact_id = save_contact_form(
                session,
                None,
                values,
                methods=_methods(args.email, args.phone),
                organisation_id=organisation_id,
                position_en=args.position_en.strip(),
                position_zh=args.position_zh.strip(),
                start_date=None,
                was=None,
                language=ctx.locale,
                check_duplicates=not args.save_anyway,
            )
        except PossibleDuplicate as exc:
            raise _duplicate_refusal(exc, ctx) from exc
        except ValidationError as exc:
            raise _refused(exc, ctx) from exc
    # worded as ``organisation add`` and the other "… added: ID" (the full id: scripts read it)
    print(_("Contact added: {id}").format(id=contact_id))
    return 0


def _edited_methods(form: ContactForm, args: argparse.Namespace, _: Translate) -> list[Any] | None:
    """The contact's e-mails and phones after ``--add-…`` and ``--remove-…`` (None: unchanged); one
    to remove that they do not have is refused, compared as the duplicate search compares them."""
    from petdesk.services.contacts import Method
    from petdesk.services.matching import method_key

    if not (args.add_email or args.remove_email or args.add_phone or args.remove_phone):
        return None
    methods = list(form.methods)
    for channel, removed in (("email", args.remove_email), ("phone", args.remove_phone)):
        for value in removed:
            key = method_key(channel, value)
            kept = [
                m for m in methods if not (str(m.channel) == channel and method_key(channel, m.value) == key)
            ]
            if len(kept) == len(methods):
                message = (
                    _("They have no e-mail address {value}.")
                    if channel == "email"
                    else _("They have no phone number {value}.")
                )
                raise CliError(message.format(value=value))
            methods = kept
    methods += [Method("email", e) for e in args.add_email] + [Method("phone", p) for p in args.add_phone]
    return methods


def _edited_tags(form: ContactForm, args: argparse.Namespace, _: Translate) -> list[str] | None:
    from petdesk.services.contacts import clean_tags

    if not (args.add_tag or args.remove_tag):
        return None
    tags = list(form.tags)
    for tag in args.remove_tag:
        kept = [t for t in tags if t.casefold() != tag.strip().casefold()]
        if len(kept) == len(tags):
            raise CliError(_("They have no tag {tag}.").format(tag=tag))
        tags = kept
    return clean_tags([*tags, *args.add_tag])


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.activities import _organisation
    from petdesk.services.contact_form import TEXT_FIELDS, read_contact_form, save_contact_form
    from petdesk.services.validation import ValidationError

    _ = ctx.translator()
    settable = (*TEXT_FIELDS, "notes", *JOB_FIELDS)
    settings = dict(args.settings)
    if unknown := [field for field in settings if field not in settable]:
        raise CliError(
            _("No field {field} to set; these can be: {fields}.").format(
                field=unknown[0], fields=", ".join(settable)
            )
        )
    with ctx.db.transaction() as session:
        contact_id = _contact_id(session, args.who, ctx)
        form = read_contact_form(session, contact_id, ctx.locale)
        methods = _edited_methods(form, args, _)
        tags = _edited_tags(form, args, _)
        travel = contact_travel.travel_values(args)
        if not settings and methods is None and tags is None and not travel:
            raise CliError(
                _(
                    "Nothing to change: give --set, --add-email, --remove-email, --add-phone, "
                    "--remove-phone, --add-tag, --remove-tag, --passport, --passport-expiry, "
                    "--nationality or --name-order."
                )
            )
        values: dict[str, Any] = {key: value for key, value in settings.items() if key not in JOB_FIELDS}
        values |= travel
        if tags is not None:
            values["tags"] = tags
        job = form.job
        organisation_id = job.organisation_id if job else None
        if "organisation" in settings:
            typed = settings["organisation"]
            organisation_id = _organisation(session, typed, ctx) if typed else None
        try:
            save_contact_form(
                session,
                contact_id,
                values,
                methods=list(form.methods) if methods is None else methods,
                organisation_id=organisation_id,
                position_en=settings.get("position_en", job.position_en if job else ""),
                position_zh=settings.get("position_zh", job.position_zh if job else ""),
                start_date=None,
                was=job,
                language=ctx.locale,
            )
        except ValidationError as exc:
            raise _refused(exc, ctx) from exc
    print(_("Changed contact {id}.").format(id=contact_id[:8]))
    return 0


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.contact_show import shown_name
    from petdesk.services import contacts as contact_service

    _ = ctx.translator()
    with ctx.db.reading() as session:
        contact_id = _contact_id(session, args.who, ctx)
        name = shown_name(contact_service.get_contact(session, contact_id), ctx.locale)
    if not args.yes and not confirmed(
        _("Delete contact {name} ({id})? [y/N] ").format(name=name, id=contact_id[:8]), _
    ):
        print(_("Nothing deleted."))
        return 1
    with ctx.db.transaction() as session:
        contact_service.delete_contacts(session, [contact_id])
    print(_("Deleted contact {name} ({id}).").format(name=name, id=contact_id[:8]))
    print(_("Undo with: {command}").format(command=f"petdesk restore-record {contact_id}"))
    return 0
