"""What the contact editor shows and what its Save does, as plain values and one service call.

The editor reads a :class:`ContactForm` off the GUI thread and hands :func:`save_contact_form`
what was typed; the rules for a changed organisation or position (end the old position and keep
it in the history, or just rename the current one) live here, not in the widget (issue 10).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.i18n import N_
from petdesk.services import contacts as contact_service
from petdesk.services import couple_names, honorifics, name_remarks, names, newer_values
from petdesk.services.contacts import Method
from petdesk.services.duplicates_on_save import LikelyDuplicate, PossibleDuplicate, likely_duplicates
from petdesk.services.validation import Issue, ValidationError

#: The contact's one-line text fields, as the editor's line edits show them.
TEXT_FIELDS = (
    "family_name",
    "given_name",
    "family_name_zh",
    "given_name_zh",
    "honorific_en",
    "honorific_zh",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "phonetic_family_name",
    "phonetic_given_name",
    "middle_name",
    "name_suffix",
    "nickname",
    "birthday",
    "anniversary",
    "name_hanja",
    "passport_number",
    "passport_expiry",
    "visa_note",
)


@dataclass(frozen=True)
class Job:
    """The current position as the editor shows it (the organisation's name in the reader's language)."""

    organisation_id: str | None
    organisation_name: str = ""
    position_en: str = ""
    position_zh: str = ""
    start_date: dt.date | None = None


@dataclass(frozen=True)
class ContactForm:
    """A contact as plain, frozen values for the editor."""

    texts: Mapping[str, str]
    websites: tuple[str, ...]
    addresses: tuple[Mapping[str, str], ...]
    related_names: tuple[Mapping[str, str], ...]
    other_handles: tuple[Mapping[str, str], ...]
    photo: str
    name_order: str
    gender: str
    languages: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str
    methods: tuple[Method, ...]
    job: Job | None
    #: Said, not refused, for a future birthday already stored (saving other changes still works).
    birthday_warning: str = ""
    #: Whether the name order was chosen by someone, not guessed (the Vietnamese rule leaves it).
    name_order_chosen: bool = False
    #: ISO 3166 alpha-2 code of the passport's country ("" when not known): a box of countries shows it.
    nationality: str = ""
    #: The person asked not to be contacted (0069, ``services.do_not_contact``).
    do_not_contact: bool = False
    #: Per method (in ``methods``' order): field -> the channel or label a newer petdesk stored,
    #: read as the fallback (``newer_values``); empty when known.
    methods_newer: tuple[Mapping[str, str], ...] = ()


def _frozen(rows: Sequence[Mapping[str, str]]) -> tuple[Mapping[str, str], ...]:
    return tuple(MappingProxyType(dict(row)) for row in rows)


def read_contact_form(session: Session, contact_id: str, locale: str) -> ContactForm:
    """The contact, its live e-mails and phones and its current position, for the editor."""
    c = contact_service.get_contact(session, contact_id)
    live = contact_service.live_methods(session, c.id)
    methods = tuple(Method(m.channel.value, m.value, m.label.value) for m in live)
    methods_newer = tuple(MappingProxyType(newer_values.unknown_values(session, m)) for m in live)
    current = next((a for a in contact_service.affiliation_history(session, c.id) if a.is_current), None)
    job = (
        Job(
            current.organisation_id,
            current.organisation(locale),
            current.position_en,
            current.position_zh,
            current.start_date,
        )
        if current
        else None
    )
    return ContactForm(
        texts=MappingProxyType({key: getattr(c, key) for key in TEXT_FIELDS}),
        websites=tuple(c.websites),
        addresses=_frozen(c.addresses),
        related_names=_frozen(c.related_names),
        other_handles=_frozen(c.other_handles),
        photo=c.photo,
        # A Chinese-only name from an older office or file: family name first, as it is written.
        name_order=names.name_order_of(
            c.name_order,
            family=c.family_name,
            given=c.given_name,
            family_zh=c.family_name_zh,
            given_zh=c.given_name_zh,
            chosen=c.name_order_chosen,
        ),
        name_order_chosen=c.name_order_chosen,
        do_not_contact=bool(c.do_not_contact),
        nationality=c.nationality or "",
        gender=labels.gender_code(c.gender),
        languages=tuple(c.languages),
        tags=tuple(c.tags),
        notes=c.notes,
        methods=methods,
        methods_newer=methods_newer,
        job=job,
        birthday_warning=_birthday_warning(c.birthday, locale),
    )


def _birthday_warning(stored: str | None, locale: str) -> str:
    issue = contact_service.future_birthday(stored or "")
    return issue.text(locale) if issue else ""


#: How many organisations the contact form's picker offers.
ORGANISATION_CHOICES = 15


def organisation_choices(session: Session, text: str, language: str) -> list[tuple[str, str]]:
    """The organisations the picker offers for ``text``: (name as shown in ``language``, id), from
    the lists' search (pinyin, initials, either script; a name typed whole comes first)."""
    from petdesk.services import search as search_service

    if not text.strip():
        return []
    rows = search_service.search(
        session, text, kind="organisation", language=language, limit=ORGANISATION_CHOICES
    )
    return [(row.name(language), row.entity_id) for row in rows]


