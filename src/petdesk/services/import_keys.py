"""The keys an import matches people by, in temporary tables: bounded memory at any size.

An import compares each row with the people already known: same e-mail, same phone, same name (and
then the organisation). Holding every contact's keys in Python dictionaries took hundreds of MB at
100,000 contacts; here they are written once per import into a temporary, indexed SQLite table
(which SQLite keeps on disk beyond its page cache), with the people the import itself adds, and a
chunk of rows looks up only the keys it has.

Keys: ``e:`` normalised e-mail, ``p:`` phone key (the whole national number,
``matching.phone_key``), ``zh:`` the name in Chinese (or another native script), ``l:`` the folded
Latin name parts (digits kept) in sorted order, ``pp:`` a passport number (letters and digits only).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from petdesk.connection import session_sqlite
from petdesk.han_script import simplified_name
from petdesk.i18n import office_country
from petdesk.models.enums import ContactChannel
from petdesk.services.matching import (
    fold_name_part,
    may_read_by_country,
    normalize_email,
    normalize_phone,
    organisation_name_key,
    phone_key,
    reading_country,
)
from petdesk.services.name_readings import name_reading
from petdesk.services.names import chinese_name, is_vietnamese_name
from petdesk.services.record_country import countries_of_methods

_EMAIL, _PHONE = ContactChannel.EMAIL.value, ContactChannel.PHONE.value
#: Values per ``IN (...)`` look-up (SQLite's limit on parameters is far above).
_BATCH = 500
#: Separates the keys of one person in a text column of ``import_added``.
_SEP = "\x1f"


def method_key(channel: str, value: str, country: str = "") -> str:
    """ "e:…" for an e-mail, "p:…" for a phone long enough to identify a line, else "". A number is
    read in its record's ``country`` (the row's column, the stored person's address or organisation)
    when that dials a trunk "8", else where the office is, on both sides, as the duplicate finder
    reads it: at a Kazakh office, or for a Kazakh row or person, "8 701 123 45 67" meets
    "+7 701 123 45 67" (``matching.reading_country``)."""
    if channel == _EMAIL:
        return "e:" + normalize_email(value)
    if channel == _PHONE and len(normalize_phone(value)) >= 5:
        return "p:" + phone_key(value, reading_country(country, office_country()))
    return ""


def _stored_method_keys(
    conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]
) -> Iterator[tuple[str, str]]:
    """(key, contact id) of stored (row id, contact id, channel, value) methods, a number that may
    read otherwise in its person's country (``matching.may_read_by_country``) keyed in it."""
    for _, key, cid in _stored_method_keys_by_row(conn, rows):
        yield key, cid


def _stored_method_keys_by_row(
    conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]
) -> Iterator[tuple[int, str, str]]:
    """(row id, key, contact id) of :func:`_stored_method_keys`."""
    later: list[tuple[int, str, str]] = []
    for row_id, cid, channel, value in rows:
        key = method_key(channel, value)
        if key[:2] == "p:" and may_read_by_country(key[2:]):
            later.append((row_id, cid, value))
        elif key:
            yield row_id, key, cid
    countries = countries_of_methods(conn, [row_id for row_id, _, _ in later]) if later else {}
    for row_id, cid, value in later:
        yield row_id, method_key(_PHONE, value, countries.get(row_id, "")), cid


#: What a person's identity documents say: a row filling these where they are empty is no copy, and
#: a passport number or birthday other than the namesake's tells two people apart (passports53).
DOCUMENT_FIELDS = ("passport_number", "passport_expiry", "nationality", "birthday")


def passport_key(number: str) -> str:
    """ "pp:N12345678" for a passport number as written ("n 1234-5678" alike), "" for none."""
    plain = "".join(ch for ch in number.upper() if ch.isalnum())
    return "pp:" + plain if plain else ""


def _documents(text: str) -> dict[str, str]:
    return dict(zip(DOCUMENT_FIELDS, text.split(_SEP), strict=False)) if text else {}


def name_keys(fam: str, giv: str, fam_zh: str, giv_zh: str) -> list[str]:
    keys = []
    if fam_zh or giv_zh:
        keys.append("zh:" + simplified_name(f"{fam_zh}{giv_zh}"))  # 陳志明 meets 陈志明
    if fam or giv:
        keys.append("l:" + "|".join(sorted((fold_name_part(fam), fold_name_part(giv)))))
    return keys


def org_keys(names: Iterable[str]) -> set[str]:
    return {k for k in map(organisation_name_key, names) if k}


