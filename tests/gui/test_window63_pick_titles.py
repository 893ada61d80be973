"""Round 63 (window63): the pick dialogs behind the training's organiser, the project's lead, a
follow-up's owner, a handover's successor and a technology's provider (and a city need's city) said
only their field's name ("Owner"); they say what they pick, as the visit's host and visiting
organisation do since round 62, with a line under the title, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.contacts.handover import HandoverDialog
from petdesk.gui.follow_ups.panel import FollowUpPanel
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QWidget
from petdesk.gui.technologies.editors import NeedEditor, TechnologyEditor
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.widgets import PickDialog, RecordField
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: field → (window, its RecordField), and the titles expected in each language
FIELDS: dict[str, tuple[Callable[[Database, str], QWidget], str]] = {
    "organiser": (lambda db, lc: TrainingEditor(db, locale=lc), "organiser"),
    "lead": (lambda db, lc: ProjectDialog(db, lc), "lead"),
    "owner": (lambda db, lc: FollowUpPanel(db, locale=lc), "owner"),
    "successor": (lambda db, lc: HandoverDialog(db, "nobody", "Li Na", lc), "successor"),
    "provider": (lambda db, lc: TechnologyEditor(db, lc), "provider"),
    "city": (lambda db, lc: NeedEditor(db, lc), "city"),
}
EXPECTED = {
    "en": {
        "organiser": "Choose the training's organiser",
        "lead": "Choose the lead organisation",
        "owner": "Choose the follow-up's owner",
        "successor": "Choose the successor",
        "provider": "Choose the technology's provider",
        "city": "Choose the city with this need",
    },
    "zh_CN": {
        "organiser": "选择培训主办单位",
        "lead": "选择牵头机构",
        "owner": "选择后续行动负责人",
        "successor": "选择接任者",
        "provider": "选择技术提供方",
        "city": "选择提出此需求的城市",
    },
}


@pytest.fixture
def speak(translators, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``translators`` reading this tree's window catalogue (the installed checkout's lacks new strings)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    return translators


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_window63_each_pick_dialog_says_what_it_picks(  # type: ignore[no-untyped-def]
    qtbot: QtBot, speak, db: Database, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    speak(locale)
    shown: list[PickDialog] = []
    monkeypatch.setattr(PickDialog, "exec", lambda self: shown.append(self) or 0)
    for key, (make, attribute) in FIELDS.items():
        window = make(db, locale)
        qtbot.addWidget(window)
        field = getattr(window, attribute)
        assert isinstance(field, RecordField)
        field.choose()
        dialog = shown.pop()
        assert dialog.windowTitle() == EXPECTED[locale][key], key
        assert not dialog.purpose.isHidden() and dialog.purpose.text(), key
        assert dialog.purpose.text() != dialog.windowTitle()
        if locale == "zh_CN":
            assert not any("a" <= c <= "z" for c in dialog.purpose.text()), dialog.purpose.text()
