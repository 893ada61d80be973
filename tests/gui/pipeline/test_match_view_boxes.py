"""The match view's shortlist after moving from need to need (field test 32, defects 1 and 7): one
state box per row, each changing its own match, and names a screen reader can read."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.technologies.match_view import MatchView, StateBox
from petdesk.models.enums import MatchState
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from tests.gui.pipeline.test_pipeline_window import pipeline_db  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _needs_with_a_match_each(db: Database, count: int) -> list[str]:
    """``count`` needs, each with one technology shortlisted."""
    with db.transaction() as s:
        city = s.query(m.Organisation).filter_by(name_en="Kunming Municipal Government").one()
        tech = s.query(m.Technology).filter_by(name_en="Acoustic leak detection").one()
        ids = []
        for n in range(count):
            need = need_service.create_need(
                s,
                city_organisation_id=city.id,
                title_en=f"Leaks {n}",
                problem_en="Pipes leak.",
                sector="water",
            )
            s.flush()
            tech_matching.shortlist(s, need.id, tech.id)
            ids.append(need.id)
    return ids


def _states(db: Database) -> dict[str, MatchState]:
    with db.reading() as s:
        return {x.need_id: x.state for x in s.query(m.TechMatch)}


def _live_boxes(view: MatchView) -> list[StateBox]:
    """The boxes a user can see and Tab to now: a box let go must go at once, not only once the
    event loop deletes it (a key press in the list showed the next need with the last one's box)."""
    return [b for b in view.matches.findChildren(StateBox) if b.isVisibleTo(view.matches)]


def test_one_state_box_per_row_after_several_needs(qtbot, pipeline_db: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    needs = _needs_with_a_match_each(pipeline_db, 4)
    view = MatchView(pipeline_db, "en")
    qtbot.addWidget(view)
    view.show()
    for need_id in [needs[0], needs[0], needs[1], needs[2], needs[3], needs[2], needs[3]]:
        view.show_need(need_id)  # the same need again too, as the list's selection does
        boxes = _live_boxes(view)
        assert len(boxes) == view.matches.rowCount() == 1
        assert boxes[0] is view.matches.cellWidget(0, 1)
    # the box shown changes the match shown, and only that one
    box = view.matches.cellWidget(0, 1)
    box.setCurrentIndex(box.findData(MatchState.INTRODUCED.value))
    qtbot.waitUntil(lambda: _states(pipeline_db)[needs[-1]] == MatchState.INTRODUCED, timeout=5000)
    assert {need: state for need, state in _states(pipeline_db).items() if need != needs[-1]} == {
        need: MatchState.SUGGESTED for need in needs[:-1]
    }
