"""Sync › Import takes a retired office's package made before the retirement (a stolen laptop's
last package from the road, read at the hub after the hub retired the laptop: field test 80) after
saying so and asking; the window offered only the refusal "return it to service first"."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, office_id
from tests.core.sync.test_retired_made_before import Trip
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_road_package_is_explained_asked_and_imported_with_the_office_kept_retired(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    trip = Trip(tmp_path)
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    try:
        window = MainWindow(trip.hub, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, trip.road, PASSPHRASE)
        assert dialog.preview_result is not None, dialog.message.text()
        assert dialog.from_retired and dialog.import_button.isEnabled()
        assert "made before the office was retired" in dialog.warning.text()
        assert "Laptop Li Qiang" in dialog.warning.text()
        assert dialog.start_import() is None  # No: nothing is imported
        assert "sent before the office was retired" in questions[0]
        assert not trip.hub_has_ma_lin()
        answer[0] = QMessageBox.StandardButton.Yes
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            dialog.start_import()
        assert trip.hub_has_ma_lin()
        laptop = next(o for o in service.list_offices(trip.hub) if o.id == office_id(trip.laptop))
        assert laptop.retired_at
        dialog.close()
    finally:
        trip.close()
