"""Whether a contact about to be added is likely someone already known (field test 38, defect 3:
张伟 was added twice at one organisation with one phone number, and nothing said so until the
duplicates search scored the pair 0.94).

Scored as :func:`duplicates.duplicates_of` scores a pair, but the candidates come from indexes
(the normalised e-mails and phones, the search index for the name, the organisation's staff), never
from a pass over every contact: the editor asks this on every save of a new contact.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from petdesk.connection import sqlite_of
from petdesk.han_script import simplified
from petdesk.i18n import N_, office_country
from petdesk.models.enums import NameOrder
from petdesk.services import names, search
from petdesk.services.contacts import Method
from petdesk.services.duplicates import (
    _KEY_OF,
    W_SAME_ORG,
    NameKeys,
    Person,
    Reason,
    _current_organisations,
    _keys_in_their_country,
    _method_reason,
    _method_weight,
    _name_rarity,
    _name_reason,
    _person,
    _phone_key,
    _score,
)
from petdesk.services.matching import method_key, reading_country
from petdesk.services.record_country import contact_country
from petdesk.services.shared_lines import is_shared_line

#: The score from which a new contact is asked about before it is saved: a shared e-mail (0.9) or
#: phone (0.8) with no conflicting name, a name shared at the same organisation (0.72). A name
#: alone (0.6) is not enough: namesakes are common and the question would come too often.
LIKELY_SCORE = 0.7
#: Namesakes looked at, at most: past six a shared name weighs its least (``_name_rarity``), and
#: those sharing a phone, an e-mail or the organisation are found by those indexes anyway.
_NAMESAKES = 8
_CHANNELS = ("email", "phone")
#: Contacts found by one number, at most: more share a switchboard (``duplicates.NAME_GROUP_LIMIT``).
_SAME_NUMBER = 25


@dataclass(frozen=True)
class LikelyDuplicate:
    """An existing contact a new one may be, with what the question names."""

    contact_id: str
    name: str
    #: Current organisations' names, in the language asked for.
    organisations: list[str]
    score: float
    reasons: list[str] = field(default_factory=list)


class PossibleDuplicate(Exception):
    """A new contact not saved because it is likely someone already known: the window asks
    whether to open the existing one or save anyway (``check_duplicates=False``)."""

    def __init__(self, matches: list[LikelyDuplicate]) -> None:
        super().__init__(f"likely the same person as {matches[0].name}")
        self.matches = matches


def likely_duplicates(
    session: Session,
    values: Mapping[str, Any],
    methods: Sequence[Method],
    organisation_id: str | None,
    *,
    language: str = "en",
) -> list[LikelyDuplicate]:
    """Existing live contacts the new contact (``values``, ``methods``, working at
    ``organisation_id``) likely is, best first: those scoring :data:`LIKELY_SCORE` or more."""
    conn = sqlite_of(session)
    mine = _new_person(values)
    my_methods = {
        (str(m.channel), m.value) for m in methods if str(m.channel) in _CHANNELS and m.value.strip()
    }
    my_labels = {(str(m.channel), m.value): str(m.label or "") for m in methods}
    # A Kazakh partner's "8 701 …" is "+7 701 …" at any office (phones60)
    my_country = reading_country(_new_country(conn, values, organisation_id), office_country())
    candidates = _candidates(session, conn, mine, my_methods, organisation_id, my_country)
    if not candidates:
        return []
    name_keys = NameKeys()
    my_keys = dict(name_keys(*mine[:4]))
    # key -> the new contact's label of it
    my_method_keys = {_key(ch, value, my_country): my_labels[(ch, value)] for ch, value in my_methods}
    my_method_keys.pop("", None)
    people = {cid: _person(conn, cid) for cid in candidates}
    methods_of = {cid: _method_keys_of(conn, cid) for cid in people}
    # the new contact and the candidates holding each of its keys (more share a switchboard)
    holders = Counter(key for found in methods_of.values() for key in {k for _, _, k, _ in found})
    keys_of = {cid: dict(name_keys(*person[:4])) for cid, person in people.items()}
    namesakes = sum(1 for keys in keys_of.values() if my_keys.keys() & keys.keys())
    orgs_of = _current_organisations(conn, list(people))
    found = []
    for cid, person in people.items():
        reasons: dict[str, float] = {}
        colleagues = bool(organisation_id and organisation_id in orgs_of.get(cid, set()))
        for channel, value, key, label in methods_of[cid]:
            if key not in my_method_keys:
                continue
            if channel == "phone" and is_shared_line(
                holders[key] + 1, (my_method_keys[key], label), colleagues, value
            ):
                continue  # a switchboard: the names decide
            reasons[_method_reason(channel, value, mine, person)] = _method_weight(channel, mine, person)
        others = dict(reasons)
        best_name = 0.0
        for key in sorted(my_keys.keys() & keys_of[cid].keys()):
            reason, weight = _name_reason(mine, person, key, my_keys[key], keys_of[cid][key])
            if weight:
                weight *= _name_rarity(namesakes)
                best_name = max(best_name, weight)
                reasons[reason] = max(reasons.get(reason, 0.0), weight)
        same_org = bool(organisation_id and organisation_id in orgs_of.get(cid, set()))
        if same_org:
            reasons[
                Reason(N_("both at {organisation}"), organisation=_org_name(conn, organisation_id, language))
            ] = W_SAME_ORG
        score = _score(others, best_name, same_org)
        if score >= LIKELY_SCORE:
            shown = [_org_name(conn, oid, language) for oid in sorted(orgs_of.get(cid, set()))]
            ordered = sorted(reasons, key=lambda r: -reasons[r])
            found.append(LikelyDuplicate(cid, _shown_name(person, language), shown, score, ordered))
    found.sort(key=lambda d: (-d.score, d.name))
    return found


def _new_person(values: Mapping[str, Any]) -> Person:
    def get(key: str) -> str:
        return str(values.get(key) or "").strip()

    order = values.get("name_order") or NameOrder.GIVEN_FIRST
    return (get("family_name"), get("given_name"), get("family_name_zh"), get("given_name_zh"), str(order))


def _candidates(
    session: Session,
    conn: sqlite3.Connection,
    mine: Person,
    my_methods: Iterable[tuple[str, str]],
    organisation_id: str | None,
    my_country: str = "",
) -> set[str]:
    """Contacts sharing an e-mail or phone (indexed ``normalized``), named alike (the search
    index, at most :data:`_NAMESAKES`), or working at the same organisation under the same name."""
    found: set[str] = set()
    keys = sorted({method_key(channel, value) for channel, value in my_methods} - {""})
    if keys:
        marks = ", ".join("?" * len(keys))
        found.update(
            cid
            for (cid,) in conn.execute(
                "SELECT m.contact_id FROM contact_method m JOIN contact c ON c.id = m.contact_id "
                f"WHERE m.normalized IN ({marks}) AND m.deleted_at IS NULL AND c.deleted_at IS NULL",
                keys,
            )
        )
    # A number is stored as written ("+86 138 …", "0138 …", "138 …"), its ``normalized`` with the
    # country code or without: the search index finds each by its national digits, as
    # ``matching.phone_key`` compares them (the scoring then keeps only the same number).
    for channel, value in my_methods:
        if channel == "phone" and (key := _key(channel, value, my_country)):
            rows = search.search(session, value, kind=search.CONTACT, limit=_SAME_NUMBER)
            found.update(row.entity_id for row in rows)
            if key != _KEY_OF[channel](value):  # "8 701 …" of a Kazakh: its national "701 …" too
                rows = search.search(session, key, kind=search.CONTACT, limit=_SAME_NUMBER)
                found.update(row.entity_id for row in rows)
    fam, giv, fam_zh, giv_zh, _order = mine
    simple_fam, simple_giv = simplified(fam_zh), simplified(giv_zh)
    for name in {f"{fam_zh}{giv_zh}", f"{giv} {fam}".strip()} - {""}:
        rows = search.search(session, name, kind=search.CONTACT, limit=_NAMESAKES)
        found.update(row.entity_id for row in rows)
    if organisation_id:
        # The staff's Chinese names compared Simplified (張偉 is 张伟 typed in Taipei), as search and
        # the duplicates search key them: this finds them while the index has not caught up.
        found.update(
            cid
            for (cid,) in conn.execute(
                "SELECT c.id FROM affiliation a JOIN contact c ON c.id = a.contact_id "
                "WHERE a.organisation_id = ? AND a.deleted_at IS NULL AND a.end_date IS NULL "
                "AND c.deleted_at IS NULL AND ((petdesk_simplified(c.family_name_zh) = ? "
                "AND petdesk_simplified(c.given_name_zh) = ? AND ? != '') "
                "OR (lower(c.family_name) = lower(?) AND lower(c.given_name) = lower(?) AND ? != ''))",
                (organisation_id, simple_fam, simple_giv, fam_zh + giv_zh, fam, giv, fam + giv),
            )
        )
    return found


def _key(channel: str, value: str, country: str) -> str:
    """The duplicate finder's key of a method, a number read in ``country`` (the office's if "")."""
    return _phone_key(value, country) if channel == "phone" else _KEY_OF[channel](value)


def _method_keys_of(conn: sqlite3.Connection, contact_id: str) -> list[tuple[str, str, str, str]]:
    """(channel, value, key, label) of a contact's e-mails and phones, numbers read in their country."""
    rows = conn.execute(
        "SELECT rowid, channel, value, coalesce(label, '') FROM contact_method "
        "WHERE contact_id = ? AND deleted_at IS NULL AND channel IN ('email', 'phone')",
        (contact_id,),
    ).fetchall()
    keys = dict(_keys_in_their_country(conn, [row[:3] for row in rows]))
    return [(channel, value, keys[row_id], label) for row_id, channel, value, label in rows]


def _new_country(conn: sqlite3.Connection, values: Mapping[str, Any], organisation_id: str | None) -> str:
    """The new contact's country (``record_country.contact_country``): their address's, else their
    organisation's."""
    org = conn.execute("SELECT country FROM organisation WHERE id = ?", (organisation_id,)).fetchone()
    return contact_country(values.get("addresses") or [], org[0] if org and org[0] else "")


def _org_name(conn: sqlite3.Connection, organisation_id: str | None, language: str) -> str:
    row = conn.execute(
        "SELECT name_en, name_zh FROM organisation WHERE id = ?", (organisation_id,)
    ).fetchone()
    if row is None:
        return ""
    return names.organisation_display_name(language, name_en=row[0] or "", name_zh=row[1] or "")


def _shown_name(person: Person, language: str) -> str:
    """The Chinese name in a Chinese window when there is one, else the Latin one (or the other)."""
    fam, giv, fam_zh, giv_zh, order = person
    zh = names.chinese_name(fam_zh, giv_zh)
    latin = " ".join(x for x in ((fam, giv) if order == names.FAMILY_FIRST else (giv, fam)) if x)
    return (zh or latin) if language.startswith("zh") else (latin or zh)