def resolve_organisation(session: Session, text: str, language: str) -> str | None:
    """The id of the organisation named ``text`` (as the search shows names in ``language``);
    None for an empty text. An unknown name is refused with one clear sentence."""
    text = text.strip()
    if not text:
        return None
    if (organisation_id := _organisation_named(session, text, language)) is None:
        raise ValidationError([_no_such_organisation(text)])
    return organisation_id


def _organisation_named(session: Session, text: str, language: str) -> str | None:
    for name, organisation_id in organisation_choices(session, text, language):
        if name == text:
            return organisation_id
    return None


def _no_such_organisation(text: str) -> Issue:
    return Issue("organisation_id", N_("No organisation is called “{value}”."), {"value": text})


def _form_issues(
    session: Session, contact_id: str | None, values: Mapping[str, Any], methods: Sequence[Method]
) -> list[Issue]:
    """What the contact's own fields would be refused for, checked as the save would."""
    if contact_id is None:
        return contact_service.validate_contact(values, methods)
    return contact_service.update_issues(contact_service.get_contact(session, contact_id), values, methods)


def save_contact_form(
    session: Session,
    contact_id: str | None,
    values: Mapping[str, Any],
    *,
    methods: Sequence[Method],
    organisation_id: str | None,
    position_en: str,
    position_zh: str,
    start_date: dt.date | None,
    was: Job | None,
    today: dt.date | None = None,
    organisation_name: str = "",
    language: str = "en",
    check_duplicates: bool = False,
) -> str:
    """Create or update the contact from the editor's values; returns its id.

    With ``check_duplicates``, a new contact that is likely someone already known is not saved:
    :class:`PossibleDuplicate` names them (the editor asks, then saves anyway if told to).

    With no ``organisation_id`` chosen, ``organisation_name`` (typed, as shown in ``language``)
    names it; a name that matches none is refused together with every other problem of the form,
    so the user corrects them all in one round (field test 14, defect 4).

    The position: for a new contact, the organisation chosen starts on ``start_date`` (None: not
    known). For an
    existing one, ``was`` is the position the editor showed: the same organisation with another
    title renames the current position; another organisation ends the old position (on today or
    the start given, whichever is later) and starts the new one; no organisation ends them all."""
    values, position_en, position_zh = _remarks_off_names(
        values, position_en, position_zh, with_position=bool(organisation_id or organisation_name.strip())
    )
    values = _title_off_name(values)
    if organisation_id is None and (typed := organisation_name.strip()):
        organisation_id = _organisation_named(session, typed, language)
        if organisation_id is None:
            issues = _form_issues(session, contact_id, values, methods)
            raise ValidationError([*issues, _no_such_organisation(typed)])
    if orphan := _position_without_organisation(organisation_id, position_en, position_zh, was):
        raise ValidationError([*_form_issues(session, contact_id, values, methods), orphan])
    if contact_id is None:
        if check_duplicates and (
            matches := _likely_duplicates(session, values, methods, organisation_id, language)
        ):
            raise PossibleDuplicate(matches)
        return contact_service.create_contact(
            session,
            methods=methods,
            organisation_id=organisation_id,
            position_en=position_en,
            position_zh=position_zh,
            start_date=start_date if organisation_id else None,
            **values,
        ).id
    contact_service.update_contact(session, contact_id, methods=methods, **values)
    today = today or dt.date.today()
    position = (position_en.strip(), position_zh.strip())
    current_org = was.organisation_id if was else None
    if organisation_id == current_org:
        shown = (was.position_en.strip(), was.position_zh.strip()) if was else position
        if organisation_id and position != shown:
            for current in contact_service.current_affiliations(session, contact_id):
                if current.organisation_id == organisation_id:
                    current.position_en, current.position_zh = position
            session.flush()
        return contact_id
    if organisation_id is None:
        for current in contact_service.current_affiliations(session, contact_id):
            contact_service.end_affiliation(session, current.id, today)
        return contact_id
    contact_service.change_job(
        session,
        contact_id,
        organisation_id,
        on_date=max(start_date or today, today) if current_org else start_date,
        position_en=position[0],
        position_zh=position[1],
    )
    return contact_id


