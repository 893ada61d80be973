"""Review 63: a leg a calendar file cancelled keeps "|cancelled" on its UID. Brought back by the
history's undo of its deletion (not by a re-booking), it kept the mark, so a moved copy of its event
no longer found it and added a second leg of the same flight beside it."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import history
from tests.core.visits.test_ical_leg_cancelled import OUTLOOK_CANCEL, TITLE
from tests.core.visits.test_ical_leg_uid import FIRST, NEXT_DAY, _import, visit_id

__all__ = ["visit_id"]  # the fixture


def test_a_cancelled_leg_brought_back_in_the_history_is_found_by_its_event(
    db: Database, visit_id: str
) -> None:
    _import(db, visit_id, NEXT_DAY.read_bytes())
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())
    with db.transaction() as s:
        [deletion] = [e for e in history.record_history(s, "visit", visit_id) if e.field == "deleted_at"]
        history.revert_change(s, deletion.id)
    moved = _import(db, visit_id, FIRST.read_text("utf-8").replace("SEQUENCE:0", "SEQUENCE:5"))
    assert (moved.added, moved.updated) == ([], [TITLE])
    with db.reading() as s:
        legs = s.scalars(select(m.TravelLeg).where(m.TravelLeg.visit_id == visit_id)).all()
        [leg] = legs
        assert leg.deleted_at is None and leg.source_sequence == 5
        assert leg.source_uid is not None and not leg.source_uid.endswith("|cancelled")


def test_the_history_says_in_words_that_a_calendar_file_cancelled_the_leg(
    db: Database, visit_id: str
) -> None:
    """The visit's history showed the import's mark itself: "…9D0E|cancelled", in Chinese too."""
    _import(db, visit_id, NEXT_DAY.read_bytes())
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())
    shown = {}
    with db.reading() as s:
        for locale in ("en", "zh_CN"):
            [marked] = [
                e
                for e in history.record_history(s, "visit", visit_id, locale=locale)
                if e.field == "source_uid" and e.old_value
            ]
            shown[locale] = marked.new_text
    uid = marked.old_value
    assert shown == {
        "en": f"{uid} (cancelled in a calendar file)",
        "zh_CN": f"{uid}（已在日历文件中取消）",
    }
