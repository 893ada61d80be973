"""The import dialog says when a follow-up went with an organisation deleted at another office
(field test 55, defect 2), and Home no longer lists it as due."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import follow_ups
from petdesk.services import organisations as organisation_service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_import_dialog_names_the_follow_up_deleted_with_its_organisation(qtbot, tmp_path: Path) -> None:
    hamburg, qingdao = (make_office(tmp_path / "dbs", name) for name in ("Hamburg", "Qingdao"))
    with hamburg.transaction() as session:
        org = m.Organisation(name_en="Kunming Water Affairs Bureau")
        session.add(org)
        session.flush()
        org_id = org.id
    send(hamburg, qingdao, tmp_path, full=True)
    send(qingdao, hamburg, tmp_path, full=True)
    with hamburg.transaction() as session:
        follow_ups.add(
            session,
            kind="organisation",
            record_id=org_id,
            title_en="Hamburg: invite to Hamburg fair",
            due_date=dt.date.today() + dt.timedelta(days=13),
        )
    with qingdao.transaction() as session:
        organisation_service.delete_organisations(session, [org_id])
    package = tmp_path / "hamburg.petdesk-sync"
    export(hamburg, package, to=office_id(qingdao))

    window = MainWindow(qingdao, locale="en")
    qtbot.addWidget(window)
    window.show()
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    words = dialog.message.text()
    assert "deleted at another office" in words and "brings its follow-ups back" in words
    dialog.close()
    with qingdao.reading() as session:
        assert follow_ups.listing(session) == []
    for db in (hamburg, qingdao):
        db.close()
