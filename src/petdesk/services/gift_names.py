"""Gifts whose giver or recipient names a person who leaves a visit (field test 86: a gift planned
for the Vice-Governor still named her after a director took her place).

Giver and recipient are free text. One that is exactly the person's name (in Latin letters in
either order, in Chinese characters, or with the person's own title: "Dr. Sri Mulyani Indrawati")
can become the substitute's name when the user says so; one that names the person among other words
("Vice-Governor Sri Mulyani Indrawati") is only listed, as its title may not suit the substitute.
Nothing is changed without being asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.chinese_names import has_cjk
from petdesk.models import Contact, Gift

#: The free-text fields of a gift that name people.
GIFT_PEOPLE_FIELDS = ("giver", "recipient")


@dataclass(frozen=True)
class GiftMention:
    """One gift's giver or recipient naming the person."""

    gift_id: str
    field: str  #: "giver" or "recipient"
    text: str
    description: str
    #: The text is the person's name and nothing else: it can become the substitute's name.
    exact: bool


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _names(contact: Contact) -> tuple[set[str], set[str]]:
    """(Latin, Chinese) spellings of the person's whole name, folded."""
    given, family = (contact.given_name or "").strip(), (contact.family_name or "").strip()
    latin = {contact.name_latin, f"{given} {family}", f"{family} {given}"} if given and family else set()
    latin |= {contact.name_latin} if contact.name_latin else set()
    zh = {contact.name_zh, f"{contact.family_name_zh or ''}{contact.given_name_zh or ''}"}
    return {_fold(n) for n in latin if n.strip()}, {_fold(n) for n in zh if has_cjk(n)}


def _is_named(text: str, latin: set[str], chinese: set[str]) -> tuple[bool, str]:
    """Whether the text names the person, and in which script ("latin"/"zh") when it is only the name
    (or the name with the person's title); "" when the name stands among other words."""
    folded = _fold(text)
    for name in latin:
        if re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", folded):
            return True, "latin" if folded == name else ""
    for name in chinese:
        if name in folded:
            return True, "zh" if folded == name else ""
    return False, ""


def gifts_naming(session: Session, visit_id: str, contact_id: str) -> list[GiftMention]:
    """The visit's live gifts whose giver or recipient names the contact, in the order recorded."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return []
    latin, chinese = _names(contact)
    honorific = _fold(contact.honorific_en or "")
    found = []
    for gift in _gifts(session, visit_id):
        for field in GIFT_PEOPLE_FIELDS:
            text: str = getattr(gift, field)
            named, script = _is_named(_without_title(text, honorific), latin, chinese)
            if named:
                found.append(GiftMention(gift.id, field, text, gift.description, exact=bool(script)))
    return found


def rename_in_gifts(session: Session, visit_id: str, old_id: str, new_id: str) -> list[GiftMention]:
    """Put the new person's name (and title) where a gift's giver or recipient is exactly the old
    person's name; returns what was changed. Mentions among other words are left as they are."""
    old, new = session.get(Contact, old_id), session.get(Contact, new_id)
    if old is None or new is None:
        return []
    latin, chinese = _names(old)
    honorific = _fold(old.honorific_en or "")
    changed = []
    gifts = {g.id: g for g in _gifts(session, visit_id)}
    for mention in gifts_naming(session, visit_id, old_id):
        if not mention.exact:
            continue
        bare = _without_title(mention.text, honorific)
        _, script = _is_named(bare, latin, chinese)
        name = (new.name_zh or new.name_latin) if script == "zh" else (new.name_latin or new.name_zh)
        if bare != mention.text.strip() and new.honorific_en:  # "Dr. Sri Mulyani" → "Dr. Hendra Gunawan"
            name = f"{new.honorific_en} {name}"
        setattr(gifts[mention.gift_id], mention.field, name)
        changed.append(mention)
    session.flush()
    return changed


def _without_title(text: str, honorific: str) -> str:
    """The text without the person's own title in front ("Dr. "), as typed otherwise."""
    stripped = text.strip()
    if honorific and _fold(stripped).startswith(honorific + " "):
        return stripped[len(honorific) :].strip()
    return stripped


def _gifts(session: Session, visit_id: str) -> list[Gift]:
    return list(
        session.scalars(
            select(Gift).where(Gift.visit_id == visit_id, Gift.deleted_at.is_(None)).order_by(Gift.created_at)
        )
    )
