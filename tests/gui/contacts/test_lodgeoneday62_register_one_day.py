"""Round 62 (fieldbits62): registering the people of a ONE-DAY training's sign-up sheet from the
import window's report failed on its "needs a hotel room: Yes" answers; now their stay is the night
before the training day, and the report says so below the registration's sentence, in English and
Chinese, as ``import-contacts --training`` does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "fieldtraining60"


@pytest.fixture
def tree_qm(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's catalogue of the tree the tests run from (tests/helpers/tree_catalogue.py)."""
    from petdesk import i18n

    monkeypatch.setattr(
        i18n, "translations_dir", lambda: Path(__file__).resolve().parents[3] / "translations"
    )


@pytest.mark.parametrize(
    ("lang", "sample", "said"),
    [
        ("en", "google_forms_signup.csv",
         "2 lodging answers for a one-day training: lodging for the night before the training day."),
        ("zh_CN", "wjx_signup.xlsx", "1 条住宿回答属于一日培训：安排培训日前一晚的住宿。"),
    ],
)  # fmt: skip
def test_a_one_day_trainings_sheet_registers_with_the_night_before(  # type: ignore[no-untyped-def]
    qtbot, tree_qm, translators, db: Database, lang: str, sample: str, said: str
) -> None:
    day = dt.date.today() + dt.timedelta(days=20)
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge-city workshop", title_zh="海绵城市研讨会", start_date=day, end_date=day
        ).id
    translators(lang)
    _import_and_register(qtbot, db, lang, SAMPLES / sample, said)
    with db.reading() as s:
        staying = tl.lodging_list(s, tid).staying
    assert staying and all(r.nights == [day - dt.timedelta(days=1)] for r in staying)


def test_a_row_that_cannot_take_its_answer_is_said_and_the_others_kept(  # type: ignore[no-untyped-def]
    qtbot, tree_qm, translators, db: Database
) -> None:
    """Li Na said she comes on the second day of a three-day training, later moved to end on its
    first day: her "Yes" cannot be saved, the other registrants' answers are."""
    day = dt.date.today() + dt.timedelta(days=20)
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge-city workshop", start_date=day, end_date=day + dt.timedelta(days=2)
        ).id
        li = person(s, "Na", "Li", email="li.na@chengdu-eco.example.cn", family_first=True).id
        ts.register(s, tid, li)
        tl.set_lodging(s, tid, li, check_in=day + dt.timedelta(days=1))
        ts.update_training(s, tid, end_date=day)
    translators("zh_CN")
    said = "第 2 行：Li Na：未采用住宿回答："  # no Chinese name known: the Latin one
    _import_and_register(qtbot, db, "zh_CN", SAMPLES / "google_forms_signup.csv", said)
    with db.reading() as s:
        needed = {r.name_latin: r.needed for r in tl.lodging_list(s, tid).rows}
    assert needed == {"Li Na": None, "Tomás Herrera": True, "Wang Jun": False}


def _import_and_register(qtbot, db: Database, lang: str, path: Path, said: str) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, lang, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned, dialog.imported):
        with qtbot.waitSignal(signal, timeout=20000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    chooser = dialog.register_for_training()
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said in dialog.report_summary.text(), timeout=20000)
