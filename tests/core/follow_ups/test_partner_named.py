"""A follow-up nobody owns names its partner on Home and in ``petdesk reminders`` (field test 50,
defect 8), and Home knows which record opens it (defect 1)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import follow_ups as fu
from petdesk.services import home as home_service
from petdesk.services import reminders as reminder_service
from tests.core.visits.data import organisation, person

TODAY = dt.date(2026, 12, 5)


def test_an_ownerless_follow_up_names_its_organisation(db: Database) -> None:
    with db.transaction() as s:
        org = organisation(s, "Siemens AG", "西门子股份公司")
        owner = person(s, "Julia", "Neumann")
        fid = fu.add(
            s,
            kind="organisation",
            record_id=org.id,
            title_en="Prepare offer",
            due_date=TODAY + dt.timedelta(days=7),
        ).id
        fu.add(s, kind="organisation", record_id=org.id, title_en="Owned", owner_id=owner.id, due_date=TODAY)
        org_id = org.id
    with db.reading() as s:
        found = {r.title_en: r for r in reminder_service.reminders(s, today=TODAY)}
        view = home_service.home(s, today=TODAY)
    offer = found["Prepare offer"]
    assert (
        offer.describe("en", TODAY) == "Follow-up “Prepare offer” is due in 7 days (12 Dec 2026) — Siemens AG"
    )
    assert offer.describe("zh_CN", TODAY).endswith(" — 西门子股份公司")
    assert found["Owned"].describe("en", TODAY).endswith(" — Julia Neumann")  # the owner, as before
    [entry] = [e for e in view.follow_ups if e.ref.id == fid]
    assert entry.parent == home_service.Ref(home_service.ORGANISATION, org_id)
    assert entry.context("en") == "Siemens AG" and entry.context_is_partner
