"""Field test "fieldtraining60": a 问卷星 sign-up form asked "6、是否需要安排住宿？" ("whether
lodging needs arranging") and its answers 需要/不需要 were dropped with the column: the hotel list
missed an attendee who had asked for a room."""

from __future__ import annotations

from pathlib import Path

from petdesk.services.importing import Table, question_column
from petdesk.services.training_lodging import HEADERS, answers_in

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "fieldtraining60"


def test_a_wjx_lodging_question_asking_whether_is_read() -> None:
    table = Table(
        headers=["序号", "1、您的姓名：", "6、是否需要安排住宿？"],
        rows=[(2, ["1", "周杰", "需要"]), (3, ["2", "王军", "不需要"])],
    )
    assert answers_in(table) == {2: True, 3: False}


def test_other_ways_of_asking_whether() -> None:
    for header in ("是否需要安排住宿", "请问是否需要住宿？", "3. 是否住宿：", "Do you need a hotel room?"):
        assert question_column(["姓名", header], HEADERS) == 1, header


def test_the_sample_form_names_its_lodging_column() -> None:
    from petdesk.services.importing import open_table

    table = open_table(SAMPLES / "wjx_signup.xlsx")
    assert answers_in(table) == {2: True, 3: False}
