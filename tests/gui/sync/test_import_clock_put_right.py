"""The import dialog on a package from a laptop whose clock ran a year ahead and was put right since
(field test 72, defect 2): "the clock of one of the two computers is wrong" sent the IT volunteer
to check two clocks that were both right. The Chinese window says it in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import i18n
from petdesk.gui.main_window import MainWindow
from petdesk.models import Contact
from petdesk.sync import hlc
from tests.core.sync.helpers import PASSPHRASE, export, make_office
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

YEAR_MS = 365 * 86_400_000
#: This tree's window catalogues: the installed checkout's lack the new sentence until merged.
TREE_TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"


@pytest.mark.parametrize(("locale", "words"), [("en", "was put right since"), ("zh_CN", "之后已经更正")])
def test_import_dialog_says_the_senders_clock_was_put_right(  # type: ignore[no-untyped-def]
    qtbot, translators, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locale: str, words: str
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_TRANSLATIONS)
    translators(locale)
    beijing, tangshan = (make_office(tmp_path / "dbs", name) for name in ("Beijing", "Tangshan"))
    real = hlc.wall_ms
    with monkeypatch.context() as shifted:
        shifted.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS)  # the clock the sync reads
        with tangshan.transaction() as session:
            session.add(Contact(family_name="Chen", given_name="Xueling"))
    package = tmp_path / "after.petdesk-sync"
    export(tangshan, package)  # made after the clock was put right

    window = MainWindow(beijing, locale=locale)
    qtbot.addWidget(window)
    window.show()
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    assert dialog.warning.isVisible()
    said = dialog.warning.text()
    assert words in said, said
    assert "one of the two computers is wrong" not in said and "两台计算机中有一台" not in said
    dialog.close()
    for db in (beijing, tangshan):
        db.close()
