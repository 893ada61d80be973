"""Contacts' search entries after their tag lists changed (a tag removed above all), written in place
without running the index's builder on every contact: it costs 87 µs a contact, 8.7 s CPU of the
17.5 s that removing a tag from 100,000 contacts took (issue 17, round 63).

A contact's text is its other parts, then its method text (e-mails and phones), then its tags' parts
(``search._contact_entry``), unless it has a nickname or a middle name (they follow the tags). Where
the text is exactly "<the rest> ; <method text> ; <the old tags' parts>", the new text is the rest
with the new tags' parts. That split is certain only when no part of the rest can equal the method
text: name fields holding neither a digit nor "@" give no such part, while a method text always
holds one of them (an e-mail's "@", a phone's digits); any other contact is built by the builder.

A removed tag's gram stays if another part of the entry gives it too. Every gram the builder makes
of a contact's names (two-letter word starts, initials, Han and kana characters) starts with a letter
that begins a word of its text or is a character of its text (:func:`might_come_from`; a test runs
the builder over many kinds of names to hold it to that): where a removed tag's gram might also come
from the rest of the text, the contact is built by the builder instead.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from petdesk.han_script import simplified
from petdesk.rows_as_json import write_rows
from petdesk.services import names
from petdesk.services import search as search_service

_SEP = search_service._SEP
_WORD = re.compile(r"[^\w]+")
_DIGIT_OR_AT = re.compile(r"[\d@]")
#: A contact's fields its text's parts are made of besides tags, methods, nickname and middle name:
#: one holding a digit or "@" is built by the builder.
_NAME_FIELDS = (
    "family_name",
    "given_name",
    "family_name_zh",
    "given_name_zh",
    "phonetic_family_name",
    "phonetic_given_name",
    "name_hanja",
    "name_suffix",
)


@dataclass(frozen=True)
class Written:
    """One entry as :func:`in_place` computed it."""

    entry_id: int
    text: str
    tags: str
    grams: str
    gone: tuple[str, ...]
    new: tuple[str, ...]


def tag_parts(tags: Iterable[str]) -> list[str]:
    """The tags' parts of a contact's text, distinct, as ``search._join_text`` keeps them."""
    return list(dict.fromkeys(p for t in tags if (p := simplified(names.fold(t)))))


def tag_grams(tags: Iterable[str]) -> set[str]:
    grams: set[str] = set()
    for tag in tags:
        search_service._prefix_grams(search_service._words(tag), grams)
        search_service._cjk_grams(simplified(tag), grams)
    return grams


@functools.lru_cache(maxsize=4096)  # contacts share a few tag lists: computed once each
def _tag_list(raw: str) -> tuple[list[str], list[str], frozenset[str]]:
    """The tags of a stored list, their parts of the text and their grams."""
    tags = search_service._tags(raw)
    return tags, tag_parts(tags), frozenset(tag_grams(tags))


def might_come_from(gram: str, text: str) -> bool:
    """Whether the rest of an entry (``text``) might give ``gram`` too: a Latin gram when a word of
    the text starts with it, or both its letters start words (initials; "lv" of 吕 ends in v); any
    other when one of its characters is in the text. Never False for a gram the builder makes of
    the contact's other parts (tested over many kinds of names)."""
    if gram.isascii():
        if not _word_start(gram[0]).search(text):  # most texts: no word starts with its letter
            return False
        words = [w for w in _WORD.split(text) if w]
        if any(w.startswith(gram) for w in words):
            return True
        firsts = {w[0] for w in words}
        return gram[0] in firsts and (gram[-1] in firsts or gram[-1] == "v")
    return any(ch in text or names.fold(ch) in text for ch in gram)


@functools.cache
def _word_start(letter: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(letter)}")


def select_sql(temp: str) -> str:
    """The rows :func:`in_place` needs for the contacts of ``temp`` (id, old, new) without a
    nickname or a middle name, with their name fields joined (:func:`plain_names`)."""
    fields = " || char(31) || ".join(f"coalesce(c.{f}, '')" for f in _NAME_FIELDS)
    return (
        f"WITH m(contact_id, text, email, phone) AS ({search_service._METHOD_SELECT} "
        f"AND contact_id IN (SELECT id FROM {temp}) GROUP BY contact_id) "
        f"SELECT e.id, e.text, e.grams, e.rank_zh, r.id, r.old, r.new, m.text, {fields} "
        f"FROM {temp} r CROSS JOIN contact c ON c.id = r.id "
        "CROSS JOIN search_entry e ON e.entity_id = r.id LEFT JOIN m ON m.contact_id = r.id "
        "WHERE e.kind = 'contact' AND coalesce(c.nickname, '') = '' AND coalesce(c.middle_name, '') = ''"
    )


