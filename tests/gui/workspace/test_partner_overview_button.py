"""The organisation pane's "Print/Export Partner Overview…" writes the overview PDF (field test
50, defect 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.qt import QFileDialog, QPushButton, Qt
from petdesk.services import activities
from petdesk.services import organisations as org_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_button_writes_the_overview(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(
            s, name_en="Stuttgart Water Tech GmbH", name_zh="斯图加特水技术公司"
        )
        activities.add_activity(s, subject="Call Anna", organisation_id=org.id, author="Julia Neumann")
    pane = OrganisationDetailView(db, "en")
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    pane.show_entity(org.id)
    button = pane.findChild(QPushButton, "partner_overview")
    qtbot.waitUntil(lambda: button.isVisible() and pane.timeline.topLevelItemCount() == 1, timeout=5000)
    out = tmp_path / "overview"
    # the file dialog is the system's; its answer is given here
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr("petdesk.gui.desktop_open.open_url", lambda url: True)
    with qtbot.waitSignal(pane.overview_written, timeout=20000) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert written.args == [str(out) + ".pdf"]
    text = flat("".join(pdftotext_pages(Path(written.args[0]))))
    assert "斯图加特水技术公司" in text and "CallAnna" in text and "JuliaNeumann" in text


def test_the_chinese_window_prints_chinese_first(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 56, defect 4: the overview from the Chinese window put English in the left column."""
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Hong Kong Green Fund", name_zh="香港綠色基金")
    pane = OrganisationDetailView(db, "zh_CN")
    qtbot.addWidget(pane)
    pane.show()
    pane.show_entity(org.id)
    with qtbot.waitSignal(pane.overview_written, timeout=20000) as written:
        pane.export_overview(str(tmp_path / "hk.pdf"))
    pages = pdftotext_pages(Path(written.args[0]))
    assert len(pages) == 1  # no contents page before a one-page overview
    first = flat(pages[0])
    assert first.index("合作伙伴概览") < first.index("Partneroverview")


def test_a_chinese_window_prints_chinese_first_and_names_the_city(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's language first, as the dossiers (field test 58, item 8); an organisation saved with
    only "Chengdu" (before field test 57, or from another office) shows 成都 in the Chinese window."""
    from sqlalchemy import text as sql

    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Chengdu Water Works", name_zh="成都自来水厂")
    with db.transaction() as s:
        s.execute(sql("UPDATE organisation SET city_en = 'Chengdu', city_zh = ''"))
    pane = OrganisationDetailView(db, "zh_CN")
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    pane.show_entity(org.id)
    button = pane.findChild(QPushButton, "partner_overview")
    qtbot.waitUntil(lambda: button.isVisible() and "成都" in pane.info.text(), timeout=5000)
    out = tmp_path / "overview.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr("petdesk.gui.desktop_open.open_url", lambda url: True)
    with qtbot.waitSignal(pane.overview_written, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = flat(pdftotext_pages(out)[0])
    assert text.index("成都自来水厂") < text.index("ChengduWaterWorks")
    assert "成都" in text.replace("成都自来水厂", "")
