"""The conflicts list names the field each office changed: a follow-up closed at one office and
postponed at another reads "Status / Due date" in its Field column, not "Status" for both (the
command line already said the other office changed the due date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.sync.page import SyncPage
from petdesk.services import follow_ups
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FIELD_COLUMN = 2


def _closed_here_postponed_there(tmp_path: Path) -> tuple[Database, Database]:
    beijing, bonn = (make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn"))
    packages = tmp_path / "packages"
    packages.mkdir()
    with beijing.transaction() as session:
        org = m.Organisation(name_en="Qingdao Environmental Protection Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Send MoU").id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)
    with beijing.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    with bonn.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30), today=dt.date(2026, 12, 5))
    to_beijing = packages / "to_beijing.pkg"
    export(bonn, to_beijing, to=office_id(beijing))
    service.import_package(beijing, to_beijing, PASSPHRASE, backup=False)
    return beijing, bonn


@pytest.mark.parametrize(
    ("locale", "current", "other"), [("en", "Status", "Due date"), ("zh_CN", "状态", "到期日")]
)
def test_the_field_column_names_the_due_date_the_other_office_changed(  # type: ignore[no-untyped-def]
    qtbot, translators, tmp_path: Path, locale: str, current: str, other: str
) -> None:
    beijing, bonn = _closed_here_postponed_there(tmp_path)
    try:
        (conflict,) = service.list_conflicts(beijing)
        assert (conflict.winner_field, conflict.loser_field) == ("status", "due_date")
        translators(locale)
        page = SyncPage(beijing)
        page.ui_locale = locale
        qtbot.addWidget(page)
        page.conflicts.refresh()
        model = page.conflicts.model
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        field = model.index(0, FIELD_COLUMN).data()
        assert current in field and other in field, field
        assert field.index(current) < field.index(other), field  # in the order of the value columns
    finally:
        beijing.close()
        bonn.close()
