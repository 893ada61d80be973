"""Import a file through the import dialog's steps and read the result from the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import DATA_DIR, dump
from tests.helpers.held import hold

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _contacts(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Contact))


def _next(qtbot, dialog: ImportDialog, signal) -> list:
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_csv_from_chinese_excel_through_all_steps(qtbot, translators, db: Database, tmp_path: Path) -> None:
    translators("en")  # the English catalogue gives "1 row" / "4 rows", as in the app
    dialog = ImportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path_edit, str(DATA_DIR / "contacts_gbk.csv"))
    assert _next(qtbot, dialog, dialog.loaded) == [4]
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING
    # The mapping was guessed from the Chinese headers; the preview shows the rows as read.
    assert dialog.mapping() == {
        0: "full_name",
        1: "name_latin",
        2: "organisation",
        3: "position",
        4: "phone",
        5: "mobile",
        6: "email",
        7: "wechat",
    }
    assert dialog.preview_model.rowCount() == 4
    assert dialog.preview_model.index(0, 1).data() == "张伟 (Zhang Wei)"
    # Ignore the WeChat column through its combo box.
    combo = dialog.findChild(type(dialog.target_combo), "mapping_7")
    combo.setCurrentIndex(combo.findData(""))
    assert 7 not in dialog.mapping()

    assert _next(qtbot, dialog, dialog.planned) == [4]
    assert dialog.plan_summary.text() == "4 rows: 4 to add, 0 to update, 0 to skip"
    dialog.set_action(3, "skip")  # as the combo box in the Action column does
    assert dialog.plan_summary.text() == "4 rows: 3 to add, 0 to update, 1 to skip"

    (report,) = _next(qtbot, dialog, dialog.imported)
    assert len(report.added) == 3
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_REPORT
    assert dialog.report_summary.text().startswith("3 added, 0 updated, 1 skipped.")
    assert _contacts(db) == 3
    with db.reading() as s:
        zhang = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "张")).one()
        assert not [cm for cm in zhang.methods if cm.channel == "wechat"]

    # The same file again: every row is found, nothing is added.
    again = ImportDialog(db, "en", path=DATA_DIR / "contacts_gbk.csv")
    qtbot.addWidget(again)
    _next(qtbot, again, again.loaded)
    _next(qtbot, again, again.planned)
    # the three found change nothing: skipped as already up to date, as the command line says
    assert again.plan_summary.text() == "4 rows: 1 to add, 0 to update, 3 to skip"
    with qtbot.waitSignal(again.planned, timeout=10000):
        again.on_match_combo.setCurrentIndex(again.on_match_combo.findData("skip"))
    assert again.plan_summary.text() == "4 rows: 1 to add, 0 to update, 3 to skip"


def test_vcard_skips_the_mapping_step(qtbot, db: Database) -> None:
    dialog = ImportDialog(db, "en", path=DATA_DIR / "iphone_v30.vcf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MATCHES
    _next(qtbot, dialog, dialog.imported)
    assert _contacts(db) == 2


def test_report_names_what_a_real_export_carried_that_is_not_kept(qtbot, db: Database) -> None:
    dialog = ImportDialog(db, "en", path=DATA_DIR / "real" / "davx5_allfields_vcard3.vcf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _next(qtbot, dialog, dialog.imported)
    assert dialog.report_summary.text() == (
        # (no English catalogue installed here: the window shows "1 row with warnings.")
        "1 added, 0 updated, 0 skipped. New organisations: ABC, Inc.. 1 row(s) with warnings. "
        "Not kept: 1 × FN, 1 × ROLE, "
        '1 × X-ABDATE, 1 × X-PHONETIC-MIDDLE-NAME, 1 × X-TEST, 1 × label "@work", 1 × label "Useless", '
        '1 × label "blog".'
    )
    # The row says why the display name is gone.
    why = dialog.report_model.index(0, 4).data()
    assert why == "display name “Ämi Display” differs from the name; not kept"


def test_malformed_file_shows_the_line_and_changes_nothing(qtbot, db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"Name,Email\r\nZhang Wei,zw@example.cn\r\nLi Na,\x80\x81\x98\xff\r\n")
    before = dump(db)
    dialog = ImportDialog(db, "en", path=bad)
    qtbot.addWidget(dialog)
    (message,) = _next(qtbot, dialog, dialog.failed)
    assert "line 3:" in message and "Nothing was changed" in message
    assert dialog.error_label.text() == message
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_FILE
    assert dump(db) == before
    # Choosing an encoding that fits reads it.
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("latin-1"))
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING


def test_wrong_columns_block_the_next_step(qtbot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bank.csv"
    path.write_text("Date,Amount,Currency\n2026-11-01,12.50,EUR\n", encoding="utf-8")
    dialog = ImportDialog(db, "en", path=path)
    qtbot.addWidget(dialog)
    _next(qtbot, dialog, dialog.loaded)
    assert "not the expected columns" in dialog.error_label.text()
    assert not dialog.next_button.isEnabled()
    dialog.set_mapping(0, "full_name")
    assert dialog.next_button.isEnabled() and not dialog.error_label.text()


def test_encoding_is_named_with_a_sample_and_any_codec_can_be_typed(
    qtbot, db: Database, tmp_path: Path
) -> None:

    dialog = ImportDialog(db, "en", path=DATA_DIR / "outlook_cp1252.csv")
    qtbot.addWidget(dialog)
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.encoding_info.isVisibleTo(dialog)
    assert "cp1252" in dialog.encoding_info.text() and "Jörg" in dialog.encoding_info.text()
    # A codec that is not in the list, typed by the user: KOI8-R reads this file, too.
    path = tmp_path / "ru.csv"
    path.write_bytes("Name,Email\r\nИван Петров,ivan@example.ru\r\n".encode("koi8_r"))
    dialog = ImportDialog(db, "en", path=path)
    qtbot.addWidget(dialog)
    dialog.encoding_combo.setEditText("koi8_r")
    _next(qtbot, dialog, dialog.loaded)
    assert "Иван Петров" in dialog.encoding_info.text()
    dialog.encoding_combo.setEditText("no-such-codec")
    dialog.go_back()
    dialog.encoding_combo.setEditText("no-such-codec")
    dialog.start_load()
    assert "no-such-codec" in dialog.error_label.text()


def test_a_mapping_chosen_in_the_window_is_remembered_for_the_same_header(qtbot, db: Database) -> None:
    dialog = ImportDialog(db, "en", path=DATA_DIR / "contacts_gbk.csv")
    qtbot.addWidget(dialog)
    _next(qtbot, dialog, dialog.loaded)
    dialog.set_mapping(7, "")  # ignore the WeChat column
    _next(qtbot, dialog, dialog.planned)
    again = ImportDialog(db, "en", path=DATA_DIR / "contacts_gbk.csv")
    qtbot.addWidget(again)
    _next(qtbot, again, again.loaded)
    assert 7 not in again.mapping() and again.mapping()[0] == "full_name"


def test_possible_matches_are_listed_apart_and_decided_there(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    """张伟 of Qingdao shares only a name with 张伟 of Chengdu: the review lists that row in its own
    section with the known person beside it; the user's decision there is what the import does."""
    translators("en")  # the English catalogue gives "1 row" / "4 rows", as in the app
    with db.transaction() as s:
        org = m.Organisation(id="org-cd", name_zh="成都某某环保科技有限公司", name_en="Chengdu Green Tech")
        person = m.Contact(
            id="c-zw", family_name_zh="张", given_name_zh="伟", family_name="Zhang", given_name="Wei"
        )
        s.add_all([org, person, m.Affiliation(contact=person, organisation=org, position_zh="总经理")])
    path = tmp_path / "qingdao.csv"
    path.write_text(
        "姓名,单位,职务,邮箱\n"
        "张伟,青岛市生态环境局,处长,zhangwei@qdepb.example.cn\n"
        "李娜,青岛市生态环境局,科长,lina@qdepb.example.cn\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(db, "en", path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    assert _next(qtbot, dialog, dialog.planned) == [2]
    # The ordinary row stays in the main table; the namesake is only in the possible-matches section.
    assert dialog.possible_box.isVisible()
    assert dialog.plan_model.rowCount() == 1 and dialog.plan_model.index(0, 1).data() == "李娜"
    assert dialog.possible_model.rowCount() == 1
    assert dialog.possible_model.index(0, 1).data() == "张伟"
    assert dialog.possible_model.index(0, 2).data() == "张伟 / Wei Zhang (Chengdu Green Tech)"
    assert dialog.possible_model.index(0, 3).data() == "Add as new"  # the default: a new person
    assert dialog.possible_model.index(0, 4).data().startswith("⚠")
    assert "1 possible match" in dialog.plan_summary.text()  # singular since shots56
    # The user decides it is someone else they do not want: skip. The other row is still added.
    dialog.set_possible_action(0, "skip")
    assert dialog.plan_summary.text().startswith("2 rows: 1 to add, 0 to update, 1 to skip")
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert [o.name for o in report.added] == ["李娜"] and [o.name for o in report.skipped] == ["张伟"]
    with db.reading() as s:
        assert (
            s.scalar(select(func.count()).select_from(m.Contact).where(m.Contact.given_name_zh == "伟")) == 1
        )
        assert [a.position_zh for a in s.get(m.Contact, "c-zw").affiliations] == ["总经理"]


def test_without_namesakes_the_possible_matches_section_stays_hidden(qtbot, db: Database) -> None:
    dialog = ImportDialog(db, "en", path=DATA_DIR / "iphone_v30.vcf")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.possible_box.isVisible() and dialog.possible_model.rowCount() == 0
    assert dialog.plan_model.rowCount() == 2


def test_a_large_file_shows_progress_and_the_first_rows(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    """Matching and importing say how far they are; the matches table holds the first rows only."""
    translators("en")  # the English catalogue gives "1 row" / "4 rows", as in the app
    from petdesk.services import importing

    rows = importing.KEEP + 500
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Email\n"
        + "".join(
            f"Person {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i // 676)},p{i}@example.org\n"
            for i in range(rows)
        ),
        encoding="utf-8",
    )
    dialog = ImportDialog(db, "en", path=path)
    qtbot.addWidget(dialog)
    progress: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda done, total: progress.append((done, total)))
    assert _next(qtbot, dialog, dialog.loaded) == [rows]
    assert _next(qtbot, dialog, dialog.planned) == [rows]
    # A chunk of 500 at a time, matched and checked (which updates change nothing) in one pass.
    assert progress[-1] == (rows, rows) and len(progress) == 3
    assert dialog.plan_model.rowCount() == importing.KEEP
    assert dialog.plan_summary.text().startswith(f"{rows:,} rows: ")  # counts group thousands
    progress.clear()
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert progress[-1] == (rows, rows)
    assert report.count("added") + report.count("updated") + report.count("skipped") == rows
    assert _contacts(db) == report.count("added") > importing.KEEP


