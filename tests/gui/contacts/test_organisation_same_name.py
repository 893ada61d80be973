"""The organisation editor asks before creating a second organisation of the same name and city
(field test 6, defect 15), names the existing one, and creates it only when told to."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QMessageBox
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _names(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(m.Organisation.name_zh).where(m.Organisation.deleted_at.is_(None))))


def _new_bureau(qtbot: QtBot, db: Database, locale: str) -> OrganisationEditDialog:
    dialog = OrganisationEditDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["name_zh"].setText("成都市生态环境局")  # as an input method commits it
    dialog.edits["city_zh"].setText("成都")
    qtbot.keyClicks(dialog.country.lineEdit(), "CN")
    return dialog


@pytest.mark.parametrize(
    ("locale", "question", "existing"),
    [
        (
            "en",
            "An organisation of that name already exists in Chengdu. Create another?",
            "Chengdu Municipal Ecology and Environment Bureau (成都市生态环境局) — Chengdu",
        ),
        (
            "zh_CN",
            "成都已有同名机构，仍要新建？",
            "成都市生态环境局 (Chengdu Municipal Ecology and Environment Bureau) — 成都",
        ),
    ],
)
def test_the_same_name_and_city_is_asked_about_first(
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    translators: Callable[[str], None],
    locale: str,
    question: str,
    existing: str,
) -> None:
    translators(locale)
    with db.transaction() as s:
        organisations.create_organisation(
            s,
            name_en="Chengdu Municipal Ecology and Environment Bureau",
            name_zh="成都市生态环境局",
            city_en="Chengdu",
            city_zh="成都",
            country="CN",
        )
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def ask(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    dialog = _new_bureau(qtbot, db, locale)
    with qtbot.waitSignal(dialog.save_finished, timeout=5000) as first:
        dialog.save()
    assert first.args == [False] and dialog.isVisible() and dialog.saved_id is None
    [text] = asked
    assert text == f"{question}\n\n{existing}"
    assert _names(db) == ["成都市生态环境局"]  # cancelled: nothing made, the form still open

    answer = QMessageBox.StandardButton.Yes
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=5000)
    assert len(asked) == 2 and not dialog.isVisible()
    assert _names(db) == ["成都市生态环境局", "成都市生态环境局"]


def test_another_city_is_created_without_asking(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_zh="成都市生态环境局", city_zh="重庆", country="CN")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    dialog = _new_bureau(qtbot, db, "en")
    with qtbot.waitSignal(dialog.save_finished, timeout=5000) as saved:
        dialog.save()
    assert saved.args == [True] and len(_names(db)) == 2
