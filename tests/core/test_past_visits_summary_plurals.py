"""The summary of ``petdesk import-visits`` / ``import-trainings`` said "1 rows skipped": the rows
skipped have a plural of their own, in English and in Chinese, imported or a dry run."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.services import past_visits
from petdesk.services.past_visits import Added, PastVisitsResult, Skipped
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

DAY = dt.date(2019, 5, 12)


def _result(kind: str, *, added: int, skipped: int) -> PastVisitsResult:
    return PastVisitsResult(
        sheet="来访记录",
        kind=kind,
        added=[Added(2 + i, f"v{i}", f"Visit {i}", DAY, DAY, "DE", None) for i in range(added)],
        skipped=[Skipped(20 + i, "empty row") for i in range(skipped)],
    )


@pytest.mark.parametrize(
    ("kind", "dry_run", "locale", "said"),
    [
        (past_visits.VISITS, False, "en", "1 visit added from 来访记录, 1 row skipped (petdesk import-undo"),
        (
            past_visits.VISITS,
            True,
            "en",
            "nothing changed: 1 visit would be added from 来访记录, 1 row skipped.",
        ),
        (past_visits.TRAININGS, False, "en", "1 training added from 来访记录, 1 row skipped (petdesk"),
        (past_visits.TRAININGS, True, "en", "1 training would be added from 来访记录, 1 row skipped."),
        (
            past_visits.VISITS,
            False,
            "zh_CN",
            "已从“来访记录”添加 1 条访问，跳过 1 行（petdesk",
        ),
        (
            past_visits.TRAININGS,
            True,
            "zh_CN",
            "将从“来访记录”添加 1 项培训，跳过 1 行。",
        ),
    ],
)
@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_one_row_skipped_is_one_row(kind: str, dry_run: bool, locale: str, said: str) -> None:
    last = past_visits.report_lines(_result(kind, added=1, skipped=1), locale, dry_run=dry_run)[-1]
    assert said in last, last


def test_two_rows_skipped_are_rows() -> None:
    last = past_visits.report_lines(_result(past_visits.VISITS, added=0, skipped=2), "en")[-1]
    assert last.startswith("0 visits added from 来访记录, 2 rows skipped ("), last
