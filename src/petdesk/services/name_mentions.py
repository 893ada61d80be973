"""Where a person's name is written in passing in other records' free text (field test 59).

An erasure removes the person's rows and replaces their name where it was typed as a staff name
(``sync.erased_names``), but "Met Wang Hao and team" in an organisation's activity, or a visit's
notes, are other people's words: rewriting them silently could change their meaning. They are
found at erase time, while the name is still known, and listed so that the office edits them.

A name is looked for in every script the record has: Latin in either order ("Wang Hao", "Hao
Wang", "WANG Hao", "Wang-Hao"), Chinese characters (王浩, also inside a sentence without spaces:
"与王浩会谈"), and the pinyin of the Chinese name ("Wanghao"). Latin names need both parts, and a
Chinese one two characters: a family name alone ("Li", 李) would list half the file. Without word
boundaries in Chinese, 王浩然 is listed for 王浩 too: a list to review errs on the side of showing.

Deleted records are looked in too, and said to be deleted: until they are purged they still hold
the text, and restoring one brings the name back into view.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from petdesk.chinese_names import fold, has_cjk, pinyin_syllables

#: (table, columns) of synchronised records whose free text may name a person in passing.
FREE_TEXT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("activity", ("subject", "body")),
    ("organisation", ("notes",)),
    ("contact", ("notes", "emergency_contact")),
    ("visit", ("notes", "purpose_en", "purpose_zh", "outcomes_en", "outcomes_zh")),
    ("visit_participant", ("notes",)),
    ("itinerary_item", ("notes", "seating_note")),
    ("accommodation", ("notes",)),
    ("travel_leg", ("notes",)),
    ("vehicle", ("notes",)),
    ("gift", ("description", "giver", "recipient", "notes")),
    ("follow_up", ("description_en", "description_zh", "note")),
    ("project", ("description_en", "description_zh", "cofinancing_note")),
    ("project_stage_change", ("note",)),
    ("finance_lead", ("notes",)),
    ("training", ("description_en", "description_zh", "notes")),
    ("training_session", ("notes",)),
    ("tech_match", ("explanation", "notes")),
)
#: Characters shown each side of the name in an excerpt.
_AROUND = 30


@dataclass(frozen=True)
class Mention:
    """A record whose free text names the person: which fields, and the first place in words."""

    table: str
    row_id: str
    #: The columns holding the name, in the order of :data:`FREE_TEXT`.
    fields: tuple[str, ...]
    #: The text around the first place ("…Met Wang Hao and team…"), on one line.
    excerpt: str
    #: The record is deleted (not yet purged): it still holds the text.
    deleted: bool = False


@dataclass(frozen=True)
class NamePattern:
    """The person's name as looked for: a regular expression over folded text, and the words one of
    which any text naming the person holds (family names, the Chinese name) to skip the rest fast."""

    pattern: re.Pattern[str]
    anchors: tuple[str, ...]

    def search(self, text: str) -> re.Match[str] | None:
        # Folding (NFKD) is what costs: 2 s a person over 100,000 activities when every text was
        # folded. A text without an anchor in lower case and without accented Latin cannot match.
        low = text.lower()
        if not any(a in low for a in self.anchors) and not _ACCENTED.search(text):
            return None
        return self.pattern.search(fold(text))


#: Latin letters that folding changes ("Wáng" is "wang"): texts with them are folded to be sure.
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_ACCENTED_GLOB = "*[\u00c0-\u024f\u1e00-\u1eff]*"


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def name_pattern(cursor: Any, person_id: str) -> NamePattern | None:
    """What finds the person's name in a text; None when the record has no name distinctive
    enough (one Latin word, one Chinese character)."""
    row = cursor.execute(
        "SELECT given_name, family_name, given_name_zh, family_name_zh FROM contact WHERE id = ?",
        (person_id,),
    ).fetchone()
    if row is None:
        return None
    given, family, given_zh, family_zh = (str(v or "").strip() for v in row)
    latin: set[tuple[str, str]] = set()
    if given and family:
        latin |= {(family, given), (given, family)}
    if has_cjk(family_zh) and has_cjk(given_zh):
        family_py = "".join(pinyin_syllables(family_zh, surname=True))
        given_py = "".join(pinyin_syllables(given_zh))
        latin |= {(family_py, given_py), (given_py, family_py)}
    pairs = sorted((a, b) for a, b in latin if a and b)
    parts = [_latin(a, b) for a, b in pairs]
    # Both parts stand in every form: the longer one of each pair is the more telling anchor.
    anchors = {fold(max(pair, key=len)).replace("-", " ").split()[0] for pair in pairs}
    chinese = fold(family_zh + given_zh)
    if len(chinese) >= 2 and has_cjk(chinese):
        parts.append(re.escape(chinese))  # Chinese runs on without spaces: found inside a sentence
        anchors.add(chinese)
    return NamePattern(re.compile("|".join(parts)), tuple(sorted(anchors))) if parts else None


def _latin(first: str, second: str) -> str:
    """Two Latin parts as a whole name: any spaces or a hyphen between, no letter either side."""
    words = [re.escape(w) for part in (first, second) for w in fold(part).replace("-", " ").split()]
    return r"(?<![a-z])" + r"[\s\-]*".join(words) + r"(?![a-z])"


def find_mentions(
    cursor: Any, person_id: str, *, skip: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset()
) -> list[Mention]:
    """Records (not in ``skip``, nor the person's own), deleted ones too, whose free text names the
    person, by kind of record in the order of :data:`FREE_TEXT`, newest last within a kind."""
    return find_mentions_of(cursor, [person_id], skip=skip)


#: People looked for by one query per table: their tests stay far below SQLite's expression depth (1,000).
PEOPLE_PER_SCAN = 20


def find_mentions_of(
    cursor: Any,
    person_ids: list[str],
    *,
    skip: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
) -> list[Mention]:
    """:func:`find_mentions` of several people at once, each record once: every table is read once for
    :data:`PEOPLE_PER_SCAN` people, not once a person (an import erasing 500 people read each table
    500 times in its write transaction, 47 ms a person at 20,000 contacts)."""
    patterns = [found for found in (name_pattern(cursor, person) for person in person_ids) if found]
    skip = frozenset(skip) | {("contact", person) for person in person_ids}
    groups = [patterns[at : at + PEOPLE_PER_SCAN] for at in range(0, len(patterns), PEOPLE_PER_SCAN)]
    joined = [
        NamePattern(
            re.compile("|".join(p.pattern.pattern for p in group)),
            tuple(sorted({a for p in group for a in p.anchors})),
        )
        for group in groups
    ]
    found: dict[tuple[str, str], Mention] = {}
    for table, columns in FREE_TEXT:
        for pattern in joined:
            for mention in _mentions_in(cursor, table, columns, pattern, skip):
                found.setdefault((mention.table, mention.row_id), mention)  # named by two: listed once
    return list(found.values())


def _mentions_in(
    cursor: Any, table: str, columns: tuple[str, ...], pattern: NamePattern, skip: frozenset[tuple[str, str]]
) -> list[Mention]:
    # The anchors' test in SQL too (LIKE ignores ASCII case; GLOB keeps accented texts): Python
    # looks at the candidates only (0.75 s a person over 100,000 activities when it read all).
    tests = [f"{c} LIKE ? ESCAPE '\\'" for c in columns for _a in pattern.anchors]
    tests += [f"{c} GLOB ?" for c in columns]
    params = [f"%{_like_escaped(a)}%" for _c in columns for a in pattern.anchors]
    params += [_ACCENTED_GLOB] * len(columns)
    rows = cursor.execute(
        f"SELECT id, deleted_at IS NOT NULL, {', '.join(columns)} FROM {table} "
        f"WHERE {' OR '.join(tests)} ORDER BY created_at, id",
        params,
    )
    found = []
    for row_id, deleted, *texts in rows:
        if (table, row_id) in skip:
            continue
        hits = [(c, t, m) for c, t in zip(columns, texts, strict=True) if t and (m := pattern.search(t))]
        if hits:
            _column, text, match = hits[0]
            fields = tuple(c for c, _t, _m in hits)
            found.append(Mention(table, row_id, fields, _excerpt(text, match), bool(deleted)))
    return found


def _excerpt(text: str, match: re.Match[str]) -> str:
    """The text around the name on one line; from the start when folding moved the letters."""
    start, end = (match.start(), match.end()) if len(fold(text)) == len(text) else (0, 2 * _AROUND)
    head, tail = max(0, start - _AROUND), min(len(text), end + _AROUND)
    piece = " ".join(text[head:tail].split())
    return ("…" if head else "") + piece + ("…" if tail < len(text) else "")


def mention_line(cursor: Any, mention: Mention, locale: str = "en") -> str:
    """ "Activity 0iN2SeAo (Stuttgart Water Tech GmbH), Subject: …Met Wang Hao and team…": the
    record to open by its kind, id and name, where the name stands and the text around it."""
    from petdesk.sync.value_words import describe_record

    return _line(mention, describe_record(cursor, mention.table, mention.row_id, locale), locale)


def mention_lines(cursor: Any, mentions: Sequence[Mention], locale: str = "en") -> list[str]:
    """:func:`mention_line` of each, the records' names read in one statement per table, not one
    per line (review 49, finding 4)."""
    from petdesk.sync.value_words import describe_records

    by_table: dict[str, list[str]] = {}
    for mention in mentions:
        by_table.setdefault(mention.table, []).append(mention.row_id)
    names = {table: describe_records(cursor, table, ids, locale) for table, ids in by_table.items()}
    return [_line(x, names[x.table][x.row_id], locale) for x in mentions]


def _line(mention: Mention, name: str, locale: str) -> str:
    from petdesk.i18n import translator
    from petdesk.sync.labels import entity_label, field_label

    _ = translator(locale)
    fields = _(", ").join(field_label(f, locale, mention.table) for f in mention.fields)
    kind, row = entity_label(mention.table, locale), mention.row_id[:8]
    if mention.deleted:  # found in the bin: restore it to edit it, or purge it
        kind += _(" (deleted)")
    if name in mention.excerpt or name == row:  # an activity is named by its subject: said once
        return _("{kind} {id}, {fields}: {excerpt}").format(
            kind=kind, id=row, fields=fields, excerpt=mention.excerpt
        )
    return _("{kind} {id} ({name}), {fields}: {excerpt}").format(
        kind=kind, id=row, name=name, fields=fields, excerpt=mention.excerpt
    )
