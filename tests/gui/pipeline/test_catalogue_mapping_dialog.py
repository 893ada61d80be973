"""The window's catalogue import asks which column is which when the headers are a partner's own
wording, imports with the answer, and remembers it for the next file with the same headers."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt, QWidget
from petdesk.gui.technologies.import_file import map_catalogue_columns

# the offscreen platform says so whenever a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ODD = (
    "技术名称（全称）,供应企业,适用领域,技术成熟等级\n"
    "紧凑型膜生物反应器,Aqua Tech GmbH,污水处理,8\n"
    "餐厨垃圾厌氧消化,绿源环保,固体废物,7\n"
    "低温SCR脱硝催化剂,Aqua Tech GmbH,大气,6\n"
)


def _mapping_of(qtbot, page: QWidget, db: Database, path: Path):  # type: ignore[no-untyped-def]
    page.catalogue_mapping = None  # type: ignore[attr-defined]
    map_catalogue_columns(page, db, path, "technologies", page.refresh)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.catalogue_mapping is not None and page.catalogue_mapping.isVisible())  # type: ignore[attr-defined]
    return page.catalogue_mapping  # type: ignore[attr-defined]


def _choose(dialog, column: int, field: str) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.combos[column]
    combo.setCurrentIndex(combo.findData(field))


def test_unknown_headers_are_mapped_in_the_window_and_imported(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    catalogue = window.show_page("technologies")
    path = tmp_path / "partner.csv"
    path.write_text(ODD, encoding="utf-8")

    dialog = _mapping_of(qtbot, catalogue, db, path)
    # nothing recognised: every column left out, Import disabled and the reason said
    assert [c.currentData() for c in dialog.combos] == ["", "", "", ""]
    assert not dialog.import_button.isEnabled()
    assert dialog.warning.text() == "Choose the column that holds the name (in English or Chinese)."
    _choose(dialog, 0, "name_zh")
    # importable now; the other columns hold data and are still left out: said (field test 26, §7)
    assert dialog.import_button.isEnabled()
    assert "will not be imported: “供应企业”, “适用领域”, “技术成熟等级”." in dialog.warning.text()
    _choose(dialog, 1, "name_zh")
    assert not dialog.import_button.isEnabled()
    assert dialog.warning.text() == "Two columns are set to “Name (Chinese)”; choose one."
    for column, field in ((1, "provider"), (2, "sector"), (3, "trl")):
        _choose(dialog, column, field)
    # the preview shows the rows under the chosen fields
    model = dialog.preview_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Name (Chinese)", "Provider", "Sector", "Readiness (TRL 1–9)"]
    assert [model.index(1, c).data() for c in range(4)] == ["餐厨垃圾厌氧消化", "绿源环保", "固体废物", "7"]

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue.list.model.rowCount() == 3, timeout=10_000)
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute(
            "SELECT sector, trl FROM technology WHERE name_zh = '餐厨垃圾厌氧消化'"
        ).fetchone() == (
            "waste",
            7,
        )

    # the next file with the same headers opens with the mapping chosen, ready to import
    again = _mapping_of(qtbot, catalogue, db, path)
    assert [c.currentData() for c in again.combos] == ["name_zh", "provider", "sector", "trl"]
    assert again.import_button.isEnabled()
    again.reject()


def test_recognised_headers_are_preselected(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    catalogue = window.show_page("technologies")
    path = tmp_path / "bureau.csv"
    path.write_text("序号,技术名称,供应企业\n1,污泥低温干化,绿源环保\n", encoding="utf-8")
    dialog = _mapping_of(qtbot, catalogue, db, path)
    assert [c.currentData() for c in dialog.combos] == ["", "name_zh", ""]
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_the_partners_headers_are_preselected(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Field test 16's catalogue: every column guessed, so Import works as the dialog opens."""
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    catalogue = window.show_page("technologies")
    source = Path(__file__).parents[2] / "data" / "import" / "field16_partner_catalogue.xlsx"
    path = tmp_path / source.name
    path.write_bytes(source.read_bytes())
    dialog = _mapping_of(qtbot, catalogue, db, path)
    assert [c.currentData() for c in dialog.combos] == [
        "name_en", "name_zh", "provider", "sector", "description_en", "description_zh", "trl", "tags",
        "certifications",
    ]  # fmt: skip
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue.list.model.rowCount() == 4, timeout=10_000)
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute(
            "SELECT description_zh FROM technology WHERE name_en = 'Battery storage for microgrids'"
        ).fetchone() == ("集装箱式锂电池储能，构网型逆变器",)
