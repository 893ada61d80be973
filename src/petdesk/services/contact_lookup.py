"""One contact named on the command line: by its id (or its first characters) or by a name only
one live person has, in either script or in pinyin, as the lists' search reads names.

Field test 59: ``petdesk activities --contact ID`` had no way to name a person; organisations are
named the same way (``contact_form.resolve_organisation``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.chinese_names import fold
from petdesk.i18n import N_
from petdesk.models import Contact
from petdesk.services.validation import Issue, ValidationError

#: How many people of one name the refusal lists by id (more: "give the id").
NAMESAKES_SHOWN = 5


def resolve_contact(session: Session, text: str, language: str = "en") -> str:
    """The id of the live contact ``text`` names: an id or a unique beginning of one (4+ characters),
    else a name written whole ("Wang Hao", "Hao Wang", "王浩", "wang hao"). A name several people
    have, or none, is refused with one sentence (namesakes by id, to choose from)."""
    from petdesk.services import search
    from petdesk.services.visits import ids_starting_with

    text = text.strip()
    if not text:
        raise ValidationError([Issue("contact_id", N_("Give the contact's id or name."))])
    if len(text) >= 4 and len(ids := ids_starting_with(session, "contact", text)) == 1:
        return ids[0]
    wanted = _name_key(text)
    rows = search.search(session, text, kind="contact", language=language, limit=50)
    readings = _readings(session, [r.entity_id for r in rows])
    named = [
        r
        for r in rows
        if wanted in _keys(r.name_en, r.name_zh)
        or wanted.replace(" ", "") in _pinyin(r.name_zh)
        or wanted in _keys(readings.get(r.entity_id, ""), "")
    ]
    if len(named) == 1:
        return named[0].entity_id
    if not named:
        raise ValidationError([Issue("contact_id", N_("No contact is called “{value}”."), {"value": text})])
    shown = ", ".join(
        f"{r.entity_id[:8]} ({r.organisation(language)})" if r.organisation(language) else r.entity_id[:8]
        for r in named[:NAMESAKES_SHOWN]
    )
    raise ValidationError(
        [
            Issue(
                "contact_id",
                N_("Several contacts are called “{value}”: {ids}; give the id of one."),
                {"value": text, "ids": shown},
            )
        ]
    )


def _readings(session: Session, ids: list[str]) -> dict[str, str]:
    """The Latin readings of the people found, family name first: a Khmer or Burmese delegate is named on
    the command line as he says his name ("sok channa" for សុខ ចាន់ណា), which search finds but which
    is no name of the list's row (field test 104: "No contact is called 'sok channa'")."""
    rows = session.execute(
        select(Contact.id, Contact.phonetic_family_name, Contact.phonetic_given_name).where(
            Contact.id.in_(ids)
        )
    )
    return {id_: f"{family} {given}".strip() for id_, family, given in rows if family or given}


def _name_key(name: str) -> str:
    """A name as compared: folded, spaces and hyphens alike ("Wang  Hao" is "wang hao")."""
    return " ".join(fold(name).replace("-", " ").split())


def _keys(name_en: str, name_zh: str) -> set[str]:
    """The names as compared, the Latin one in either order ("hao wang" for "Wang Hao")."""
    words = _name_key(name_en).split()
    return {_name_key(name_en), " ".join(reversed(words)), _name_key(name_zh)}


def _pinyin(name_zh: str) -> set[str]:
    """The Chinese name in pinyin without spaces, in either order ("wanghao", "haowang")."""
    from petdesk.chinese_names import has_cjk, pinyin_syllables

    if not name_zh or not has_cjk(name_zh):
        return set()
    syllables = pinyin_syllables(name_zh, surname=True)
    return {"".join(syllables), "".join(syllables[1:] + syllables[:1])}
