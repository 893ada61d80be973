"""Characters no font has (field test 51 #5, #6): the name cards dialog said only "Saved …", and the
dossier dialog's warning was English in the Chinese window, showed a literal \\xa0, named 3 of 93
problems and sat below the visible part of the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import fonts, glyph_summary
from petdesk.gui.dossier.namecards import NameCardsDialog
from petdesk.gui.qt import Qt
from petdesk.services import contacts as cs
from tests.core.dossier.test_namecards import _visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: Ethiopic: in none of the bundled fonts (Hangul will be, once a Korean font is bundled).
ABEBE = "አበበ"


def test_the_name_cards_dialog_says_which_names_could_not_be_drawn(
    qtbot, db: Database, tmp_path: Path
) -> None:
    ids = _visit(db)
    with db.transaction() as s:
        cs.update_contact(s, ids["latin"], given_name=ABEBE)
    dialog = NameCardsDialog(db, ids["visit"])
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "cards.pdf"))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open to be read
    status = dialog.status.text()
    assert status.startswith("Saved ") and "[U+…]" in status and ABEBE in status
    assert "\\xa0" not in status


def test_the_summary_counts_per_script_and_names_the_first_texts() -> None:
    with fonts.collect_warnings() as found:
        for n in range(5):
            # Hebrew: no bundled font has it (Hangul has one now, Thai since field test 67)
            fonts.substitute(f"תל\u00a0אביב{n}")
        fonts.substitute(ABEBE)
    english = glyph_summary.summarise(found, "en")
    assert "× Hebrew" in english and "× other characters" in english
    assert "• תל אביב0" in english and "\\xa0" not in english and "\u00a0" not in english
    assert "… and 3 more texts" in english
    assert "“תל אביב0”" in found[0]  # the command line's sentence: quoted as read, no repr
