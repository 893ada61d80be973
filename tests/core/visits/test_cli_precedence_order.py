"""``petdesk visits ID`` lists a visit's people in the order of precedence set in the window, as the
window's lists and the dossier do (round 54: it sorted by role and name, so a set order never showed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.data import gather_visit, in_precedence
from petdesk.services import logistics
from tests.core.visits.data import KITAKYUSHU_ADDED, kitakyushu_delegation

#: An order no name or role rule gives: the head, then three delegates against the alphabet.
SET_ORDER = ("加藤由美", "髙橋翔太", "中村健太", "山本さくら")


def _set_order(db: Database, vid: str) -> tuple[str, ...]:
    with db.transaction() as s:
        visit = s.get(m.Visit, vid)
        assert visit is not None
        by_name = {p.contact.family_name_zh + p.contact.given_name_zh: p.id for p in visit.participants}
        logistics.set_precedence_order(s, vid, [by_name[n] for n in SET_ORDER])
    with db.reading() as s:
        window = logistics.precedence_lists(s, vid).delegation
        dossier = in_precedence(gather_visit(s, vid).participants)
        assert [p.name_zh for p in window][: len(SET_ORDER)] == list(SET_ORDER)
        assert [p.person.name("zh") for p in dossier][: len(SET_ORDER)] == list(SET_ORDER)
        return tuple(p.name_zh for p in window)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_petdesk_visits_lists_the_set_order_of_precedence(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str], locale: str
) -> None:
    vid = kitakyushu_delegation(db)
    _set_order(db, vid)
    assert main(["--lang", locale, "--db", str(db_path), "visits", vid, "--tz", "Asia/Shanghai"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if any(name in line for name in KITAKYUSHU_ADDED)]
    listed = [next(n for n in KITAKYUSHU_ADDED if n in line) for line in lines]
    assert listed[: len(SET_ORDER)] == list(SET_ORDER), out
    assert len(listed) == len(KITAKYUSHU_ADDED)


def test_without_a_set_order_the_command_line_keeps_each_languages_name_order(db: Database) -> None:
    vid = kitakyushu_delegation(db)
    with db.reading() as s:
        window_zh = [p.name_zh for p in logistics.precedence_lists(s, vid, "zh").delegation]
    assert window_zh[0] == "加藤由美"  # the head first, then by pinyin as before
    assert len(set(window_zh)) == len(KITAKYUSHU_ADDED)
