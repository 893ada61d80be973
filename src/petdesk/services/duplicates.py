"""Likely duplicate contacts and organisations, scored and explained.

Evidence for two contacts being one person: the same e-mail, the same phone (compared by its whole
national number, ``matching.phone_key``: "+86 138 0013 8000" meets "13800138000", not "158 0013
8000"), and the same name across spellings and scripts: 张伟 and "Zhang Wei" (pinyin), "Wei Zhang"
and "Zhang Wei" (family and given name swapped), "ZHANG Wei". Each piece of evidence has a weight;
the score combines them as independent signals
(1 - Π(1 - w)). Common names would pair thousands of people, so a name counts less the more people share it
(alone it proposes a pair only when at most three records have it), and a name shared by very many
contacts only counts between people of the same organisation.

Organisations meet by name, short name and aliases in either language (legal suffixes such as
"Co., Ltd." / 有限公司 ignored), by web site, by their own phone or whole e-mail address (0078), and
by English name words within one kind and city; organisations in different cities score lower (a
name without its city is shared by other firms).

Contacts are grouped by blocking keys (e-mail, phone, name key in each script, pinyin key) two ways
with the same result: in dicts for files of up to ``IN_MEMORY_LIMIT`` contacts (the faster way), and
beyond that through a scratch database (:mod:`petdesk.services.scratch`), in bounded memory: 1.75 GB
held a million contacts' names and keys in dicts.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlparse

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session

from petdesk import arabic_names
from petdesk.connection import sqlite_of
from petdesk.filipino_names import given_name_in_full
from petdesk.gcpause import without_gc
from petdesk.han_script import simplified, simplified_name
from petdesk.i18n import N_, is_chinese, office_country
from petdesk.services import names, org_acronyms, org_organ_words, org_two_languages, record_country
from petdesk.services.matching import (
    NOT_PLAIN_PHONE,
    finder_names_conflict,
    fold_latin,
    fold_name_part,
    given_pinyin,
    korean_name_spellings,
    may_read_by_country,
    name_keys_of_parts,
    national_number,
    native_names_differ,
    normalize_email,
    normalize_phone,
    one_edit_apart,
    organisation_name_key,
    phone_key,
    phone_number_part,
    reading_country,
    split_country_code,
    surname_pinyin,
    surnames_one_edit_apart,
    written_international,
)
from petdesk.services.names import FAMILY_FIRST
from petdesk.services.shared_lines import is_shared_line

#: No organisations (an empty set, shared: looked up for every pair sharing a number).
_NO_ORGS: frozenset[str] = frozenset()

#: Weights of single pieces of evidence.
W_EMAIL = 0.9
W_PHONE = 0.8
#: The same e-mail or mobile on two people whose names differ (a team mailbox); a switchboard
#: colleagues share gives nothing (:mod:`petdesk.services.shared_lines`).
W_SHARED = 0.2
W_SAME_NAME = 0.6
W_SWAPPED_NAME = 0.55
W_CROSS_SCRIPT = 0.5
#: One name's family name is the start of the other's ("García" / "García Márquez"), or the other's
#: without "Júnior"/"Filho"/"Neto", the given names the same: a Spanish or Portuguese name written
#: with one family name of two (field test 90: a Gmail card was never paired with the Outlook row).
W_PART_SURNAME = 0.5
#: One name transliterated two ways (Iusupov / Yusupov), as sure as a name read in another script.
W_TRANSLITERATION = 0.5
W_SAME_ORG = 0.3
W_ORG_NAME = 0.85
W_ORG_ALIAS = 0.75
W_WEBSITE = 0.6
#: Two organisations with one switchboard number or one general e-mail address (0078), as sure as
#: one web site: a mailbox or a line is one organisation's.
W_ORG_PHONE = 0.6
W_ORG_EMAIL = 0.6
#: Two organisations of one kind in one city, every word of one English name in the other ("Shanghai
#: Foreign Affairs Office", "Foreign Affairs Office of Shanghai Municipal People's Government").
W_ORG_WORDS = 0.7
#: Two organisations whose names carry one acronym, the shorter name no other place ("URENCO Hanoi",
#: "Hanoi Urban Environment Company (URENCO)"): shown to check, never merged unasked.
W_ORG_ACRONYM = 0.7
#: The score of organisations in different cities is multiplied by this: a name without its city
#: (博源节能 of Beijing and of Chengdu) is shared by different firms (field test 25, defect 4).
ORG_OTHER_CITY = 0.6
#: Organisations of one kind in one city are compared word by word up to this many in the group.
ORG_WORD_GROUP_LIMIT = 300
#: Words that say nothing about which organisation a name is.
_ORG_FILLER_WORDS = frozenset({"of", "the", "and", "for", "co", "ltd", "inc", "gmbh", "company"})

#: What a search for duplicates reports as it goes: ``progress(step, done, total)`` with ``step`` one
#: of ``STEPS`` (untranslated, for the core catalogue) and ``done``/``total`` the part of a counted
#: step done so far (0, 0 when it is not counted).
Progress = Callable[[str, int, int], None]
STEP_ORGANISATIONS = N_("comparing organisations")
STEP_READING = N_("reading contacts")
STEP_METHODS = N_("comparing e-mails and phone numbers")
STEP_NAMES = N_("comparing names")
STEP_SCORING = N_("scoring pairs")
#: The steps in the order a search of everything takes them.
STEPS = (STEP_ORGANISATIONS, STEP_READING, STEP_METHODS, STEP_NAMES, STEP_SCORING)
#: Counted steps report each time this many more items are done.
PROGRESS_EVERY = 1 << 16


def no_progress(step: str, done: int, total: int) -> None:
    """A progress callback that reports nothing."""


#: Above this many people with one name, the name alone is no evidence (only within an organisation).
NAME_GROUP_LIMIT = 25

#: The same given name beside a surname one letter apart (Lindquist / Lindqvist): one person typed
#: two ways, or two relatives; weak alone (field test 27, defect 3).
W_SURNAME_VARIANT = 0.3
#: ... with e-mail names (before the @) alike that hold one of the surnames
#: (anna.lindqvist@ka.example for "Anna Lindquist"): the spelling, not the person, differs.
W_EMAIL_NAME_ALIKE = 0.45
#: Shorter surnames are not compared letter by letter: Li / Lu, Wang / Wan are other families.
SURNAME_VARIANT_MIN = 5

#: Up to this many contacts (rows ever added) duplicates are found in memory (195 MB at 100,000),
#: beyond it in a scratch database (bounded memory; a third slower at 100,000).
IN_MEMORY_LIMIT = 120_000

#: A contact's names as stored: family, given, family_zh, given_zh, name order ("family_first" ...).
Person = tuple[str, str, str, str, str]


class _Org(NamedTuple):
    """The columns of an organisation that its duplicates are found by."""

    id: str
    name_en: str
    name_zh: str
    short_name_en: str
    short_name_zh: str
    website: str
    aliases: list[str]
    phone: str
    email: str
    kind: str
    country: str
    city_en: str
    city_zh: str
    postal_code: str


class Reason(str):
    """A reason in English (it compares and prints as plain text) that remembers its template and
    values, so that the window and the command line can show it in the user's language."""

    template: str
    args: dict[str, str]

    def __new__(cls, template: str, **args: str) -> Reason:
        obj = super().__new__(cls, template.format(**args))
        obj.template, obj.args = template, args
        return obj

    def translated(self, _: Callable[[str], str]) -> str:
        chinese = is_chinese(str(getattr(_, "locale", "")))
        args: dict[str, str] = {}
        for key, value in self.args.items():
            if isinstance(value, Reason):
                args[key] = value.translated(_)
            else:
                args[key] = value.zh if chinese and isinstance(value, Bilingual) else value
        return _(self.template).format(**args)


class Bilingual(str):
    """A name as a reason carries it: English (as it compares and prints), and its Chinese form,
    which :meth:`Reason.translated` takes for a Chinese translator. Either stands in for the other
    where it is missing."""

    zh: str

    def __new__(cls, en: str, zh: str) -> Bilingual:
        obj = super().__new__(cls, en or zh)
        obj.zh = zh or en
        return obj


def reason_as_data(reason: str) -> Any:
    """``reason`` as JSON data that keeps its template and values (a plain string stays one), so
    that another process can show it in its user's language (:func:`reason_from_data`)."""
    if not isinstance(reason, Reason):
        return str(reason)
    return {"template": reason.template, "args": {k: _value_as_data(v) for k, v in reason.args.items()}}


def _value_as_data(value: str) -> Any:
    if isinstance(value, Reason):
        return reason_as_data(value)
    if isinstance(value, Bilingual):
        return {"en": str(value), "zh": value.zh}
    return str(value)


def reason_from_data(data: Any) -> str:
    """The reason :func:`reason_as_data` wrote out."""
    if isinstance(data, str):
        return data
    return Reason(str(data["template"]), **{k: _value_from_data(v) for k, v in data["args"].items()})


def _value_from_data(data: Any) -> str:
    if isinstance(data, dict) and "template" in data:
        return reason_from_data(data)
    if isinstance(data, dict):
        return Bilingual(str(data["en"]), str(data["zh"]))
    return str(data)


