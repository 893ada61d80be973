"""The Chinese window's Excel export has Chinese headers and words; the English window's English
(field test 14, defect 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.contacts import import_dialog
from petdesk.gui.qt import QWidget
from petdesk.models.enums import NameOrder
from petdesk.services import importing
from tests.core.contacts.io_helpers import add_contact

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "header", "order"), [("zh_CN", "姓名顺序", "名在前"), ("en", "Name order", "given first")]
)
def test_the_window_exports_in_its_language(
    qtbot: Any, db: Database, tmp_path: Path, translators: Any, locale: str, header: str, order: str
) -> None:
    translators(locale)
    with db.transaction() as s:
        # With a Latin spelling: a name in Chinese characters only is exported family name first.
        add_contact(
            s,
            family_name="Gao",
            given_name="Yan",
            family_name_zh="高",
            given_name_zh="燕",
            name_order=NameOrder.GIVEN_FIRST,
        )
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "contacts.xlsx"
    op = import_dialog.export_contacts_to(parent, db, out, "xlsx")
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    table = importing.read_table(out)
    row = dict(zip(table.headers, table.rows[0][1], strict=True))
    assert row[header] == order
