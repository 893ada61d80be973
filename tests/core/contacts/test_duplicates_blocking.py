"""Duplicates by blocking keys find exactly the pairs that comparing every pair finds."""

from __future__ import annotations

import itertools
import random
import sqlite3
from collections import Counter

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, OrgKind
from petdesk.services import duplicates as d
from petdesk.services.matching import (
    PINYIN_SYLLABLES,
    fold_latin,
    names_conflict,
    normalize_email,
    normalize_phone,
    one_edit_apart,
    person_name_keys,
    phone_key,
)
from petdesk.services.shared_lines import is_shared_line
from tests.core.contacts.io_helpers import add_contact

LATIN = [
    ("Zhang", "Wei"),
    ("Wei", "Zhang"),
    ("Li", "Na"),
    ("Müller", "Anna"),
    ("Mueller", "Anna"),
    ("Ye", "Bin"),
]
CHINESE = [("张", "伟"), ("李", "娜"), ("叶", "斌"), ("叶", "彬"), ("章", "伟")]
EMAILS = ["wei@example.cn", "WEI@Example.cn", "na@example.cn", "office@example.cn", "anna@uba.example"]
PHONES = [
    "+86 10 6512 3456",
    "010-6512-3456",
    "13800138000",
    "+86 138 0013 8000",
    "+49 30 1234 5678",
    "12345",
]


def _address_book(db: Database, n: int = 120) -> None:
    """``n`` people from a few names, e-mails and phones in several spellings: many shared keys,
    some groups big enough to count as common names, colleagues sharing a switchboard."""
    rng = random.Random(17)
    with db.transaction() as s:
        orgs = [m.Organisation(name_en=f"Org {i}", kind=OrgKind.ENTERPRISE) for i in range(4)]
        s.add_all(orgs)
        s.flush()
        for _ in range(n):
            fields: dict[str, object] = {}
            if rng.random() < 0.7:
                fields["family_name"], fields["given_name"] = rng.choice(LATIN)
            if rng.random() < 0.5:
                fields["family_name_zh"], fields["given_name_zh"] = rng.choice(CHINESE)
            methods = []
            if rng.random() < 0.3:
                methods.append((ContactChannel.EMAIL, ChannelLabel.WORK, rng.choice(EMAILS)))
            if rng.random() < 0.3:
                methods.append((ContactChannel.PHONE, ChannelLabel.WORK, rng.choice(PHONES)))
            contact = add_contact(s, methods=methods, **fields)
            if rng.random() < 0.5:
                s.add(m.Affiliation(contact_id=contact.id, organisation_id=rng.choice(orgs).id))
        s.flush()


