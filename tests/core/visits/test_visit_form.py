"""The visit editor's values come from a service: live rows only, plain frozen values."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import organisations, visit_form
from petdesk.services import visits as vs
from tests.core.visits.data import person

DAY = dt.date(2026, 12, 7)


def test_the_form_has_live_people_items_links_and_follow_ups_only(db: Database) -> None:
    with db.transaction() as s:
        host = organisations.create_organisation(s, name_en="Beijing Water", name_zh="北京水务")
        port = organisations.create_organisation(s, name_en="Tianjin Port", name_zh="天津港")
        v = vs.create_visit(s, title_en="Tour", title_zh="考察", start_date=DAY, end_date=DAY)
        vs.update_visit(s, v.id, host_organisation_id=host.id)
        anna, li, gone = (
            person(s, "Anna", "Schmidt"),
            person(s, "Lei", "Li", "李雷"),
            person(s, "Guest", "Gone"),
        )
        vs.add_participant(s, v.id, anna.id, "head")
        vs.add_participant(s, v.id, li.id, "interpreter")
        vs.add_participant(s, v.id, gone.id, "delegate")
        vs.remove_participant(s, v.id, gone.id)
        start = dt.datetime(2026, 12, 7, 9)
        kept = vs.add_item(s, v.id, title_en="Port", start=start, end=start + dt.timedelta(hours=1)).id
        dropped = vs.add_item(s, v.id, title_en="Gone", start=start, end=start + dt.timedelta(hours=1)).id
        vs.set_item_attendees(s, kept, [anna.id, li.id])
        vs.set_item_attendees(s, kept, [li.id])  # Anna no longer attends
        vs.set_item_organisations(s, kept, [host.id, port.id])
        vs.set_item_organisations(s, kept, [port.id])  # the host is unlinked
        vs.delete_item(s, dropped)
        done = vs.add_follow_up(s, v.id, description_en="Send minutes", owner_id=anna.id).id
        vs.delete_follow_up(s, vs.add_follow_up(s, v.id, description_en="Dropped").id)
        ids = (v.id, anna.id, li.id, kept, done, host.id, port.id)
    vid, anna_id, li_id, kept, done, host_id, port_id = ids
    with db.reading() as s:
        form = visit_form.read_visit_form(s, vid, "zh")
    assert form.title == "考察" and form.host == (host_id, "北京水务")
    assert [(m.contact_id, m.role.value) for m in form.delegation] == [
        (anna_id, "head"),
        (li_id, "interpreter"),
    ]
    (item,) = form.items
    assert item.id == kept and item.attendee_ids == (li_id,) and item.organisations == ((port_id, "天津港"),)
    assert form.item(kept) is item and item.local_start().hour == 9  # Asia/Shanghai, as typed
    assert [f.id for f in form.follow_ups] == [done]
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.title_en = "x"  # type: ignore[misc]
