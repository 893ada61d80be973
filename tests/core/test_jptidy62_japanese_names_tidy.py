"""jptidy62: Japanese names stored split the Chinese way before jpnames62 ("佐々木 翔" as 佐 / 々木翔)
are split again by ``petdesk tidy-names`` with the import's own Japanese split, with a reason, and the
tidy's Undo puts them back; ``petdesk check`` counts them with the tidy-names hint. Only a split that
cannot be right, or a family name cut short of one of the table, is changed; a Chinese name never."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import check, japanese_name_tidy, name_title_tidy
from petdesk.services import contacts as cs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

Native = tuple[str, str, str]


def _stored_as_before(s: Session, family_zh: str, given_zh: str, language: str = "", **latin: str) -> None:
    """A contact as the import stored it before jpnames62 (the editor's check refuses 々 in a Chinese
    name, the import did not)."""
    person = cs.create_contact(s, family_name_zh="王", **latin)
    person.family_name_zh, person.given_name_zh, person.native_name_language = family_zh, given_zh, language


def _people(db: Database) -> None:
    with db.transaction() as s:
        _stored_as_before(s, "佐", "々木翔")
        _stored_as_before(s, "佐々", "木太郎", given_name="Taro", family_name="Sasaki")
        _stored_as_before(s, "長", "谷川翔", "ja")
        _stored_as_before(s, "霞", "ヶ関太郎", honorific_en="Mr.", honorific_zh="先生")
        # right, or Chinese, or not sure: left alone
        _stored_as_before(s, "佐々木", "翔", "ja")
        _stored_as_before(s, "田", "中华")  # a Chinese name
        _stored_as_before(s, "长", "谷川")  # Han only, no Japanese sign
        _stored_as_before(s, "田中", "ケンジ", "ja")


def _stored(db: Database) -> list[Native]:
    with db.reading() as s:
        people = s.query(m.Contact)
        return sorted((p.family_name_zh, p.given_name_zh, p.native_name_language) for p in people)


BEFORE = sorted(
    [
        ("佐", "々木翔", ""),
        ("佐々", "木太郎", ""),
        ("長", "谷川翔", "ja"),
        ("霞", "ヶ関太郎", ""),
        ("佐々木", "翔", "ja"),
        ("田", "中华", ""),
        ("长", "谷川", ""),
        ("田中", "ケンジ", "ja"),
    ]
)
AFTER = sorted(
    [
        ("佐々木", "翔", "ja"),
        ("佐々木", "太郎", "ja"),
        ("長谷川", "翔", "ja"),
        ("霞ヶ関", "太郎", "ja"),
        ("佐々木", "翔", "ja"),
        ("田", "中华", ""),
        ("长", "谷川", ""),
        ("田中", "ケンジ", "ja"),
    ]
)


def test_jptidy62_plan_says_why(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        plan = {name_title_tidy.before_after(mv): mv.reason for mv in name_title_tidy.plan_tidy(s)}
    assert plan == {
        ("佐 々木翔", "佐々木 翔"): japanese_name_tidy.REASON_ITERATION,
        ("佐々 木太郎", "佐々木 太郎"): japanese_name_tidy.REASON_CUT_SHORT,
        ("長 谷川翔", "長谷川 翔"): japanese_name_tidy.REASON_CUT_SHORT,
        ("霞 ヶ関太郎", "霞ヶ関 太郎"): japanese_name_tidy.REASON_LINKED,
    }
    why = "Japanese name split the Chinese way: 々 cannot start a given name"
    assert plan[("佐 々木翔", "佐々木 翔")] == why


def test_jptidy62_the_split_is_the_imports_own(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    from petdesk.services import names_by_script

    def spy(full: str) -> tuple[str, str]:
        calls.append(full)
        return names_by_script.split_japanese_name(full)

    monkeypatch.setattr(japanese_name_tidy, "split_japanese_name", spy)
    assert japanese_name_tidy.split_again("佐", "々木翔") is not None and calls == ["佐々木翔"]


def test_jptidy62_apply_and_undo(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _people(db)
    assert main(["--db", str(db.path), "tidy-names"]) == 0
    out = capsys.readouterr().out
    why = "Japanese name split the Chinese way: 々 cannot start a given name"
    assert f"佐 々木翔 → 佐々木 翔\n    {why}" in out
    assert "4 people to tidy." in out
    assert _stored(db) == BEFORE
    assert main(["--db", str(db.path), "tidy-names", "--apply"]) == 0
    assert "4 people tidied." in capsys.readouterr().out
    assert _stored(db) == AFTER
    with db.reading() as s:  # the honorific and the Latin name are not the split's business
        kasumi = s.query(m.Contact).filter_by(family_name_zh="霞ヶ関").one()
        taro = s.query(m.Contact).filter_by(given_name_zh="太郎", family_name_zh="佐々木").one()
    assert (kasumi.honorific_en, kasumi.honorific_zh) == ("Mr.", "先生")
    assert (taro.given_name, taro.family_name) == ("Taro", "Sasaki")
    assert main(["--db", str(db.path), "tidy-names"]) == 0
    assert "0 people to tidy." in capsys.readouterr().out  # a second run finds nothing
    assert main(["--db", str(db.path), "tidy-names", "--undo"]) == 0
    assert _stored(db) == BEFORE


def test_jptidy62_check_counts_them(db: Database) -> None:
    _people(db)
    texts = [f.text for f in check.check(Path(db.path)).findings if "tidy-names" in f.text]
    assert [t.split(" (")[0] for t in texts] == ["4 Japanese names are stored split the Chinese way"]
    assert "`petdesk tidy-names --apply`" in texts[0]


@pytest.mark.usefixtures("tree_catalogue")
def test_jptidy62_in_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        _stored_as_before(s, "佐", "々木翔")
    main(["--db", str(db.path), "check", "--lang", "zh_CN"])
    out = capsys.readouterr().out
    assert "1 个日文姓名被按中文方式拆分存储" in out and "`petdesk tidy-names --apply`" in out
    main(["--db", str(db.path), "--lang", "zh_CN", "tidy-names"])
    out = capsys.readouterr().out
    assert "佐 々木翔 → 佐々木 翔" in out and "日文姓名被按中文方式拆分：“々”不能作为名的开头" in out
