"""An update's reason names what it changed in the reader's language: the Chinese window and command
line said "此行与之重复：notes" and "电话相同：…：notes, position_zh" (field test 64)."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.services import importing
from petdesk.services.duplicates import reason_as_data, reason_from_data, translate_reason
from tests.helpers.import_preview import write_files


def _reasons(db: Database, path: Path) -> dict[int, importing.Outcome]:
    with db.transaction() as s:
        report = importing.run_import(s, importing.load_file(path), "contacts")
    return {o.line: o for o in report.outcomes}


def test_changed_fields_are_named_in_chinese_and_keep_their_english(db: Database, tmp_path: Path) -> None:
    known, mixed = write_files(tmp_path)
    _reasons(db, known)
    outcomes = _reasons(db, mixed)
    zh = translator("zh_CN")
    said = {line: translate_reason(o.reason, zh) for line, o in outcomes.items()}
    assert said[3].endswith("：职务（英文）"), said[3]
    assert said[4].endswith("：联系方式") and said[7].endswith("：任职经历"), (said[4], said[7])
    for text in said.values():  # no field key of the data model is left in a Chinese sentence
        assert not any(key in text for key in ("position_en", "contact methods", "affiliation", "notes"))
    assert str(outcomes[3].reason).endswith(": Position (English)")  # English as the editor labels it
    # The window's import runs in a child process: the reason crosses it with both languages.
    crossed = reason_from_data(reason_as_data(outcomes[4].reason))
    assert translate_reason(crossed, zh) == said[4]


def test_several_fields_are_listed_like_items_of_one_list(db: Database, tmp_path: Path) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("姓名,手机,单位\n陈静,13821979605,北京代表处\n", encoding="utf-8")
    second.write_text(
        "姓名,手机,单位,职务,备注\n陈静,13821979605,北京代表处,项目官员,总部同事\n", encoding="utf-8"
    )
    _reasons(db, first)
    (outcome,) = _reasons(db, second).values()
    assert outcome.action == "updated"
    said = translate_reason(outcome.reason, translator("zh_CN"))
    assert said.endswith("：备注、职务（中文）"), said


def test_english_reasons_name_the_fields_as_the_editor_labels_them(db: Database, tmp_path: Path) -> None:
    """English said "same e-mail …: position_en" while Chinese said 职务（英文） (import49)."""
    known, mixed = write_files(tmp_path)
    _reasons(db, known)
    said = {line: translate_reason(o.reason, translator("en")) for line, o in _reasons(db, mixed).items()}
    assert said[3].endswith(": Position (English)") and said[4].endswith(": Contact methods"), said
    assert said[7].endswith(": Affiliation"), said[7]
    for text in said.values():  # no field key of the data model is left in an English sentence
        assert not any(key in text for key in ("position_en", "position_zh", "contact methods", ": notes"))
