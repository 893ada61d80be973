"""The import dialog with the German files of field test 6: the mapping page warns when no column
gives a name (defect 2), the preview agrees with the command line (defect 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.helpers.german_lists import participant_list

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _next(qtbot, dialog: ImportDialog, signal) -> list:
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def _mapping_page(qtbot, db: Database, path: Path, locale: str = "en") -> ImportDialog:
    dialog = ImportDialog(db, locale, path=path)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 700)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING
    return dialog


def test_the_mapping_page_warns_when_no_column_gives_a_name(qtbot, db: Database, tmp_path: Path) -> None:
    dialog = _mapping_page(qtbot, db, participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    # Vorname and Nachname are recognised: no warning, and the preview shows the names.
    assert set(dialog.mapping().values()) >= {"given_name", "family_name", "honorific", "position", "phone"}
    assert dialog.name_warning.isHidden()
    assert dialog.preview_model.index(0, 1).data() == "Jürgen Müller"
    # Both name columns ignored, through their combo boxes: the page says what will happen.
    for column in (2, 3):
        combo = dialog.findChild(type(dialog.target_combo), f"mapping_{column}")
        combo.setCurrentIndex(combo.findData(""))
    assert dialog.name_warning.isVisible()
    assert "every other row will be skipped" in dialog.name_warning.text()
    # laid out in full, not cut to one line by the lists below
    warning = dialog.name_warning
    qtbot.waitUntil(lambda: warning.height() >= warning.heightForWidth(warning.width()))
    dialog.grab().save(str(tmp_path / "mapping_no_name.png"))
    dialog.set_mapping(3, "family_name")
    assert dialog.name_warning.isHidden()


def test_the_preview_says_up_to_date_as_the_command_line_does(
    qtbot, translators, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same CSV a second time: the window said "4 to update", the command line "already up to
    date" for all 4. Both say skip now, and a changed row is an update naming its field."""
    translators("en")  # the English catalogue gives "4 rows", as in the app
    from petdesk.cli import main
    from petdesk.services import importing
    from tests.helpers.german_lists import outlook_csv

    csv = outlook_csv(tmp_path / "kontakte_outlook.csv")
    with db.transaction() as s:
        importing.import_file(s, csv)
    changed = tmp_path / "kontakte_outlook_2.csv"
    changed.write_bytes(csv.read_bytes().replace("Beraterin;".encode("cp1252"), b"Projektleiterin;"))
    assert main(["--db", str(db.path), "import-contacts", str(changed), "--dry-run"]) == 0
    assert "0 added, 1 updated, 3 skipped" in capsys.readouterr().out

    dialog = _mapping_page(qtbot, db, changed)
    assert _next(qtbot, dialog, dialog.planned) == [4]
    assert dialog.plan_summary.text() == "4 rows: 0 to add, 1 to update, 3 to skip"
    rows = {
        dialog.plan_model.index(r, 1).data(): (
            dialog.plan_model.index(r, 2).data(),
            dialog.plan_model.index(r, 3).data(),
        )
        for r in range(dialog.plan_model.rowCount())
    }
    assert rows["René Lefèvre"] == ("Skip", "same e-mail r.lefevre@ic-sarl.fr; already up to date")
    assert rows["Renée Ångström"][0] == "Update" and rows["Renée Ångström"][1].endswith("Position (English)")
    dialog.grab().save(str(tmp_path / "matches.png"))
    # Importing does what the page said.
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert (report.count("added"), report.count("updated"), report.count("skipped")) == (0, 1, 3)


def test_the_chinese_report_lists_organisations_with_the_enumeration_comma(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    translators("zh_CN")
    dialog = _mapping_page(qtbot, db, participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"), "zh_CN")
    dialog.grab().save(str(tmp_path / "mapping_zh.png"))
    assert _next(qtbot, dialog, dialog.planned) == [12]
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert report.count("added") == 12
    text = dialog.report_summary.text()
    dialog.grab().save(str(tmp_path / "report_zh.png"))
    assert "新增机构：Ministerium für Umwelt NRW、Stadtwerke Düsseldorf AG、" in text
    assert "。新增机构" in text and "。未保存：12 × Nr.。" in text  # no space between Chinese sentences


def test_the_preview_of_a_mixed_file_is_what_the_import_does(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    """New, changed (a field, a phone, an e-mail, a job), unchanged and skipped rows: the page's counts
    are the import's, and the report names each change once."""
    translators("en")  # the English catalogue gives "13 rows", as in the app
    from petdesk.services import importing
    from tests.helpers.import_preview import MIXED, write_files

    known, mixed = write_files(tmp_path)
    with db.transaction() as s:
        importing.import_file(s, known)
    dialog = _mapping_page(qtbot, db, mixed)
    assert _next(qtbot, dialog, dialog.planned) == [13]
    assert dialog.plan_summary.text() == "13 rows: 1 to add, 7 to update, 5 to skip"
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert (report.count("added"), report.count("updated"), report.count("skipped")) == (1, 7, 5)
    assert [o.action for o in report.outcomes] == list(MIXED.values())
    assert str(report.outcomes[1].reason) == "same e-mail bruno@example.org: Position (English)"