@pytest.mark.parametrize("held", ["backing up", "writing"])
def test_stop_ends_an_import_with_nothing_changed(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch, held: str
) -> None:
    """Stop while the backup before the import is made, or while the rows are written: the import
    is rolled back, its backup removed, and the same plan can be imported again."""
    from petdesk.services import backups as backups_service
    from petdesk.services import importing

    dialog = ImportDialog(db, "en", path=DATA_DIR / "iphone_v30.vcf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.stop_button.isVisibleTo(dialog)
    module, name = (backups_service, "create") if held == "backing up" else (importing, "apply_import")
    started, release = hold(monkeypatch, module, name)
    entered: list[str] = []
    real_apply = importing.apply_import
    monkeypatch.setattr(
        importing, "apply_import", lambda *a, **k: (entered.append("apply"), real_apply(*a, **k))[1]
    )
    backups = db.path.parent / "backups"
    had = sorted(backups.iterdir()) if backups.exists() else []
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert dialog.stop_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.progress_label.text() == "Stopped; nothing was changed.", timeout=10000)
    assert _contacts(db) == 0
    assert entered == ([] if held == "backing up" else ["apply"])  # stopped before writing, or while
    assert (sorted(backups.iterdir()) if backups.exists() else []) == had
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MATCHES and dialog.next_button.isEnabled()
    monkeypatch.undo()
    _next(qtbot, dialog, dialog.imported)
    assert _contacts(db) == 2


