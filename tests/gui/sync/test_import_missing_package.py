"""The Import window names a package of the sender's series that did not arrive and says that
nothing is lost, in the window's language (field test 91, defect 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import Qt, QWidget
from petdesk.gui.sync.import_dialog import ImportDialog
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize(("locale", "words"), [("en", "Package 2 that Berlin"), ("zh_CN", "第 2 号数据包")])
def test_the_import_window_names_the_package_that_did_not_arrive(
    qtbot: Any, tmp_path: Path, translators: Any, locale: str, words: str
) -> None:
    berlin, xian = make_office(tmp_path / "dbs", "Berlin"), make_office(tmp_path / "dbs", "Xi'an Hub")
    send(xian, berlin, tmp_path, full=True)
    weeks = []
    for week in (1, 2, 3):
        with berlin.transaction() as session:
            session.add(Contact(family_name=f"Weber{week}", given_name="Anna"))
        weeks.append(tmp_path / f"berlin-week-{week}.petdesk-sync")
        export(berlin, weeks[-1], to=office_id(xian))
    assert service.import_package(xian, weeks[0], PASSPHRASE).applied
    translators(locale)

    class Window(QWidget):
        ui_locale = locale

    window = Window()
    qtbot.addWidget(window)
    dialog = ImportDialog(xian, window)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.path.setText(str(weeks[2]))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    said = dialog.summary.text()
    assert words in said, said
    assert not dialog.warning.isVisible()  # nothing lost: a note, not a warning
    assert dialog.import_button.isEnabled()
    berlin.close()
    xian.close()
