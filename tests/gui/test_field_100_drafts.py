"""Field test 100: Ms. Zhao Min (Chengdu hub office) types a long visit programme on a train; the
battery dies with the visit editor open and nothing saved (SIGKILL: no close event). Another day she
kills the frozen window while a contact editor and a training editor hold changes.

Before this round nothing typed survived the kill. Now each editor keeps a draft beside the database
a few seconds after a change; the next start asks about each one (Recover / Discard / Later), and a
recovered draft opens in its editor unsaved, for her to check and save.

The window runs in its own process, really killed; the restart runs here with pytest-qt.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import drafts
from petdesk.db import Database
from petdesk.gui import draft_recovery
from petdesk.gui.main_window import MainWindow
from petdesk.models import Contact, ItineraryItem, Training, Visit, VisitParticipant
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = dt.date(2026, 11, 10)

#: The window she works in: the visit editor with twelve items, a contact and a training editor.
CHILD = r"""
import datetime as dt, json, sys, time
from pathlib import Path
from petdesk.db import open_database
from petdesk.gui.contacts.edit import ContactEditDialog
from PySide6.QtTest import QTest
from petdesk.gui.qt import QApplication, QEventLoop, QInputMethodEvent
from petdesk.gui.record_editor import RecordEditor
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor

RecordEditor.DRAFT_DELAY_MS = 300
ids = json.loads(sys.argv[2])
app = QApplication([])
db = open_database(sys.argv[1])
loop = QEventLoop()


def settle(until, limit=60.0):
    end = time.monotonic() + limit
    while not until():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.monotonic() > end:
            sys.exit("timed out")


def type_in(widget, text):
    # Chinese comes from the input method (a commit), as on her laptop; QTest types only ASCII
    widget.setFocus()
    if hasattr(widget, "end"):  # after the text already there, as a click at its end puts it
        widget.end(False)
    QApplication.sendEvent(widget, QInputMethodEvent("", []))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


visit = VisitEditor(db, locale="zh_CN", visit_id=ids["visit"])
visit.show()
settle(lambda: not visit.is_busy())
type_in(visit.title_zh, "成都水论坛代表团")
QTest.keyClicks(visit.notes, "Airport pickup 08:00 / ")
type_in(visit.notes, "机场接机")
type_in(visit.outcomes_zh, "签署合作备忘录")
visit._run_step("add_participant", {"args": [ids["visit"], ids["guest"], "delegate"]})
for n in range(12):
    dialog = visit.item_dialog()
    dialog.title_en.setText(f"Programme item {n + 1}")
    dialog.title_zh.setText(f"日程 {n + 1}")
    day = dt.datetime(2026, 11, 10 + n // 4, 8 + 2 * (n % 4))
    dialog.start.setDateTime(day)
    dialog.end.setDateTime(day + dt.timedelta(hours=1, minutes=30))
    assert visit.save_item(dialog), visit.message.text()

contact = ContactEditDialog(db, "zh_CN", ids["contact"])
contact.show()
settle(lambda: not contact.is_busy())
contact.notes.setFocus()
QTest.keyClicks(contact.notes, "Vegetarian")
type_in(contact.dietary_needs, "素食")

training = TrainingEditor(db, locale="zh_CN", training_id=ids["training"])
training.show()
settle(lambda: not training.is_busy())
type_in(training.title_zh, "（修订）")

folder = Path(sys.argv[1] + ".drafts")


def kept():
    files = sorted(folder.glob("*.draft.json")) if folder.is_dir() else []
    if len(files) != 3:
        return False
    visit_file = [f for f in files if f.name.startswith("visit-")][0]
    return len(json.loads(visit_file.read_text("utf-8"))["values"]["steps"]) == 13


settle(kept)
print("typed, not saved", flush=True)
while True:  # the battery dies here
    loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
"""


@pytest.fixture
def office(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=DAY, end_date=DAY + dt.timedelta(days=3)
        )
        ids = {
            "visit": v.id,
            "head": person(s, "Anna", "Schmidt").id,
            "guest": person(s, "Jens", "Müller").id,
        }
        vs.add_participant(s, v.id, ids["head"], "head")
        ids["contact"] = person(s, "Min", "Wu").id
        ids["training"] = ts.create_training(
            s, title_en="Wastewater course", title_zh="污水课程", start_date=DAY, end_date=DAY
        ).id
    return ids


def _kill_while_typing(db: Database, ids: dict[str, str], tmp_path: Path) -> None:
    script = tmp_path / "zhao_min.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    child = subprocess.Popen(
        [sys.executable, str(script), str(db.path), json.dumps(ids)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "typed, not saved", child.stderr.read() if child.stderr else ""
    finally:
        os.kill(child.pid, signal.SIGKILL)  # no close event, no atexit
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


def test_a_visit_programme_typed_before_the_battery_died_is_recovered_and_saved(
    qtbot, db: Database, office: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _kill_while_typing(db, office, tmp_path)
    with db.reading() as s:  # nothing reached the database
        assert s.get(Visit, office["visit"]).notes == ""
        assert s.query(ItineraryItem).count() == 0

    asked: list[tuple[str, str]] = []

    def answer(_parent, draft, state):  # type: ignore[no-untyped-def]
        asked.append((draft.kind, state))
        # the contact editor is modal: discarded here (its recovery: test_draft_recovery)
        return draft_recovery.Answer.DISCARD if draft.kind == "contact" else draft_recovery.Answer.RECOVER

    monkeypatch.setattr(draft_recovery, "ask_draft", answer)
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(asked) == 3, timeout=20000)
    assert sorted(asked) == [("contact", "same"), ("training", "same"), ("visit", "same")]

    visit_page = window.page("visits")
    training_page = window.page("trainings")
    qtbot.waitUntil(lambda: bool(visit_page.editors) and bool(training_page.editors), timeout=20000)
    visit, training = visit_page.editors[0], training_page.editors[0]
    qtbot.waitUntil(lambda: visit.is_dirty() and training.is_dirty(), timeout=20000)
    # the form as she left it, unsaved, with the note that says so
    assert visit.title_zh.text() == "成都水论坛代表团"
    assert visit.notes.toPlainText() == "Airport pickup 08:00 / 机场接机"
    assert len(visit.pending) == 13 and visit.items_model.rowCount() == 12
    assert visit.findChild(type(visit.message), "draft_recovered") is not None
    assert training.title_zh.text() == "污水课程（修订）"
    assert not any(f.name.startswith("contact-") for f in drafts.folder_for(db.path).iterdir())

    assert editors.save(qtbot, visit)
    assert editors.save(qtbot, training)
    with db.reading() as s:
        saved = s.get(Visit, office["visit"])
        assert saved.title_zh == "成都水论坛代表团" and saved.outcomes_zh == "签署合作备忘录"
        assert s.query(ItineraryItem).filter_by(visit_id=office["visit"]).count() == 12
        assert s.query(VisitParticipant).filter_by(visit_id=office["visit"], deleted_at=None).count() == 2
        assert s.get(Training, office["training"]).title_zh == "污水课程（修订）"
        assert s.get(Contact, office["contact"]).notes == ""  # discarded
    assert not list(drafts.folder_for(db.path).glob("*" + drafts.SUFFIX))  # saved: drafts gone