def translate_reason(reason: str, _: Callable[[str], str]) -> str:
    """``reason`` in the language of the core translator ``_`` (``petdesk.i18n.translator``)."""
    return reason.translated(_) if isinstance(reason, Reason) else reason


@dataclass
class DuplicatePair:
    entity: str  # "contact" or "organisation"
    first_id: str
    second_id: str
    first_name: str
    second_name: str
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.first_id, self.second_id)


class _Evidence:
    """Collects weighted reasons per unordered pair.

    Reasons of one ``group`` are one piece of evidence seen several ways (张伟 = 张伟 and 张伟 = Zhang
    Wei both say "same name"), so only the strongest of a group counts towards the score."""

    def __init__(self) -> None:
        self.reasons: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        self.groups: dict[str, str] = {}

    def add(self, a: str, b: str, reason: str, weight: float, group: str = "") -> None:
        if a == b:
            return
        pair = (a, b) if a < b else (b, a)
        current = self.reasons[pair].get(reason, 0.0)
        self.reasons[pair][reason] = max(current, weight)
        if group:
            self.groups[reason] = group

    def scored(self) -> Iterable[tuple[tuple[str, str], float, list[str]]]:
        for pair, reasons in self.reasons.items():
            strongest: dict[str, float] = {}
            for reason, weight in reasons.items():
                key = self.groups.get(reason) or reason
                strongest[key] = max(strongest.get(key, 0.0), weight)
            remaining = 1.0
            for weight in strongest.values():
                remaining *= 1.0 - weight
            ordered = sorted(reasons, key=lambda r: -reasons[r])
            yield pair, round(1.0 - remaining, 3), ordered


def _dismissed(conn: sqlite3.Connection, entity: str) -> set[tuple[str, str]]:
    sql = "SELECT first_id, second_id FROM duplicate_dismissal WHERE entity = ? AND deleted_at IS NULL"
    return {(a, b) for a, b in conn.execute(sql, (entity,))}


def _pairs_in_group(
    ordered: list[str],
    org_of: Mapping[str, Collection[str]],
    partners: dict[str, set[str]],
    min_score: float,
) -> Iterator[tuple[str, str]]:
    """(a, b) for members of one group (``ordered``: its contact ids, sorted), in the order of
    ``itertools.combinations``; a big group pairs only people sharing an organisation.

    A pair whose only evidence is the name cannot reach ``min_score`` in a group of more than three
    (the name counts less the more people share it), unless the two share an organisation: such
    groups yield only colleagues and ``partners`` (pairs with e-mail or phone evidence). Comparing
    every pair of a group of 25 found 300 pairs to drop."""
    best = max(W_SAME_NAME, W_SWAPPED_NAME, W_CROSS_SCRIPT)
    size = len(ordered)
    if size > NAME_GROUP_LIMIT:
        by_org: dict[str, list[str]] = defaultdict(list)
        for cid in ordered:
            for org in org_of.get(cid, ()):
                by_org[org].append(cid)
        for people in by_org.values():
            if 2 <= len(people) <= NAME_GROUP_LIMIT:
                yield from itertools.combinations(people, 2)
        return
    alone = round(best * _name_rarity(size), 3)  # the best score of a name alone
    if alone >= min_score:
        yield from itertools.combinations(ordered, 2)
        return
    with_org = round(1.0 - (1.0 - best * _name_rarity(size)) * (1.0 - W_SAME_ORG), 3)
    colleagues: dict[str, list[str]] = defaultdict(list)
    if with_org >= min_score:
        for cid in ordered:
            for org in org_of.get(cid, ()):
                colleagues[org].append(cid)
    member_set = set(ordered)
    for a in ordered:
        found = {b for b in partners.get(a, ()) if b > a and b in member_set}
        for org in org_of.get(a, ()) if colleagues else ():
            found.update(b for b in colleagues[org] if b > a)
        for b in sorted(found):
            yield a, b


class NameKeys:
    """:func:`matching.person_name_keys` of a name without single name words (too weak to count), as
    (key, how it was formed) pairs in the same order (``matching.name_keys_of_parts`` forms them),
    each name part folded or read in pinyin once: a million contacts have 266,000 different names
    but only thousands of different parts."""

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.family_pinyin: dict[str, str] = {}
        self.given_pinyin: dict[str, str] = {}
        self.shorter: dict[str, tuple[str, ...]] = {}
        self.spelling: dict[str, str] = {}
        self.arabic: dict[str, bool] = {}
        self.arabic_words: dict[str, bool] = {}

    def __call__(self, family: str, given: str, family_zh: str, given_zh: str) -> tuple[tuple[str, str], ...]:
        folded = self.folded
        fam = folded.get(family)
        if fam is None:
            fam = folded[family] = fold_latin(family)
        giv = folded.get(given)
        if giv is None:
            giv = folded[given] = fold_latin(given_name_in_full(given))  # "Ma. Cristina" is Maria
        zh = f"{family_zh}{given_zh}".strip()
        pf = pg = ""
        romanised = korean_name_spellings(family_zh, given_zh) if zh else []
        if zh and not romanised:
            pf = self._pinyin(self.family_pinyin, family_zh, surname_pinyin)
            pg = self._pinyin(self.given_pinyin, given_zh, given_pinyin)
        keys = name_keys_of_parts(fam, giv, zh, pf, pg, romanised)
        if giv and " " in family.strip():
            for part in self._shorter_family_names(family):
                key = f"n:{part}|{giv}" if part <= giv else f"n:{giv}|{part}"
                if all(key != k for k, _ in keys):
                    keys.append((key, PART_SURNAME))
        if fam and giv:
            sf, sg = self._spelling(fam), self._spelling(giv)
            if self._arabic(family, given):  # Mohamed El-Sayed / Muhammad Elsayed (field test 118)
                sf, sg = arabic_names.latin_key(sf), arabic_names.latin_key(sg)
            if sf != fam or sg != giv:
                key = f"n:{sf}|{sg}" if sf <= sg else f"n:{sg}|{sf}"
                if all(key != k for k, _ in keys):
                    keys.append((key, TRANSLITERATION))
        return tuple(keys)

    def _arabic(self, family: str, given: str) -> bool:
        """Whether a Latin name reads as Arabic (:func:`arabic_names.reads_as_arabic`), once per name."""
        name = f"{family} {given}"
        found = self.arabic.get(name)
        if found is None:
            # reads_as_arabic of an ASCII name, its words asked once per part: 50,000 names at
            # 100,000 contacts have a few thousand parts
            found = self.arabic[name] = name.isascii() and (
                arabic_names.has_latin_particle(name)
                or self._arabic_words(family)
                or self._arabic_words(given)
            )
        return found

    def _arabic_words(self, part: str) -> bool:
        found = self.arabic_words.get(part)
        if found is None:
            found = self.arabic_words[part] = arabic_names.has_listed_latin_word(part)
        return found

    def _spelling(self, part: str) -> str:
        """:func:`one_transliteration` of a folded name part, once per distinct part."""
        spelled = self.spelling.get(part)
        if spelled is None:
            spelled = self.spelling[part] = one_transliteration(part)
        return spelled

    def _shorter_family_names(self, family: str) -> tuple[str, ...]:
        """The folded shorter forms of a family name of two or more words, read once per name."""
        parts = self.shorter.get(family)
        if parts is None:
            parts = self.shorter[family] = tuple(fold_latin(p) for p in shorter_family_names(family))
        return parts

    @staticmethod
    def _pinyin(cache: dict[str, str], part: str, read: Callable[[str], str]) -> str:
        """The folded pinyin of a Chinese name part, read once per distinct part."""
        folded = cache.get(part)
        if folded is None:
            folded = cache[part] = fold_latin(read(part)) if part else ""
        return folded


#: How a name key was formed from a shorter form of a two-word family name (:func:`shorter_family_names`).
PART_SURNAME = "part_surname"
#: How a name key was formed from a name's one transliteration (:func:`one_transliteration`).
TRANSLITERATION = "transliteration"
#: The ways Central Asian (and Russian) names are written in Latin letters that mean one sound (round
#: 54): "kh" or "h" (Khamidov / Hamidov); "iu", "ju" or "yu" and "ia", "ja" or "ya" starting a word
#: (Iusupov / Jusupov / Yusupov); "yev" or "ev" after a vowel ending one (Abdullayev / Abdullaev).
_TRANSLITERATIONS = (
    (re.compile("kh"), "h"),
    (re.compile(r"\b[ij](?=[ua])"), "y"),
    (re.compile(r"(?<=[aeiou])y(?=eva?\b)"), ""),
)


def one_transliteration(folded: str) -> str:
    """A folded name part written one way of the :data:`_TRANSLITERATIONS`: "iusupov", "jusupov"
    and "yusupov" are "yusupov", "khamidov" is "hamidov", "abdullayev" is "abdullaev"."""
    for pattern, replacement in _TRANSLITERATIONS:
        folded = pattern.sub(replacement, folded)
    return folded


#: Words that are not a family name by themselves: Spanish and Portuguese particles and conjunctions.
_JOINING_WORDS = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "e", "y", "i"})
#: Portuguese (and Spanish) generation suffixes kept with the family name: "Costa Júnior", "Araújo Filho".
_GENERATION_WORDS = frozenset({"júnior", "junior", "jr", "jr.", "filho", "neto", "sobrinho"})