def _remarks_off_names(
    values: Mapping[str, Any], position_en: str, position_zh: str, *, with_position: bool
) -> tuple[Mapping[str, Any], str, str]:
    """A role typed after the name ("Anna Schmidt (Dolmetscherin)", field test 73) is no part of
    it: to the position, or the notes (:mod:`name_remarks`)."""
    fields = dict(values)
    remarks = name_remarks.take_off_names(fields)
    if not remarks:
        return values, position_en, position_zh
    remarks, nickname = name_remarks.take_call_name(remarks, str(fields.get("nickname") or ""))
    if nickname:
        fields["nickname"] = nickname
    notes = str(fields.get("notes") or "")
    position_en, position_zh, fields["notes"] = name_remarks.settle(
        remarks, position_en, position_zh, notes, with_position=with_position
    )
    return fields, position_en, position_zh


def _title_off_name(values: Mapping[str, Any]) -> Mapping[str, Any]:
    """ "Mr. John" in the given name box (names59), "U Aung Min" or ဦးအောင်မင်း typed as the name:
    the title is the honorific (先生, 吴 in Chinese), not part of the name, as an import reads it.
    Only when no honorific is typed: one typed is the user's word. A couple's titles ("Mr. and Mrs.
    John") come off whatever is typed, the wording kept in the notes (:mod:`couple_names`)."""
    values = _couple_off_name(values)
    if str(values.get("honorific_en") or "").strip() or str(values.get("honorific_zh") or "").strip():
        return values
    given, family = str(values.get("given_name") or ""), str(values.get("family_name") or "")
    title, given = honorifics.title_of_given_name(given)
    if not title:
        title, given, family = honorifics.burmese_title_of_name(given, family)
    if not title:
        return values
    title_en, title_zh, title_gender = honorifics.settle([title])  # "Ms" is Ms. / 女士 / f
    gender = str(values.get("gender") or "") or title_gender
    return {
        **values,
        "given_name": given,
        "family_name": family,
        "honorific_en": title_en,
        "honorific_zh": title_zh,
        **({"gender": gender} if "gender" in values else {}),
    }


def _couple_off_name(values: Mapping[str, Any]) -> Mapping[str, Any]:
    given, family = str(values.get("given_name") or ""), str(values.get("family_name") or "")
    notes = str(values.get("notes") or "")
    chinese = couple_names.notes_in_chinese(
        str(values.get("family_name_zh") or ""),
        str(values.get("given_name_zh") or ""),
        str(values.get("native_name_language") or ""),
    )
    rest, notes = couple_names.couple_off_given_name(given, family, notes, chinese=chinese)
    return values if rest == given else {**values, "given_name": rest, "notes": notes}


def _position_without_organisation(
    organisation_id: str | None, position_en: str, position_zh: str, was: Job | None
) -> Issue | None:
    """A position typed with no organisation, which would otherwise vanish on save (field test 54,
    defect 1): a position is stored as a link to an organisation, so the save is refused instead.

    Clearing the organisation of the position the editor showed is not refused: that ends the
    position, and its title stays in the history."""
    if organisation_id:
        return None
    typed = (position_en.strip(), position_zh.strip())
    if not any(typed):
        return None
    if was and was.organisation_id and typed == (was.position_en.strip(), was.position_zh.strip()):
        return None
    field = "position_zh" if typed[1] else "position_en"
    return Issue(
        field, N_("A position needs an organisation: choose one under “Organisation”, or clear the position.")
    )


def _likely_duplicates(
    session: Session,
    values: Mapping[str, Any],
    methods: Sequence[Method],
    organisation_id: str | None,
    language: str,
) -> list[LikelyDuplicate]:
    """Who a valid new contact likely is already; a form with problems is refused for those first."""
    if contact_service.validate_contact(values, methods):
        return []
    return likely_duplicates(session, values, methods, organisation_id, language=language)
