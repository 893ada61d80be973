"""A zone typed rather than picked (field test 24, defect 4): "柏林" typed in the visit's zone box
and saved was refused with "unknown time zone '柏林'; use an IANA name"."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services.schedule_time import ScheduleError, zone
from tests.gui.visits.test_venue_zone_default import stored_zone
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_zone(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = box.lineEdit()
    edit.selectAll()
    edit.del_()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # keyClicks types Latin letters only (Qt aborts on others)
        edit.insert(text)
        edit.textEdited.emit(text)


@pytest.mark.parametrize("typed", ["柏林", "berlin", "Berlin", "Europe/Berlin"])
def test_a_city_typed_in_either_language_is_its_zone(qtbot, db: Database, typed: str) -> None:  # type: ignore[no-untyped-def]
    editor = VisitEditor(db, locale="zh_CN")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.title_en, "Delegation to Germany")
    type_zone(qtbot, editor.zone, typed)
    assert editor.zone.currentText() == typed  # typed, not picked from the list
    assert editors.save(qtbot, editor)
    assert stored_zone(db, "visit") == "Europe/Berlin"


def test_a_text_naming_several_zones_is_refused_naming_them(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    editor = TrainingEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    type_zone(qtbot, editor.zone, "San")
    assert editor.zone.zone() == "San"
    with pytest.raises(
        ScheduleError, match=r"time zone “San” could be .*America/Santiago.*; pick one from the list"
    ):
        zone("San")
    with pytest.raises(ScheduleError, match="unknown time zone “Atlantis”"):
        zone("Atlantis")
