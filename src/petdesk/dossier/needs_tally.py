"""How many of a visit's people need a meal or an access arrangement, for the dossier's "at a
glance" page (field test 71, defect 1): the kitchen and the car pool count vegetarians and
wheelchair users from it after every change, instead of reading every profile.

Needs are free text; people with the same words (case and spaces aside) are counted together,
named in the order the dossier lists people, so a cancelled guest can be seen to be gone. One
person's several needs ("Halal / 清真; nut allergy") count apart, and a need written in one language
counts with the same need written in both ("halal" with "Halal / 清真"): the restaurant read
"Halal 9 … Halal 1 … halal 1" and "清真; nut allergy" for eleven halal guests (field test 86).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from petdesk.chinese_names import has_cjk
from petdesk.dietary_words import KNOWN_ENGLISH as _KNOWN_ENGLISH
from petdesk.dietary_words import KNOWN_NEEDS, NEED_SEPARATORS
from petdesk.dossier.data import ItemInfo, Participant, PersonInfo, in_precedence
from petdesk.models.enums import ItineraryKind, ParticipantRole

#: Itinerary kinds where the party eats: the restaurant needs the numbers of that table, not of
#: the whole visit (field test 86: a banquet of 28 of the visit's 30 people).
MEAL_KINDS = frozenset({ItineraryKind.BANQUET})


@dataclass(frozen=True)
class Need:
    """One need as first written, and the people who have it."""

    text: str
    people: tuple[PersonInfo, ...]


def needs_of(text: str) -> list[str]:
    """One person's needs, each with its spaces tidied: "Halal / 清真; nut allergy" is two."""
    return [need for part in NEED_SEPARATORS.split(text) if (need := " ".join(part.split()))]


def _keys(need: str) -> tuple[str, ...]:
    """The words a need is known by: each language's side of a bilingual one, or the need itself."""
    sides = {_side(need, False).casefold(), _side(need, True).casefold()}
    return tuple(sorted(sides))


def _tally(people: Iterable[Participant], need_of: Callable[[PersonInfo], str]) -> tuple[Need, ...]:
    groups: list[tuple[list[str], list[PersonInfo]]] = []  # (texts as written, people)
    by_key: dict[str, int] = {}
    for p in in_precedence(people):
        if p.role == ParticipantRole.DRIVER:  # drivers eat and ride apart from the party
            continue
        for need in needs_of(need_of(p.person)):
            keys = _keys(need)
            at = next((by_key[k] for k in keys if k in by_key), None)
            if at is None:
                at = len(groups)
                groups.append(([], []))
            texts, who = groups[at]
            texts.append(need)
            if p.person not in who:
                who.append(p.person)
            for k in keys:
                by_key.setdefault(k, at)
    # stable: equal counts keep list order
    ranked = sorted(groups, key=lambda g: -len(g[1]))
    return tuple(Need(_best_text(texts), tuple(who)) for texts, who in ranked)


def _best_text(texts: list[str]) -> str:
    """The words to print for a group: the first written in both languages, else the first."""
    return next((t for t in texts if " / " in t and _side(t, True) != _side(t, False)), texts[0])


def dietary_tally(people: Iterable[Participant]) -> tuple[Need, ...]:
    """Dietary requirements, most common first."""
    return _tally(people, lambda person: person.dietary_needs)


def meal_people(item: ItemInfo, participants: Iterable[Participant]) -> list[Participant]:
    """The people at a meal: its attendees, host and interpreter, as the visit's participants (for
    the order and the role; the item's host who is not one counts as a host), drivers aside."""
    ids = {person.id for person in item.people}
    at = [p for p in participants if p.person.id in ids]  # in the visit's order, as the glance counts
    known = {p.person.id for p in at}
    at += [Participant(person, ParticipantRole.HOST) for person in item.people if person.id not in known]
    return [p for p in at if p.role != ParticipantRole.DRIVER]


def access_tally(people: Iterable[Participant]) -> tuple[Need, ...]:
    """Accessibility needs, most common first."""
    return _tally(people, lambda person: person.accessibility_needs)


def tally_line(needs: Iterable[Need], lang: str) -> str:
    """Say "vegetarian 2 (Anna de Vries, Marek Lewandowski); halal 1 (Sanne Visser)" in ``lang``."""
    zh = lang.startswith("zh")
    parts = []
    for need in needs:
        names = ("、" if zh else ", ").join(p.formal_name("zh" if zh else "en") for p in need.people)
        n = len(need.people)
        text = _side(need.text, zh)
        parts.append(f"{text} {n} 人（{names}）" if zh else f"{text} {n} ({names})")
    return ("；" if zh else "; ").join(parts)


def needs_text(text: str, lang: str) -> str:
    """One person's needs in ``lang``: "Halal / 清真; nut allergy" is "Halal; nut allergy" in English
    and "清真；nut allergy" in Chinese; the profile printed the whole text on both sides (field test 86)."""
    zh = lang.startswith("zh")
    needs = needs_of(text)
    if all(_side(need, zh) == need for need in needs):
        return text.strip()  # nothing to put in the other language: as typed, commas and all
    return ("；" if zh else "; ").join(_side(need, zh) for need in needs)


def _side(text: str, zh: bool) -> str:
    """One language's side of a need written in both, "Vegetarian / 素食" (as the demo and many
    offices write them), or of a common need written in one (:data:`KNOWN_NEEDS`); any other need in
    one language is printed as written."""
    first, slash, second = (part.strip() for part in text.partition(" / "))
    if not slash or not first or not second or has_cjk(first) == has_cjk(second):
        if zh and (chinese := KNOWN_NEEDS.get(text.casefold())):
            return chinese
        if not zh and (english := _KNOWN_ENGLISH.get(text)):
            return english[0].upper() + english[1:]
        return text
    chinese, other = (first, second) if has_cjk(first) else (second, first)
    return chinese if zh else other
