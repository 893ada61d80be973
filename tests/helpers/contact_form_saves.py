"""A new contact saved through the editor's service, as the window and ``petdesk contact add`` save
it, and read back detached: for tests of what the editor makes of the names typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contact_form


def saved_contact(db: Database, values: Mapping[str, str], *, start_date: dt.date) -> m.Contact:
    """The contact ``save_contact_form`` made of ``values`` (no methods, no organisation)."""
    with db.transaction() as s:
        cid = contact_form.save_contact_form(
            s, None, dict(values), methods=[], organisation_id=None, position_en="", position_zh="",
            start_date=start_date, was=None,
        )  # fmt: skip
    with db.reading() as s:
        contact = s.get(m.Contact, cid)
        assert contact is not None
        s.expunge(contact)
        return contact
