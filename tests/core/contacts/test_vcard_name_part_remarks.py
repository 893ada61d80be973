"""A role in brackets inside a vCard's N ("N:Wang;Li (Interpreter);;;") is no part of the name: the
given name became "Li (Interpreter)" while the same role after FN went to the position (field test 73)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing


def _card(*lines: str) -> str:
    return "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""))


def test_a_role_inside_n_goes_to_the_position(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "delegation.vcf"
    path.write_text(
        _card("N:Wang;Li (Interpreter);;;", "FN:Li Wang", "ORG:Provincial EPD", "EMAIL:li@example.cn")
        + _card("N:박;지훈（통역）;;;", "ORG:한국환경공단", "EMAIL:jihun@example.kr")
        + _card("N:Schmidt;Anna (Dolmetscherin);;;", "FN:Anna Schmidt (Dolmetscherin)", "EMAIL:a@example.de"),
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        people = {}
        for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))):
            job = s.scalars(select(m.Affiliation).where(m.Affiliation.contact_id == c.id)).first()
            email = next(x.value for x in c.methods if x.channel == "email")
            people[email] = (c.family_name, c.given_name, c.family_name_zh, c.given_name_zh,
                             job.position_en if job else "", job.position_zh if job else "")  # fmt: skip
    assert people["li@example.cn"] == ("Wang", "Li", "", "", "Interpreter", "")
    assert people["jihun@example.kr"] == ("", "", "박", "지훈", "", "통역")
    # the role in both N and FN is one remark: without an organisation, it is noted once
    with db.reading() as s:
        anna = s.scalars(select(m.Contact).where(m.Contact.family_name == "Schmidt")).one()
    assert anna.given_name == "Anna" and anna.notes.count("Dolmetscherin") == 1
