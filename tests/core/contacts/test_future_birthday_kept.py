"""A contact stored with a birthday in the future (imported long ago, or typed before the check
existed) can still be saved for another change; only setting or changing the birthday is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contact_form
from petdesk.services import contacts as cs
from petdesk.services.contacts import Method
from petdesk.services.validation import ValidationError

NEXT_YEAR = (dt.date.today() + dt.timedelta(days=400)).isoformat()


def _old_record(db: Database) -> str:
    """A contact whose stored birthday is in the future, as an old record has it."""
    with db.transaction() as s:
        contact = cs.create_contact(s, family_name="Li", given_name="Ming")
        s.get(m.Contact, contact.id).birthday = NEXT_YEAR  # written before the check existed
        return contact.id


def test_a_new_phone_is_saved_though_the_stored_birthday_is_in_the_future(db: Database) -> None:
    contact_id = _old_record(db)
    with db.transaction() as s:
        cs.update_contact(s, contact_id, methods=[Method("phone", "+49 30 1234567")])
        cs.update_contact(s, contact_id, birthday=NEXT_YEAR, nickname="Xiao Li")  # as the editor sends
    with db.reading() as s:
        contact = cs.get_contact(s, contact_id)
        assert (contact.nickname, contact.birthday) == ("Xiao Li", NEXT_YEAR)


def test_changing_the_birthday_to_another_future_day_is_refused(db: Database) -> None:
    contact_id = _old_record(db)
    other = (dt.date.today() + dt.timedelta(days=500)).isoformat()
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        cs.update_contact(s, contact_id, birthday=other)
    assert refused.value.fields() == {"birthday"}


def test_the_editor_is_told_of_the_stored_future_birthday_in_its_language(db: Database) -> None:
    contact_id = _old_record(db)
    with db.reading() as s:
        english = contact_form.read_contact_form(s, contact_id, "en").birthday_warning
        chinese = contact_form.read_contact_form(s, contact_id, "zh_CN").birthday_warning
    assert "is in the future" in english
    assert chinese and chinese != english
    with db.transaction() as s:
        cs.update_contact(s, contact_id, birthday="1980-03-15")
    with db.reading() as s:
        assert contact_form.read_contact_form(s, contact_id, "en").birthday_warning == ""
