"""Field test 72, leftover 1: records edited while a laptop's clock ran a year ahead keep that year
as their change time at every office; ``petdesk check`` lists them (both languages) so that an
officer can correct them, and rewrites nothing (the times travel with sync)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Contact, Organisation
from petdesk.models.visit import FollowUp
from petdesk.services import check as checking
from petdesk.services.dated_ahead import dated_ahead
from petdesk.stored_times import utcnow
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

A_YEAR_AHEAD = utcnow() + dt.timedelta(days=365)


def _fill(db: Database) -> None:
    """Chen edited in the wrong weeks (a year ahead), with a follow-up whose due date came from the
    wrong "today"; Wang edited an hour ahead (a clock a little fast: not listed); Steel deleted."""
    with db.transaction() as session:
        chen = Contact(family_name="Chen", given_name="Xueling", updated_at=A_YEAR_AHEAD)
        session.add(chen)
        session.add(
            Contact(family_name="Wang", given_name="Lei", updated_at=utcnow() + dt.timedelta(hours=1))
        )
        session.add(Organisation(name_en="Tangshan Steel", updated_at=A_YEAR_AHEAD, deleted_at=A_YEAR_AHEAD))
        session.flush()
        session.add(
            FollowUp(
                contact_id=chen.id,
                description_en="Send the offer",
                due_date=A_YEAR_AHEAD.date() + dt.timedelta(days=7),
                updated_at=A_YEAR_AHEAD,
            )
        )


def test_records_changed_a_year_ahead_are_found_and_left_as_they_are(db: Database) -> None:
    _fill(db)
    with db.reading() as session:
        found = dated_ahead(session.connection().connection.cursor())
    assert found.total == 2
    assert sorted((r.entity, r.label) for r in found.records) == [
        ("contact", "Xueling Chen"),
        ("follow_up", "Send the offer"),
    ]
    follow_up = next(r for r in found.records if r.entity == "follow_up")
    assert follow_up.due == A_YEAR_AHEAD.date() + dt.timedelta(days=7)
    assert found.latest is not None and abs(found.latest - A_YEAR_AHEAD) < dt.timedelta(seconds=1)
    # Seen from the wrong weeks themselves nothing lies ahead.
    with db.reading() as session:
        cursor = session.connection().connection.cursor()
        assert dated_ahead(cursor, now=A_YEAR_AHEAD).total == 0
    report = checking.check(db.path)
    assert report.clean  # not damage
    assert report.ahead is not None and report.ahead.total == 2
    with db.reading() as session:  # nothing rewritten
        chen = session.query(Contact).filter_by(family_name="Chen").one()
        assert chen.updated_at > utcnow() + dt.timedelta(days=300)


@pytest.mark.parametrize(
    ("lang", "heading", "kind", "due"),
    [
        ("en", "2 records were last changed more than a day ahead", "Contact Xueling Chen", "; due "),
        ("zh_CN", "2 条记录的最后修改时间比本机时钟", "联系人", "；到期日 "),
    ],
)
def test_check_lists_them_in_both_languages(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    tree_catalogue: Path,
    lang: str,
    heading: str,
    kind: str,
    due: str,
) -> None:
    _fill(db)
    path = db.path
    db.close()
    capsys.readouterr()
    assert main(["--lang", lang, "--db", str(path), "check"]) == 0  # the file itself is sound
    out = capsys.readouterr().out
    assert heading in out
    assert kind in out and "Chen" in out
    assert due + f"{A_YEAR_AHEAD.date() + dt.timedelta(days=7):%Y-%m-%d}" in out
    assert "Wang" not in out and "Steel" not in out
