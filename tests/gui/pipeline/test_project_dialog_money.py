"""The project dialog keeps an amount's cents (field test 7: 800,000.50 came back as 800,001 after
only the programme was typed) and writes back only the fields that were changed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _project(db: Database, currency: str, amounts: tuple[float, float, float]) -> str:
    """A project with ``amounts`` written as they are: the service now refuses more digits than the
    currency has, but an older petdesk or another office's package may have stored them."""
    with db.transaction() as s:
        project = project_service.create_project(s, title_en="Sludge-to-energy Sichuan", currency=currency)
        project.amount, project.amount_approved, project.cofinancing = amounts
        return project.id


def _open(qtbot: QtBot, db: Database, project_id: str) -> ProjectDialog:
    dialog = ProjectDialog(db, "en", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot: QtBot, dialog: ProjectDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _stored(db: Database, project_id: str) -> tuple[float | None, float | None, float | None]:
    with db.reading() as s:
        p = s.get(m.Project, project_id)
        return p.amount, p.amount_approved, p.cofinancing


def test_cents_are_shown_and_kept_when_another_field_is_saved(qtbot: QtBot, db: Database) -> None:
    project_id = _project(db, "EUR", (800_000.50, 640_000.25, 99.99))
    dialog = _open(qtbot, db, project_id)
    assert dialog.amount.text() == "800,000.50"
    assert (dialog.approved.text(), dialog.cofinancing.text()) == ("640,000.25", "99.99")
    qtbot.keyClicks(dialog.programme_en, "IKI Small Grants")
    _ok(qtbot, dialog)
    assert _stored(db, project_id) == (800_000.50, 640_000.25, 99.99)


def test_cents_typed_are_stored(qtbot: QtBot, db: Database) -> None:
    project_id = _project(db, "EUR", (1_000, 0, 0))
    dialog = _open(qtbot, db, project_id)
    dialog.tabs.setCurrentIndex(1)
    dialog.approved.lineEdit().selectAll()
    qtbot.keyClicks(dialog.approved, "1234.56")
    _ok(qtbot, dialog)
    assert _stored(db, project_id)[1] == 1234.56


def test_a_currency_without_cents_shows_whole_units_but_never_rounds_what_is_stored(
    qtbot: QtBot, db: Database
) -> None:
    whole = _open(qtbot, db, _project(db, "JPY", (5_000_000, 0, 0)))
    assert whole.amount.decimals() == 0 and whole.amount.text() == "5,000,000"
    # yen with a fraction, as an older petdesk stored it: shown as stored, not rounded
    project_id = _project(db, "JPY", (1_000.5, 0, 0))
    dialog = _open(qtbot, db, project_id)
    assert dialog.amount.value() == 1_000.5
    qtbot.keyClicks(dialog.programme_en, "JICA call")
    _ok(qtbot, dialog)
    assert _stored(db, project_id)[0] == 1_000.5


def test_an_amount_the_box_cannot_show_exactly_is_not_written_back_untouched(
    qtbot: QtBot, db: Database
) -> None:
    # a third decimal, as another program's file may carry: shown rounded, stored as it was
    project_id = _project(db, "EUR", (1_234.565, 10.125, 0))
    dialog = _open(qtbot, db, project_id)
    qtbot.keyClicks(dialog.programme_en, "SWITCH-Asia")
    _ok(qtbot, dialog)
    assert _stored(db, project_id)[:2] == (1_234.565, 10.125)
    with db.reading() as s:
        assert s.get(m.Project, project_id).programme_en == "SWITCH-Asia"
