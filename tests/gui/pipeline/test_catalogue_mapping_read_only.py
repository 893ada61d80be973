"""A read-only window holds the catalogue mapping dialog's Import button (round 51): the dialog is
made after the window held its pages' buttons, so Import stayed enabled and failed at saving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.read_only import HELD
from petdesk.gui.technologies.import_file import map_catalogue_columns

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CATALOGUE = "Name,Provider\nCompact MBR,Aqua Tech GmbH\n"


@pytest.fixture
def looking(db: Database) -> Iterator[Path]:
    connection.look_only(db.path)
    yield db.path
    connection.look_only(db.path, looking=False)


@pytest.mark.parametrize("read_only", [False, True])
def test_import_is_held_only_in_a_read_only_window(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, read_only: bool, request: pytest.FixtureRequest
) -> None:
    if read_only:
        request.getfixturevalue("looking")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    path = tmp_path / "catalogue.csv"
    path.write_text(CATALOGUE, encoding="utf-8")
    page.catalogue_mapping = None  # type: ignore[attr-defined]
    map_catalogue_columns(page, db, path, "technologies", lambda: None)
    qtbot.waitUntil(lambda: page.catalogue_mapping is not None and page.catalogue_mapping.isVisible())  # type: ignore[attr-defined]
    dialog = page.catalogue_mapping  # type: ignore[attr-defined]
    # a mapping that can be imported: its own code enables Import, the read-only window keeps it off
    dialog.set_field(0, "name_en")
    assert dialog.import_button.isEnabled() is not read_only
    assert bool(dialog.import_button.property(HELD)) is read_only
    dialog.reject()