def _digit_or_at(text: str) -> bool:
    """Whether ``text`` holds a digit or "@" in any script or width (as folded, too: "²", "﹫")."""
    if _DIGIT_OR_AT.search(text):
        return True
    return not text.isascii() and bool(_DIGIT_OR_AT.search(unicodedata.normalize("NFKC", text)))


def in_place(
    entry_id: int,
    text: str,
    grams: str,
    old: str,
    new: str,
    method_text: str | None,
    name_fields: str,
) -> Written | None:
    """The entry with the tags ``new`` instead of ``old`` (JSON lists), or None where only the
    builder can tell. ``name_fields``: the contact's name fields joined (:data:`_NAME_FIELDS`)."""
    if not method_text or _digit_or_at(name_fields):
        return None
    method = method_text if method_text.isascii() else simplified(names.fold(method_text))
    if not _digit_or_at(method):  # a WeChat id alone may equal a name's pinyin
        return None
    _, old_parts, old_grams = _tag_list(old)
    new_tags, new_parts, new_grams = _tag_list(new)
    tail = _SEP.join(old_parts)
    if tail:
        if not text.endswith(_SEP + tail):
            return None
        rest = text[: -len(_SEP + tail)]
    else:
        rest = text
    # the rest ends with the method text, found once, and no tag's part is found in it
    if not (rest == method or rest.endswith(_SEP + method)):
        return None
    if f"{_SEP}{rest}{_SEP}".count(f"{_SEP}{method}{_SEP}") != 1:
        return None
    if any(f"{_SEP}{p}{_SEP}" in f"{_SEP}{rest}{_SEP}" for p in (*old_parts, *new_parts)):
        return None
    before = set(grams.split())
    if not old_grams <= before:
        return None
    leaving = old_grams - new_grams
    if any(might_come_from(g, rest) for g in leaving):
        return None
    after = (before - leaving) | new_grams
    return Written(
        entry_id=entry_id,
        text=_SEP.join([rest, *new_parts]),
        tags=", ".join(new_tags),
        grams=" ".join(sorted(after)),
        gone=tuple(sorted(before - after)),
        new=tuple(sorted(after - before)),
    )


def write_in_place(conn: sqlite3.Connection, temp: str, now: object) -> set[str]:
    """Write the entries of the contacts of ``temp`` that :func:`in_place` can; returns the ids of
    those written (the others are left to the builder)."""
    done: set[str] = set()
    updates, gone, new = [], [], []
    for entry_id, text, grams, rank_zh, contact_id, old, new_tags, method_text, fields in conn.execute(
        select_sql(temp)
    ):
        written = in_place(entry_id, text, grams, old, new_tags, method_text, fields)
        if written is None:
            continue
        done.add(contact_id)
        updates.append((written.text, written.tags, written.grams, now, entry_id))
        gone += [(g, 0, entry_id) for g in written.gone]
        new += [(g, 0, entry_id, rank_zh) for g in written.new]
    write_entries(conn, updates)
    conn.executemany(search_service._DELETE_GRAM, gone)
    conn.executemany(search_service._INSERT_GRAM, new)
    return done


def write_entries(conn: sqlite3.Connection, updates: list[tuple[str, str, str, object, int]]) -> None:
    """Set (text, tags, grams, updated_at) of entries by row id (the last value), in one statement:
    the FTS5 index flushes at each statement's savepoint, and the ``search_fts_au`` trigger (kept
    for up to 5,000 records) re-indexes each text, so an ``UPDATE`` a row wrote a segment a row
    (issue 17)."""
    write_rows(
        conn,
        "UPDATE search_entry SET text = u.value ->> 0, tags = u.value ->> 1, grams = u.value ->> 2, "
        "updated_at = u.value ->> 3 FROM json_each(?) u WHERE search_entry.id = u.value ->> 4",
        "UPDATE search_entry SET text = ?, tags = ?, grams = ?, updated_at = ? WHERE id = ?",
        updates,
    )
