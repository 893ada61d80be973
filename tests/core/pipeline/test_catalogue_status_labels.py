"""A needs file may give a status as petdesk itself shows it, in English or Chinese (field test 26,
§4: 待对接, the label of ``petdesk needs`` and the window, was refused with English codes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import NeedStatus
from petdesk.exchange import flat


def test_statuses_are_read_by_their_labels_in_both_languages(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "needs.csv"
    rows = ["待对接", "对接中", "已解决", "已撤回", "Open", "matching", "SOLVED", "withdrawn", ""]
    path.write_text(
        "city,title_zh,status\n" + "".join(f"杭州市,需求{n},{s}\n" for n, s in enumerate(rows)),
        encoding="utf-8",
    )
    with db.transaction() as s:
        flat.import_catalogue(s, path, "needs")
        statuses = dict(s.execute(select(m.CityNeed.title_zh, m.CityNeed.status)).tuples().all())
    expected = [NeedStatus.OPEN, NeedStatus.MATCHING, NeedStatus.SOLVED, NeedStatus.WITHDRAWN] * 2
    assert [statuses[f"需求{n}"] for n in range(len(rows))] == [*expected, NeedStatus.OPEN]


def test_an_unknown_status_lists_the_allowed_ones_in_the_users_language(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "needs.csv"
    path.write_text("city,title_zh,status\n杭州市,黑臭水体治理,暂缓\n", encoding="utf-8")
    with pytest.raises(flat.CatalogueRowsError) as refused, db.transaction() as s:
        flat.import_catalogue(s, path, "needs")
    # below the line saying that nothing was imported (field test 58)
    assert str(refused.value).splitlines()[-1] == (
        "needs.csv, line 2: status must be one of Open, Matching, Solved, Withdrawn, not “暂缓”"
    )
    assert refused.value.in_words("zh_CN").splitlines()[-1] == (
        "needs.csv，第 2 行：状态（status）须为以下之一：待对接、对接中、已解决、已撤回，而不是“暂缓”"
    )
