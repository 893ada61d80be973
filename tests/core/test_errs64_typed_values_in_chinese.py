"""errs64: services refused a value typed on the command line (or in the window) with an English-only
sentence quoting it 'x' as Python's repr does: ``petdesk --lang zh_CN projects --due fortnight`` said
"--due takes 'month' or a number of days such as 30d, not 'fortnight'". The sentences quote the value
“x” (petdesk.quoting) and have templates in petdesk.messages, so the Chinese reader gets Chinese."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.dossier.data import NotFoundError
from petdesk.messages import localize_error
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

pytestmark = pytest.mark.usefixtures("tree_catalogue")


def _visit_status() -> None:
    from petdesk.services.visits import check_status_change

    check_status_change("visit", "planned", "maybe")


def _visit_list_status() -> None:
    from petdesk.services.visit_list import _status

    _status("maybe")


def _travel_mode() -> None:
    from petdesk.services.logistics import _mode

    _mode("boat")


def _gift_direction() -> None:
    from petdesk.services.logistics import _direction

    _direction("up")


def _role() -> None:
    from petdesk.enums import ParticipantRole
    from petdesk.services.visits import _enum

    _enum(ParticipantRole, "boss", "role")


def _stage() -> None:
    from petdesk.services.projects import parse_stage

    parse_stage("dreaming")


def _due() -> None:
    from petdesk.services.projects import due_window

    due_window("fortnight", dt.date(2026, 12, 8))


def _partner_role() -> None:
    from petdesk.services.projects import _role

    _role("sponsor")


def _milestone_kind() -> None:
    from petdesk.services.projects import _kind

    _kind("party")


def _search_kind() -> None:
    from petdesk.services.search import _check_kind

    _check_kind("visit")


def _export_format() -> None:
    from petdesk.services.exporting import _check_format

    _check_format("pdf")


def _csv_encoding() -> None:
    from petdesk.services.exporting import _file_encoding

    _file_encoding("csv", "latin-1", False)


def _sort() -> None:
    from petdesk.search_order import order_by

    order_by("shoe size", "en", False)


def _separator() -> None:
    from petdesk.csv_separators import separator

    separator("pipe")


def _encoding() -> None:
    from petdesk.services.encoding import decode_strict

    decode_strict(b"abc", "x-klingon")


def _merge_kind() -> None:
    from petdesk.services.merge import _model

    _model("visit")  # type: ignore[arg-type]


def _history_kind() -> None:
    from petdesk.services.history import _model

    _model("spaceship")


def _vcard_version() -> None:
    from petdesk.services.vcard import parse

    parse("BEGIN:VCARD\r\nVERSION:5.0\r\nFN:A\r\nEND:VCARD\r\n")


CASES: list[tuple[Callable[[], None], str, str]] = [
    (_visit_status, "unknown status “maybe”; use planned", "未知的状态“maybe”"),
    (_visit_list_status, "unknown status “maybe”; use one of planned", "未知的状态“maybe”；请使用以下之一"),
    (_travel_mode, "unknown travel mode “boat”", "未知的出行方式“boat”"),
    (_gift_direction, "unknown gift direction “up”", "未知的礼品方向“up”"),
    (_role, "unknown role “boss”; use one of", "未知的身份“boss”"),
    (_stage, "unknown stage “dreaming”", "没有“dreaming”这个项目阶段"),
    (_due, "--due takes “month” or a number of days such as 30d, not “fortnight”", "而不是“fortnight”"),
    (_partner_role, "unknown partner role “sponsor”", "未知的合作伙伴身份“sponsor”"),
    (_milestone_kind, "unknown milestone kind “party”", "未知的里程碑类型“party”"),
    (_search_kind, "unknown kind “visit”; choose contact or organisation", "未知的记录种类“visit”"),
    (_export_format, "unknown export format “pdf”", "未知的导出格式“pdf”"),
    (_csv_encoding, "unknown CSV encoding “latin-1”; choose utf-8 or gb18030", "未知的 CSV 编码“latin-1”"),
    (_sort, "cannot sort by “shoe size”", "无法按“shoe size”排序"),
    (_separator, "unknown field separator “pipe”", "未知的字段分隔符“pipe”"),
    (_encoding, "unknown encoding “x-klingon”", "未知的编码“x-klingon”"),
    (_merge_kind, "cannot merge “visit”", "无法合并“visit”"),
    (_history_kind, "records of kind “spaceship” have no history here", "此处没有“spaceship”类记录的历史"),
    (_vcard_version, "unsupported vCard version “5.0”", "不支持的 vCard 版本“5.0”"),
]


NAMES = [refuse.__name__.strip("_") for refuse, _english, _chinese in CASES]


@pytest.mark.parametrize(("refuse", "english", "chinese"), CASES, ids=NAMES)
def test_errs64_a_refused_value_is_quoted_in_english_and_said_in_chinese(
    refuse: Callable[[], None], english: str, chinese: str
) -> None:
    with pytest.raises(Exception) as refused:
        refuse()
    assert english in localize_error(refused.value, "en")
    said = localize_error(refused.value, "zh_CN")
    assert chinese in said, said
    assert "'" not in said.replace("(no ':')", ""), said


def test_errs64_the_dossier_command_names_an_unknown_id_in_either_language(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    out = str(tmp_path / "x.pdf")
    assert main(["--db", str(db_path), "dossier", "training", "deadbeef", "--out", out]) == 1
    assert "there is no training with the id “deadbeef”" in capsys.readouterr().err
    chinese = ["--lang", "zh_CN", "--db", str(db_path)]
    assert main([*chinese, "dossier", "training", "deadbeef", "--out", out]) == 1
    assert "没有编号为“deadbeef”的培训" in capsys.readouterr().err


def test_errs64_projects_due_is_refused_in_either_language(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    assert main(["--db", str(db_path), "projects", "--due", "fortnight"]) == 1
    assert "--due takes “month” or a number of days such as 30d, not “fortnight”" in capsys.readouterr().err
    assert main(["--lang", "zh_CN", "--db", str(db_path), "projects", "--due", "fortnight"]) == 1
    err = capsys.readouterr().err
    assert "--due 须为“month”（本月）或天数（如 30d），而不是“fortnight”" in err, err


def _filter() -> None:
    from petdesk.services.search import _filter_sql

    _filter_sql({"colour": "red"})


def _merge_table() -> None:
    from petdesk.services.merge import _model_for_table

    _model_for_table("spaceships")


MORE: list[tuple[Callable[[], None], str, str]] = [
    (_filter, "cannot filter by “colour”; choose one of", "无法按“colour”筛选"),
    (_merge_table, "unknown table “spaceships” in a merge record", "合并记录中有未知的数据表“spaceships”"),
]


@pytest.mark.parametrize(
    ("refuse", "english", "chinese"), MORE, ids=[r.__name__.strip("_") for r, _e, _c in MORE]
)
def test_errs64_a_stored_or_filtered_name_is_quoted_and_said_in_chinese(
    refuse: Callable[[], None], english: str, chinese: str
) -> None:
    test_errs64_a_refused_value_is_quoted_in_english_and_said_in_chinese(refuse, english, chinese)


def test_errs64_name_cards_and_conflicts_name_an_unknown_id_in_either_language(db: Database) -> None:
    from petdesk.dossier.namecards import gather_cards_data
    from petdesk.sync.service import SyncError, resolve_conflict

    with db.reading() as session, pytest.raises(NotFoundError) as unknown:
        gather_cards_data(session, "x1")
    assert str(unknown.value) == "there is no visit or training with the id “x1”"
    assert localize_error(unknown.value, "zh_CN") == "没有编号为“x1”的访问或培训"
    with pytest.raises(SyncError) as refused:
        resolve_conflict(db, "abcd", choose_other=False)
    assert str(refused.value) == "no conflict with id “abcd”"
    assert localize_error(refused.value, "zh_CN") == "没有编号为“abcd”的冲突"
    several = SyncError("“ab” matches several conflicts; give more characters of its id")
    assert localize_error(several, "zh_CN") == "有多个冲突的编号以“ab”开头；请多输入几位编号"
