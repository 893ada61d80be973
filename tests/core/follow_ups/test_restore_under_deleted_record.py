"""Review 47, finding 7: undoing a follow-up's delete while its organisation is deleted brought it
back due on Home under a deleted partner, and the next sync import deleted it again. It is now
refused (restore the organisation first, which brings its follow-ups back); otherwise the restore
is a new change (updated_at) like the other restores."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.models import FollowUp
from petdesk.services import follow_ups as fu
from petdesk.services import organisations
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import organisation

TODAY = dt.date(2026, 12, 5)


def test_restore_is_refused_while_the_organisation_is_deleted(db: Database) -> None:
    with db.transaction() as s:
        org_id = organisation(s, "Kunming Water Affairs Bureau").id
        fid = fu.add(s, kind="organisation", record_id=org_id, title_en="Invite", due_date=TODAY).id
        fu.delete(s, fid)
        organisations.delete_organisations(s, [org_id])
    with pytest.raises(ScheduleError, match="restore the organisation first"), db.transaction() as s:
        fu.restore(s, fid)
    with db.reading() as s:
        assert s.get(FollowUp, fid).deleted_at is not None
        deleted_at = s.get(FollowUp, fid).updated_at
    with db.transaction() as s:
        organisations.restore_organisations(s, [org_id])
        fu.restore(s, fid)
    with db.reading() as s:
        follow_up = s.get(FollowUp, fid)
        assert follow_up.deleted_at is None
        assert follow_up.updated_at > deleted_at
        assert [r.title_en for r in fu.listing(s, today=TODAY)] == ["Invite"]
