"""The Chinese window's clash list leads with the Chinese name (field test 71, defect 5): it read
"Agnieszka Żółkowska (阿格涅什卡·茹乌科夫斯卡)", Latin first in half-width brackets."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.visits.list import VisitsPage
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_clash_list_names_the_guest_in_chinese_first(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        guest = cs.create_contact(
            s,
            given_name="Agnieszka",
            family_name="Żółkowska",
            given_name_zh="阿格涅什卡",
            family_name_zh="茹乌科夫斯卡",
        )
        other = cs.create_contact(
            s, given_name="Ewa", family_name="Nowak", given_name_zh="埃娃", family_name_zh="诺瓦克"
        )
        v = vs.create_visit(
            s, title_en="Gdańsk", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 18)
        )
        for c in (guest, other):
            vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
        for title, hour in (("Port", 10), ("Mayor", 11)):
            vs.add_item(
                s, v.id, start=dt.datetime(2027, 5, 18, hour), end=dt.datetime(2027, 5, 18, hour + 2),
                title_en=title, attendee_ids=[guest.id],
            )  # fmt: skip
        visit_id = v.id
    win = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    qtbot.waitUntil(lambda: bool(editor.clash_texts()), timeout=10000)
    text = " ".join(editor.clash_texts())
    # round 51: the Chinese name alone, as the delegation and the itinerary beside it show the guest
    assert "阿格涅什卡·茹乌科夫斯卡同一时间" in text, text
    assert "Agnieszka" not in text and "(阿格涅什卡" not in text, text
