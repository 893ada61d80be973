"""The duplicates found on a generated address book, pinned line by line (pairs, scores, names and
reasons in their order), so that work on the finder's speed cannot change what it finds unnoticed.

The address book is built here from one ``random.Random`` (ids included), independent of the demo
generator. After a deliberate change of the results, rewrite the pinned file with
``PETDESK_REPIN=1 pytest tests/core/contacts/test_duplicates_pinned.py`` and review its diff.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import uuid
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.connection import begin_real_transaction, sqlite_of
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder, OrgKind
from petdesk.services import duplicates as d
from petdesk.services import duplicates_at_scale as at_scale
from tests.core.contacts.io_helpers import add_contact
from tests.helpers.fixtures import built_file, copy_into

PINNED = Path(__file__).resolve().parents[2] / "data" / "duplicates_pinned.txt"

LATIN_FAMILY = ["Zhang", "Wang", "Li", "Müller", "Mueller", "Schmidt", "Pérez", "Ye", "Shan", "Ouyang", "Wei"]
LATIN_GIVEN = ["Wei", "Na", "Anna", "Carlos", "Bin", "Xiaoming", "Lǚ", "Jean-Luc", "Zhang", "Li"]
ZH_FAMILY = ["张", "章", "王", "李", "叶", "单", "欧阳", "吕"]
ZH_GIVEN = ["伟", "娜", "斌", "彬", "小明", "晓明", "静"]
DOMAINS = ["example.cn", "uba.example", "green.example.com"]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _email(rng: random.Random) -> str:
    local = rng.choice(["office", "info", *(f"p{k}" for k in range(60))])
    value = f"{local}@{rng.choice(DOMAINS)}"
    roll = rng.random()
    if roll < 0.15:
        return value.upper()
    if roll < 0.25:
        return f"mailto:{value}"
    if roll < 0.3:
        return f"  {value} "
    return value


def _phone(rng: random.Random) -> str:
    number = rng.choice(["1380013800", "1065123456", "3012345678", "2150501234", "1391112222"])
    number += str(rng.randrange(40))
    roll = rng.random()
    if roll < 0.3:
        return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
    if roll < 0.4:
        return f"0086-{number}"
    if roll < 0.5:
        return f"({number[:3]}) {number[3:]}"
    if roll < 0.55:
        return number[-6:]  # too short to count
    if roll < 0.6:
        return f"{number}; ext. 12"
    return number


def _address_book(db: Database, n: int = 400) -> None:
    """``n`` people drawn from few names in both scripts, with shared e-mails and phones in several
    spellings, colleagues, ended and deleted rows, one very common name and one switchboard."""
    rng = random.Random(20261202)
    with db.transaction() as s:
        orgs = []
        for i in range(12):
            website = rng.choice(
                ["", "https://www.green.example.com", "green.example.com/en", "http://uba.example"]
            )
            org = m.Organisation(
                id=_uid(rng),
                name_en=rng.choice(["Green Tech Co., Ltd.", "Green Tech Ltd", "UBA", f"Org {i}", ""]),
                name_zh=rng.choice(["", "绿色科技有限公司", "绿色科技", f"机构{i}"]),
                short_name_en=rng.choice(["", "GT", "UBA"]),
                aliases=rng.choice([[], ["Green Tech"], ["German Environment Agency"]]),
                website=website,
                kind=OrgKind.ENTERPRISE,
            )
            if not (org.name_en or org.name_zh):
                org.name_en = f"Office {i}"
            if i == 11:
                org.deleted_at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
            orgs.append(org)
        s.add_all(orgs)
        s.flush()
        ids = []
        for i in range(n):
            fields: dict[str, object] = {"id": _uid(rng)}
            if i % 14 == 0:  # one very common name: 29 of them plus the random ones
                fields.update(family_name="Wang", given_name="Fang", family_name_zh="王", given_name_zh="芳")
            else:
                if rng.random() < 0.75:
                    fields["family_name"] = rng.choice(LATIN_FAMILY)
                    fields["given_name"] = rng.choice(LATIN_GIVEN)
                    if rng.random() < 0.1:
                        fields["family_name"] = str(fields["family_name"]).upper()
                    if rng.random() < 0.05:
                        fields["given_name"] = ""
                if rng.random() < 0.5:
                    fields["family_name_zh"] = rng.choice(ZH_FAMILY)
                    fields["given_name_zh"] = rng.choice(ZH_GIVEN)
            fields["name_order"] = rng.choice([NameOrder.FAMILY_FIRST, NameOrder.GIVEN_FIRST])
            methods = []
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                methods.append((ContactChannel.EMAIL, ChannelLabel.WORK, _email(rng)))
            for _ in range(rng.choice([0, 1, 1, 2])):
                methods.append((ContactChannel.PHONE, ChannelLabel.MOBILE, _phone(rng)))
            if i % 30 == 1:  # a switchboard shared by more than NAME_GROUP_LIMIT people
                methods.append((ContactChannel.PHONE, ChannelLabel.WORK, "+86 10 8888 0000"))
            if rng.random() < 0.05:
                methods.append((ContactChannel.WECHAT, ChannelLabel.OTHER, "wei"))
            contact = add_contact(s, methods=methods, **fields)
            ids.append(contact.id)
            for _ in range(rng.choice([0, 1, 1, 2])):
                s.add(
                    m.Affiliation(
                        id=_uid(rng),
                        contact_id=contact.id,
                        organisation_id=rng.choice(orgs).id,
                        end_date=dt.date(2025, 6, 30) if rng.random() < 0.1 else None,
                        deleted_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC) if rng.random() < 0.05 else None,
                    )
                )
            if rng.random() < 0.03:
                contact.deleted_at = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
            if methods and rng.random() < 0.05:
                contact.methods[0].deleted_at = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
        s.flush()
    with db.transaction() as s:
        pairs = d.find_contact_duplicates(s)
        for pair in pairs[3:30:9]:  # a few pairs the user said are different people
            d.dismiss(s, "contact", pair.second_id, pair.first_id)


@pytest.fixture(scope="module")
def address_book_file(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """The address book, built once for the module's tests (building it takes most of a test's
    time): each test reads its own copy, so none sees what another did."""
    return built_file(tmp_path_factory, empty_template, _address_book)[0]


@pytest.fixture
def address_book(db: Database, address_book_file: Path) -> Database:
    return copy_into(address_book_file, db)


def _lines(pairs: list[d.DuplicatePair]) -> list[str]:
    return [
        f"{p.entity} {p.first_id[:8]} {p.second_id[:8]} {p.score:.3f} {p.first_name} | {p.second_name}"
        f" | {' ; '.join(p.reasons)}"
        for p in pairs
    ]


def _found(db: Database, in_transaction: bool = False) -> list[str]:
    with db.reading() as s:
        if in_transaction:
            begin_real_transaction(sqlite_of(s))
        lines = ["# find_duplicates(min_score=0.5)", *_lines(d.find_duplicates(s))]
        lines += ["# find_duplicates(entity='contact', min_score=0.3)"]
        lines += _lines(d.find_duplicates(s, entity="contact", min_score=0.3))
        first = d.find_contact_duplicates(s)[0].first_id
        lines += [f"# find_contact_duplicates(contact_id={first[:8]})"]
        lines += _lines(d.find_contact_duplicates(s, contact_id=first))
    return lines


@pytest.mark.parametrize(
    ("in_memory_limit", "in_transaction"),
    [(d.IN_MEMORY_LIMIT, False), (0, False), (0, True)],
    ids=["in memory", "scratch database", "scratch database, people copied through Python"],
)
def test_found_pairs_are_the_pinned_ones(
    address_book: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int, in_transaction: bool
) -> None:
    """Both ways of finding them: in memory (small files) and through a scratch database (large),
    to which SQLite copies the people from the file, or Python when the file cannot be attached (a
    connection in a transaction, whose changes a second connection would not see; an encrypted
    file)."""
    db = address_book
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    copies: list[int] = []  # the real copying, counted: each test must take the way it names
    copy_contacts = at_scale._copy_contacts
    monkeypatch.setattr(at_scale, "_copy_contacts", lambda *args: copies.append(1) or copy_contacts(*args))
    found = _found(db, in_transaction)
    assert bool(copies) == in_transaction
    if os.environ.get("PETDESK_REPIN") == "1" and in_memory_limit:
        PINNED.write_text("\n".join(found) + "\n", encoding="utf-8")
    pinned = PINNED.read_text(encoding="utf-8").splitlines()
    assert len(pinned) > 200  # the address book is built to have many, of every kind of reason
    assert found == pinned