@dataclass
class Person:
    """What matching needs of one known person."""

    #: (family, given, family_zh, given_zh)
    parts: tuple[str, str, str, str]
    org_keys: set[str] = field(default_factory=set)
    method_keys: set[str] = field(default_factory=set)
    #: Added by an earlier row of the file being imported (not known before the import) ...
    added: bool = False
    #: ... with this id of its own in the file (a petdesk ID or vCard UID; "" for none) ...
    uid: str = ""
    #: ... on this line of the file.
    line: int = 0
    #: The name's reading as given (kana, pinyin ...): (family, given).
    phonetic: tuple[str, str] = ("", "")
    #: Language of the native-script name: "" (Chinese), "ja" or "ko".
    language: str = ""
    #: The values of :data:`DOCUMENT_FIELDS` ("" for one not known).
    documents: dict[str, str] = field(default_factory=dict)
    #: Phone key -> (label, value) as the person holds the number: whether it is their own mobile or
    #: an office's line is what their record says, not the label a row gives it.
    phones: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def passport_key(self) -> str:
        return passport_key(self.documents.get("passport_number", ""))

    @property
    def reading(self) -> tuple[str, str]:
        """(family, given) as they sound, in folded Latin letters (``name_readings``)."""
        return name_reading(self.parts, self.phonetic, self.language)

    @property
    def name(self) -> str:
        fam, giv, fam_zh, giv_zh = self.parts
        # Trần Văn Đức as he writes it, not "Văn Đức Trần" (field test 93)
        latin = f"{fam} {giv}" if is_vietnamese_name(fam, giv) else f"{giv} {fam}"
        return chinese_name(fam_zh, giv_zh) or latin.strip()


def _in(values: Sequence[str]) -> str:
    return "(" + ",".join("?" * len(values)) + ")"


