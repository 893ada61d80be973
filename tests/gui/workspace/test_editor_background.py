"""Editors read and write their record off the GUI thread (issue 10)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_editor_loads_and_saves_in_the_background(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Qingdao Water Group", country="CN").id
    dialog = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(dialog)
    # Right after opening: the form waits for the background read, disabled, and says so.
    assert dialog.is_busy() and "Loading…" in dialog.windowTitle()
    assert not dialog.edits["name_en"].isEnabled() and dialog.edits["name_en"].text() == ""
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass
    assert not dialog.is_busy() and "Loading…" not in dialog.windowTitle()
    assert dialog.edits["name_en"].isEnabled() and dialog.edits["name_en"].text() == "Qingdao Water Group"
    assert not dialog.is_dirty()  # filling the form is not an edit

    # A refused save keeps the dialog open with the message; a good one closes it.
    dialog.country.lineEdit().setText("XX")
    with qtbot.waitSignal(dialog.save_finished, timeout=5000) as refused:
        dialog.save()
        assert dialog.is_busy() and "Saving…" in dialog.windowTitle()
    assert refused.args == [False] and "two-letter country code" in dialog.error.text()
    dialog.country.lineEdit().setText("Germany")  # the name shown, the code stored
    qtbot.keyClicks(dialog.edits["city_en"], "Qingdao")
    with qtbot.waitSignal(dialog.save_finished, timeout=5000) as saved:
        dialog.save()
    assert saved.args == [True] and dialog.saved_id == org_id
    with db.reading() as s:
        org = organisations.get_organisation(s, org_id)
        assert (org.country, org.city_en) == ("DE", "Qingdao")

    # "Save" in the unsaved-changes prompt waits for the background save before closing.
    again = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.is_busy(), timeout=5000)
    monkeypatch.setattr(record_editor, "ask_unsaved", lambda _e: record_editor.Unsaved.SAVE)
    again.show()
    again.edits["city_zh"].setText("青岛")
    again.edits["city_zh"].textEdited.emit("青岛")  # as typing it would (keyClicks cannot type CJK)
    again.reject()
    assert not again.isVisible()
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).city_zh == "青岛"


def test_set_a_field_on_all_matching_organisations_and_undo(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, db: Database
) -> None:
    from petdesk.gui.main_window import MainWindow

    translators("en")  # the English catalogue gives "2 organisations", as in the app

    with db.transaction() as s:
        for name in ("Qingdao Water", "Qingdao Port", "Hamburg Water"):
            organisations.create_organisation(s, name_en=name, country="CN")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("organisations")
    page.search.setText("qingdao")
    page.apply_search()
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.total == 2, timeout=5000)
    page.table.selectAll()
    assert page.all_matching_selected() and page.actions_by_name["set_field"].isEnabled()
    page.set_field_selected("country", "DE")
    qtbot.waitUntil(page.undo_bar.isVisible, timeout=5000)
    assert page.undo_label.text() == "Changed the country of 2 organisations to Germany."

    def countries() -> list[str]:
        with db.reading() as s:
            return sorted(s.scalars(select(m.Organisation.country)))

    assert countries() == ["CN", "DE", "DE"]
    page.undo_delete()  # the Undo button
    qtbot.waitUntil(lambda: countries() == ["CN", "CN", "CN"], timeout=5000)
