"""The import dialog in Chinese with the files of field test 12 (Sun Lei, Wuhan hub): a refusal
reads as the command line gives it, and a row's warnings show before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: A vCard file cut off inside its second card (an old phone's export copied half-way).
CUT_VCARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\n"


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_a_truncated_vcard_is_refused_all_in_chinese(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """It read "第 38 行：the file ends inside the vCard that starts on line 38 (…)"."""
    translators("zh_CN")
    path = tmp_path / "cut.vcf"
    path.write_bytes(CUT_VCARD)
    dialog = ImportDialog(db, "zh_CN", path=path)
    qtbot.addWidget(dialog)
    (message,) = _next(qtbot, dialog, dialog.failed)
    assert message == (
        "无法导入该文件：第 5 行：文件在从第 5 行开始的 vCard 之内结束"
        "（没有 END:VCARD：文件不完整）。未做任何更改。"
    ), message


def _bad_values_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad_values.csv"
    path.write_text(
        "姓名,邮箱,生日\n好人甲,jia@example.cn,1980-01-02\n坏人三,not-an-email,2023-02-30\n好人丁,ding@example.cn,\n",
        encoding="utf-8",
    )
    return path


def test_a_rows_warnings_show_on_the_matches_step_before_writing(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, tmp_path: Path
) -> None:
    """Step 3 showed "添加 新记录" for a row whose e-mail and birthday would be left out; its
    warnings appeared only on step 4, after the data was written (field test 12, defect 5)."""
    translators("zh_CN")
    dialog = ImportDialog(db, "zh_CN", path=_bad_values_file(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    model = dialog.plan_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == "警告", headers
    warnings = {
        model.index(r, 1).data(): model.index(r, len(headers) - 1).data() for r in range(model.rowCount())
    }
    assert warnings["好人甲"] == "" and warnings["好人丁"] == ""
    # (the e-mail's warning comes first; its wording is the e-mail check's)
    assert warnings["坏人三"].endswith("未导入；生日“2023-02-30”不是日期；未导入"), warnings
    assert "1 行有警告" in dialog.plan_summary.text(), dialog.plan_summary.text()
    _next(qtbot, dialog, dialog.imported)
    assert "1 行有警告" in dialog.report_summary.text(), dialog.report_summary.text()


def test_a_file_with_column_names_only_says_it_has_no_rows(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """It went through all four steps to "共 0 行：新增 0…" without saying why (field test 12, defect 10)."""
    translators("zh_CN")
    path = tmp_path / "header_only.csv"
    path.write_text("姓名,手机,邮箱\n", encoding="utf-8")
    dialog = ImportDialog(db, "zh_CN", path=path)
    qtbot.addWidget(dialog)
    (message,) = _next(qtbot, dialog, dialog.failed)
    assert message == "header_only.csv 只有列名，下面没有数据行：没有可导入的内容。", message
    assert dialog.error_label.text() == message
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_FILE


def test_the_preview_shows_a_member_lists_job_where_it_is_stored(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """WeCom's 职务 showed as a position; the import put it into the notes (field test 12, defect 10)."""
    translators("zh_CN")
    path = tmp_path / "wecom.csv"
    path.write_text("姓名,职务,部门,手机\n钱进,项目经理,武汉中心/项目部,13900001111\n", encoding="utf-8")
    dialog = ImportDialog(db, "zh_CN", path=path)
    qtbot.addWidget(dialog)
    _next(qtbot, dialog, dialog.loaded)
    model = dialog.preview_model
    assert model.index(0, 3).data() == ""  # 职务 (position): none is stored
    assert model.index(0, 5).data() == "职位：项目经理\n部门：武汉中心/项目部"  # 备注 (notes)


def test_the_preview_titles_are_whole_when_no_row_can_be_shown(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """With the preview empty (no name column yet), its titles were cut: "箱、电话、即时通"."""
    translators("zh_CN")
    path = tmp_path / "places.csv"
    path.write_text("Organisation,City\nAcme,Bonn\n", encoding="utf-8")
    dialog = ImportDialog(db, "zh_CN", path=path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.preview_model.rowCount() == 0 and dialog.error_label.text()
    header = dialog.preview_view.horizontalHeader()
    for column in range(dialog.preview_model.columnCount()):
        title = dialog.preview_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
