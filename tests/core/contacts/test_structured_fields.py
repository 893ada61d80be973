"""Addresses, related names and messaging handles saved through the contact service (issue 13)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services.validation import ValidationError


def test_create_and_update_clean_the_lists(db: Database) -> None:
    with db.transaction() as s:
        c = cs.create_contact(
            s,
            family_name="Lefèvre",
            given_name="Hélène",
            addresses=[
                {
                    "label": "work",
                    "street": " 12, rue de la République ",
                    "city": "Lyon",
                    "country": "France",
                },
                {"label": "home", "street": "", "city": ""},  # an empty row of the editor
            ],
            related_names=[{"type": "spouse", "name": "Paul Lefèvre"}, {"type": "", "name": "Anne"}],
            other_handles=[{"service": "qq", "handle": "12345"}],
        )
        cid = c.id
    with db.reading() as s:
        c = cs.get_contact(s, cid)
        assert c.addresses == [
            {"label": "work", "street": "12, rue de la République", "city": "Lyon", "country": "France"}
        ]
        assert c.related_names == [
            {"type": "spouse", "name": "Paul Lefèvre"},
            {"type": "other", "name": "Anne"},
        ]
        assert c.other_handles == [{"service": "qq", "handle": "12345"}]
    with db.transaction() as s:
        cs.update_contact(
            s, cid, related_names=[], other_handles=[{"service": "xmpp", "handle": "h@x.example"}]
        )
    with db.reading() as s:
        c = cs.get_contact(s, cid)
        assert (c.related_names, c.other_handles) == ([], [{"service": "xmpp", "handle": "h@x.example"}])
        assert c.addresses[0]["city"] == "Lyon"  # not given: unchanged


@pytest.mark.parametrize(
    "values",
    [
        {"addresses": [{"label": "work", "planet": "Mars"}]},
        {"addresses": "Lyon"},
        {"related_names": [{"type": "spouse", "name": "x" * 301}]},
        {"other_handles": [{"service": "qq", "handle": "1"}] * 51},
    ],
)
def test_malformed_lists_are_refused_and_change_nothing(db: Database, values: dict) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(s, family_name="Doe", given_name="Jane").id
    with db.transaction() as s, pytest.raises(ValidationError) as info:
        cs.update_contact(s, cid, **values)
    assert set(info.value.fields()) <= {"addresses", "related_names", "other_handles"}
    with db.reading() as s:
        c = cs.get_contact(s, cid)
        assert (c.addresses, c.related_names, c.other_handles) == ([], [], [])
