"""``petdesk training-participants add|list|remove``: who is registered for a training, from the
command line (round 61: only ``import-contacts --training`` registered anyone, so a coordinator with
only a terminal could not add the one late sign-up).

They save through the services the training editor's Register and Remove call
(``trainings.register`` with the role chosen, ``trainings.unregister_people``), so History and the
next sync package carry each change as the window's do. A person is named as everywhere else on the
command line (``handover.person_id``): an id, its first characters, or a name only one person has.
"""

from __future__ import annotations

import argparse

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.cli.handover import person_id
from petdesk.cli.training_record import _lang_option, _resolve
from petdesk.cli.visit_people import _said  # (as visit-vehicles riders: no space beside a Chinese name)
from petdesk.enums import TrainingRole
from petdesk.language import interface_language

#: The roles ``--role`` takes, as stored (the editor's role box offers the same).
ROLES = tuple(role.value for role in TrainingRole)


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add ``training-participants``."""
    p = sub.add_parser(
        "training-participants",
        help=_("register people for a training, list them or remove one"),
        description=_(
            "A person is given by contact id (or its first characters) or by a name only one person "
            "has. Removing someone takes their attendance marks with the registration."
        ),
    )
    actions = p.add_subparsers(dest="participants_action", metavar="{add,list,remove}", required=True)
    add = actions.add_parser("add", help=_("register one or more people for a training"))
    add.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    add.add_argument(
        "people", nargs="+", metavar="PERSON", help=_("contact id or whole name; several allowed")
    )
    add.add_argument("--role", choices=ROLES, help=_("their role in the training (default: attendee)"))
    _lang_option(add, _)
    add.set_defaults(handler=cmd_add)
    shown = actions.add_parser("list", help=_("list the people registered, with organisation and role"))
    shown.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    shown.add_argument("--json", action="store_true", help=_("print one JSON document instead of text"))
    _lang_option(shown, _)
    shown.set_defaults(handler=cmd_list)
    gone = actions.add_parser("remove", help=_("remove a person's registration and attendance marks"))
    gone.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    gone.add_argument("person", metavar="PERSON", help=_("contact id or whole name"))
    gone.add_argument("--yes", action="store_true", help=_("do not ask before removing attendance marks"))
    _lang_option(gone, _)
    gone.set_defaults(handler=cmd_remove)


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.record_options import refused
    from petdesk.services import trainings as training_service
    from petdesk.services.visits import ScheduleError
    from petdesk.vocab import label

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    role = TrainingRole(args.role or TrainingRole.ATTENDEE)
    lines = []
    # One transaction: an unknown or shared name among several refuses them all, nothing saved.
    with ctx.db.transaction() as s:
        training_id = _resolve(ctx, s, "training", args.training, "training")
        people = list(dict.fromkeys(person_id(s, text, ctx) for text in args.people))
        for cid in people:
            training = training_service.get_training(s, training_id)
            already = next(
                (p for p in training.participants if p.contact_id == cid and p.deleted_at is None), None
            )
            if already is not None:  # the role stays: changing it is the editor's, on purpose
                said = _("{name} is registered for this training already (role: {role}); nothing changed.")
                shown_role = label(already.role, locale)
                name = training_service.shown_name(already.contact, lang)
            else:
                try:
                    row = training_service.register(s, training_id, cid, role, chosen=True)
                except ScheduleError as exc:
                    raise refused(exc, ctx) from exc
                said = _("{name} is registered for the training; role: {role}.")
                shown_role = label(role, locale)
                name = training_service.shown_name(row.contact, lang)
            lines.append(_said(said.format(name=name, role=shown_role), lang))
    print("\n".join(lines))
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.json_output import print_json
    from petdesk.services.training_form import read_training_form
    from petdesk.vocab import label

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    with ctx.db.reading() as s:  # the training found and its people read in one session
        training_id = _resolve(ctx, s, "training", args.training, "training")
        people = read_training_form(s, training_id, lang).participants
    if args.json:
        print_json(
            {
                "training_id": training_id,
                "participants": [
                    {
                        "contact_id": p.contact_id,
                        "name": p.name,
                        "other_name": p.other_name,
                        "organisation": p.organisation,
                        "role": str(p.role.value),
                    }
                    for p in people
                ],
            }
        )
        return 0
    if not people:
        print(_("Nobody is registered for this training yet."))
        return 0
    print(_.ngettext("{n} person registered:", "{n} people registered:", len(people)).format(n=len(people)))
    for p in people:
        parts = [p.contact_id[:8], p.name, p.organisation, label(p.role, locale)]
        print("  " + "  ".join(x for x in parts if x))
    return 0


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.confirm import confirmed
    from petdesk.cli.record_options import refused
    from petdesk.services import trainings as training_service
    from petdesk.services.training_form import read_training_form
    from petdesk.services.visits import ScheduleError

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    with ctx.db.reading() as s:
        training_id = _resolve(ctx, s, "training", args.training, "training")
        cid = person_id(s, args.person, ctx)
        form = read_training_form(s, training_id, lang)
        name = next((p.name for p in form.participants if p.contact_id == cid), None)
        if name is None:
            from petdesk.models import Contact

            name = training_service.shown_name(s.get_one(Contact, cid), lang)
            raise CliError(
                _said(
                    _("{name} is not registered for this training: nothing removed.").format(name=name), lang
                )
            )
        marks, led = form.removal_takes({cid})
    if marks and not args.yes:
        question = _.ngettext(
            "Remove {name} from the training with their {n} attendance mark? [y/N] ",
            "Remove {name} from the training with their {n} attendance marks? [y/N] ",
            marks,
        ).format(name=name, n=marks)
        if not confirmed(_said(question, lang), _):
            print(_("Nothing removed."))
            return 1
    with ctx.db.transaction() as s:
        try:
            training_service.unregister(s, training_id, cid)
        except ScheduleError as exc:  # removed meanwhile, from the window or another command
            raise refused(exc, ctx) from exc
    print(_said(_("{name} is no longer registered for the training.").format(name=name), lang))
    if marks:
        print(
            _.ngettext(
                "Their {n} attendance mark went with the registration.",
                "Their {n} attendance marks went with the registration.",
                marks,
            ).format(n=marks)
        )
    if led:
        print(
            _.ngettext("They no longer lead {n} session.", "They no longer lead {n} sessions.", led).format(
                n=led
            )
        )
    return 0
