"""The export dialog and the About box name an office by the one rule of the window
(``language.office_name``): its Chinese name in a Chinese window when it has one, else its name.
Field test 9: the About box showed "English · Chinese" and the export dialog the English name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui import help as help_menu
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, QWidget
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _Window(QWidget):
    def __init__(self, locale: str) -> None:
        super().__init__()
        self.ui_locale = locale


@pytest.fixture
def hub(tmp_path: Path) -> Any:
    """A hub that knows the Chengdu office, which has a Chinese name."""
    hub = make_office(tmp_path / "hub", "Shanghai")
    chengdu = make_office(tmp_path / "chengdu", "Chengdu Office")
    with chengdu.transaction() as s:
        office_service.set_identity(s, name_zh="成都办事处")
    path = tmp_path / "p.petdesk-sync"
    export(chengdu, path)
    chengdu.close()
    service.import_package(hub, path, PASSPHRASE, backup=False, accept_new_office=True)
    yield hub
    hub.close()


@pytest.mark.parametrize(
    ("locale", "shown", "not_shown"), [("zh_CN", "成都办事处", "Chengdu"), ("en", "Chengdu", "成都")]
)
def test_the_export_dialog_names_offices_by_the_rule(
    qtbot: Any, hub: Database, locale: str, shown: str, not_shown: str
) -> None:
    window = _Window(locale)
    qtbot.addWidget(window)
    dialog = ExportDialog(hub, window)
    offered = [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
    [chengdu] = [text for text in offered if shown in text]
    assert not_shown not in chengdu


def test_the_about_box_shows_one_office_name(qtbot: Any, db: Database) -> None:
    with db.transaction() as s:
        office_service.set_identity(s, name="Bonn Liaison Office", name_zh="波恩联络处", region="Europe")
    for locale, shown, not_shown in (("zh_CN", "波恩联络处", "Bonn"), ("en", "Bonn Liaison Office", "波恩")):
        window = MainWindow(db, locale=locale)
        qtbot.addWidget(window)
        about = help_menu.show_about(window)
        text = about.findChild(QLabel, "about_text").text()
        assert shown in text and not_shown not in text and "Europe" in text
        about.close()
