"""jptidy62: Tools › Tidy Names… lists a Japanese name stored split the Chinese way (佐 / 々木翔) with
the split the import makes now and, in the Why column, the reason, in English and in Chinese."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.name_tidy import NameTidyDialog
from petdesk.services import contacts as cs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's core catalogue (the Why column's sentences)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _sasaki_as_stored_before(db: Database) -> None:
    with db.transaction() as s:
        person = cs.create_contact(s, family_name_zh="王")  # the import skipped the editor's check
        person.family_name_zh, person.given_name_zh = "佐", "々木翔"


def _row(qtbot: QtBot, db: Database, locale: str) -> list[str]:
    dialog = NameTidyDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    model = dialog.model
    assert model.rowCount() == 1
    return [model.index(0, c).data() for c in range(model.columnCount())]


def test_jptidy62_why_column(qtbot: QtBot, db: Database) -> None:
    _sasaki_as_stored_before(db)
    assert _row(qtbot, db, "en") == [
        "佐 々木翔",
        "佐 々木翔 → 佐々木 翔",
        "",  # the honorific is not touched
        "",
        "Japanese name split the Chinese way: 々 cannot start a given name",
    ]


@pytest.mark.usefixtures("tree_catalogue", "tree_window_catalogue")
def test_jptidy62_why_column_in_chinese(qtbot: QtBot, db: Database) -> None:
    _sasaki_as_stored_before(db)
    assert _row(qtbot, db, "zh_CN")[4] == "日文姓名被按中文方式拆分：“々”不能作为名的开头"


@pytest.mark.parametrize(
    ("locale", "question"),
    [
        (
            "en",
            "Move the title of 1 person out of the name. Split 1 name again as an import splits it now. "
            "Each change is in the person's History, and Undo Last Tidy puts them all back. Go on?",
        ),
        (
            "zh_CN",
            "将 1 人姓名中的称谓移出。按现在导入的方式重新拆分 1 个姓名。"
            "每项更改都记入该联系人的历史，“撤销上次整理”可将其全部复原。要继续吗？",
        ),
    ],
)
def test_names63_the_question_says_what_the_tidy_does(
    qtbot: QtBot, db: Database, locale: str, question: str, request: pytest.FixtureRequest
) -> None:
    """names63: it asked "Move the titles of 1 person(s)…" of a Japanese name split again too."""
    if locale != "en":  # the window's Chinese catalogue of this tree
        request.getfixturevalue("tree_window_catalogue")
    else:  # this tree's English plurals (1 person, 1 name)
        from petdesk.gui.qt import QApplication, QTranslator
        from tests.helpers.tree_catalogue import TREE_CATALOGUES

        english = QTranslator()
        assert english.load(str(TREE_CATALOGUES.parent / "petdesk_en.qm"))
        QApplication.installTranslator(english)
        request.addfinalizer(lambda: QApplication.removeTranslator(english))
    with db.transaction() as s:
        person = cs.create_contact(s, family_name_zh="王", given_name="Mr. Sho", family_name="Sasaki")
        person.family_name_zh, person.given_name_zh = "佐", "々木翔"
    dialog = NameTidyDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert dialog.model.rowCount() == 1  # one row: the title and the split together
    dialog.apply_changes()
    assert dialog.box is not None and dialog.box.text() == question
    dialog.box.reject()


@pytest.mark.usefixtures("tree_catalogue", "tree_window_catalogue")
def test_shots63_two_reasons_in_chinese_are_joined_with_a_chinese_semicolon(
    qtbot: QtBot, db: Database
) -> None:
    """shots63: a title and a Japanese split read "名字中带有称谓; 日文姓名…" (a Latin "; " in Chinese)."""
    with db.transaction() as s:
        person = cs.create_contact(s, family_name_zh="王", given_name="Mr. Sho", family_name="Sasaki")
        person.family_name_zh, person.given_name_zh = "佐", "々木翔"
    why = _row(qtbot, db, "zh_CN")[4]
    assert why == "名字中带有称谓；日文姓名被按中文方式拆分：“々”不能作为名的开头", why
