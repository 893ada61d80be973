"""How many of a visit's people need a meal or an access arrangement, for the dossier's "at a
glance" page (field test 71, defect 1): the kitchen and the car pool count vegetarians and
wheelchair users from it after every change, instead of reading every profile.

Needs are free text; people with the same words (case and spaces aside) are counted together,
named in the order the dossier lists people, so a cancelled guest can be seen to be gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from petdesk.chinese_names import has_cjk
from petdesk.dossier.data import Participant, PersonInfo, in_precedence
from petdesk.models.enums import ParticipantRole


@dataclass(frozen=True)
class Need:
    """One need as first written, and the people who have it."""

    text: str
    people: tuple[PersonInfo, ...]


def _tally(people: Iterable[Participant], need_of: Callable[[PersonInfo], str]) -> tuple[Need, ...]:
    groups: dict[str, tuple[str, list[PersonInfo]]] = {}
    for p in in_precedence(people):
        if p.role == ParticipantRole.DRIVER:  # drivers eat and ride apart from the party
            continue
        text = " ".join(need_of(p.person).split())
        if text:
            groups.setdefault(text.casefold(), (text, []))[1].append(p.person)
    ranked = sorted(groups.values(), key=lambda g: -len(g[1]))  # stable: equal counts keep list order
    return tuple(Need(text, tuple(who)) for text, who in ranked)


def dietary_tally(people: Iterable[Participant]) -> tuple[Need, ...]:
    """Dietary requirements, most common first."""
    return _tally(people, lambda person: person.dietary_needs)


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


def _side(text: str, zh: bool) -> str:
    """One language's side of a need written in both, "Vegetarian / 素食" (as the demo and many
    offices write them); a need in one language is printed as written."""
    first, slash, second = (part.strip() for part in text.partition(" / "))
    if not slash or not first or not second or has_cjk(first) == has_cjk(second):
        return text
    chinese, other = (first, second) if has_cjk(first) else (second, first)
    return chinese if zh else other
