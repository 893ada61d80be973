"""The Chinese window names offices by their Chinese names in what Sync › Import says, and dates a
refusal as the window dates days (field test 80: "Laptop Li Qiang" and "2026-12-06" in Chinese)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox
from petdesk.i18n import format_date
from petdesk.models import Contact
from petdesk.stored_times import utcnow
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, make_office, office_id
from tests.core.sync.test_office_names_in_messages import HUB, HUB_ZH, LAPTOP, LAPTOP_ZH, Offices, offices
from tests.helpers.sync_dialog import previewed_import
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["offices", "tree_catalogue"]  # fixtures, imported to be used here
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_catalogue", "tree_window_catalogue")
def test_a_retired_office_is_refused_by_its_chinese_name_and_a_chinese_day(qtbot, offices: Offices) -> None:  # type: ignore[no-untyped-def]
    service.retire_office(offices.hub, office_id(offices.laptop))
    with offices.laptop.transaction() as session:  # a change after the retirement: refused
        session.add(Contact(family_name="Thief", given_name="Some"))
    road = offices.package(offices.laptop, "stolen", to=offices.hub)
    window = MainWindow(offices.hub, locale="zh_CN")
    qtbot.addWidget(window)
    dialog = previewed_import(qtbot, window, road, PASSPHRASE)
    text = dialog.message.text()
    assert LAPTOP_ZH in text and LAPTOP not in text, text
    assert format_date(utcnow().date(), "zh_CN") in text, text
    dialog.close()


@pytest.mark.usefixtures("tree_catalogue", "tree_window_catalogue")
def test_a_package_for_another_office_asks_by_that_offices_chinese_name(  # type: ignore[no-untyped-def]
    qtbot, offices: Offices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    third = make_office(tmp_path / "third", "Urumqi Desk")
    try:
        for src in (offices.hub, offices.laptop):
            service.import_package(third, offices.package(src, f"to-third-{office_id(src)}"), PASSPHRASE)
        for_hub = offices.package(offices.laptop, "for-hub", to=offices.hub)
        window = MainWindow(third, locale="zh_CN")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, for_hub, PASSPHRASE)
        assert dialog.start_import() is None  # the user said No
        assert HUB_ZH in questions[0] and HUB not in questions[0], questions
        dialog.close()
    finally:
        third.close()


@pytest.mark.usefixtures("tree_catalogue", "tree_window_catalogue")
def test_a_first_package_from_an_unknown_office_reads_as_chinese_sentences(  # type: ignore[no-untyped-def]
    qtbot, offices: Offices, tmp_path: Path
) -> None:
    """shots52: the preview's two sentences were glued with a space, "…制作。 首次…" in Chinese."""
    third = make_office(tmp_path / "third", "Urumqi Desk")
    try:
        first = offices.package(offices.laptop, "first-to-third")
        window = MainWindow(third, locale="zh_CN")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, first, PASSPHRASE)
        summary = dialog.summary.text()
        assert LAPTOP_ZH in summary and office_id(offices.laptop) in summary, summary
        assert "。 " not in summary and summary.count("。") == 2, summary
        dialog.close()
    finally:
        third.close()
