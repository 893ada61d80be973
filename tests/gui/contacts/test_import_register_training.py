"""The import window enrols the people of a training's registration forms (field test 68): the
问卷星 form's numbered questions are mapped, and Register for a Training… on the report registers
every registrant (the 腾讯问卷 form's repeat of 陈志强 once), in Chinese."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.services import import_undo
from petdesk.services import trainings as ts
from tests.helpers.survey_lists import REGISTRANTS, tencent_csv, wenjuanxing_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def tree_qm(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's catalogue of the tree the tests run from (see tests/helpers/tree_catalogue.py:
    the installed checkout's may not have this feature's sentences yet)."""
    from petdesk import i18n

    monkeypatch.setattr(
        i18n, "translations_dir", lambda: Path(__file__).resolve().parents[3] / "translations"
    )


def _training(db: Database, *, status: str = "planned") -> str:
    start = dt.date.today() + dt.timedelta(days=20)
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge-city training", title_zh="海绵城市技术培训", city_en="Chengdu",
            start_date=start, end_date=start + dt.timedelta(days=1),
        )  # fmt: skip
        ts.set_training_status(s, t.id, status)
        return t.id


def _import(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned, dialog.imported):
        with qtbot.waitSignal(signal, timeout=20000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def _registered(db: Database, tid: str) -> list[str]:
    with db.reading() as s:
        return sorted(r.name_zh for r in ts.sign_in_sheet(s, tid).attendees)


def test_both_forms_enrolled_from_the_import_report(  # type: ignore[no-untyped-def]
    qtbot, tree_qm, translators, db: Database, tmp_path: Path
) -> None:
    tid = _training(db)
    _training(db, status="cancelled")  # not offered
    translators("zh_CN")
    said = []
    for form in (wenjuanxing_xlsx(tmp_path / "问卷星.xlsx"), tencent_csv(tmp_path / "腾讯问卷.csv")):
        dialog = ImportDialog(db, "zh_CN", path=form)
        _import(qtbot, dialog)
        assert dialog.training_button.isVisible() and "培训" in dialog.training_button.text()
        chooser = dialog.register_for_training()
        assert chooser.choice.count() == 1 and "海绵城市技术培训" in chooser.choice.currentText()
        start = dt.date.today() + dt.timedelta(days=20)  # the window's dates, not ISO (shots50)
        assert f"{start:%Y}年{start.month}月{start.day}日" in chooser.choice.currentText()
        ok = chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: "报名" in d.report_summary.text(), timeout=20000)
        with db.reading() as s:  # part of the import: its Undo takes them back too (review 50)
            assert import_undo.plan_undo(s).changed == {}
        said.append(dialog.report_summary.text().splitlines()[-1])
    assert _registered(db, tid) == sorted(REGISTRANTS)
    # the sentences themselves (fixes 50: "2" and "3" were found in almost any summary)
    assert said == ["已为培训报名 5 人。", "已为培训报名 2 人。1 人此前已报名。"]  # 陈志强 is on both forms
    # the forms' "是否需要住宿" answers are on the registrations (lodging51)
    from petdesk.services import training_lodging as tl

    with db.reading() as s:
        needs = {r.name_zh: r.needed for r in tl.lodging_list(s, tid).rows}
    assert sorted(n for n, yes in needs.items() if yes) == sorted(["王建国", "陈志强", "张丽", "欧阳明"])
    assert sorted(n for n, yes in needs.items() if yes is False) == sorted(["刘芳", "赵磊", "孙悦"])


def test_the_attendance_column_is_no_longer_not_kept_once_read(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    """Field test 79's Google form: "How will you attend?" is not kept by the import alone, and read as
    the attendance mode once the people are registered for a training (leftovers53); its "Timestamp"
    dates the registrations and goes into the notes (fieldbits62)."""
    from tests.core.test_field_79_hybrid_asean_training import _forms

    tid = _training(db)
    translators("en")
    dialog = ImportDialog(db, "en", path=Path(_forms(tmp_path)[1]))
    _import(qtbot, dialog)
    assert "How will you attend?" in dialog.report_summary.text()
    chooser = dialog.register_for_training()
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "registered for the training" in dialog.report_summary.text(), timeout=20000)
    summary = dialog.report_summary.text()
    assert "How will you attend?" not in summary and "Timestamp" not in summary, summary
    with db.reading() as s:
        people = s.query(m.TrainingParticipant).filter_by(training_id=tid).all()
        lan = next(p for p in people if "Lan" in p.contact.given_name + p.contact.family_name)
        assert lan.registered_on == dt.date(2026, 11, 5)
        assert "Registered 2026-11-05 09:12 via the form: Sponge-city training" in lan.contact.notes
