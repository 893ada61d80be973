"""Settings › Office sets the office's country, which the window's mailing list takes as home: the
window assumed China for every office (exchange54b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.mailing_list import write_mailing_list
from petdesk.gui.main_window import MainWindow
from petdesk.services import invitation
from tests.core.test_mailing_list import _two

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_office_page_sets_the_home_country_of_the_mailing_list(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, locale: str
) -> None:
    from petdesk.gui.settings import open_settings
    from petdesk.gui.sync.office import OfficeSettingsPage

    _two(db)
    before = write_mailing_list(db, tmp_path / "before.csv", locale)
    assert "REPUBLIC OF KOREA" in (tmp_path / "before.csv").read_text(encoding="utf-8-sig")
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    dialog = open_settings(window)
    page = next(p for p in dialog.pages if isinstance(p, OfficeSettingsPage))
    assert page.country.code() == "", "none set: the list's blank"
    page.country.setEditText("Narnia")
    page.apply(window)
    assert "Narnia" in page.error.text()
    with db.reading() as s:
        assert invitation.office_settings(s)["country"] == ""
    page.country.set_code("KR")
    page.apply(window)
    with db.reading() as s:
        assert invitation.office_settings(s)["country"] == "KR"
    after = write_mailing_list(db, tmp_path / "after.csv", locale)
    assert before.count == after.count == 2
    text = (tmp_path / "after.csv").read_text(encoding="utf-8-sig")
    assert "REPUBLIC OF KOREA" not in text and "BRAZIL" in text
    dialog.close()
