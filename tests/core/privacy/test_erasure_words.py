"""The history names fields, kinds of records and people as the editors and the lists do (field
test D14)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services.contacts import Method

CHEN = {"family_name": "Chen", "given_name": "Ping", "family_name_zh": "陈", "given_name_zh": "萍"}


def test_history_names_fields_kinds_and_people_as_the_editors_do(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It showed `nickname: … → Ping`, `Nickname:` in Chinese, and the title "陈萍 Ping Chen" where
    search and the lists show "Chen Ping (陈萍)"."""
    with db.transaction() as s:
        cid = contact_service.create_contact(
            s, **CHEN, name_order="family_first", methods=[Method("phone", "+86 592 5307 6356")]
        ).id
    with db.transaction() as s:
        contact_service.update_contact(s, cid, nickname="Ping", dietary_needs="Vegetarian")
    assert main(["--db", str(db.path), "history", cid]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Contact Chen Ping (陈萍) — {cid}\n")
    assert "  Nickname:  → Ping\n" in out and "  Dietary requirements:  → Vegetarian\n" in out
    assert "Contact method created" in out and "nickname" not in out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", cid]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"联系人 陈萍（Chen Ping） — {cid}\n")
    assert "  昵称:  → Ping\n" in out and "  饮食要求:  → Vegetarian\n" in out
    assert "Nickname" not in out
    # JSON keeps the names in the data, for scripts.
    assert main(["--db", str(db.path), "history", cid, "--json"]) == 0
    assert '"field": "nickname"' in capsys.readouterr().out


def test_every_field_of_a_person_and_an_organisation_has_a_label() -> None:
    """The history and conflicts fell back to the column name ("Nickname" in Chinese too)."""
    from petdesk.sync.entities import by_name
    from petdesk.sync.labels import FIELDS

    for entity in ("contact", "organisation", "contact_method", "affiliation"):
        missing = [c for c in by_name()[entity].columns if c not in FIELDS]
        assert missing == [], entity
