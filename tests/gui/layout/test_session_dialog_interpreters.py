"""The session dialog lists interpreters beside trainers (trainterp55) under a label that said
"Trainers" only (shots55 screenshots: "Li Na (Interpreter)" ticked under "Trainers (from the
participants)"): the label and the search field name both now, read whole in either language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QFormLayout
from petdesk.gui.trainings.edit import TrainingEditor
from tests.helpers.editors import loaded
from tests.helpers.fit_check import cut_texts
from tests.helpers.training_interpreters import book
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "words"), [("en", ("Trainers and interpreters", "interpreter")), ("zh_CN", ("翻译", "翻译"))]
)
def test_the_session_dialog_names_its_interpreters(
    qtbot: QtBot,
    db: Database,
    translators,
    request: pytest.FixtureRequest,
    locale: str,
    words: tuple[str, str],
) -> None:  # type: ignore[no-untyped-def]
    ids = book(db)
    tree_window_language(translators, locale, request)
    editor = loaded(qtbot, TrainingEditor(db, locale=locale, training_id=ids["training"]))
    qtbot.addWidget(editor)
    dialog = editor.session_dialog(ids["day1"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    assert words[0] in form.labelForField(dialog.trainers).text()
    assert words[1] in form.labelForField(dialog.trainer_filter).text()
    assert not cut_texts(dialog)
    assert dialog.trainers.width() >= 280  # the names and roles beside the longer label
