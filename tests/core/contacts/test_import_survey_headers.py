"""Registration forms exported from Chinese survey sites head each column with the numbered question
(问卷星 "1、您的姓名", 腾讯问卷 "2.单位名称"): field test 68 found the name column ignored and every row
skipped, so a training coordinator could not import her registrants."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from tests.helpers.survey_lists import TENCENT_HEADERS, WJX_HEADERS, tencent_csv, wenjuanxing_xlsx
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


@pytest.mark.parametrize("headers", [WJX_HEADERS, TENCENT_HEADERS])
def test_numbered_questions_are_read_as_the_fields_they_ask_for(headers: list[str]) -> None:
    mapping = {headers[i]: key for i, key in importing.guess_mapping(headers).items()}
    asked = {h: key for h, key in mapping.items() if h[0].isdigit()}
    assert sorted(asked.values()) == ["email", "full_name", "mobile", "organisation", "position"]
    assert not importing.lacks_a_name(importing.guess_mapping(headers))


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Q1:您的姓名", "full_name"),
        ("第2题 您所在的单位", "organisation"),
        ("3. 请填写您的手机号码（必填）", "mobile"),
    ],
)
def test_other_ways_of_numbering_a_question(header: str, field: str) -> None:
    assert importing.guess_mapping([header]) == {0: field}


def test_a_plain_header_keeps_its_meaning_and_a_bare_number_means_nothing() -> None:
    assert importing.guess_mapping(["姓名", "2024"]) == {0: "full_name"}


def test_every_registrant_of_both_forms_gets_a_name(tmp_path: Path) -> None:
    for path in (wenjuanxing_xlsx(tmp_path / "报名.xlsx"), tencent_csv(tmp_path / "报名.csv")):
        records = importing.load_file(path).records
        names = [r.display_name for r in records]
        assert all(names) and len(names) == (5 if path.suffix == ".xlsx" else 3)


def test_a_numbered_question_left_out_is_named_apart_from_its_count(tree_catalogue: Path) -> None:
    from petdesk.i18n import translator

    report = importing.ImportReport(dropped={"6、是否需要住宿": 5, "序号": 5, "Q7, remarks": 2})
    assert report.dropped_words(translator("zh_CN")) == [
        "5 × “6、是否需要住宿”",
        "2 × “Q7, remarks”",
        "5 × 序号",
    ]
    assert report.dropped_words(translator("en"))[0] == '5 × "6、是否需要住宿"'


def test_a_survey_answer_number_is_not_taken_for_a_petdesk_id() -> None:
    mapping = importing.guess_mapping(TENCENT_HEADERS)
    assert "id" not in mapping.values() and 0 not in mapping
    assert importing.guess_mapping(["编号", "姓名"]) == {0: "id", 1: "full_name"}  # no survey: as before


def test_one_map_for_two_forms_maps_each_column_where_it_is(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The two forms name their submission time differently; one --map keeps both (it refused the
    second form for lacking the first one's column), and a name neither has is still refused."""
    forms = [str(wenjuanxing_xlsx(tmp_path / "问卷星.xlsx")), str(tencent_csv(tmp_path / "腾讯问卷.csv"))]
    at = ["--db", str(db.path), "import-contacts"]
    assert main([*at, "--map", "提交时间=notes", *forms]) != 0
    assert "提交时间" in capsys.readouterr().err
    assert main([*at, "--map", "提交答卷时间=notes,开始答题时间=notes", *forms]) == 0
    capsys.readouterr()
    with db.reading() as s:
        notes = {
            (c.family_name_zh or "") + (c.given_name_zh or ""): c.notes for c in s.scalars(select(m.Contact))
        }
    assert "2026/11/18 09:05:31" in notes["王建国"]  # the date as the form wrote it
    assert "2026-11-22 14:30:00" in notes["欧阳明"]


def test_one_map_for_two_forms_opens_each_file_once(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 51: the headers read to fit --map to each file were read again by the import (0.34 s
    more for each 100,000-row file); the import now takes the tables already opened."""
    forms = [wenjuanxing_xlsx(tmp_path / "问卷星.xlsx"), tencent_csv(tmp_path / "腾讯问卷.csv")]
    opened: list[Path] = []
    real = importing.open_table

    def counted(path: Path, *args, **kwargs) -> importing.Table:  # type: ignore[no-untyped-def]
        opened.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(importing, "open_table", counted)
    spec = "提交答卷时间=notes,开始答题时间=notes"
    at = ["--db", str(db.path), "import-contacts", "--dry-run"]
    assert main([*at, "--map", spec, *map(str, forms)]) == 0
    capsys.readouterr()
    assert sorted(opened) == sorted(forms)
