"""The visit editor replaces a person by the one found, in one held change (field test 86): the
window could only remove the Vice-Governor and add the director, who then was on no item, had no
place in the order of precedence and printed last behind the interpreter."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer, QTranslator
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import Gift
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from tests.helpers import editors
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_replace_selected_by_the_person_found(qtbot: QtBot, db: Database, translators) -> None:
    translators("en")
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Indonesian delegation", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        ids = {
            name: cs.create_contact(s, given_name=given, family_name=family).id
            for name, given, family in (
                ("minister", "", "Suharso"), ("governor", "Sri Mulyani", "Indrawati"),
                ("interpreter", "Putri", "Wulandari"), ("new", "Hendra", "Gunawan"),
            )
        }  # fmt: skip
        vs.add_participant(s, v.id, ids["minister"], ParticipantRole.HEAD)
        vs.add_participant(s, v.id, ids["governor"], ParticipantRole.DELEGATE)
        vs.add_participant(s, v.id, ids["interpreter"], ParticipantRole.INTERPRETER)
        banquet = vs.add_item(
            s, v.id, start=dt.datetime(2027, 5, 10, 18, 30), end=dt.datetime(2027, 5, 10, 20, 30),
            title_en="Welcome banquet",
        )  # fmt: skip
        vs.set_item_attendees(s, banquet.id, [ids["minister"], ids["governor"]])
        by_contact = {p.contact_id: p.id for p in v.participants}
        order = [by_contact[ids[n]] for n in ("minister", "governor", "interpreter")]
        lg.set_precedence_order(s, v.id, order)
        visit_id, item_id = v.id, banquet.id
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    editor.people_view.selectRow(editor.people_model.ids().index(ids["governor"]))
    with qtbot.waitSignal(editor.person_search.searched, timeout=10000):
        qtbot.keyClicks(editor.person_search.edit, "Gunawan")
    qtbot.waitUntil(lambda: editor.person_search.current() is not None)
    qtbot.mouseClick(editor.replace_person, Qt.MouseButton.LeftButton)
    assert len(editor.pending) == 1
    qtbot.waitUntil(lambda: ids["new"] in editor.people_model.ids())
    assert ids["governor"] not in editor.people_model.ids()
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        ranked = [(r.precedence, r.name_en) for r in lg.precedence_lists(s, visit_id).delegation]
        attendees = {a.contact_id for a in vs.get_item(s, item_id).attendees if a.deleted_at is None}
    assert ranked == [(1, "Suharso"), (2, "Hendra Gunawan"), (3, "Putri Wulandari")]
    assert attendees == {ids["minister"], ids["new"]}


@pytest.mark.parametrize("answer", ["yes", "no", "told"])
def test_replacing_asks_before_renaming_gifts(
    qtbot: QtBot, db: Database, translators, answer: str, request: pytest.FixtureRequest
) -> None:
    """A gift whose recipient is the old name is renamed only when the user says yes (field test 86)."""
    translators("en")
    tree = QTranslator()  # this tree's English plural forms: the installed checkout may lack the new one
    assert tree.load(str(TREE_CATALOGUES.parent / "petdesk_en.qm"))
    QApplication.installTranslator(tree)
    request.addfinalizer(lambda: QApplication.removeTranslator(tree))
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Indonesian delegation", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        governor = cs.create_contact(s, given_name="Sri Mulyani", family_name="Indrawati").id
        new = cs.create_contact(s, given_name="Hendra", family_name="Gunawan").id
        vs.add_participant(s, v.id, governor, ParticipantRole.DELEGATE)
        named = "Vice-Governor Sri Mulyani Indrawati" if answer == "told" else "Sri Mulyani Indrawati"
        gift = lg.add_gift(s, v.id, description="Tea set", giver="Zhang Wei", recipient=named)
        lg.add_gift(s, v.id, description="Batik", giver="Vice-Governor Sri Mulyani Indrawati")
        visit_id, gift_id = v.id, gift.id
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    editor.people_view.selectRow(editor.people_model.ids().index(governor))
    with qtbot.waitSignal(editor.person_search.searched, timeout=10000):
        qtbot.keyClicks(editor.person_search.edit, "Gunawan")
    qtbot.waitUntil(lambda: editor.person_search.current() is not None)
    asked: list[str] = []

    def click_answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() in ("rename_gifts", "gifts_still_naming"):
            asked.extend((box.text(), box.informativeText()))
            button = {
                "yes": QMessageBox.StandardButton.Yes,
                "no": QMessageBox.StandardButton.No,
                "told": QMessageBox.StandardButton.Ok,
            }[answer]
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, click_answer)

    QTimer.singleShot(0, click_answer)
    qtbot.mouseClick(editor.replace_person, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: new in editor.people_model.ids())
    still = "Still naming Sri Mulyani Indrawati among other words, to edit on the Logistics tab:"
    if answer == "told":  # nothing to rename: only told what to edit by hand
        assert asked == [
            "2 gifts still name Sri Mulyani Indrawati.",
            f"{still}\nTea set: {named}\nBatik: {named}",
        ]
    else:
        assert asked == [
            "1 gift names Sri Mulyani Indrawati as giver or recipient. "
            "Put Hendra Gunawan in their place there?",
            f"Tea set: Sri Mulyani Indrawati\n\n{still}\nBatik: Vice-Governor Sri Mulyani Indrawati",
        ]
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        recipient = s.get(Gift, gift_id).recipient  # type: ignore[union-attr]
    assert recipient == {"yes": "Hendra Gunawan", "no": named, "told": named}[answer]
