"""The import preview's choice for a delegation's guest who may be someone known (guests56): field test
93's passport list names Trần Văn Đức at "Sở TN&MT Đà Nẵng", the department petdesk knows by its long
name. Nothing proves he is the known one (no birthday or passport on file), so the row is a possible
match, "Add as new" by default; the user links it in the table's box, and the import fills the known
person's passport with no copy of him and no second job."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QComboBox, Qt
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DONRE = "Sở Tài nguyên và Môi trường thành phố Đà Nẵng"


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_the_user_links_a_guest_to_the_known_person(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        org = os_.create_organisation(s, name_en=DONRE, country="VN")
        duc = cs.create_contact(s, family_name="Trần", given_name="Văn Đức", organisation_id=org.id).id
    dialog = ImportDialog(db, "en", path=DATA_DIR / "field93" / "passports.xlsx")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    model, view = dialog.possible_model, dialog.possible_view
    assert dialog.possible_box.isVisible() and model.rowCount() == 1
    assert model.index(0, 1).data() == "Trần Văn Đức"
    assert model.index(0, 3).data() == "Add as new"  # in doubt: a new person unless linked
    assert "may be their organisation" in model.index(0, 4).data()
    # the real editor of the Action cell: its choices, and the user picks the link
    cell = model.index(0, 3)
    view.setCurrentIndex(cell)
    view.edit(cell)
    combo = view.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Add as new",
        "Link to the known person",
        "Skip",
    ]
    combo.setCurrentIndex(combo.findData("update"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(0, 3).data() == "Link to the known person", timeout=5000)
    assert ": 4 to add, 1 to update, 0 to skip" in dialog.plan_summary.text()
    (report,) = _next(qtbot, dialog, dialog.imported)
    (row,) = [o for o in report.outcomes if o.name == "Trần Văn Đức"]
    assert (row.action, row.record_id, row.linked) == ("updated", duc, True)
    assert "Linked to people already known: Trần Văn Đức." in dialog.report_summary.text()
    with db.reading() as s:
        c = s.get(m.Contact, duc)
        assert c is not None and (c.passport_number, c.birthday) == ("C1234567", "1972-03-14")
        jobs = [a.organisation.name_en for a in c.affiliations if a.end_date is None]
        assert jobs == [DONRE]  # not a second job at a new "Sở TN&MT Đà Nẵng"
        named = select(func.count()).select_from(m.Contact).where(m.Contact.given_name == "Văn Đức")
        assert s.scalar(named) == 1