def _all_pairs(db: Database, min_score: float = 0.5) -> dict[tuple[str, str], tuple[float, list[str]]]:
    """Every pair of live contacts compared directly (no blocking), with the service's weights."""
    with db.reading() as s:
        people = {
            c.id: (c.family_name, c.given_name, c.family_name_zh, c.given_name_zh, c.name_order)
            for c in s.query(m.Contact).where(m.Contact.deleted_at.is_(None))
        }
        emails: dict[str, list[tuple[str, str]]] = {cid: [] for cid in people}
        phones: dict[str, list[tuple[str, str]]] = {cid: [] for cid in people}
        for method in s.query(m.ContactMethod).where(m.ContactMethod.deleted_at.is_(None)):
            if method.channel == ContactChannel.EMAIL and normalize_email(method.value):
                emails[method.contact_id].append((normalize_email(method.value), method.value))
            elif method.channel == ContactChannel.PHONE and len(normalize_phone(method.value)) >= 7:
                phones[method.contact_id].append((phone_key(method.value), method.value))
        orgs: dict[str, set[str]] = {cid: set() for cid in people}
        for aff in s.query(m.Affiliation).where(
            m.Affiliation.deleted_at.is_(None), m.Affiliation.end_date.is_(None)
        ):
            orgs[aff.contact_id].add(aff.organisation_id)
    names = {
        cid: {k: kind for k, kind in person_name_keys(*p[:4]).items() if not k.startswith("n1:")}
        for cid, p in people.items()
    }
    name_count = Counter(k for keys in names.values() for k in keys)
    email_count = Counter(k for cid in people for k in {k for k, _ in emails[cid]})
    phone_count = Counter(k for cid in people for k in {k for k, _ in phones[cid]})
    first_shown = {}
    for cid in people:  # the value shown is the first spelling read, as in the service
        for k, v in emails[cid]:
            first_shown.setdefault("e:" + k, v)
        for k, v in phones[cid]:
            first_shown.setdefault("p:" + k, v)
    evidence = d._Evidence()
    for a, b in itertools.combinations(sorted(people), 2):
        for prefix, values, counts, weight, label, shared_label in (
            (
                "e:",
                emails,
                email_count,
                d.W_EMAIL,
                "same e-mail {value}",
                "same e-mail {value} (but different names)",
            ),
            (
                "p:",
                phones,
                phone_count,
                d.W_PHONE,
                "same phone {value}",
                "same phone {value} (but different names)",
            ),
        ):
            for key in {k for k, _ in values[a]} & {k for k, _ in values[b]}:
                if counts[key] > d.NAME_GROUP_LIMIT:
                    continue
                shown = first_shown[prefix + key]
                if prefix == "p:" and is_shared_line(counts[key], ("work",), bool(orgs[a] & orgs[b]), shown):
                    continue  # a switchboard (every number here is labelled "work")
                if names_conflict(people[a][:4], people[b][:4]):
                    evidence.add(a, b, d.Reason(shared_label, value=shown), d.W_SHARED)
                else:
                    evidence.add(a, b, d.Reason(label, value=shown), weight)
        for key in names[a].keys() & names[b].keys():
            size = name_count[key]
            if size > d.NAME_GROUP_LIMIT and not (orgs[a] & orgs[b]):
                continue  # a very common name counts only between colleagues
            reason, weight = d._name_reason(people[a], people[b], key, names[a][key], names[b][key])
            if weight:
                evidence.add(a, b, reason, weight * d._name_rarity(size), group="name")
    _add_spelling_variants(people, emails, evidence)
    for (a, b), weights in evidence.reasons.items():
        if orgs[a] & orgs[b]:
            weights[d.Reason("both at {organisation}", organisation="x")] = d.W_SAME_ORG
    return {
        pair: (score, sorted(r for r in reasons if not r.startswith("both at")))
        for pair, score, reasons in evidence.scored()
        if score >= min_score
    }


def _add_spelling_variants(
    people: dict[str, d.Person], emails: dict[str, list[tuple[str, str]]], evidence: d._Evidence
) -> None:
    """Surnames one letter apart beside one given name, every pair of Latin-only names compared."""
    latin = {
        cid: (fold_latin(p[1]), fold_latin(p[0]))
        for cid, p in people.items()
        if not (p[2] or p[3]) and p[1] and len(fold_latin(p[0])) >= d.SURNAME_VARIANT_MIN
    }
    count = Counter(latin.values())
    for a, b in itertools.combinations(sorted(latin), 2):
        (given_a, fam_a), (given_b, fam_b) = latin[a], latin[b]
        if given_a != given_b or not one_edit_apart(fam_a, fam_b):
            continue
        if fam_a in PINYIN_SYLLABLES and fam_b in PINYIN_SYLLABLES:
            continue
        size = count[latin[a]] + count[latin[b]]
        if size > d.NAME_GROUP_LIMIT:
            continue
        reason = d.Reason(
            "surname spelled almost the same: {first} / {second}", first=people[a][0], second=people[b][0]
        )
        evidence.add(a, b, reason, d.W_SURNAME_VARIANT * d._name_rarity(size))
        for (_, x), (_, y) in itertools.product(sorted(emails[a]), sorted(emails[b])):
            name_x, name_y = (fold_latin(v.strip().lower().partition("@")[0]) for v in (x, y))
            if (fam_a in name_x + " " + name_y or fam_b in name_x + " " + name_y) and (
                name_x == name_y or one_edit_apart(name_x, name_y)
            ):
                alike = d.Reason("e-mail names alike: {first} / {second}", first=x, second=y)
                evidence.add(a, b, alike, d.W_EMAIL_NAME_ALIKE)
                break


@pytest.mark.parametrize("in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch database"])
def test_blocking_finds_the_pairs_of_all_pairs(
    db: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int
) -> None:
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    _address_book(db)
    expected = _all_pairs(db)
    with db.reading() as s:
        found = d.find_contact_duplicates(s)
    got = {p.key: (p.score, sorted(r for r in p.reasons if not r.startswith("both at"))) for p in found}
    assert len(expected) > 30  # the address book is built to have many
    assert got == expected