def shorter_family_names(family: str) -> list[str]:
    """The shorter ways a family name of two or more words is written: Spanish "García Márquez" as
    "García" (the first family name, as Spain and Latin America shorten it; "de la Torre Peña" as
    "de la Torre"), Portuguese "Gonçalves da Costa Júnior" without the suffix and as "Costa" (the
    last family name, as Brazil and Portugal shorten it). A bare particle or suffix is no name."""
    words = family.split()
    joining = _JOINING_WORDS | names.SURNAME_PARTICLES
    core = list(words)
    while len(core) > 1 and core[-1].casefold() in _GENERATION_WORDS:
        core.pop()
    out = [core] if len(core) < len(words) else []
    if len(core) > 1:
        first = core[:-1]
        while first and first[-1].casefold() in joining:
            first.pop()
        out.append(first)
        if len(core) < len(words) or any(w in {"da", "das", "do", "dos"} for w in core):
            out.append(core[-1:])
    parts = (" ".join(part) for part in out if any(w.casefold() not in joining for w in part))
    return list(dict.fromkeys(parts))


#: ASCII characters other than digits: ``bytes.translate`` deletes them four times faster than
#: ``matching._NON_DIGIT`` (the phones of 100,000 contacts: 0.3 s).
_NOT_DIGITS = bytes(c for c in range(128) if not 48 <= c <= 57)
#: Whether an ASCII number holds what only ``normalize_phone`` reads right (bound once: called for
#: every phone).
_NOT_PLAIN = NOT_PLAIN_PHONE.search


def _email_key(value: str) -> str:
    key = value.strip().lower()
    return normalize_email(value) if key.startswith("mailto:") else key


def _phone_key(value: str, country: str = "") -> str:
    """:func:`matching.phone_key` of a number of at least seven digits, else "". Numbers are read
    in ``country`` (``matching.reading_country``), else where the office is: at a Kazakh or Russian
    office, or for a Kazakh or Russian contact, "8 701 123 45 67" is "+7 701 123 45 67"."""
    if value.isascii() and not _NOT_PLAIN(value):  # normalize_phone's usual case, inline
        digits = value.encode("ascii").translate(None, _NOT_DIGITS).decode("ascii")
        head = value.lstrip(" -./")[:1]  # "+" or a digit in all but odd values
        international = head == "+" or (not head.isdigit() and written_international(value))
        if digits[:2] == "00":
            digits, international = digits[2:], True
    else:
        digits = normalize_phone(value)
        international = written_international(phone_number_part(value.split(";", 1)[0]))
    if len(digits) < 7:
        return ""
    return (
        split_country_code(digits)[1]
        if international
        else national_number(digits, False, country or office_country())[1]
    )


def _reading_countries(conn: sqlite3.Connection, row_ids: Sequence[int]) -> dict[int, str]:
    """Method row id -> the country its number is read in, for those of ``row_ids`` whose person's
    country dials a trunk "8" (``matching.reading_country``); the others are read at the office."""
    office = office_country()
    return {
        row_id: country
        for row_id, own in record_country.countries_of_methods(conn, row_ids).items()
        if (country := reading_country(own, office)) != office
    }


#: Bits of the filter of :func:`maybe_shared_methods` (8 MB twice): 2.7 million keys of a million contacts
#: leave one bit in 25 set, so about one unshared row in 25 is read again.
_FILTER_BITS = 1 << 26

#: How the key of an e-mail or phone is computed, by channel (``ContactChannel`` values).
_KEY_OF: dict[str, Callable[[str], str]] = {"email": _email_key, "phone": _phone_key}

#: (row id, 1 for a phone and 0 for an e-mail, value) of the live e-mails and phones, in the order
#: of the file (a number, not the channel's name: no string made for each of millions of rows).
_METHOD_ROWS_SQL = (
    "SELECT rowid, channel = 'phone', value FROM contact_method "
    "WHERE deleted_at IS NULL AND channel IN ('email', 'phone')"
)

#: Rows read again by row id at a time (SQLite allows 32,766 parameters).
_REREAD = 500


def _rows_in_batches(conn: sqlite3.Connection, sql: str, ids: Sequence[Any]) -> Iterator[list[Any]]:
    """The rows of ``sql`` (its ``{marks}`` the placeholders of an ``IN`` list) for ``ids``, a
    batch of :data:`_REREAD` ids at a time."""
    for start in range(0, len(ids), _REREAD):
        batch = ids[start : start + _REREAD]
        yield conn.execute(sql.format(marks=", ".join("?" * len(batch))), batch).fetchall()


