"""The dossier dialog makes the PDF in the background, opens it, and remembers the choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.dossier import DossierDialog, open_dossier_dialog
from petdesk.gui.qt import QPoint, QSettings, Qt
from tests.core.dossier.pdfcheck import pdfinfo_pages, pdftotext_pages
from tests.core.dossier.sample_data import make_training, make_visit

#: Showing a dialog on the offscreen platform warns about size hints; that is the platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def visit_db(db: Database) -> tuple[Database, str]:
    return db, make_visit(db, meetings=2, participants=4).visit_id


def test_dialog_generates_a_pdf_in_the_background_and_opens_it(qtbot, visit_db, tmp_path: Path) -> None:
    db, visit_id = visit_db
    dialog = open_dossier_dialog(None, db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.opener = opened.append
    assert "Munich Delegation" in dialog.heading.text()
    # click on the radio button's own circle (its centre may lie beyond the label in a wide dialog)
    qtbot.mouseClick(
        dialog.sequential, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.sequential.height() // 2)
    )
    assert dialog.sequential.isChecked()
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.section_checks["briefings"].setChecked(False)
    dialog.first_lang.setCurrentIndex(dialog.first_lang.findData("zh_CN"))
    assert dialog.restricted.isChecked()  # on by default
    out = tmp_path / "made by the dialog.pdf"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    progress: list[int] = []
    with qtbot.waitSignal(dialog.generated, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        assert dialog.operation is not None
        assert not dialog.generate_button.isEnabled()  # no second run while one is going
        dialog.operation.progress.connect(lambda done, _total: progress.append(done))
    assert blocker.args == [str(out)]
    assert opened == [out]
    assert progress and max(progress) >= 90
    assert pdfinfo_pages(out) >= 3
    text = "\n".join(pdftotext_pages(out))
    assert "Briefing" not in text and "Programme" in text and "日程安排" in text
    assert text.index("日程安排") < text.index("Programme")  # Chinese first, as chosen
    # remembered for next time
    s = QSettings()
    assert s.value("dossier/layout") == "sequential"
    assert s.value("dossier/paper") == "Letter"
    assert "briefings" not in str(s.value("dossier/sections_visit"))
    again = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(again)
    assert again.sequential.isChecked()
    assert again.paper.currentData() == "Letter"
    assert again.first_lang.currentData() == "zh_CN"
    assert not again.section_checks["briefings"].isChecked()
    assert again.section_checks["programme"].isChecked()
    assert Path(again.path_edit.text()).parent == tmp_path


def test_training_dialog_and_errors_are_shown_in_the_dialog(qtbot, db: Database, tmp_path: Path) -> None:
    training_id = make_training(db, sessions=2, participants=3).training_id
    dialog = DossierDialog(db, training_id=training_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    assert set(dialog.section_checks) == {
        "cover",
        "programme",
        "trainers",
        "participants",
        "signin",
        "lodging",
        "attendance",
        "notes",
    }
    for check in dialog.section_checks.values():
        check.setChecked(False)
    assert not dialog.generate_button.isEnabled()  # nothing chosen, nothing to make
    dialog.section_checks["signin"].setChecked(True)
    # a folder that cannot be written: the failure is told in the dialog, which stays open
    blocker_path = tmp_path / "a file"
    blocker_path.write_text("x")
    dialog.path_edit.setText(str(blocker_path / "sub" / "x.pdf"))
    op = dialog.generate()
    with qtbot.waitSignal(op.failed, timeout=60_000):
        pass
    assert "No dossier was made" in dialog.status.text()
    assert dialog.generate_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "signin.pdf"))
    op = dialog.generate()
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        pass
    assert "签到表" in "\n".join(pdftotext_pages(tmp_path / "signin.pdf"))


def test_dossier_action_on_the_visit_editor(qtbot, visit_db, monkeypatch) -> None:
    from petdesk.gui.main_window import MainWindow

    db, visit_id = visit_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    page = window.page("visits")
    assert page.dossier_action.text() == "Dossier…"
    editor = page.open_visit(visit_id)
    qtbot.addWidget(editor)
    actions = [a for a in editor.toolbar.actions() if a.objectName() == "action_dossier"]
    assert len(actions) == 1
    actions[0].trigger()
    assert isinstance(editor.dossier_dialog, DossierDialog)
    assert editor.dossier_dialog.target_id == visit_id
    editor.dossier_dialog.close()


def test_dialog_offers_every_section_the_core_prints(qtbot, visit_db) -> None:
    """The checkboxes are the core's sections, in its order and by its names: they cannot drift."""
    from petdesk import dossier

    db, visit_id = visit_db
    visit = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(visit)
    assert list(visit.section_checks) == list(dossier.VISIT_SECTIONS)
    assert visit.section_checks["technologies"].text() == "Technologies and needs"
    training = DossierDialog(db, training_id=make_training(db, sessions=1, participants=2).training_id)
    qtbot.addWidget(training)
    assert list(training.section_checks) == list(dossier.TRAINING_SECTIONS)
    chinese = DossierDialog(db, visit_id=visit_id, locale="zh_CN")
    qtbot.addWidget(chinese)
    assert chinese.section_checks["technologies"].text() == "技术与需求"


