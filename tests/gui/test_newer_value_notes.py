"""An editor showing a record whose role/status/kind a newer petdesk stored (a value this release does
not know, read as the enum's fallback) says so under the field, naming the stored value; saving without
touching that field keeps the stored value in the file."""

from __future__ import annotations

from contextlib import closing

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.services import organisations
from tests.helpers.newer_values import NEWER, stored

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _plant(db: Database, table: str, column: str, row_id: str) -> None:
    with closing(db.raw()) as conn, conn:
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (NEWER, row_id))


def test_organisation_kind(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Harbour Water Board", kind="fund").id
        plain_id = organisations.create_organisation(s, name_en="Plain Works", kind="enterprise").id
    _plant(db, "organisation", "kind", org_id)

    dialog = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edits["name_en"].text() != "")
    assert dialog.kind.currentData() == "enterprise"  # the fallback, shown as it is read
    assert dialog.kind_note.isVisible()
    assert f"“{NEWER}”" in dialog.kind_note.text() and "newer petdesk" in dialog.kind_note.text()
    # Another choice replaces the stored value when saved: the note goes while it is picked.
    dialog.kind.setCurrentIndex(dialog.kind.findData("ngo"))
    assert not dialog.kind_note.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("enterprise"))
    assert dialog.kind_note.isVisible()

    qtbot.keyClicks(dialog.edits["city_en"], "Ningbo")
    with qtbot.waitSignal(dialog.save_finished, timeout=10000) as done:
        dialog.save()
    assert done.args[0]
    assert stored(db, "organisation", "kind", org_id) == NEWER
    assert stored(db, "organisation", "city_en", org_id) == "Ningbo"

    plain = OrganisationEditDialog(db, "en", plain_id)
    qtbot.addWidget(plain)
    plain.show()
    qtbot.waitUntil(lambda: plain.edits["name_en"].text() != "")
    assert not plain.kind_note.isVisible() and plain.kind_note.text() == ""


def test_visit_direction_and_status(qtbot: QtBot, db: Database) -> None:
    import datetime as dt

    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.services import visits
    from tests.helpers import editors

    day = dt.date(2027, 3, 8)
    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Stuttgart delegation", start_date=day, end_date=day).id
    _plant(db, "visit", "status", visit_id)
    with closing(db.raw()) as conn, conn:
        conn.execute("UPDATE visit SET direction = 'future_way' WHERE id = ?", (visit_id,))

    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.status_label.text() == "Planned"
    assert editor.status_note.isVisible() and f"“{NEWER}”" in editor.status_note.text()
    assert editor.direction.currentData() == "inbound"
    assert editor.direction_note.isVisible() and "“future_way”" in editor.direction_note.text()

    editor.title_en.clear()
    qtbot.keyClicks(editor.title_en, "Stuttgart water delegation")
    assert editors.save(qtbot, editor)
    assert stored(db, "visit", "title_en", visit_id) == "Stuttgart water delegation"
    assert stored(db, "visit", "status", visit_id) == NEWER
    assert stored(db, "visit", "direction", visit_id) == "future_way"


