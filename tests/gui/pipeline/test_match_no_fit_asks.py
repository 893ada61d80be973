"""Field projfollow60: a technology meeting none of the need's criteria (score 0) went to "agreement"
from its state box unasked; the window now asks, and Cancel leaves the match as it was."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.qt import QMessageBox
from petdesk.gui.technologies.match_view import MatchView
from petdesk.models.enums import MatchState
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service
from tests.gui.pipeline.test_pipeline_window import pipeline_db  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _state(db: Database) -> MatchState:
    with db.reading() as s:
        return MatchState(s.query(m.TechMatch).one().state)


def test_an_agreement_on_a_match_with_no_fit_is_asked_first(qtbot, pipeline_db: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    with pipeline_db.transaction() as s:
        need = need_service.create_need(s, title_en="Leaks", problem_en="Pipes leak.", sector="water")
        bus = tech_service.create_technology(
            s, name_en="Bus charger", description_en="Charging.", sector="transport"
        )
        assert tech_matching.shortlist(s, need.id, bus.id).score == 0
        need_id = need.id
    view = MatchView(pipeline_db, "en")
    qtbot.addWidget(view)
    view.show()
    view.show_need(need_id)
    box = view.matches.cellWidget(0, 1)
    box.setCurrentIndex(box.findData(MatchState.AGREEMENT.value))
    question = view.findChild(QMessageBox, "no_fit_question")
    assert question is not None and "Bus charger" in question.text() and "score 0" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert _state(pipeline_db) == MatchState.SUGGESTED
    box = view.matches.cellWidget(0, 1)
    qtbot.waitUntil(lambda: box.currentData() == MatchState.SUGGESTED.value, timeout=5000)
    box.setCurrentIndex(box.findData(MatchState.AGREEMENT.value))
    question = [q for q in view.findChildren(QMessageBox, "no_fit_question") if q.isVisible()][-1]
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _state(pipeline_db) == MatchState.AGREEMENT, timeout=5000)