def _batches(values: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class KeyTable:
    """The match keys of every live contact at the start of the import plus those the import adds.

    Use as a context manager: the temporary tables are dropped at the end."""

    def __init__(self, session: Session) -> None:
        self.conn: sqlite3.Connection = session_sqlite(session)
        self._drop()
        self.conn.execute("CREATE TEMP TABLE import_key (key TEXT NOT NULL, contact_id TEXT NOT NULL)")
        self.conn.execute(
            "CREATE TEMP TABLE import_added (contact_id TEXT PRIMARY KEY, family_name TEXT, "
            "given_name TEXT, family_name_zh TEXT, given_name_zh TEXT, org_keys TEXT, method_keys TEXT, "
            "uid TEXT, line INTEGER, phonetic_family_name TEXT, phonetic_given_name TEXT, "
            "native_name_language TEXT, documents TEXT, phones TEXT)"
        )
        insert = "INSERT INTO temp.import_key (key, contact_id) VALUES (?, ?)"
        methods = self.conn.execute(
            "SELECT m.rowid, m.contact_id, m.channel, m.value FROM contact_method m "
            "JOIN contact c ON c.id = m.contact_id "
            "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL AND m.channel IN (?, ?)",
            (_EMAIL, _PHONE),
        ).fetchall()
        self.conn.executemany(insert, _stored_method_keys(self.conn, methods))
        people = self.conn.execute(
            "SELECT id, family_name, given_name, family_name_zh, given_name_zh FROM contact "
            "WHERE deleted_at IS NULL"
        )
        self.conn.executemany(
            insert, ((key, row[0]) for row in people for key in name_keys(*(v or "" for v in row[1:])))
        )
        passports = self.conn.execute(
            "SELECT id, passport_number FROM contact WHERE deleted_at IS NULL AND passport_number != ''"
        )
        self.conn.executemany(
            insert, ((key, cid) for cid, number in passports if (key := passport_key(number)))
        )
        self.conn.execute("CREATE INDEX temp.import_key_key ON import_key (key)")

    def __enter__(self) -> KeyTable:
        return self

    def __exit__(self, *exc: object) -> None:
        self._drop()

    def _drop(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.import_key")
        self.conn.execute("DROP TABLE IF EXISTS temp.import_added")

    def lookup(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """Contact ids by key, for the keys that any contact has."""
        found: dict[str, set[str]] = {}
        for batch in _batches(sorted(set(keys))):
            for key, cid in self.conn.execute(
                f"SELECT key, contact_id FROM temp.import_key WHERE key IN {_in(batch)}", batch
            ):
                found.setdefault(key, set()).add(cid)
        return found

    def ids(self, ids: Iterable[str]) -> tuple[set[str], set[str]]:
        """(taken, live) among ``ids``: taken by any contact, deleted ones too (ids are never reused),
        or by a person this import adds; live ones can be matched."""
        taken: set[str] = set()
        live: set[str] = set()
        for batch in _batches(set(ids)):
            for cid, deleted in self.conn.execute(
                f"SELECT id, deleted_at IS NOT NULL FROM contact WHERE id IN {_in(batch)} "
                f"UNION ALL SELECT contact_id, 0 FROM temp.import_added WHERE contact_id IN {_in(batch)}",
                batch + batch,
            ):
                taken.add(cid)
                if not deleted:
                    live.add(cid)
        return taken, live

    def people(self, ids: Iterable[str]) -> dict[str, Person]:
        """Names, organisation keys and e-mail/phone keys of these contacts (live ones only)."""
        out: dict[str, Person] = {}
        for batch in _batches(sorted(set(ids))):
            params = list(batch)
            for cid, fam, giv, fam_zh, giv_zh, orgs, methods, uid, line, *reading in self.conn.execute(
                "SELECT contact_id, family_name, given_name, family_name_zh, given_name_zh, org_keys, "
                "method_keys, uid, line, phonetic_family_name, phonetic_given_name, native_name_language, "
                f"documents, phones FROM temp.import_added WHERE contact_id IN {_in(batch)}",
                params,
            ):
                out[cid] = Person(
                    (fam, giv, fam_zh, giv_zh),
                    set(filter(None, orgs.split(_SEP))),
                    set(filter(None, methods.split(_SEP))),
                    added=True,
                    uid=uid,
                    line=line,
                    phonetic=(reading[0], reading[1]),
                    language=reading[2],
                    documents=_documents(reading[3]),
                    phones={key: (label, value) for key, label, value in json.loads(reading[4])},
                )
            known = [cid for cid in batch if cid not in out]
            if not known:
                continue
            for cid, fam, giv, fam_zh, giv_zh, pfam, pgiv, language, *documents in self.conn.execute(
                "SELECT id, family_name, given_name, family_name_zh, given_name_zh, phonetic_family_name, "
                f"phonetic_given_name, native_name_language, {', '.join(DOCUMENT_FIELDS)} FROM contact "
                f"WHERE deleted_at IS NULL AND id IN {_in(known)}",
                known,
            ):
                out[cid] = Person(
                    (fam or "", giv or "", fam_zh or "", giv_zh or ""),
                    phonetic=(pfam or "", pgiv or ""),
                    language=language or "",
                    documents=dict(zip(DOCUMENT_FIELDS, (v or "" for v in documents), strict=True)),
                )
            stored = self.conn.execute(
                "SELECT rowid, contact_id, channel, value, coalesce(label, '') FROM contact_method "
                f"WHERE deleted_at IS NULL AND channel IN (?, ?) AND contact_id IN {_in(known)}",
                [_EMAIL, _PHONE, *known],
            ).fetchall()
            labels = {row[0]: (row[4], row[3]) for row in stored if row[2] == _PHONE}
            for row_id, key, cid in _stored_method_keys_by_row(self.conn, [row[:4] for row in stored]):
                if cid in out:
                    out[cid].method_keys.add(key)
                    if row_id in labels:
                        out[cid].phones.setdefault(key, labels[row_id])
            for cid, *names in self.conn.execute(
                "SELECT a.contact_id, o.name_en, o.name_zh, o.short_name_en, o.short_name_zh "
                "FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
                f"WHERE a.deleted_at IS NULL AND a.end_date IS NULL AND a.contact_id IN {_in(known)}",
                known,
            ):
                if cid in out:
                    out[cid].org_keys |= org_keys(n or "" for n in names)
        return out

    def add(self, cid: str, person: Person) -> None:
        """A person this import adds: later rows of the file match it like anyone known."""
        keys = [*person.method_keys, *name_keys(*person.parts), *filter(None, [person.passport_key])]
        self.conn.executemany(
            "INSERT INTO temp.import_key (key, contact_id) VALUES (?, ?)", [(k, cid) for k in keys]
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO temp.import_added VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                cid,
                *person.parts,
                _SEP.join(sorted(person.org_keys)),
                _SEP.join(sorted(person.method_keys)),
                person.uid,
                person.line,
                *person.phonetic,
                person.language,
                _SEP.join(person.documents.get(f, "") for f in DOCUMENT_FIELDS),
                json.dumps([[key, *held] for key, held in person.phones.items()], ensure_ascii=False),
            ),
        )
