"""Refusals of a follow-up's Undo and of a History revert reach the Chinese window in Chinese
(fixes1, item 1): the services raise English sentences, and ``messages.explain`` translates only
those it knows as templates. "the organisation of this follow-up is deleted; restore the
organisation first" was built from one word filled in twice, matched no template and stayed English."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.messages import TEMPLATES, explain
from petdesk.services import follow_ups as fu
from petdesk.services import history, organisations
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import organisation
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

TODAY = dt.date(2026, 12, 5)
HAN = re.compile(r"[\u4e00-\u9fff]")


def _chinese_only(text: str) -> bool:
    return bool(HAN.search(text)) and not re.search(r"[A-Za-z]{3,}", text)


def test_every_restore_refusal_is_a_template() -> None:
    assert set(fu.RESTORE_FIRST.values()) <= set(TEMPLATES)


def test_a_refused_restore_is_said_in_chinese(db: Database, tree_catalogue: Path) -> None:
    with db.transaction() as s:
        org_id = organisation(s, "Kunming Water Affairs Bureau").id
        fid = fu.add(s, kind="organisation", record_id=org_id, title_en="Invite", due_date=TODAY).id
        fu.delete(s, fid)
        organisations.delete_organisations(s, [org_id])
    with pytest.raises(ScheduleError) as refused, db.transaction() as s:
        fu.restore(s, fid)
    assert explain(refused.value, "en") == fu.RESTORE_FIRST["organisation"]
    said = explain(refused.value, "zh_CN")
    assert _chinese_only(said) and "机构" in said, said


def test_postponing_without_a_day_is_said_in_chinese(db: Database, tree_catalogue: Path) -> None:
    with db.transaction() as s:
        org_id = organisation(s, "Kunming Water Affairs Bureau").id
        fid = fu.add(s, kind="organisation", record_id=org_id, title_en="Invite", due_date=TODAY).id
    with pytest.raises(ScheduleError) as refused, db.transaction() as s:
        fu.postpone(s, fid)
    assert _chinese_only(explain(refused.value, "zh_CN"))


def test_a_refused_revert_is_said_in_chinese(db: Database, tree_catalogue: Path) -> None:
    """Reverting a change whose field already has its old value again: the sentence named the
    column ("name_en") and was shown as it is in the Chinese window."""
    with db.transaction() as s:
        org_id = organisation(s, "Kunming Water Affairs Bureau").id
    with db.transaction() as s:
        organisations.update_organisation(s, org_id, name_en="Kunming Water Bureau")
    with db.reading() as s:
        (change,) = [
            e
            for e in history.record_history(s, "organisation", org_id)
            if e.field == "name_en" and e.old_value
        ]
    with db.transaction() as s:
        history.revert_change(s, change.id)
    with pytest.raises(history.HistoryError) as refused, db.transaction() as s:
        history.revert_change(s, change.id)
    assert "name_en" not in str(refused.value)
    assert _chinese_only(explain(refused.value, "zh_CN"))
