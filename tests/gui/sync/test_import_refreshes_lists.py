"""After a sync import the lists agree with the database at once (field test 55, defect 1).

The import writes on a connection of its own and leaves its records queued for the search index;
the lists read the index, so they showed a deleted and a merged-away organisation until a search
was typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import merge
from petdesk.services import organisations as organisation_service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = ("Kunming Water Affairs Bureau", "Beijing Representation Office", "Liaoning DOC")


def _two_offices_knowing_three_organisations(tmp_path: Path) -> tuple[Database, Database, list[str]]:
    qingdao, munich = (make_office(tmp_path / "dbs", name) for name in ("Qingdao", "Munich"))
    with qingdao.transaction() as session:
        orgs = [m.Organisation(name_en=name) for name in NAMES]
        session.add_all(orgs)
        session.flush()
        ids = [o.id for o in orgs]
    send(qingdao, munich, tmp_path, full=True)
    send(munich, qingdao, tmp_path, full=True)
    return qingdao, munich, ids


def _listed(window: MainWindow) -> list[str]:
    model = window.page("organisations").table.model()  # type: ignore[attr-defined]
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _delete_and_merge(qingdao: Database, ids: list[str]) -> None:
    kunming, beijing, liaoning = ids
    with qingdao.transaction() as session:
        organisation_service.delete_organisations(session, [kunming])
        merge.merge_organisations(session, liaoning, beijing)


def test_import_through_the_window_refreshes_the_organisations_list(qtbot, tmp_path: Path) -> None:
    qingdao, munich, ids = _two_offices_knowing_three_organisations(tmp_path)
    window = MainWindow(munich, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.show_page("organisations")
    qtbot.waitUntil(lambda: len(_listed(window)) == 3, timeout=10_000)

    _delete_and_merge(qingdao, ids)
    package = tmp_path / "qingdao.petdesk-sync"
    export(qingdao, package, to=office_id(munich))
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()

    qtbot.waitUntil(lambda: len(_listed(window)) == 1, timeout=10_000)
    assert _listed(window)[0].startswith("Liaoning DOC")
    for db in (qingdao, munich):
        db.close()


def test_window_opened_after_a_command_line_import_lists_what_the_database_holds(
    qtbot, tmp_path: Path
) -> None:
    qingdao, munich, ids = _two_offices_knowing_three_organisations(tmp_path)
    _delete_and_merge(qingdao, ids)
    send(qingdao, munich, tmp_path)  # as `petdesk sync import` does, before the window opens

    window = MainWindow(munich, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.show_page("organisations")
    qtbot.waitUntil(lambda: len(_listed(window)) == 1, timeout=10_000)
    assert _listed(window)[0].startswith("Liaoning DOC")
    for db in (qingdao, munich):
        db.close()
