"""Review 47, finding 6: the record a follow-up belongs to was decided by three copies of a rule
that disagreed, so a follow-up agreed during a visit with an organisation showed the
organisation's name but opened the visit, and ``--partner`` matched the visit's id. Now one rule
(services.follow_up_partners.partner_of) decides the name, the id and what Home opens."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import follow_ups as fu
from petdesk.services import reminders as reminder_service
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person

TODAY = dt.date(2026, 12, 5)


def test_name_id_and_reminder_name_the_same_record(db: Database) -> None:
    with db.transaction() as s:
        utility = organisation(s, "London Water Utility")
        liu = person(s, "Yang", "Liu")
        visit = vs.create_visit(s, title_en="London delegation", start_date=TODAY, end_date=TODAY)
        # agreed during the visit, about the organisation (as every demo follow-up is)
        vs.add_follow_up(
            s, visit.id, description_en="Send minutes", organisation_id=utility.id, due_date=TODAY
        )
        # about a person and their organisation, no visit
        vs.add_follow_up(
            s, None, description_en="Call back", contact_id=liu.id, organisation_id=utility.id, due_date=TODAY
        )
        ids = {"visit": visit.id, "contact": liu.id}
    with db.reading() as s:
        rows = {r.title_en: r for r in fu.listing(s, today=TODAY)}
        reminders = {r.title_en: r for r in reminder_service.reminders(s, today=TODAY)}
        by_visit_id = fu.listing(s, today=TODAY, partner=ids["visit"][:8])
    minutes, call = rows["Send minutes"], rows["Call back"]
    assert (minutes.partner_kind, minutes.partner_id, minutes.partner_en) == (
        "visit",
        ids["visit"],
        "London delegation",
    )
    assert (call.partner_kind, call.partner_id, call.partner_en) == ("contact", ids["contact"], "Yang Liu")
    assert [r.title_en for r in by_visit_id] == ["Send minutes"]
    for title, row in rows.items():
        reminder = reminders[title]
        assert (reminder.partner_kind, reminder.partner_id, reminder.partner_name) == (
            row.partner_kind,
            row.partner_id,
            row.partner_en,
        ), title
