"""A revert to a point puts back a contact's positions, e-mails and phones too (field test 49,
defect 1: only the contact's own row went back, and a position change's id cut an unrelated field)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.contact import Affiliation, ContactMethod
from petdesk.services import contacts as contact_service
from petdesk.services import history
from petdesk.services import organisations as organisation_service
from petdesk.services.contacts import Method


def _wagner(db: Database) -> tuple[str, str]:
    """Andreas Wagner, Director-General at an organisation, with one e-mail address."""
    with db.transaction() as session:
        org = organisation_service.create_organisation(session, name_en="Umweltamt")
        c = contact_service.create_contact(
            session,
            family_name="Wagner",
            given_name="Andreas",
            methods=[Method("email", "old@example.org")],
            organisation_id=org.id,
            position_en="Director-General",
        )
        affiliation = session.scalars(select(Affiliation).where(Affiliation.contact_id == c.id)).one()
        return c.id, affiliation.id


def _edit(db: Database, cid: str, aid: str, position: str, **values: object) -> None:
    """One save in the editor: the contact's fields, then its position."""
    with db.transaction() as session:
        contact_service.update_contact(session, cid, **values)  # type: ignore[arg-type]
        session.get(Affiliation, aid).position_en = position  # type: ignore[union-attr]


def _state(db: Database, cid: str, aid: str) -> tuple[str, str, list[str]]:
    with db.reading() as session:
        contact = contact_service.get_contact(session, cid)
        emails = session.scalars(
            select(ContactMethod.value).where(
                ContactMethod.contact_id == cid, ContactMethod.deleted_at.is_(None)
            )
        ).all()
        return contact.nickname, session.get(Affiliation, aid).position_en, sorted(emails)  # type: ignore[union-attr]


def test_revert_to_a_position_change_puts_positions_and_emails_back(db: Database) -> None:
    cid, aid = _wagner(db)
    _edit(db, cid, aid, "Director A", nickname="Andi")
    _edit(db, cid, aid, "Director B", methods=[Method("email", "new@example.org")])
    _edit(db, cid, aid, "Director C")
    with db.reading() as session:
        entries = history.record_history(session, "contact", cid)
    first_position = next(e for e in entries if e.field == "position_en" and e.new_value == "Director A")

    with db.transaction() as session:
        changed = history.revert_record(session, "contact", cid, before=first_position.id)

    # Before the position change: Director-General and the old address; the nickname, saved
    # earlier in that same save (a lower clock value), stays.
    assert _state(db, cid, aid) == ("Andi", "Director-General", ["old@example.org"])
    assert {(f.entity, f.field, f.removed) for f in changed} == {
        ("affiliation", "position_en", False),
        ("contact_method", "deleted_at", False),  # the old address brought back
        ("contact_method", "deleted_at", True),  # the new one taken away
    }
    assert set(history.reverted_words("contact", changed).split(", ")) == {
        "Affiliation: Position (English)",
        "Contact method restored",
        "Contact method removed",
    }


def test_revert_to_a_time_puts_back_the_whole_record_in_one_step(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cid, aid = _wagner(db)
    with db.reading() as session:
        created = max(e.at for e in history.record_history(session, "contact", cid))
    _edit(db, cid, aid, "Director A", nickname="Andi")
    _edit(db, cid, aid, "Director B", methods=[Method("email", "new@example.org")])

    assert main(["--db", str(db.path), "history", cid, "--revert-to", created]) == 0
    out = capsys.readouterr().out
    assert _state(db, cid, aid) == ("", "Director-General", ["old@example.org"])
    assert "Nickname" in out and "Affiliation: Position (English)" in out


def test_a_change_of_another_record_is_refused(db: Database) -> None:
    cid, _aid = _wagner(db)
    other, other_aid = _wagner(db)
    _edit(db, other, other_aid, "Director A")
    with db.reading() as session:
        foreign = next(
            e for e in history.record_history(session, "contact", other) if e.field == "position_en"
        )
    with db.transaction() as session, pytest.raises(history.HistoryError, match="not one of this record"):
        history.revert_record(session, "contact", cid, before=foreign.id)


def test_the_refusal_of_another_records_change_speaks_chinese(db: Database) -> None:
    """The sentence is one the messages know, so a Chinese window shows it in Chinese."""
    from petdesk.messages import localize

    cid, _aid = _wagner(db)
    other, other_aid = _wagner(db)
    _edit(db, other, other_aid, "Director A")
    with db.reading() as session:
        foreign = next(
            e for e in history.record_history(session, "contact", other) if e.field == "position_en"
        )
    with db.transaction() as session, pytest.raises(history.HistoryError) as refused:
        history.revert_record(session, "contact", cid, before=foreign.id)
    assert "记录" in localize(str(refused.value), "zh_CN")