def maybe_shared_methods(
    conn: sqlite3.Connection, progress: Progress = no_progress
) -> Iterator[tuple[str, str, str, str, str]]:
    """(channel, contact id, value, key, label) of the live e-mails and phones whose key may be
    shared, in the order of the file: every row of a shared key, and about one in 25 of the others.

    Most e-mails and phones are a single person's: one pass with a bit per hash of the key (seen
    once, seen again) keeps them out of the dicts (96 MB at 100,000 contacts) and the scratch
    database (whose sorting of millions of keys cost more than this). The rows picked (about 60,000
    of 2.7 million at a million contacts) are then read again by row id: a second pass over the
    whole table took longer than the first. A row changed in between has its key computed anew;
    one deleted is left out. ``progress`` hears of the first pass as ``STEP_READING`` by row id
    (the largest row id is known at once, unlike the count)."""
    (last_row,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM contact_method").fetchone()
    progress(STEP_READING, 0, last_row)
    next_report = PROGRESS_EVERY
    seen, again = bytearray(_FILTER_BITS // 8), bytearray(_FILTER_BITS // 8)
    mask = _FILTER_BITS - 1
    row_ids, hashes = array("q"), array("i")  # hashes fit 26 bits
    maybe_elsewhere: list[tuple[int, str]] = []
    # bound once: this loop runs for each of 2.7 million rows at a million contacts
    add_row, add_hash, email_key, phone_key = row_ids.append, hashes.append, _email_key, _phone_key
    for row_id, is_phone, value in conn.execute(_METHOD_ROWS_SQL):
        if row_id >= next_report:  # (not every row id is read: other channels, deleted rows)
            progress(STEP_READING, row_id, last_row)
            next_report = row_id + PROGRESS_EVERY
        key = phone_key(value) if is_phone else email_key(value)
        if not key:
            continue
        # matching.may_read_by_country, inline: this loop runs for every row
        if is_phone and len(key) in (11, 12) and key[0] in "378":
            maybe_elsewhere.append((row_id, value))  # keyed below, once their people's countries are read
            continue
        h = hash(key) & mask
        add_row(row_id)
        add_hash(h)
        byte, bit = h >> 3, 1 << (h & 7)
        if seen[byte] & bit:
            again[byte] |= bit
        else:
            seen[byte] |= bit
    # A Kazakh, Russian or Belarusian partner's "8 701 …" is keyed as dialled in their country
    read_in = _reading_countries(conn, [row_id for row_id, _ in maybe_elsewhere])
    for row_id, value in maybe_elsewhere:
        h = hash(_phone_key(value, read_in.get(row_id, ""))) & mask
        add_row(row_id)
        add_hash(h)
        byte, bit = h >> 3, 1 << (h & 7)
        if seen[byte] & bit:
            again[byte] |= bit
        else:
            seen[byte] |= bit
    progress(STEP_READING, last_row, last_row)
    del seen, maybe_elsewhere
    picked = [row_id for row_id, h in zip(row_ids, hashes, strict=True) if again[h >> 3] & (1 << (h & 7))]
    picked.sort()  # the order of the file: rows keyed in their country were added last
    del row_ids, hashes
    again_sql = (
        "SELECT rowid, channel, contact_id, value, coalesce(label, '') FROM contact_method "
        "WHERE rowid IN ({marks}) AND deleted_at IS NULL AND channel IN ('email', 'phone')"
    )
    for rows in _rows_in_batches(conn, again_sql, picked):
        rows.sort(key=itemgetter(0))  # the order of the file
        for row_id, channel, cid, value, label in rows:
            key = _phone_key(value, read_in.get(row_id, "")) if channel == "phone" else _email_key(value)
            if key and again[(h := hash(key) & mask) >> 3] & (1 << (h & 7)):
                yield channel, cid, value, key, label


def _in_memory(
    conn: sqlite3.Connection, min_score: float, contact_id: str | None, progress: Progress
) -> list[DuplicatePair]:
    """:func:`find_contact_duplicates` with every contact's names and keys in dicts: faster than the
    scratch database while they fit in memory (195 MB at 100,000 contacts)."""
    progress(STEP_READING, 0, 0)
    people: dict[str, Person] = {}
    same_names: dict[Person, Person] = {}
    for cid, fam, giv, fam_zh, giv_zh, order in conn.execute(
        "SELECT id, family_name, given_name, family_name_zh, given_name_zh, name_order "
        "FROM contact WHERE deleted_at IS NULL"
    ):
        # people of one name share one tuple (memory: 100,000 contacts hold far fewer names)
        name = (fam, giv, fam_zh, giv_zh, order)
        people[cid] = same_names.setdefault(name, name)
    del same_names
    evidence = _Evidence()

    # key -> [the first value read (shown in the reason), contact ids...], of the keys that may be shared
    by_email: dict[str, list[str]] = {}
    by_phone: dict[str, list[str]] = {}
    # (phone key, contact id) -> the number's label: an office line is no evidence between colleagues
    phone_labels: dict[tuple[str, str], str] = {}
    for channel, cid, value, key, label in maybe_shared_methods(conn, progress):
        if cid not in people:
            continue
        groups = by_email if channel == "email" else by_phone
        group = groups.get(key)
        if group is None:
            groups[key] = [value, cid]
        else:
            group.append(cid)
        if channel == "phone":
            phone_labels[(key, cid)] = label
    progress(STEP_METHODS, 0, 0)
    org_of: dict[str, set[str]] = defaultdict(set)
    # Names of all organisations, read apart: joining them to 120,000 affiliations took three times
    # as long as reading those alone.
    org_names = {
        oid: Bilingual(name_en, name_zh)
        for oid, name_en, name_zh in conn.execute("SELECT id, name_en, name_zh FROM organisation")
    }
    # one string object per id: each row read brings its own copy (120,000 of them at 100,000 contacts)
    same_ids = {cid: cid for cid in people}
    for cid, oid in conn.execute(
        "SELECT contact_id, organisation_id FROM affiliation WHERE deleted_at IS NULL AND end_date IS NULL"
    ):
        if oid in org_names:  # as the join was (an organisation missing from the file adds nothing)
            oid = same_ids.setdefault(oid, oid)
            org_of[same_ids.get(cid, cid)].add(oid)
    for groups, label, shared_label, weight in (
        (by_email, N_("same e-mail {value}"), N_("same e-mail {value} (but different names)"), W_EMAIL),
        (by_phone, N_("same phone {value}"), N_("same phone {value} (but different names)"), W_PHONE),
    ):
        for key, (shown, *found) in groups.items():
            if len(found) < 2:
                continue
            members = set(found)
            if len(members) > NAME_GROUP_LIMIT:
                continue  # a switchboard number or a team mailbox
            for a, b in itertools.combinations(sorted(members), 2):
                if groups is by_phone and is_shared_line(
                    len(members),
                    (phone_labels.get((key, a)), phone_labels.get((key, b))),
                    bool(org_of.get(a, _NO_ORGS) & org_of.get(b, _NO_ORGS)),
                    shown,
                ):
                    continue  # a switchboard: the names decide
                if finder_names_conflict(people[a][:4], people[b][:4]):
                    # Colleagues sharing a line or mailbox: weak evidence, said so.
                    evidence.add(a, b, Reason(shared_label, value=shown), W_SHARED)
                else:
                    evidence.add(a, b, Reason(label, value=shown), weight)
    del by_email, by_phone, phone_labels
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in evidence.reasons:
        partners[a].add(b)
        partners[b].add(a)

    _add_surname_variants(conn, evidence, _surname_variants_in_memory(people))

    progress(STEP_NAMES, 0, 0)
    name_groups: dict[str, list[str]] = defaultdict(list)
    # name keys with how each was formed, per person (people of one name share the dict)
    keys_of_name: dict[Person, dict[str, str]] = {}
    keys_of: dict[str, dict[str, str]] = {}
    name_keys = NameKeys()
    for cid, person in people.items():
        keys = keys_of_name.get(person)
        if keys is None:
            keys = keys_of_name[person] = dict(name_keys(*person[:4]))
        keys_of[cid] = keys
        for key in keys:
            name_groups[key].append(cid)
    del keys_of_name
    del same_ids
    # Name evidence, kept as weights: (weight, key) per pair in the order found.
    by_name: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for key, named in name_groups.items():
        if len(named) < 2:
            continue
        size = len(named)
        for a, b in _pairs_in_group(sorted(named), org_of, partners, min_score):
            weight = _name_weight(people[a], people[b], key, keys_of[a][key], keys_of[b][key])
            if weight:
                by_name[(a, b)].append((weight * _name_rarity(size), key))
    del partners
    group_at = {key: index for index, key in enumerate(name_groups)}
    org_counts: dict[str, Counter[str]] = {}

    def name_evidence_of(a: str, b: str) -> list[tuple[float, str]]:
        """All the name evidence of a pair that is shown, as comparing the pair in every group it
        shares would find it, in the same order (groups skipped above hold reasons of it too)."""
        found = []
        for key in sorted(keys_of[a].keys() & keys_of[b].keys(), key=group_at.__getitem__):
            size = len(name_groups[key])
            if size > NAME_GROUP_LIMIT:
                counts = org_counts.get(key)
                if counts is None:
                    counts = org_counts[key] = Counter(o for c in name_groups[key] for o in org_of.get(c, ()))
                shared = org_of.get(a, set()) & org_of.get(b, set())
                if not any(2 <= counts[org] <= NAME_GROUP_LIMIT for org in shared):
                    continue
            weight = _name_weight(people[a], people[b], key, keys_of[a][key], keys_of[b][key])
            if weight:
                found.append((weight * _name_rarity(size), key))
        return found

    progress(STEP_SCORING, 0, 0)
    dismissed = _dismissed(conn, "contact")
    # Pairs found by name mostly share their people's names with other pairs (people of one name
    # share one tuple): their reasons and shown names are made once and shared.
    name_reasons: dict[tuple[Any, ...], str] = {}
    shown_names: dict[Person, str] = {}

    def name_reason(a: str, b: str, key: str) -> str:
        person_a, person_b, kind_a, kind_b = people[a], people[b], keys_of[a][key], keys_of[b][key]
        ask = (person_a, person_b, key, kind_a, kind_b)
        reason = name_reasons.get(ask)
        if reason is None:
            reason = name_reasons[ask] = _name_reason(person_a, person_b, key, kind_a, kind_b)[0]
        return reason

    def shown_name(cid: str) -> str:
        person = people[cid]
        name = shown_names.get(person)
        if name is None:
            name = shown_names[person] = _person_name(person)
        return name

    pairs = []
    for pair in evidence.reasons.keys() | by_name.keys():
        a, b = pair
        if contact_id and contact_id not in pair:
            continue
        # Same organisation only strengthens other evidence; it is never a reason on its own.
        shared = org_of.get(a, set()) & org_of.get(b, set()) if a in org_of and b in org_of else set()
        name_evidence = by_name.get(pair, [])
        best_name = max((w for w, _ in name_evidence), default=0.0)
        score = _score(evidence.reasons.get(pair, {}), best_name, bool(shared))
        if score < min_score or pair in dismissed:
            continue
        reasons = dict(evidence.reasons.get(pair, {}))
        for weight, key in name_evidence_of(a, b) if name_evidence else ():
            reason = name_reason(a, b, key)
            reasons[reason] = max(reasons.get(reason, 0.0), weight)
        if shared:
            oid = sorted(shared)[0]
            reasons[Reason(N_("both at {organisation}"), organisation=org_names.get(oid, oid[:8]))] = (
                W_SAME_ORG
            )
        ordered = sorted(reasons, key=lambda r: -reasons[r])
        pairs.append(DuplicatePair("contact", a, b, shown_name(a), shown_name(b), score, ordered))
    pairs.sort(key=lambda p: (-p.score, p.first_name, p.first_id, p.second_id))
    return pairs


def surname_variant_key(person: Person) -> tuple[str, str] | None:
    """(folded given name, folded surname) of a name whose surname is compared letter by letter with
    others of its given name, else None: Latin names only (two Chinese names decide by themselves;
    a Chinese name's pinyin is exact) with a surname of ``SURNAME_VARIANT_MIN`` letters or more."""
    family, given, family_zh, given_zh = person[:4]
    if family_zh or given_zh:
        return None
    fam, giv = fold_latin(family), fold_latin(given)
    if len(fam) < SURNAME_VARIANT_MIN or not giv:
        return None
    return giv, fam


def variant_name_pairs(rows: Iterable[tuple[str, str, Any]]) -> Iterator[tuple[list[Any], list[Any]]]:
    """The names of one given name whose surnames are one letter apart, as two lists (all names of
    one folded surname each), from ``rows`` of (given, surname) keys and a name, grouped by given."""
    for _, group in itertools.groupby(rows, key=itemgetter(0)):
        by_surname: dict[str, list[Any]] = defaultdict(list)
        for _, surname, name in group:
            by_surname[surname].append(name)
        if len(by_surname) > 1:
            for a, b in surnames_one_edit_apart(by_surname):
                yield by_surname[a], by_surname[b]


def _surname_variants_in_memory(people: Mapping[str, Person]) -> list[tuple[list[Any], list[Any]]]:
    """:func:`variant_name_pairs` of ``people``, each side as (contact id, Person) pairs."""
    # the Chinese names left out first, cheaply: most names of a large file have one
    latin_only = {person for person in people.values() if not person[2] and not person[3]}
    rows = sorted((*key, person) for person in latin_only if (key := surname_variant_key(person)))
    name_pairs = list(variant_name_pairs(rows))
    if not name_pairs:
        return []
    involved = {person for pair in name_pairs for side in pair for person in side}
    ids_of: dict[Person, list[tuple[str, Person]]] = defaultdict(list)
    for cid, person in people.items():
        if person in involved:
            ids_of[person].append((cid, person))
    return [
        ([p for name in side_a for p in ids_of[name]], [p for name in side_b for p in ids_of[name]])
        for side_a, side_b in name_pairs
    ]


def _add_surname_variants(
    conn: sqlite3.Connection,
    evidence: _Evidence,
    name_pairs: Iterable[tuple[list[tuple[str, Person]], list[tuple[str, Person]]]],
) -> None:
    """Adds the evidence of surnames spelled almost the same (both ways of finding duplicates):
    ``name_pairs`` holds the (contact id, Person) of the people on each side of two names with one
    given name and surnames one letter apart. Sides of more than ``NAME_GROUP_LIMIT`` people together
    are skipped and smaller ones count less the more people they hold, as for a shared name."""
    found: list[tuple[str, str, Person, Person, float]] = []
    for side_a, side_b in name_pairs:
        size = len(side_a) + len(side_b)
        if size > NAME_GROUP_LIMIT:
            continue
        weight = W_SURNAME_VARIANT * _name_rarity(size)
        for one, other in itertools.product(side_a, side_b):
            (a, person_a), (b, person_b) = sorted((one, other), key=itemgetter(0))
            found.append((a, b, person_a, person_b, weight))
    if not found:
        return
    found.sort(key=itemgetter(0, 1))
    emails = _emails_of(conn, {cid for a, b, *_ in found for cid in (a, b)})
    for a, b, person_a, person_b, weight in found:
        reason = Reason(
            N_("surname spelled almost the same: {first} / {second}"), first=person_a[0], second=person_b[0]
        )
        evidence.add(a, b, reason, weight)
        alike = _alike_emails(emails.get(a, []), emails.get(b, []), (person_a[0], person_b[0]))
        if alike:
            reason = Reason(N_("e-mail names alike: {first} / {second}"), first=alike[0], second=alike[1])
            evidence.add(a, b, reason, W_EMAIL_NAME_ALIKE)


def _emails_of(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, list[str]]:
    """Contact id -> their live e-mail addresses, sorted, for ``ids``."""
    found: dict[str, list[str]] = defaultdict(list)
    sql = (
        "SELECT contact_id, value FROM contact_method "
        "WHERE deleted_at IS NULL AND channel = 'email' AND contact_id IN ({marks})"
    )
    for rows in _rows_in_batches(conn, sql, sorted(ids)):
        for cid, value in rows:
            found[cid].append(value.strip())
    for values in found.values():
        values.sort()
    return found


def _alike_emails(first: list[str], second: list[str], surnames: tuple[str, str]) -> tuple[str, str] | None:
    """The first two addresses whose names (before the @) are the same or one letter apart and hold
    one of the ``surnames``: "info@" at two firms says nothing of the person."""
    folded_surnames = [fold_latin(s) for s in surnames]
    for x, y in itertools.product(first, second):
        name_x, name_y = (fold_latin(_email_key(v).partition("@")[0]) for v in (x, y))
        if not any(s in name_x or s in name_y for s in folded_surnames):
            continue
        if name_x == name_y or one_edit_apart(name_x, name_y):
            return x, y
    return None


class ContactDuplicates(NamedTuple):
    """The first ``limit`` pairs of :func:`find_contact_duplicates` and how many it finds in all."""

    pairs: list[DuplicatePair]
    total: int


@without_gc
def find_contact_duplicates(
    source: Session | sqlite3.Connection,
    *,
    min_score: float = 0.5,
    contact_id: str | None = None,
    progress: Progress = no_progress,
) -> list[DuplicatePair]:
    """Likely duplicate contacts, best first. ``contact_id`` limits the result to pairs with that contact.

    Blocking: records are grouped by normalised e-mail, phone (its national number), name key in each
    script and pinyin key, and only records of one group are compared, so the work grows with the
    number of records, not with its square. Most candidate pairs share only a name; their score is
    computed from weights alone and their reasons are written out only when they reach ``min_score``.

    ``source`` is a session or a plain sqlite3 connection; either way the rows are read as plain
    SQL, as SQLAlchemy's per-row work costs more than the matching. ``progress`` hears of each
    step as it starts (see ``Progress``).
    """
    return rank_contact_duplicates(
        source, min_score=min_score, contact_id=contact_id, progress=progress
    ).pairs


@without_gc
def rank_contact_duplicates(
    source: Session | sqlite3.Connection,
    *,
    min_score: float = 0.5,
    contact_id: str | None = None,
    limit: int | None = None,
    progress: Progress = no_progress,
    in_memory_limit: int | None = None,
) -> ContactDuplicates:
    """:func:`find_contact_duplicates`, of which only the first ``limit`` pairs are written out
    (with their reasons), and how many there are.

    Beyond ``in_memory_limit`` contacts (``IN_MEMORY_LIMIT`` unless given) the keys, groups and
    candidate pairs live in a scratch database (:mod:`petdesk.services.scratch`), not in memory:
    the contacts are read in chunks, SQLite groups their keys, and one group at a time comes back
    to be compared. A caller that already holds much memory (the window) gives a lower limit."""
    conn = sqlite_of(source)
    rows = contact_rows(conn)
    if rows <= (IN_MEMORY_LIMIT if in_memory_limit is None else in_memory_limit):
        pairs = _in_memory(conn, min_score, contact_id, progress)
        return ContactDuplicates(pairs[:limit] if limit is not None else pairs, len(pairs))
    from petdesk.services.duplicates_at_scale import find_in_scratch_database

    pairs, total = find_in_scratch_database(
        conn, min_score=min_score, contact_id=contact_id, limit=limit, progress=progress
    )
    return ContactDuplicates(pairs, total)


def contact_rows(source: Session | sqlite3.Connection) -> int:
    """How many contacts were ever added (the largest rowid): known at once, unlike a count."""
    (rows,) = sqlite_of(source).execute("SELECT coalesce(max(rowid), 0) FROM contact").fetchone()
    return int(rows)


#: The weight of Latin names alike beside different Chinese names (叶斌 and 叶彬, both "Ye Bin"):
#: two people unless more says so, listed only for one record (``duplicates --of``), where the
#: import's "possible match — check" may have found them.
W_LATIN_ONLY = 0.1


def duplicates_of(source: Session | sqlite3.Connection, entity: str, record_id: str) -> list[DuplicatePair]:
    """Every pair with the contact or organisation ``record_id``, at any score, best first, the
    record itself first in each pair (``petdesk duplicates --of``).

    The import flags a namesake as "possible match — check" whatever the size of the name's group
    or the score: 张伟 beside a new Latin "Wei Zhang" elsewhere scores 0.25, under the usual cut-off
    and, in a group of 40 Zhang Weis, never compared at all (field test 25, defect 3). Here no group
    is too big and no score too low, so that what the import asks to check can be found."""
    if entity == "organisation":
        pairs = find_organisation_duplicates(source, min_score=0.0, organisation_id=record_id)
        return [_record_first(pair, record_id) for pair in pairs]
    return _contact_duplicates_of(sqlite_of(source), record_id)


def records_starting_with(conn: sqlite3.Connection, given: str) -> list[tuple[str, str]]:
    """(entity, full id) of the live contacts and organisations whose id is or begins with
    ``given`` as typed, else in lower case: up to two of each (one means the beginning is unique)."""
    from petdesk.ids import first_found

    def live(form: str) -> list[tuple[str, str]]:
        return [
            (entity, rid)
            for entity in ("contact", "organisation")
            for (rid,) in conn.execute(
                f"SELECT id FROM {entity} WHERE id >= ? AND id < ? AND deleted_at IS NULL LIMIT 2",
                (form, form + "\uffff"),
            )
        ]

    return first_found(given, live)[1]


def _record_first(pair: DuplicatePair, record_id: str) -> DuplicatePair:
    if pair.first_id == record_id:
        return pair
    return DuplicatePair(
        pair.entity,
        pair.second_id,
        pair.first_id,
        pair.second_name,
        pair.first_name,
        pair.score,
        pair.reasons,
    )


def _loose_name_keys(person: Person) -> set[str]:
    """The import's name keys (:func:`import_keys.name_keys`, kept in step): the Chinese name, and
    the Latin words in either order, a single word too."""
    fam, giv, fam_zh, giv_zh = person[:4]
    keys = {"zh:" + simplified_name(f"{fam_zh}{giv_zh}")} if fam_zh or giv_zh else set()
    if fam or giv:
        keys.add("l:" + "|".join(sorted((fold_name_part(fam), fold_name_part(giv)))))
    return keys


def _contact_duplicates_of(conn: sqlite3.Connection, me: str) -> list[DuplicatePair]:
    """:func:`duplicates_of` for a contact: one pass over the contacts and their e-mails and phones,
    keeping only those that share a key with ``me`` (bounded memory at any size)."""
    row = conn.execute(
        "SELECT family_name, given_name, family_name_zh, given_name_zh, name_order "
        "FROM contact WHERE id = ? AND deleted_at IS NULL",
        (me,),
    ).fetchone()
    if row is None:
        return []
    mine: Person = tuple(row)
    name_keys = NameKeys()
    my_keys = dict(name_keys(*mine[:4]))
    my_loose = _loose_name_keys(mine)
    group_size: Counter[str] = Counter()
    people: dict[str, Person] = {}
    keys_of: dict[str, dict[str, str]] = {}
    for cid, *name in conn.execute(
        "SELECT id, family_name, given_name, family_name_zh, given_name_zh, name_order "
        "FROM contact WHERE deleted_at IS NULL"
    ):
        person: Person = tuple(name)
        keys = dict(name_keys(*person[:4]))
        shared = my_keys.keys() & keys.keys()
        group_size.update(shared)
        if cid != me and (shared or my_loose & _loose_name_keys(person)):
            people[cid], keys_of[cid] = person, keys
    methods = _shared_methods_of(conn, me)
    for cid in methods.keys() - people.keys():
        person = _person(conn, cid)
        people[cid], keys_of[cid] = person, dict(name_keys(*person[:4]))
    orgs_of = _current_organisations(conn, {me, *people})
    org_names = dict(conn.execute("SELECT id, coalesce(nullif(name_en, ''), name_zh) FROM organisation"))
    dismissed = _dismissed(conn, "contact")
    pairs = []
    for cid, person in people.items():
        if tuple(sorted((me, cid))) in dismissed:
            continue
        reasons: dict[str, float] = {}
        for channel, value in methods.get(cid, ()):
            reasons[_method_reason(channel, value, mine, person)] = _method_weight(channel, mine, person)
        others = dict(reasons)
        best_name = 0.0
        for key in sorted(my_keys.keys() & keys_of[cid].keys()):
            reason, weight = _name_reason(mine, person, key, my_keys[key], keys_of[cid][key])
            if weight:
                weight *= _name_rarity(group_size[key])
                best_name = max(best_name, weight)
                reasons[reason] = max(reasons.get(reason, 0.0), weight)
        if not reasons and my_loose & _loose_name_keys(person):
            reason = Reason(
                N_("same name in Latin letters {name}, other Chinese names"), name=_latin_name(person)
            )
            reasons[reason] = best_name = W_LATIN_ONLY
        shared_org = sorted(orgs_of.get(me, set()) & orgs_of.get(cid, set()))
        if shared_org:
            name = org_names.get(shared_org[0], shared_org[0][:8])
            reasons[Reason(N_("both at {organisation}"), organisation=name)] = W_SAME_ORG
        score = _score(others, best_name, bool(shared_org))
        ordered = sorted(reasons, key=lambda r: -reasons[r])
        pairs.append(
            DuplicatePair("contact", me, cid, _person_name(mine), _person_name(person), score, ordered)
        )
    pairs.sort(key=lambda p: (-p.score, p.second_name, p.second_id))
    return pairs


def _shared_methods_of(conn: sqlite3.Connection, me: str) -> dict[str, list[tuple[str, str]]]:
    """Contact id -> (channel, value) of the e-mails and phones they share with ``me``, but for
    the numbers that are shared lines (:func:`shared_lines.is_shared_line`)."""
    sql = (
        "SELECT m.rowid, m.contact_id, m.channel, m.value, coalesce(m.label, '') FROM contact_method m "
        "JOIN contact c ON c.id = m.contact_id "
        "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL AND m.channel IN ('email', 'phone')"
    )
    my_rows = conn.execute(
        "SELECT rowid, channel, value, coalesce(label, '') FROM contact_method "
        "WHERE contact_id = ? AND deleted_at IS NULL AND channel IN ('email', 'phone')",
        (me,),
    ).fetchall()
    my_labels = {row[0]: row[3] for row in my_rows}
    mine = {key: my_labels[row_id] for row_id, key in _keys_in_their_country(conn, [r[:3] for r in my_rows])}
    mine.pop("", None)
    # (channel, value, key, label) per contact sharing a key
    found: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    if not mine:
        return {}
    later: dict[int, tuple[str, str, str, str]] = {}  # keyed once their people's countries are read
    for row_id, cid, channel, value, label in conn.execute(sql):
        if cid == me:
            continue
        key = _KEY_OF[channel](value)
        if channel == "phone" and may_read_by_country(key):
            later[row_id] = (cid, channel, value, label)
        elif key in mine:
            found[cid].append((channel, value, key, label))
    read_in = _reading_countries(conn, list(later))
    for row_id, (cid, channel, value, label) in later.items():
        if (key := _phone_key(value, read_in.get(row_id, ""))) in mine:
            found[cid].append((channel, value, key, label))
    holders = Counter(key for methods in found.values() for key in {m[2] for m in methods})
    orgs_of = _current_organisations(conn, {me, *found}) if holders else {}
    my_orgs = orgs_of.get(me, set())
    shared: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cid, methods in found.items():
        colleagues = bool(my_orgs & orgs_of.get(cid, set()))
        for channel, value, key, label in methods:
            if channel == "phone" and is_shared_line(holders[key] + 1, (mine[key], label), colleagues, value):
                continue  # a switchboard: the names decide
            shared[cid].append((channel, value))
    return shared


def _keys_in_their_country(
    conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]
) -> list[tuple[int, str]]:
    """(row id, key) of (row id, channel, value) method rows, a number read in its person's country
    where that dials a trunk "8" (:func:`_reading_countries`), else at the office."""
    keys = [(row_id, _KEY_OF[channel](value)) for row_id, channel, value in rows]
    elsewhere = [
        row_id
        for (row_id, channel, _), (_, key) in zip(rows, keys, strict=True)
        if channel == "phone" and may_read_by_country(key)
    ]
    if not elsewhere:
        return keys
    read_in = _reading_countries(conn, elsewhere)
    return [
        (row_id, _phone_key(value, read_in[row_id]) if row_id in read_in else key)
        for (row_id, _, value), (_, key) in zip(rows, keys, strict=True)
    ]


def _method_reason(channel: str, value: str, a: Person, b: Person) -> Reason:
    """The reason :func:`_in_memory` gives a shared e-mail or phone."""
    if channel == "email":
        label, shared_label = N_("same e-mail {value}"), N_("same e-mail {value} (but different names)")
    else:
        label, shared_label = N_("same phone {value}"), N_("same phone {value} (but different names)")
    return Reason(shared_label if finder_names_conflict(a[:4], b[:4]) else label, value=value)


def _method_weight(channel: str, a: Person, b: Person) -> float:
    if finder_names_conflict(a[:4], b[:4]):
        return W_SHARED
    return W_EMAIL if channel == "email" else W_PHONE


def _person(conn: sqlite3.Connection, cid: str) -> Person:
    row = conn.execute(
        "SELECT family_name, given_name, family_name_zh, given_name_zh, name_order FROM contact WHERE id = ?",
        (cid,),
    ).fetchone()
    return tuple(row)


def _current_organisations(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, set[str]]:
    """Contact id -> the organisations they work at now, for ``ids``."""
    found: dict[str, set[str]] = defaultdict(set)
    sql = (
        "SELECT contact_id, organisation_id FROM affiliation "
        "WHERE deleted_at IS NULL AND end_date IS NULL AND contact_id IN ({marks})"
    )
    for rows in _rows_in_batches(conn, sql, list(ids)):
        for cid, oid in rows:
            found[cid].add(oid)
    return found


def _score(others: dict[str, float], name_weight: float, same_org: bool) -> float:
    """The score :meth:`_Evidence.scored` gives: 1 - the product of (1 - weight) over the pieces of
    evidence (each e-mail or phone reason, the strongest name reason, the shared organisation),
    multiplied in the same order so that the rounding is the same."""
    remaining = 1.0
    for weight in others.values():
        remaining *= 1.0 - weight
    if name_weight:
        remaining *= 1.0 - name_weight
    if same_org:
        remaining *= 1.0 - W_SAME_ORG
    return round(1.0 - remaining, 3)


#: How a name key was formed from a name in a native script: Chinese pinyin, Korean romanisation,
#: Cyrillic (or Greek) in Latin letters.
_NATIVE_READINGS = ("pinyin", "romanised", "cyrillic")


def _name_weight(
    a: Person,
    b: Person,
    key: str,
    kind_a: str,
    kind_b: str,
) -> float:
    """The weight :func:`_name_reason` gives, without writing the reason."""
    if key.startswith("zh:"):
        return W_SAME_NAME
    if native_names_differ(a[2] + a[3], b[2] + b[3]):
        return 0.0
    if kind_a == "latin" and kind_b == "latin":
        return W_SAME_NAME if fold_latin(a[0]) == fold_latin(b[0]) else W_SWAPPED_NAME
    if TRANSLITERATION in (kind_a, kind_b):
        return W_TRANSLITERATION if _transliterated(a, b, kind_a, kind_b) else 0.0
    if PART_SURNAME in (kind_a, kind_b):
        # García Márquez / García López: two people of one first family name
        return W_PART_SURNAME if "latin" in (kind_a, kind_b) else 0.0
    if kind_a in _NATIVE_READINGS and kind_b in _NATIVE_READINGS:
        return 0.0
    return W_CROSS_SCRIPT


#: Two Latin names that are one in :func:`one_transliteration` (round 54).
_TRANSLITERATED = N_("the same name transliterated another way: {first} / {second}")


def _transliterated(a: Person, b: Person, kind_a: str, kind_b: str) -> bool:
    """Whether a key shared as a transliteration is evidence: both names Latin, written differently
    (one name written alike is said by its own key, once)."""
    if not {kind_a, kind_b} <= {"latin", TRANSLITERATION}:
        return False  # a reading of a name in another script: its own key says it
    words_a = sorted((fold_latin(a[0]), fold_latin(a[1])))
    return words_a != sorted((fold_latin(b[0]), fold_latin(b[1])))


def _name_rarity(size: int) -> float:
    """How much a shared name says: two or three records named 张伟 in an address book may be one
    person; seven are several people unless something else (an organisation, a phone) says so."""
    if size <= 3:
        return 1.0
    if size <= 6:
        return 0.75
    return 0.5


def _person_name(p: Person) -> str:
    fam, giv, fam_zh, giv_zh, order = p
    latin = " ".join(x for x in ((fam, giv) if order == FAMILY_FIRST else (giv, fam)) if x)
    zh = names.chinese_name(fam_zh, giv_zh)
    if zh and latin:
        return f"{zh} ({latin})"
    return zh or latin


def _latin_name(p: Person) -> str:
    fam, giv, _, _, order = p
    return " ".join(x for x in ((fam, giv) if order == FAMILY_FIRST else (giv, fam)) if x)


def _name_reason(
    a: Person,
    b: Person,
    key: str,
    kind_a: str,
    kind_b: str,
) -> tuple[str, float]:
    zh_a, zh_b = f"{a[2]}{a[3]}", f"{b[2]}{b[3]}"
    if key.startswith("zh:"):
        # the names as written, not the key: 陳志明 / 陈志明 when one is Traditional
        shown = zh_a.strip() if zh_a.strip() == zh_b.strip() else f"{zh_a.strip()} / {zh_b.strip()}"
        return Reason(N_("same Chinese name {name}"), name=shown or key[3:]), W_SAME_NAME
    if native_names_differ(zh_a, zh_b):
        return "", 0.0  # 叶斌 and 叶彬 are both "Ye Bin": homophones, two people unless more says so
    if kind_a == "latin" and kind_b == "latin":
        if fold_latin(a[0]) == fold_latin(b[0]):
            return Reason(N_("same name {name}"), name=_latin_name(a)), W_SAME_NAME
        return (
            Reason(
                N_("same name with family and given name swapped ({first} / {second})"),
                first=_latin_name(a),
                second=_latin_name(b),
            ),
            W_SWAPPED_NAME,
        )
    if TRANSLITERATION in (kind_a, kind_b):
        if not _transliterated(a, b, kind_a, kind_b):
            return "", 0.0
        reason = Reason(_TRANSLITERATED, first=_latin_name(a), second=_latin_name(b))
        return reason, W_TRANSLITERATION
    if PART_SURNAME in (kind_a, kind_b):
        if "latin" not in (kind_a, kind_b):
            return "", 0.0  # García Márquez / García López: two people of one first family name
        short, whole = (a, b) if kind_b == PART_SURNAME else (b, a)
        reason = Reason(
            N_("family name {short} is part of {whole}, same given name"), short=short[0], whole=whole[0]
        )
        return reason, W_PART_SURNAME
    if kind_a in _NATIVE_READINGS and kind_b in _NATIVE_READINGS:
        return "", 0.0  # homophones (张伟 / 章伟) are different people unless other evidence says so
    zh, latin = (a, b) if kind_a in _NATIVE_READINGS else (b, a)
    if "cyrillic" in (kind_a, kind_b):
        # the Korean sentence says it of any script: "Айгерим Нурланова is written AIGERIM NURLANOVA …"
        native, passport = _latin_name(zh), _latin_name(latin)
        reason = Reason(N_("{korean} is written {latin} in Latin letters"), korean=native, latin=passport)
        return reason, W_CROSS_SCRIPT
    if "romanised" in (kind_a, kind_b):
        reason = Reason(
            N_("{korean} is written {latin} in Latin letters"), korean=zh[2] + zh[3], latin=_latin_name(latin)
        )
        return reason, W_CROSS_SCRIPT
    reason = Reason(
        N_("{chinese} is written {latin} in pinyin"), chinese=zh[2] + zh[3], latin=_latin_name(latin)
    )
    return reason, W_CROSS_SCRIPT


@without_gc
def find_organisation_duplicates(
    source: Session | sqlite3.Connection,
    *,
    min_score: float = 0.5,
    organisation_id: str | None = None,
    progress: Progress = no_progress,
) -> list[DuplicatePair]:
    progress(STEP_ORGANISATIONS, 0, 0)
    conn = sqlite_of(source)
    orgs = {
        oid: _Org(oid, name_en, name_zh, short_en, short_zh, site, json.loads(aliases or "[]"), *rest)
        for oid, name_en, name_zh, short_en, short_zh, site, aliases, *rest in conn.execute(
            "SELECT id, name_en, name_zh, short_name_en, short_name_zh, website, aliases, phone, email, "
            "kind, country, city_en, city_zh, coalesce(postal_code, '') FROM organisation "
            "WHERE deleted_at IS NULL"
        )
    }
    evidence = _Evidence()
    by_key: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    by_site: dict[str, set[str]] = defaultdict(set)
    for oid, org in orgs.items():
        for name, primary in (
            (org.name_en, True),
            (org.name_zh, True),
            (org.short_name_en, False),
            (org.short_name_zh, False),
            *((alias, False) for alias in org.aliases),
        ):
            key = organisation_name_key(name)
            if key and len(key) >= 2:
                by_key[key].append((oid, name, primary))
        if org.website:
            host = urlparse(org.website if "//" in org.website else f"//{org.website}").hostname or ""
            host = host.removeprefix("www.")
            if host:
                by_site[host].add(oid)
    for entries in by_key.values():
        ids = {oid for oid, _, _ in entries}
        if len(ids) < 2 or len(ids) > NAME_GROUP_LIMIT:
            continue
        for (a, name_a, prim_a), (b, name_b, prim_b) in itertools.combinations(entries, 2):
            if a == b:
                continue
            if prim_a and prim_b:
                if name_a == name_b:
                    evidence.add(a, b, Reason(N_("same name {name}"), name=name_a), W_ORG_NAME)
                else:
                    reason = Reason(N_("same name {first} / {second}"), first=name_a, second=name_b)
                    evidence.add(a, b, reason, W_ORG_NAME)
            else:
                alias, other = (name_a, name_b) if not prim_a else (name_b, name_a)
                reason = Reason(N_("other name “{alias}” matches “{other}”"), alias=alias, other=other)
                evidence.add(a, b, reason, W_ORG_ALIAS)
    for host, ids in by_site.items():
        if 2 <= len(ids) <= NAME_GROUP_LIMIT:
            for a, b in itertools.combinations(sorted(ids), 2):
                evidence.add(a, b, Reason(N_("same web site {host}"), host=host), W_WEBSITE)
    _add_channel_evidence(orgs, evidence)
    _add_place_word_evidence(orgs, by_key, evidence)
    _add_word_evidence(orgs, evidence)
    _add_acronym_evidence(orgs, evidence)
    _add_other_script_evidence(orgs, evidence)
    dismissed = _dismissed(conn, "organisation")
    pairs = []
    for (a, b), score, reasons in evidence.scored():
        if other_cities := _other_cities(orgs[a], orgs[b]):
            score = round(score * ORG_OTHER_CITY, 3)
            reasons = [*reasons, other_cities]
        if score < min_score or (a, b) in dismissed:
            continue
        if organisation_id and organisation_id not in (a, b):
            continue
        pairs.append(
            DuplicatePair("organisation", a, b, _org_name(orgs[a]), _org_name(orgs[b]), score, reasons)
        )
    pairs.sort(key=lambda p: (-p.score, p.first_name, p.first_id, p.second_id))
    return pairs


def _org_phone_key(org: _Org) -> str:
    """The key of an organisation's own phone, compared as contacts' numbers are
    (:func:`matching.phone_key`), read where the organisation is, else where the office is: a Kazakh
    host's "8 727 …" kept as typed meets "+7 727 …". "" for a number of fewer than seven digits."""
    if len(normalize_phone(org.phone)) < 7:
        return ""
    return phone_key(org.phone, reading_country(org.country, office_country()))


def _add_channel_evidence(orgs: Mapping[str, _Org], evidence: _Evidence) -> None:
    """Organisations with one switchboard number or one general e-mail address (0078).

    An e-mail pairs by its whole address only, never by its domain: organisations on one free-mail
    service (gmail.com, qq.com, 163.com) share a domain and nothing else, and a ministry's offices
    share one domain too. Two records with the very same "info@gmail.com" are one mailbox, so one
    organisation's, and they pair."""
    by_phone: dict[str, list[str]] = defaultdict(list)
    by_email: dict[str, list[str]] = defaultdict(list)
    for oid, org in orgs.items():
        if key := _org_phone_key(org):
            by_phone[key].append(oid)
        if "@" in org.email:
            by_email[normalize_email(org.email)].append(oid)
    for groups, template, weight, column in (
        (by_phone, N_("same switchboard {value}"), W_ORG_PHONE, "phone"),
        (by_email, N_("same organisation e-mail {value}"), W_ORG_EMAIL, "email"),
    ):
        for ids in groups.values():
            if 2 <= len(ids) <= NAME_GROUP_LIMIT:
                for a, b in itertools.combinations(sorted(ids), 2):
                    value = getattr(orgs[a], column)
                    evidence.add(a, b, Reason(template, value=value), weight)


def _city_key(org: _Org) -> tuple[str, str]:
    return org.city_en.strip().casefold(), org.city_zh.strip()


def _other_cities(a: _Org, b: _Org) -> Reason | None:
    """The reason against two organisations being one when their cities are known and differ
    (compared in each script both have)."""
    (en_a, zh_a), (en_b, zh_b) = _city_key(a), _city_key(b)
    compared = [(x, y) for x, y in ((en_a, en_b), (zh_a, zh_b)) if x and y]
    if not compared or any(x == y for x, y in compared):
        return None
    return Reason(
        N_("in different cities: {first} / {second}"),
        first=a.city_en or a.city_zh,
        second=b.city_en or b.city_zh,
    )


#: A Chinese name's leading place with its administrative word: 长沙市…, 湖南省…, 黑龙江省…
_PLACE_WORD = re.compile(r"^(\w{2})市(?=\w{2})|^(\w{2,3}?)省(?=\w{2})")


def place_word_left_out(name_zh: str) -> str:
    """``name_zh`` without the 市 or 省 after its leading city or province ("长沙市生态环境局" →
    "长沙生态环境局"), "" when it has none: offices type the same bureau both ways."""
    text = simplified(unicodedata.normalize("NFKC", name_zh or "")).strip()
    match = _PLACE_WORD.match(text)
    if not match:
        return ""
    return (match.group(1) or match.group(2)) + text[match.end() :]


def _add_place_word_evidence(
    orgs: Mapping[str, _Org], by_key: Mapping[str, list[tuple[str, str, bool]]], evidence: _Evidence
) -> None:
    """Organisations whose Chinese names differ only by the 市 or 省 after the place (field test 101:
    长沙市生态环境局 and 长沙生态环境局 from one workbook had no name, short name or alias in common)."""
    for org in orgs.values():
        shorter = place_word_left_out(org.name_zh)
        key = organisation_name_key(shorter) if shorter else ""
        for other, name, primary in by_key.get(key, ()) if key else ():
            if other != org.id and primary:
                reason = Reason(
                    N_("same name but for 市 or 省: {first} / {second}"), first=org.name_zh, second=name
                )
                evidence.add(org.id, other, reason, W_ORG_NAME)


def _name_words(name: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", name).casefold())
    return frozenset(w for w in words if len(w) > 1 and w not in _ORG_FILLER_WORDS)


def _add_word_evidence(orgs: Mapping[str, _Org], evidence: _Evidence) -> None:
    """Organisations of one kind and country in one city, every word of one English name in the
    other: the same city government written two ways had no name, short name or alias in common."""
    groups: dict[tuple[str, str, str], list[_Org]] = defaultdict(list)
    for org in orgs.values():
        city = org.city_en.strip().casefold() or org.city_zh.strip()
        if city and org.name_en:
            groups[(org.kind, org.country, city)].append(org)
    for members in groups.values():
        if len(members) > ORG_WORD_GROUP_LIMIT:
            continue
        words = {org.id: _name_words(org.name_en) for org in members}
        for a, b in itertools.combinations(members, 2):
            shared = words[a.id] & words[b.id]
            # Every word of the shorter name: firms of one trade in one city share all but theirs.
            if len(shared) >= 3 and len(shared) == min(len(words[a.id]), len(words[b.id])):
                reason = Reason(
                    N_("same kind and city, name words in common: {words}"), words=", ".join(sorted(shared))
                )
                evidence.add(a.id, b.id, reason, W_ORG_WORDS)


def _add_acronym_evidence(orgs: Mapping[str, _Org], evidence: _Evidence) -> None:
    """Organisations of one country (or of none) whose English names carry the same acronym and no
    other place: "Hanoi Urban Environment Company (URENCO)" and "URENCO Hanoi" (field test 79)."""
    groups: dict[str, list[tuple[_Org, str]]] = defaultdict(list)
    for org in orgs.values():
        for name in (org.name_en, org.short_name_en, *org.aliases):
            if found := org_acronyms.acronym(name):
                groups[found].append((org, name))
                break
    for members in groups.values():
        if len(members) > NAME_GROUP_LIMIT:
            continue
        for (a, name_a), (b, name_b) in itertools.combinations(members, 2):
            if a.country and b.country and a.country != b.country:
                continue
            shared = org_acronyms.same_acronym(name_a, name_b, places=(a.city_en, b.city_en))
            if shared:
                reason = Reason(N_("same acronym {acronym}"), acronym=shared)
                evidence.add(a.id, b.id, reason, W_ORG_ACRONYM)
    _add_abbreviation_evidence(orgs, evidence)


def _add_abbreviation_evidence(orgs: Mapping[str, _Org], evidence: _Evidence) -> None:
    """A Vietnamese name abbreviated and written out: "Sở TN&MT Đà Nẵng" of a passport list and "Sở
    Tài nguyên và Môi trường thành phố Đà Nẵng" (field test 93), which the import flags as an acronym
    and sends here. Only names with an abbreviation are grouped, by their words written out."""
    named = [(org, (org.name_en, org.short_name_en, *org.aliases)) for org in orgs.values()]
    if not any(org_acronyms.vietnamese_abbreviations(name) for _org, names in named for name in names):
        return  # (writing out every name costs 0.45 s per 20,000)
    written_out: dict[frozenset[str], list[tuple[_Org, str]]] = defaultdict(list)
    for org in orgs.values():
        for name in dict.fromkeys((org.name_en, org.short_name_en, *org.aliases)):
            if name:
                written_out[org_acronyms.expanded_words(name)].append((org, name))
    for members in written_out.values():
        if len(members) < 2 or len(members) > NAME_GROUP_LIMIT:
            continue
        for (a, name_a), (b, name_b) in itertools.combinations(members, 2):
            if a.id == b.id or (a.country and b.country and a.country != b.country):
                continue
            if shared := org_acronyms.same_abbreviated(name_a, name_b):
                evidence.add(a.id, b.id, Reason(N_("same acronym {acronym}"), acronym=shared), W_ORG_ACRONYM)


def _add_other_script_evidence(orgs: Mapping[str, _Org], evidence: _Evidence) -> None:
    """One body named only in Chinese and only in English in one city, as another organisation named
    both ways shows (field test 105: two offices merged)."""
    shown: set[tuple[str, str]] = set()
    for zh_org, en_org, example in org_two_languages.same_in_other_script(orgs.values()):
        shown.add((zh_org.id, en_org.id))
        reason = Reason(
            N_("the same name in Chinese and English, as {example} shows: {first} / {second}"),
            example=_org_name(orgs[example.id]),
            first=zh_org.name_zh,
            second=en_org.name_en,
        )
        evidence.add(zh_org.id, en_org.id, reason, W_ORG_ALIAS)
    # with no such example in the file: a city's common organs by a small table (trainfollow60)
    for zh_org, en_org, organ in org_organ_words.same_by_organ_words(orgs.values()):
        if (zh_org.id, en_org.id) in shown:
            continue  # one reason for one pair: the example says it already
        reason = Reason(
            N_("the same city and organ ({organ}) in Chinese and English: {first} / {second}"),
            organ=organ,
            first=zh_org.name_zh,
            second=en_org.name_en,
        )
        evidence.add(zh_org.id, en_org.id, reason, W_ORG_ALIAS)


def _org_name(org: _Org) -> str:
    if org.name_zh and org.name_en:
        return f"{org.name_zh} ({org.name_en})"
    return org.name_zh or org.name_en


def find_duplicates(
    source: Session | sqlite3.Connection,
    *,
    entity: str = "all",
    min_score: float = 0.5,
    progress: Progress = no_progress,
) -> list[DuplicatePair]:
    pairs: list[DuplicatePair] = []
    if entity in ("all", "contact"):
        pairs += find_contact_duplicates(source, min_score=min_score, progress=progress)
    if entity in ("all", "organisation"):
        pairs += find_organisation_duplicates(source, min_score=min_score, progress=progress)
    return pairs


def find_duplicates_head(
    source: Session | sqlite3.Connection,
    *,
    entity: str = "all",
    min_score: float = 0.5,
    limit: int,
    progress: Progress = no_progress,
) -> tuple[list[DuplicatePair], int]:
    """The first ``limit`` pairs of :func:`find_duplicates` and how many it finds in all: only the
    pairs shown are written out, so a million contacts need no list of all their pairs."""
    org_pairs: list[DuplicatePair] = []
    org_total = 0
    if entity in ("all", "organisation"):
        # first: the memory of their whole list (78,000 pairs at a million contacts) is free again
        # when the contacts are searched
        org_pairs = find_organisation_duplicates(source, min_score=min_score, progress=progress)
        org_total = len(org_pairs)
        del org_pairs[limit:]
    pairs: list[DuplicatePair] = []
    total = 0
    if entity in ("all", "contact"):
        pairs, total = rank_contact_duplicates(source, min_score=min_score, limit=limit, progress=progress)
    return pairs + org_pairs[: max(0, limit - len(pairs))], total + org_total


def dismiss(session: Session, entity: str, first_id: str, second_id: str) -> None:
    """Record that two records are different, so they are not proposed again."""
    from petdesk.models import DuplicateDismissal

    a, b = sorted((first_id, second_id))
    session.add(DuplicateDismissal(entity=entity, first_id=a, second_id=b))
    session.flush()
