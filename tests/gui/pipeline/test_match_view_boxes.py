"""The match view's shortlist after moving from need to need (field test 32, defects 1 and 7): one
state box per row, each changing its own match, and names a screen reader can read."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.colours import HINT, tone
from petdesk.gui.qt import Qt
from petdesk.gui.technologies.match_view import MatchView, StateBox
from petdesk.models.enums import MatchState
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from tests.gui.pipeline.test_pipeline_window import pipeline_db  # noqa: F401  (the fixture)
from tests.gui.test_sort_by_keyboard import _choose_sort
from tests.gui.test_unique_mnemonics import mnemonic, repeated_mnemonics
from tests.helpers.accessible_names import unnamed

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


def test_the_match_view_names_its_tables_and_boxes(qtbot, pipeline_db: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    needs = _needs_with_a_match_each(pipeline_db, 1)
    view = MatchView(pipeline_db, "en")
    qtbot.addWidget(view)
    view.show()
    view.show_need(needs[0])
    assert unnamed(view) == []
    assert view.ranked.accessibleName() == "Technologies that fit"
    assert view.matches.accessibleName() == "Shortlist"
    assert view.matches.cellWidget(0, 1).accessibleName() == "State of Acoustic leak detection"
    buttons = (view.shortlist_button, view.remove_button, view.save_note_button, view.undo_button)
    assert all(mnemonic(b.text()) for b in buttons)
    assert repeated_mnemonics(view) == {}
    # the hint reads at 4.5:1 (tone HINT), not greyed out as a disabled label
    assert view.hint.isEnabled() and tone(HINT).name() in view.hint.styleSheet()


def test_the_shortlist_sorts_by_keyboard(qtbot, pipeline_db: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Shift+F10 › Sort by, as in the lists: the tables sorted only by a header click (§7)."""
    needs = _needs_with_a_match_each(pipeline_db, 1)
    with pipeline_db.transaction() as s:
        tech = s.query(m.Technology).filter_by(name_en="Electric buses").one()
        tech_matching.shortlist(s, needs[0], tech.id)
    view = MatchView(pipeline_db, "en")
    qtbot.addWidget(view)
    view.show()
    view.show_need(needs[0])
    view.activateWindow()
    view.matches.setFocus()
    qtbot.waitUntil(view.matches.hasFocus)

    def names() -> list[str]:
        return [view.matches.item(r, 0).text() for r in range(view.matches.rowCount())]

    shift_f10 = lambda: QTest.keyClick(view.matches, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # noqa: E731
    seen = _choose_sort(qtbot, view.matches, "Shortlisted technology", shift_f10)
    assert "*State  ↑" in seen
    qtbot.waitUntil(lambda: names() == ["Acoustic leak detection", "Electric buses"], timeout=3000)
    _choose_sort(qtbot, view.matches, "Shortlisted technology", shift_f10)  # again: the other way
    qtbot.waitUntil(lambda: names() == ["Electric buses", "Acoustic leak detection"], timeout=3000)


def test_a_newer_petdesks_state_is_shown_as_stored(qtbot, pipeline_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A state a newer petdesk stored shows in the match's box as stored (the note's sentence as its
    tip), not as the Suggested it is read as; the stand-in picked is a move like any (the user chose
    it), and Ctrl+Z puts the stored state back. ``petdesk match`` names it too."""
    from contextlib import closing

    from petdesk.cli import main
    from tests.helpers.newer_values import NEWER, stored

    (need_id,) = _needs_with_a_match_each(pipeline_db, 1)
    with closing(pipeline_db.raw()) as conn, conn:
        match_id = conn.execute("SELECT id FROM tech_match WHERE need_id = ?", (need_id,)).fetchone()[0]
        conn.execute("UPDATE tech_match SET state = ? WHERE id = ?", (NEWER, match_id))
    view = MatchView(pipeline_db, "en")
    qtbot.addWidget(view)
    view.show()
    view.show_need(need_id)
    box = view.matches.cellWidget(0, 1)
    assert box.currentText() == NEWER and f"“{NEWER}”" in box.toolTip()

    box.setCurrentIndex(box.findData(MatchState.SUGGESTED.value))
    qtbot.waitUntil(lambda: stored(pipeline_db, "tech_match", "state", match_id) == "suggested", timeout=5000)
    qtbot.waitUntil(lambda: NEWER in view.status.text(), timeout=5000)  # "moved from from_the_future …"
    view.undo()
    qtbot.waitUntil(lambda: stored(pipeline_db, "tech_match", "state", match_id) == NEWER, timeout=5000)

    assert main(["--db", str(pipeline_db.path), "match", need_id]) == 0
    assert f"<{NEWER}>" in capsys.readouterr().out