def test_a_twin_row_of_the_file_names_the_row_it_resembles(qtbot, db: Database, tmp_path: Path) -> None:
    """Two records of one file share an e-mail: both are added, and the possible match names the
    earlier row (its person is not in the database yet)."""
    from petdesk.db import open_database
    from petdesk.services import exporting
    from tests.core.contacts.test_import_keeps_records_apart import _twins

    source = open_database(tmp_path / "source.sqlite")
    try:
        _twins(source)
        with source.reading() as s:
            exporting.export_contacts(s, tmp_path / "twins.vcf", "vcf")
    finally:
        source.close()
    dialog = ImportDialog(db, "en", path=tmp_path / "twins.vcf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.possible_model.rowCount() == 1
    assert dialog.possible_model.index(0, 2).data() == "Wei Zhang (line 1 of this file)"
    _next(qtbot, dialog, dialog.imported)
    assert _contacts(db) == 2


def _write_rows(path: Path, rows: list[list[str]]) -> Path:
    """A CSV file or a worksheet with these rows, as an office program saves them."""
    if path.suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    else:
        path.write_text("".join(",".join(row) + "\r\n" for row in rows), encoding="utf-8")
    return path


#: What the warning says in each language, for a CSV file and a worksheet (its number filled in).
NO_HEADER = {
    ("en", ".csv"): ("No line at the top of this file looks like column names", "Line 1 is taken"),
    ("en", ".xlsx"): ("No row at the top of this worksheet looks like column names", "Row 1 is taken"),
    ("zh_CN", ".csv"): ("文件顶部没有哪一行像是列名", "第 1 行被当作列名，因此不会导入"),
    ("zh_CN", ".xlsx"): ("工作表顶部没有哪一行像是列名", "第 1 行被当作列名，因此不会导入"),
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_file_without_column_names_is_named_before_importing(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path, locale: str, suffix: str
) -> None:
    """The command line warned that no row looked like a header; the window said nothing and took
    the first person for the column names."""
    translators(locale)
    people = [
        ["Anna Schmidt", "anna@example.org", "Hamburg"],
        ["Li Wei", "li.wei@example.cn", "Shanghai"],
        ["Bo Chen", "bo.chen@example.cn", "Ningbo"],
    ]
    dialog = ImportDialog(db, locale, path=_write_rows(tmp_path / f"guests{suffix}", people))
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING
    assert dialog.header_warning.isVisible()
    for words in NO_HEADER[(locale, suffix)]:
        assert words in dialog.header_warning.text()
    # Mapped by hand, the two rows below it are read (the preview says so before any import).
    dialog.set_mapping(0, "full_name")
    dialog.set_mapping(1, "email")
    assert dialog.preview_model.rowCount() == 2


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_row_of_column_names_can_be_chosen(qtbot, db: Database, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """Column names petdesk does not know, under a title: the user says where they are (as
    ``--header-row`` does on the command line), and the rows below them are imported."""
    rows = [
        ["Guests of the port visit on 7 December"],
        ["Guest", "Reach at", "Home port"],
        ["Anna Schmidt", "anna@example.org", "Hamburg"],
        ["Li Wei", "li.wei@example.cn", "Shanghai"],
    ]
    dialog = ImportDialog(db, "en", path=_write_rows(tmp_path / f"guests{suffix}", rows))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.header_row_box.text() == "Find automatically"
    # Found by their words, the title would be the column names: its one column does not fit.
    (message,) = _next(qtbot, dialog, dialog.failed)
    assert "the columns do not match" in message
    dialog.header_row_box.setValue(2)
    _next(qtbot, dialog, dialog.loaded)
    assert not dialog.header_warning.isVisible()
    assert dialog.table is not None and dialog.table.headers == ["Guest", "Reach at", "Home port"]
    dialog.set_mapping(0, "full_name")
    dialog.set_mapping(1, "email")
    assert _next(qtbot, dialog, dialog.planned) == [2]
    _next(qtbot, dialog, dialog.imported)
    with db.reading() as s:
        names = sorted(c.name_latin for c in s.scalars(select(m.Contact)))
    assert names == ["Anna Schmidt", "Li Wei"]


def test_a_row_of_column_names_the_file_does_not_have_is_refused(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, "en", path=_write_rows(tmp_path / "short.csv", [["Name"], ["Anna Schmidt"]]))
    qtbot.addWidget(dialog)
    dialog.header_row_box.setValue(40)
    (message,) = _next(qtbot, dialog, dialog.failed)
    assert "no row 40" in message and dialog.stack.currentIndex() == ImportDialog.PAGE_FILE


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_file_with_no_column_names_imports_every_row(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, suffix: str
) -> None:
    """Said on the first step, a file without column names loses no one: its first person was taken
    for the column names and left out, whatever the user did."""
    people = [["Anna Schmidt", "anna@example.org"], ["Li Wei", "li.wei@example.cn", "Shanghai"]]
    dialog = ImportDialog(db, "en", path=_write_rows(tmp_path / f"guests{suffix}", people))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.no_header_check.setChecked(True)
    assert not dialog.header_row_box.isEnabled()
    _next(qtbot, dialog, dialog.loaded)
    assert not dialog.header_warning.isVisible()
    assert dialog.table is not None and dialog.table.headers == ["1", "2", "3"]
    dialog.set_mapping(0, "full_name")
    dialog.set_mapping(1, "email")
    assert dialog.preview_model.rowCount() == 2
    assert _next(qtbot, dialog, dialog.planned) == [2]
    _next(qtbot, dialog, dialog.imported)
    with db.reading() as s:
        names = sorted(c.name_latin for c in s.scalars(select(m.Contact)))
    assert names == ["Anna Schmidt", "Li Wei"]


def test_a_company_member_list_joins_the_organisation_given_in_the_window(qtbot, db: Database) -> None:
    """A WeCom list names no organisation; the command line had --organisation, the window nothing,
    so the people's positions could only go to their notes."""
    dialog = ImportDialog(db, "en", path=DATA_DIR / "wecom_members_gbk.csv")
    qtbot.addWidget(dialog)
    dialog.organisation_edit.setText("成都市生态环境局")
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    with db.reading() as s:
        jobs = s.execute(
            select(m.Organisation.name_zh, m.Affiliation.position_zh).join(
                m.Organisation, m.Affiliation.organisation_id == m.Organisation.id
            )
        ).all()
    assert jobs and {org for org, _position in jobs} == {"成都市生态环境局"}
    assert all(position for _org, position in jobs)


def test_the_report_names_android_rows_in_chinese(qtbot, translators, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Field test 12: "Android sip address" and "event 入职" stayed English in the Chinese window."""
    from tests.core.contacts.test_vcard_android_custom import HUAWEI_CARD

    translators("zh_CN")
    path = tmp_path / "huawei.vcf"
    path.write_text(HUAWEI_CARD, encoding="ascii", newline="")
    dialog = ImportDialog(db, "zh_CN", path=path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _next(qtbot, dialog, dialog.imported)
    shown = dialog.report_summary.text()
    assert "1 × 安卓数据（sip address）" in shown and "1 × 日期（入职）" in shown, shown


def test_organisations_city_columns_are_read(qtbot, db: Database, tmp_path: Path) -> None:
    """Field test 16, §4: ``city_en`` was "(ignored)", so the city governments had no city."""
    path = tmp_path / "orgs.csv"
    path.write_text(
        "name_en,name_zh,country,city_en,city_zh,kind\n"
        "Wuhan Municipal People's Government,武汉市人民政府,CN,Wuhan,武汉,city\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("organisations"))
    qtbot.keyClicks(dialog.path_edit, str(path))
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.mapping() == {
        0: "name_en",
        1: "name_zh",
        2: "country",
        3: "city_en",
        4: "city_zh",
        5: "kind",
    }
    combo = dialog.findChild(type(dialog.target_combo), "mapping_3")
    assert combo.currentText() == "City (English)"
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    with db.reading() as s:
        org = s.scalars(select(m.Organisation)).one()
        assert (org.city_en, org.city_zh) == ("Wuhan", "武汉")


def test_a_name_holding_a_placeholder_is_shown_as_it_is(qtbot, db: Database, tmp_path: Path) -> None:
    """The row a possible match resembles is named with arg(), which fills "%1" and "%2" at once: a
    given name "%2" (a typing slip in someone's file) is not taken for the line number."""
    from petdesk import models as m
    from petdesk.db import open_database
    from petdesk.services import exporting
    from tests.core.contacts.test_import_keeps_records_apart import _twins

    source = open_database(tmp_path / "source.sqlite")
    try:
        first, _ = _twins(source)
        with source.transaction() as s:
            s.get(m.Contact, first).given_name = "%2"
        with source.reading() as s:
            exporting.export_contacts(s, tmp_path / "twins.vcf", "vcf")
    finally:
        source.close()
    dialog = ImportDialog(db, "en", path=tmp_path / "twins.vcf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.possible_model.index(0, 2).data() == "%2 Zhang (line 1 of this file)"
