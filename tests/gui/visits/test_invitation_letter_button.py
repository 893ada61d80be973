"""The Delegation tab's "Invitation letter…" (field test 99): asks the letter's language and file,
writes the visa invitation letter, and refuses one with data missing in plain words, offering a
draft with the gaps marked instead of a letter with a silently empty field."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import contacts as cs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.helpers import editors
from tests.helpers.karlsruhe_visit import karlsruhe_visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _editor(qtbot, db: Database, visit_id: str, locale: str) -> VisitEditor:  # type: ignore[no-untyped-def]
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)  # the delegation
    return editor


def test_chinese_letter_refused_then_drafted_then_written(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tree_window_catalogue: object
) -> None:
    visit_id, people = karlsruhe_visit(db)
    editor = _editor(qtbot, db, visit_id, "zh_CN")
    button = editor.findChild(QAbstractButton, "invitation_letter")
    assert isinstance(button, QAbstractButton)
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "邀请函…" and button.isEnabled()
    assert button.width() == editor.add_person.width()  # in line with the buttons above it
    letter = tmp_path / "邀请函.pdf"
    asked: list[str] = []

    def item(_parent, _title, _label, choices, *_args):  # type: ignore[no-untyped-def]
        asked.extend(choices)
        return choices[0], True  # Chinese, for the visa office

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(item))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(letter), "")))
    answers: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        answers.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    # Miriam Lang's passport number has not come yet: refused, naming her and what is missing
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["中文，递交签证处", "英文，供客人参阅"]
    assert not letter.exists()
    assert "未生成邀请函：缺少资料（Miriam Lang：护照号码）" in editor.message.text()  # as the CLI says it
    assert "Miriam Lang：护照号码" in answers[0]
    # the draft: written, said to be one, the gap in red on the page
    editor.invitation.write(letter, lang="zh_CN", gaps=True)
    assert letter.exists()
    assert "这是草稿：缺少资料（Miriam Lang：护照号码），已用红色标出" in editor.message.text()
    assert flat("缺：护照号码") in flat("".join(pdftotext_pages(letter)))
    # her number arrives: the letter for all eight
    with db.transaction() as s:
        cs.update_contact(s, people["Lang"], passport_number="C3KT7W2M5")
    assert editor.invitation.write(letter, lang="zh_CN") is None
    assert editor.message.text() == f"已将 8 位客人的邀请函写入 {letter}"
    editor.grab().save(str(tmp_path / "invitation.png"))


def test_a_letter_without_the_letterhead_says_where_to_set_it(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path
) -> None:
    visit_id, _people = karlsruhe_visit(db, letterhead=False)
    editor = _editor(qtbot, db, visit_id, "en")
    assert editor.invitation.write(tmp_path / "letter.pdf", lang="en") is not None
    said = editor.message.text()
    assert "the office: office address, contact person, phone" in said
    assert "Settings › Office" in said