def test_a_section_added_since_the_choice_was_saved_starts_ticked(qtbot, visit_db) -> None:
    db, visit_id = visit_db
    s = QSettings()
    s.setValue("dossier/sections_visit", "cover,programme")
    s.setValue("dossier/sections_offered_visit", "cover,notes,programme")
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    ticked = {key for key, check in dialog.section_checks.items() if check.isChecked()}
    assert "notes" not in ticked  # left out on purpose
    assert {"cover", "programme", "technologies", "glance"} <= ticked  # new to this user: offered ticked


def test_layout_choices_name_the_languages_in_the_order_chosen(qtbot, visit_db) -> None:
    db, visit_id = visit_db
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.first_lang.setCurrentIndex(dialog.first_lang.findData("en"))
    assert dialog.parallel.text() == "Side by side (English | Chinese)"
    assert dialog.sequential.text() == "English first, then Chinese"
    dialog.first_lang.setCurrentIndex(dialog.first_lang.findData("zh_CN"))
    assert dialog.parallel.text() == "Side by side (Chinese | English)"
    assert dialog.sequential.text() == "Chinese first, then English"


def test_the_suggested_file_name_ends_on_a_whole_word(qtbot, visit_db) -> None:
    """The title "Munich Delegation Study Visit on Waste-to-Energy and Clean Air" was cut at 60
    characters into "…-and-clean-a" (field test 6, defect 19)."""
    db, visit_id = visit_db
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    name = Path(dialog.path_edit.text()).name
    assert name == "dossier-munich-delegation-study-visit-on-waste-to-energy-and-clean.pdf"


def test_the_version_typed_reaches_the_pdf_and_is_not_remembered(qtbot, visit_db, tmp_path: Path) -> None:
    """Field test 11, defect 8: a reprint after a last-minute change could not be marked "v2"."""
    db, visit_id = visit_db
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    out = tmp_path / "reprint.pdf"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    qtbot.keyClicks(dialog.version, "v2")
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    footer = pdftotext_pages(out)[1]
    assert "version v2" in footer and "版本 v2" in footer
    again = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(again)
    assert again.version.text() == ""  # a version is per print


def test_dialog_lists_the_changes_since_the_last_print(qtbot, visit_db, tmp_path: Path) -> None:
    """Field test 21, defect 2: "what changed since v1" from the dialog, as ``--changes-since``."""
    db, visit_id = visit_db
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    assert "not printed" in dialog.last_printed.text()
    assert not dialog.changes.isChecked() and not dialog.changes_from.isEnabled()
    out = tmp_path / "v1.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert "Changes since" not in "".join(pdftotext_pages(out))

    again = DossierDialog(db, visit_id=visit_id)  # the next print starts from this one
    qtbot.addWidget(again)
    again.opener = lambda _path: None
    assert "last printed here" in again.last_printed.text()
    qtbot.mouseClick(again.changes, Qt.MouseButton.LeftButton, pos=QPoint(8, again.changes.height() // 2))
    assert again.changes_from.isEnabled()
    again.changes_from.setDateTime(again.changes_from.dateTime().addYears(-1))  # back before the data
    out2 = tmp_path / "v2.pdf"
    again.path_edit.setText(str(out2))
    with qtbot.waitSignal(again.generated, timeout=60_000):
        qtbot.mouseClick(again.generate_button, Qt.MouseButton.LeftButton)
    text = " ".join("".join(pdftotext_pages(out2)).split())
    assert "Changes since" in text and "以来的变更" in text and "created" in text


def test_dialog_can_leave_out_the_contents_page(qtbot, visit_db, tmp_path: Path) -> None:
    """Field test 21, §8: the command line had --no-contents, the dialog always printed the page."""
    db, visit_id = visit_db
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    assert dialog.contents.isChecked()  # on by default, as on the command line
    qtbot.mouseClick(dialog.contents, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.contents.height() // 2))
    assert not dialog.contents.isChecked()
    out = tmp_path / "without contents.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    text = "".join(pdftotext_pages(out))
    assert "Contents" not in text and "目录" not in text
    again = DossierDialog(db, visit_id=visit_id)  # remembered, as the other choices
    qtbot.addWidget(again)
    assert not again.contents.isChecked()


def test_dialog_prints_in_large_print_and_remembers_it(qtbot, visit_db, tmp_path: Path) -> None:
    """Protocol offices hand dossiers to senior delegation members: the same as --large-print."""
    db, visit_id = visit_db
    dialog = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    assert not dialog.large_print.isChecked()  # off by default, as on the command line
    normal = tmp_path / "normal.pdf"
    dialog.path_edit.setText(str(normal))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    again = DossierDialog(db, visit_id=visit_id)
    qtbot.addWidget(again)
    again.opener = lambda _path: None
    qtbot.mouseClick(
        again.large_print, Qt.MouseButton.LeftButton, pos=QPoint(8, again.large_print.height() // 2)
    )
    assert again.large_print.isChecked()
    large = tmp_path / "large.pdf"
    again.path_edit.setText(str(large))
    with qtbot.waitSignal(again.generated, timeout=60_000):
        qtbot.mouseClick(again.generate_button, Qt.MouseButton.LeftButton)
    assert pdfinfo_pages(large) > pdfinfo_pages(normal)
    third = DossierDialog(db, visit_id=visit_id)  # remembered, as the other choices
    qtbot.addWidget(third)
    assert third.large_print.isChecked()
