"""A Korean name's Hanja (李敏鎬 beside 이민호, 0055) makes the trip through petdesk's own files: the
vCard writes it as one more alternative of FN (``LANGUAGE=ko-Hani``; vCard 3.0 on a line of its own),
CSV and Excel in a "Hanja" column; the import reads it back, and a re-import of the export changes
nothing. A Korean phone's card that shows a Hangul N by its Hanja (FN:李敏鎬) keeps that as the Hanja."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import exporting, importing


@pytest.fixture
def other_office(tmp_path: Path, empty_template: Path) -> Iterator[Database]:
    path = tmp_path / "other.sqlite"
    shutil.copy(empty_template, path)
    database = open_database(path)
    yield database
    database.close()


def _people(db: Database) -> None:
    with db.transaction() as s:
        lee = cs.create_contact(
            s, family_name="Lee", given_name="Min-ho", family_name_zh="이", given_name_zh="민호",
            name_hanja="李敏鎬", methods=[cs.Method("email", "minho@example.kr")],
        )  # fmt: skip
        lee.native_name_language = "ko"
        # Hangul only, no Latin name: its FN had no ALTID before the Hanja joined it
        kim = cs.create_contact(s, family_name_zh="김", given_name_zh="지수", name_hanja="金智秀")
        kim.native_name_language = "ko"
        cs.create_contact(
            s, family_name="Park", given_name="Seo-joon", family_name_zh="박", given_name_zh="서준"
        )


def _hanja(db: Database) -> dict[str, str]:
    with db.reading() as s:
        people = s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        return {c.family_name_zh + c.given_name_zh: c.name_hanja for c in people}


EXPECTED = {"이민호": "李敏鎬", "김지수": "金智秀", "박서준": ""}


def _export(db: Database, out: Path, fmt: str, *, whole_file: bool, vcard_version: str = "4.0") -> None:
    """Through a session (a selection) or the whole file's fast path (other code: plain SQL)."""
    if whole_file:
        exporting.export_all_of_file(
            db.path,
            out,
            fmt,
            check_budget_s=5,
            vcard_version=vcard_version,  # type: ignore[arg-type]
        )
        return
    with db.reading() as s:
        exporting.export_contacts(s, out, fmt, vcard_version=vcard_version)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fmt", "version", "whole_file"),
    [("vcf", "4.0", False), ("vcf", "4.0", True), ("vcf", "3.0", False), ("vcf", "3.0", True),
     ("csv", "4.0", False), ("csv", "4.0", True), ("xlsx", "4.0", False)],
)  # fmt: skip
def test_the_hanja_survives_export_and_import(
    db: Database, other_office: Database, tmp_path: Path, fmt: str, version: str, whole_file: bool
) -> None:
    _people(db)
    out = tmp_path / f"people.{fmt}"
    _export(db, out, fmt, whole_file=whole_file, vcard_version=version)
    with other_office.transaction() as s:
        report = importing.import_file(s, out)
    assert report.counts.get("added") == 3
    assert not report.dropped
    assert _hanja(other_office) == EXPECTED
    with other_office.reading() as s:  # neither a nickname nor a display name reported
        assert {c.nickname for c in s.scalars(select(m.Contact))} == {""}
    # re-importing its own export at the first office is no change
    with db.transaction() as s:
        again = importing.import_file(s, out)
    assert [o.changes for o in again.outcomes if o.action == "updated"] == []
    assert again.counts.get("added") is None
    assert _hanja(db) == EXPECTED


def test_the_card_writes_the_hanja_as_an_alternative_of_fn_after_the_others(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        people = exporting.load_contacts(s, [c.id for c in s.scalars(select(m.Contact))])
    text = exporting.vcard_text(people)
    lee = next(card for card in text.split("END:VCARD") if "이" in card)
    fns = [line for line in lee.splitlines() if line.startswith("FN")]
    assert fns == [
        "FN;ALTID=1;LANGUAGE=ko:이민호",
        "FN;ALTID=1;LANGUAGE=en:Min-ho Lee",
        "FN;ALTID=1;LANGUAGE=ko-Hani:李敏鎬",
    ]
    kim = next(card for card in text.split("END:VCARD") if "김" in card)
    assert [line for line in kim.splitlines() if line.startswith("FN")] == [
        "FN;ALTID=1;LANGUAGE=ko:김지수",
        "FN;ALTID=1;LANGUAGE=ko-Hani:金智秀",
    ]
    v3 = exporting.vcard_text(people, version="3.0")
    assert "X-PETDESK-ALT-FN;LANGUAGE=ko-Hani:李敏鎬" in v3.splitlines()
    assert "李" not in "".join(line for line in v3.splitlines() if line.startswith("FN"))
    assert "Hanja" in exporting.headers("en")


def _card(tmp_path: Path, fn: str) -> Path:
    path = tmp_path / "phone.vcf"
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:이;민호;;;\r\nFN;CHARSET=UTF-8:{fn}\r\n"
        "TEL;CELL:010-1234-5678\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def test_a_korean_phones_hanja_display_name_is_the_hanja(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, _card(tmp_path, "李敏鎬"))
    assert report.counts == {"added": 1}
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        assert (person.family_name_zh, person.given_name_zh, person.name_hanja) == ("이", "민호", "李敏鎬")
        assert (person.nickname, person.native_name_language) == ("", "ko")


def test_another_han_display_name_stays_a_nickname(db: Database, tmp_path: Path) -> None:
    """外公 ("Grandpa") is no Hanja of 이민호: one character short, as the phone's owner calls him."""
    with db.transaction() as s:
        importing.import_file(s, _card(tmp_path, "外公"))
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        assert (person.name_hanja, person.nickname) == ("", "外公")