def test_name_keys_from_parts_are_those_of_person_name_keys() -> None:
    """NameKeys folds each name part once and joins the keys itself: the same keys, kinds and order as
    person_name_keys gives (single name words left out), for names in both scripts, parts missing,
    a pinyin equal to the Latin name or not, and surnames with their own reading (单 -> Shan)."""
    families = ["Zhang", "ZHANG", "Wei", "Müller", "Lǚ", "Shan", "Dan", "", "  ", "O'Neil-Smith"]
    givens = ["Wei", "Zhang", "Anna", "Xiao-Ming", "", "Jean Luc", "Bin"]
    zh = [
        ("张", "伟"),
        ("单", "斌"),
        ("吕", "小明"),
        ("欧阳", "娜"),
        ("", "伟"),
        ("张", ""),
        ("", ""),
        (" ", " "),
    ]
    name_keys = d.NameKeys()
    checked = 0
    for family, given, (family_zh, given_zh) in itertools.product(families, givens, zh):
        expected = tuple(
            (key, kind)
            for key, kind in person_name_keys(family, given, family_zh, given_zh).items()
            if not key.startswith("n1:")
        )
        assert name_keys(family, given, family_zh, given_zh) == expected, (family, given, family_zh, given_zh)
        checked += bool(expected)
    assert checked > 400  # most names have keys
    # the same name again comes from the folded parts kept
    assert name_keys("Wei", "Zhang", "张", "伟") == (("n:wei|zhang", "latin"), ("zh:张伟", "chinese"))


def _methods_table(rows: list[tuple[str, str, str]]) -> sqlite3.Connection:
    """A file's contact_method table (the columns the filter reads) holding (contact, channel, value)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE contact_method (contact_id, channel, value, deleted_at, label)")
    conn.executemany("INSERT INTO contact_method VALUES (?, ?, ?, NULL, 'work')", rows)
    return conn


def test_the_method_filter_yields_every_row_of_a_shared_key() -> None:
    """Rows of keys that two or more rows share all come back, in the order of the file, with their
    key; rows of other keys mostly not (a bit per hash); deleted rows and other channels never."""
    rng = random.Random(17)
    rows = []
    for i in range(3000):
        if rng.random() < 0.5:
            rows.append(
                (f"c{i}", "email", rng.choice(["", "  ", "MAILTO:"]) + f"p{rng.randrange(4000)}@x.example")
            )
        else:
            rows.append((f"c{i}", "phone", f"+86 138 {rng.randrange(3000):04d} {rng.randrange(10):04d}"))
    rows += [("w1", "wechat", "p1@x.example"), ("w2", "wechat", "p1@x.example"), ("s", "phone", "123")]
    conn = _methods_table(rows)
    conn.execute("UPDATE contact_method SET deleted_at = 1 WHERE rowid % 97 = 0")
    live = [r for i, r in enumerate(rows, 1) if i % 97 and r[1] in ("email", "phone")]
    key_of = {"email": d._email_key, "phone": d._phone_key}
    counts = Counter((channel, key_of[channel](value)) for _, channel, value in live)
    shared = [(ch, cid, v, key_of[ch](v), "work") for cid, ch, v in live if counts[(ch, key_of[ch](v))] > 1]
    assert len(shared) > 500  # the test has shared keys of both channels
    found = list(d.maybe_shared_methods(conn))
    assert [row for row in found if counts[(row[0], row[3])] > 1] == shared
    assert len(found) < len(shared) + len(live) // 10  # few others


def test_the_method_filter_reads_a_changed_row_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    """Between the pass that picks the rows and their reading again, a row deleted is left out and a
    row whose value changed comes with the key of its new value."""
    monkeypatch.setattr(d, "_REREAD", 1)  # one row read again at a time
    conn = _methods_table(
        [
            ("a", "email", "x@example.cn"),
            ("b", "email", "X@example.cn"),
            ("c", "phone", "13800138000"),
            ("d", "phone", "+86 138 0013 8000"),
            ("e", "email", "y@example.cn"),
            ("f", "email", "y@example.cn"),
        ]
    )
    rows = d.maybe_shared_methods(conn)
    assert next(rows) == ("email", "a", "x@example.cn", "x@example.cn", "work")
    conn.execute("UPDATE contact_method SET deleted_at = 1 WHERE contact_id = 'b'")
    conn.execute("UPDATE contact_method SET value = '0086 138 0013 8000' WHERE contact_id = 'c'")
    assert list(rows) == [
        ("phone", "c", "0086 138 0013 8000", "13800138000", "work"),
        ("phone", "d", "+86 138 0013 8000", "13800138000", "work"),
        ("email", "e", "y@example.cn", "y@example.cn", "work"),
        ("email", "f", "y@example.cn", "y@example.cn", "work"),
    ]