def test_training_status_and_participant_role(qtbot: QtBot, db: Database) -> None:
    import datetime as dt

    from petdesk.gui.trainings.edit import TrainingEditor
    from petdesk.services import trainings
    from tests.core.visits.data import person
    from tests.helpers import editors

    day = dt.date(2027, 4, 12)
    with db.transaction() as s:
        training_id = trainings.create_training(s, title_en="Sludge course", start_date=day, end_date=day).id
        odd = trainings.register(s, training_id, person(s, "Wei", "Zhang").id).id
        trainings.register(s, training_id, person(s, "Jing", "Chen").id)
    _plant(db, "training", "status", training_id)
    _plant(db, "training_participant", "role", odd)

    editor = TrainingEditor(db, locale="en", training_id=training_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.status_note.isVisible() and f"“{NEWER}”" in editor.status_note.text()
    roles = {editor.people_model.cell(r, 0): editor.people_model.cell(r, 2) for r in range(2)}
    assert roles["Wei Zhang"].startswith("Attendee · Stored by a newer petdesk as “from_the_future”")
    assert roles["Jing Chen"] == "Attendee"

    editor.title_en.clear()
    qtbot.keyClicks(editor.title_en, "Sludge drying course")
    assert editors.save(qtbot, editor)
    assert stored(db, "training", "title_en", training_id) == "Sludge drying course"
    assert stored(db, "training", "status", training_id) == NEWER
    assert stored(db, "training_participant", "role", odd) == NEWER


def test_visit_participant_role(qtbot: QtBot, db: Database) -> None:
    import datetime as dt

    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.services import visits
    from tests.core.visits.data import person
    from tests.helpers import editors

    day = dt.date(2027, 3, 8)
    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Stuttgart delegation", start_date=day, end_date=day).id
        odd = visits.add_participant(s, visit_id, person(s, "Anna", "Berg").id).id
    _plant(db, "visit_participant", "role", odd)

    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    role = editor.people_model.cell(0, 2)
    assert role.startswith("Delegate · Stored by a newer petdesk as “from_the_future”")
    assert not editor.status_note.isVisible() and not editor.direction_note.isVisible()
    qtbot.keyClicks(editor.title_en, " 2027")
    assert editors.save(qtbot, editor)
    assert stored(db, "visit_participant", "role", odd) == NEWER


def test_contact_method_channel_and_label(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.contacts.edit import ContactEditDialog
    from petdesk.gui.qt import QDialogButtonBox, Qt
    from petdesk.services import contacts
    from petdesk.services.contacts import Method

    with db.transaction() as s:
        contact_id = contacts.create_contact(
            s,
            family_name="Berg",
            given_name="Anna",
            methods=[Method("email", "anna@berg.example"), Method("fax", "+49 711 1234567", "home")],
        ).id
    with closing(db.raw()) as conn, conn:
        method_id = conn.execute(
            "SELECT id FROM contact_method WHERE contact_id = ? AND channel = 'fax'", (contact_id,)
        ).fetchone()[0]
        conn.execute(
            "UPDATE contact_method SET channel = 'signal', label = ? WHERE id = ?", (NEWER, method_id)
        )

    dialog = ContactEditDialog(db, "en", contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    email, odd = dialog.method_rows
    # (the rows sit on a tab of their own: shown to the row, not yet on screen)
    assert not email.channel_note.isVisibleTo(email) and not email.label_note.isVisibleTo(email)
    assert odd.channel.currentData() == "fax" and odd.label.currentData() == "other"
    assert odd.channel_note.isVisibleTo(odd) and "“signal”" in odd.channel_note.text()
    assert odd.label_note.isVisibleTo(odd) and f"“{NEWER}”" in odd.label_note.text()

    dialog.given_name.setText("Anna-Lena")
    box = dialog.findChild(QDialogButtonBox, "buttons")
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert stored(db, "contact", "given_name", contact_id) == "Anna-Lena"
    assert stored(db, "contact_method", "channel", method_id) == "signal"
    assert stored(db, "contact_method", "label", method_id) == NEWER


def test_project_stage_partner_role_and_milestone_kind(qtbot: QtBot, db: Database) -> None:
    import datetime as dt

    from petdesk.gui.projects.project_dialog import ProjectDialog
    from petdesk.gui.qt import QDialogButtonBox, Qt
    from petdesk.models.enums import PartnerRole
    from petdesk.services import projects

    with db.transaction() as s:
        odd_org = organisations.create_organisation(s, name_en="Qingdao Water Bureau").id
        plain_org = organisations.create_organisation(s, name_en="Stuttgart Water Tech GmbH").id
        project_id = projects.create_project(s, title_en="Sponge city").id
        odd_partner = projects.add_partner(s, project_id, organisation_id=odd_org, role=PartnerRole.LEAD).id
        projects.add_partner(s, project_id, organisation_id=plain_org, role=PartnerRole.PARTNER)
        milestone_id = projects.add_milestone(s, project_id, title_en="Kick-off", due=dt.date(2027, 5, 1)).id
    _plant(db, "project", "status", project_id)
    _plant(db, "project_partner", "role", odd_partner)
    _plant(db, "project_milestone", "kind", milestone_id)

    dialog = ProjectDialog(db, "en", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stage.currentData() == "idea"
    assert dialog.stage_note.isVisible() and f"“{NEWER}”" in dialog.stage_note.text()

    partners = dialog.partners_tab
    dialog.tabs.setCurrentWidget(partners)
    names = [str(partners.model.index(r, 0).data()) for r in range(partners.model.rowCount())]
    partners.view.selectRow(names.index("Qingdao Water Bureau"))
    assert partners.role.currentData() == "partner"
    assert partners.role_note.isVisible() and f"“{NEWER}”" in partners.role_note.text()
    partners.view.selectRow(names.index("Stuttgart Water Tech GmbH"))
    assert not partners.role_note.isVisible()

    milestones = dialog.milestones_tab
    dialog.tabs.setCurrentWidget(milestones)
    milestones.view.selectRow(0)
    editor = milestones.edit()
    assert editor is not None
    assert editor.kind_note.isVisible() and f"“{NEWER}”" in editor.kind_note.text()
    editor.title_en.setText("Kick-off meeting")
    editor.accept()

    dialog.title_en.setText("Sponge city pilot")
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert saved.args == [True]
    assert stored(db, "project", "title_en", project_id) == "Sponge city pilot"
    assert stored(db, "project_milestone", "title_en", milestone_id) == "Kick-off meeting"
    assert stored(db, "project", "status", project_id) == NEWER
    assert stored(db, "project_partner", "role", odd_partner) == NEWER
    assert stored(db, "project_milestone", "kind", milestone_id) == NEWER


def test_itinerary_item_kind(qtbot: QtBot, db: Database) -> None:
    import datetime as dt

    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.services import visits
    from tests.helpers import editors

    day = dt.date(2027, 3, 8)
    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Stuttgart delegation", start_date=day, end_date=day).id
        start = dt.datetime.combine(day, dt.time(9))
        item_id = visits.add_item(
            s, visit_id, title_en="Welcome", start=start, end=start + dt.timedelta(hours=1)
        ).id
    _plant(db, "itinerary_item", "kind", item_id)

    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    dialog = editor.item_dialog(item_id)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "meeting"
    assert not dialog.kind_note.isHidden() and f"“{NEWER}”" in dialog.kind_note.text()
    dialog.title_en.setText("Welcome lunch")
    assert editor.save_item(dialog, item_id)
    assert editors.save(qtbot, editor)
    assert stored(db, "itinerary_item", "title_en", item_id) == "Welcome lunch"
    assert stored(db, "itinerary_item", "kind", item_id) == NEWER


def test_city_need_status(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.technologies.editors import NeedEditor
    from petdesk.services import needs

    with db.transaction() as s:
        need_id = needs.create_need(s, title_en="Leaking pipes", sector="water").id
    _plant(db, "city_need", "status", need_id)

    editor = NeedEditor(db, "en", need_id, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.title_en.text() != "")
    assert editor.status.currentData() == "open"
    assert editor.status_note.isVisible() and f"“{NEWER}”" in editor.status_note.text()
    editor.title_en.setText("Leaking water pipes")
    with qtbot.waitSignal(editor.save_finished, timeout=10_000) as saved:
        editor.save()
    assert saved.args == [True]
    assert stored(db, "city_need", "title_en", need_id) == "Leaking water pipes"
    assert stored(db, "city_need", "status", need_id) == NEWER


def test_activity_kind(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.contacts.detail import ActivityDialog
    from petdesk.services import activities, contacts

    with db.transaction() as s:
        contact_id = contacts.create_contact(s, family_name="Berg", given_name="Anna").id
        activity_id = activities.add_activity(s, kind="call", subject="Pilot", contact_id=contact_id).id
    _plant(db, "activity", "kind", activity_id)

    dialog = ActivityDialog(db, contact_id=contact_id, activity_id=activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == "note"
    assert dialog.kind_note.isVisible() and f"“{NEWER}”" in dialog.kind_note.text()
    dialog.subject.setText("Pilot in Qingdao")
    dialog.save()
    assert stored(db, "activity", "subject", activity_id) == "Pilot in Qingdao"
    assert stored(db, "activity", "kind", activity_id) == NEWER


def test_follow_up_status_in_the_list(qtbot: QtBot, db: Database) -> None:
    """The follow-ups list names a newer petdesk's status instead of showing its stand-in (Open)."""
    from petdesk.gui.follow_ups.panel import FollowUpPanel
    from petdesk.services import follow_ups

    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Harbour Water Board").id
        odd = follow_ups.add(s, kind="organisation", record_id=org_id, title_en="Send offer").id
        follow_ups.add(s, kind="organisation", record_id=org_id, title_en="Call back")
    _plant(db, "follow_up", "status", odd)

    panel = FollowUpPanel(db, locale="en")
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_record("organisation", org_id)
    statuses = {panel.model.cell(r, 2): panel.model.cell(r, 1) for r in range(panel.model.rowCount())}
    assert statuses["Send offer"].startswith(f"Open · Stored by a newer petdesk as “{NEWER}”")
    assert statuses["Call back"] == "Open"


def test_picking_the_stand_in_role_writes_it(qtbot: QtBot, db: Database) -> None:
    """A delegate whose role a newer petdesk stored, set to Delegate (the role it is read as) by
    hand: the user chose it, so the row says Delegate without the note and saving writes it; another
    person's stored role, not touched, is kept."""
    import datetime as dt

    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.services import visits
    from tests.core.visits.data import person
    from tests.helpers import editors

    day = dt.date(2027, 3, 8)
    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Stuttgart delegation", start_date=day, end_date=day).id
        picked = visits.add_participant(s, visit_id, person(s, "Anna", "Berg").id).id
        kept = visits.add_participant(s, visit_id, person(s, "Jonas", "Weber").id).id
    _plant(db, "visit_participant", "role", picked)
    _plant(db, "visit_participant", "role", kept)

    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    names = [editor.people_model.cell(r, 0) for r in range(2)]
    editor.people_view.selectRow(names.index("Anna Berg"))
    editor.role.setCurrentIndex(editor.role.findData("delegate"))
    editor.set_role.click()
    qtbot.waitUntil(
        lambda: editor.people_model.cell(names.index("Anna Berg"), 2) == "Delegate", timeout=10_000
    )
    assert "newer petdesk" in editor.people_model.cell(names.index("Jonas Weber"), 2)
    assert editors.save(qtbot, editor)
    assert stored(db, "visit_participant", "role", picked) == "delegate"
    assert stored(db, "visit_participant", "role", kept) == NEWER


def test_registering_again_as_the_stand_in_role_writes_it(qtbot: QtBot, db: Database) -> None:
    """The training editor's twin: registering again as Attendee, the role a newer petdesk's is read
    as, is the user's choice: written on save, the note gone from the row."""
    import datetime as dt

    from petdesk.gui.trainings.edit import TrainingEditor
    from petdesk.services import trainings
    from tests.core.visits.data import person
    from tests.helpers import editors

    day = dt.date(2027, 4, 12)
    with db.transaction() as s:
        training_id = trainings.create_training(s, title_en="Sludge course", start_date=day, end_date=day).id
        wei = person(s, "Wei", "Zhang")
        odd = trainings.register(s, training_id, wei.id).id
        wei_id = wei.id
    _plant(db, "training_participant", "role", odd)

    editor = TrainingEditor(db, locale="en", training_id=training_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert "newer petdesk" in editor.people_model.cell(0, 2)
    with qtbot.waitSignal(editor.person_search.searched, timeout=10_000):
        qtbot.keyClicks(editor.person_search.edit, "Zhang")
    assert editor.person_search.current() == (wei_id, "Wei Zhang")
    editor.role.setCurrentIndex(editor.role.findData("attendee"))
    editor._register()
    qtbot.waitUntil(lambda: editor.people_model.cell(0, 2) == "Attendee", timeout=10_000)
    assert editors.save(qtbot, editor)
    assert stored(db, "training_participant", "role", odd) == "attendee"


def test_a_contact_draft_put_back_keeps_the_method_notes(qtbot: QtBot, db: Database) -> None:
    """A recovered draft rebuilds the contact's e-mail/phone rows: the row a newer petdesk gave a
    channel and label of its own still names them, and saving keeps them."""
    from petdesk import drafts
    from petdesk.gui import record_editor
    from petdesk.gui.contacts.edit import ContactEditDialog
    from petdesk.services import contacts
    from petdesk.services.contacts import Method

    with db.transaction() as s:
        contact_id = contacts.create_contact(
            s, family_name="Berg", given_name="Anna", methods=[Method("fax", "+49 711 1234567", "home")]
        ).id
    with closing(db.raw()) as conn, conn:
        method_id = conn.execute(
            "SELECT id FROM contact_method WHERE contact_id = ?", (contact_id,)
        ).fetchone()[0]
        conn.execute(
            "UPDATE contact_method SET channel = 'signal', label = ? WHERE id = ?", (NEWER, method_id)
        )

    dialog = ContactEditDialog(db, "en", contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    dialog.given_name.setText("Anna-Lena")
    dialog.mark_dirty()
    assert dialog.write_draft()
    draft = drafts.read_draft(dialog.draft_path)  # type: ignore[arg-type]
    dialog.set_clean()
    dialog.close()

    record_editor.offer_draft(draft)
    again = ContactEditDialog(db, "en", contact_id)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded):
        again.show()
    qtbot.waitUntil(again.is_dirty, timeout=5000)
    assert again.given_name.text() == "Anna-Lena"
    (row,) = [r for r in again.method_rows if r.value.text()]
    assert row.channel_note.stored() == "signal" and "“signal”" in row.channel_note.text()
    assert row.label_note.stored() == NEWER
    with qtbot.waitSignal(again.save_finished, timeout=10000):
        again.save()
    assert stored(db, "contact", "given_name", contact_id) == "Anna-Lena"
    assert stored(db, "contact_method", "channel", method_id) == "signal"
    assert stored(db, "contact_method", "label", method_id) == NEWER
