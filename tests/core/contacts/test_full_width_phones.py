"""Phone numbers typed with a Chinese input method's full-width digits are stored and shown in
ASCII (field test 14, defect 8: "１３８ ００１３ ８０００" was kept as typed and looked spaced out)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import importing
from petdesk.services.contacts import Method
from petdesk.services.matching import half_width_phone, normalize_phone

TYPED = "＋８６ （０２９） ８８６５－４３２１"
STORED = "+86 (029) 8865-4321"


def _phones(db: Database) -> list[tuple[str, str]]:
    with db.reading() as s:
        return [
            (cm.value, cm.normalized)
            for cm in s.scalars(select(m.ContactMethod).order_by(m.ContactMethod.value))
        ]


def test_only_full_width_digits_and_signs_change() -> None:
    assert half_width_phone("１３８\u3000００１３－８０００") == "138 0013-8000"
    assert half_width_phone(TYPED) == STORED
    assert half_width_phone("029 8865 4321 转 12") == "029 8865 4321 转 12"


def test_saving_a_contact_stores_the_ascii_form(db: Database) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(
            s,
            family_name_zh="李",
            given_name_zh="明",
            methods=[Method("phone", TYPED), Method("fax", "１２３４５６")],
        ).id
    assert _phones(db) == [
        (STORED, normalize_phone(STORED)),
        ("123456", "123456"),
    ]
    with db.transaction() as s:  # the same number typed again on an edit is the same row
        cs.update_contact(s, cid, methods=[Method("phone", STORED), Method("fax", "123456")])
    assert [value for value, _key in _phones(db)] == [STORED, "123456"]
    with db.reading() as s:  # no row was replaced
        assert s.scalar(select(func.count()).select_from(m.ContactMethod)) == 2


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("people.csv", "Family name,Given name,Phone (work)\nLi,Ming,１３８ ００１３ ８０００\n"),
        (
            "people.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Li;Ming;;;\r\nFN:Ming Li\r\n"
            "TEL;TYPE=WORK:１３８ ００１３ ８０００\r\nEND:VCARD\r\n",
        ),
    ],
)
def test_an_import_stores_the_ascii_form(db: Database, tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.counts == {"added": 1}
    assert _phones(db) == [("138 0013 8000", "13800138000")]
