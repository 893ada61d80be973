"""The window splits a package over the e-mail limit into parts, and imports from any one part
(field test 91: a merged hub's full package passes 20–25 MB)."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import QApplication, Qt, QTranslator
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.gui.sync.import_dialog import ImportDialog
from petdesk.models import Contact
from petdesk.sync import mail_limit, mail_size
from petdesk.sync.service import journal
from tests.core.sync.helpers import PASSPHRASE, make_office
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def tree_english(qapp: Any) -> Iterator[None]:
    """English plural forms ("3 parts") from this tree's catalogue: the installed checkout's may
    not have the new sentences yet."""
    tree = QTranslator()
    assert tree.load(str(TREE_CATALOGUES.parent / "petdesk_en.qm"))
    QApplication.installTranslator(tree)
    yield
    QApplication.removeTranslator(tree)


def test_export_offers_parts_and_import_takes_any_part(
    qtbot: Any, tmp_path: Path, tree_english: None
) -> None:
    hub, berlin = make_office(tmp_path / "dbs", "Xi'an Hub"), make_office(tmp_path / "dbs", "Berlin")
    with hub.transaction() as session:
        session.add_all(
            Contact(family_name=f"Chen{i}", given_name="Bo", notes=f"expo {i}, sludge drying {i * 7}")
            for i in range(300)
        )
    mail_limit.set_limit_mb(hub, 0.01)
    export = ExportDialog(hub)
    qtbot.addWidget(export)
    out = tmp_path / "mail" / "hub.petdesk-sync"
    out.parent.mkdir()
    export.path.setText(str(out))
    export.passphrase.setText(PASSPHRASE)
    export.recipient.setCurrentIndex(0)
    export.show()
    assert export.split_button.isHidden()  # offered only for a package over the limit
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result is not None and export.split_button.isVisible(), timeout=30_000)
    assert "Or split it into parts under 0.01 MB" in export.message.text()
    qtbot.mouseClick(export.split_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(export.parts), timeout=30_000)
    n = len(export.parts)
    assert n >= 2 and not out.exists()
    assert all(mail_size.fits(p.path.stat().st_size, 0.01) for p in export.parts)  # their e-mails, encoded
    said = export.message.text()
    assert f"Split into {n} parts under 0.01 MB: send all of them" in said
    assert f"hub.part{n}of{n}.petdesk-sync" in said

    dialog = ImportDialog(berlin)
    qtbot.addWidget(dialog)
    first = dialog.package_filter().split(";;")[0]
    patterns = first[first.index("(") + 1 : first.index(")")].split()
    assert any(fnmatch.fnmatch("hub.part2of3 (1).petdesk-sync.txt", p) for p in patterns), patterns
    dialog.passphrase.setText(PASSPHRASE)
    dialog.path.setText(str(export.parts[-1].path))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert f"Joined from {n} parts." in dialog.summary.text()
    joined = dialog.joined
    assert joined is not None and joined.path.exists()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        # (its end is told through the event loop, not yet run): an edit would remove the joined copy
        assert not dialog.passphrase.isEnabled() and not dialog.path.isEnabled()
    with berlin.transaction() as session:
        assert session.query(Contact).count() == 300
    assert not joined.path.exists()  # the joined copy is not left behind
    # the history names the part chosen, not the joined copy's folder
    assert [e.file_name for e in journal(berlin) if e.direction == "import"] == [
        str(export.parts[-1].path.resolve())
    ]

    # A missing part: refused in plain words, nothing imported.
    export.parts[0].path.unlink()
    dialog.path.setText(str(export.parts[1].path))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert f"was split into {n} parts, and part 1 is not in the folder" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    hub.close()
    berlin.close()
