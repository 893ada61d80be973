"""Traditional and Simplified Chinese as one beyond the search index: a name typed in the other
script ranks as the exact name, and lists' filter boxes find either script."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.han_script import simplified, spellings, written_forms
from petdesk.services import contacts, lists, organisations, search, trainings, visits


@pytest.mark.parametrize(("stored", "typed"), [("陳志", "陈志"), ("陈志", "陳志"), ("陳志", "陳志")])
def test_a_name_in_the_other_script_ranks_as_the_exact_name(db: Database, stored: str, typed: str) -> None:
    """A whole name typed comes first (one or two characters list in name order alone)."""
    with db.transaction() as s:
        # "adams zoe" sorts before "chen zhiming": only the exact rank puts 陳志明 first
        contacts.create_contact(
            s, family_name="Adams", given_name="Zoe", family_name_zh="陈", given_name_zh="志明东"
        )
        exact = contacts.create_contact(s, family_name_zh=stored[0], given_name_zh=stored[1] + "明").id
    with db.reading() as s:
        rows = search.search(s, typed + "明", kind=search.CONTACT)
    assert len(rows) == 2 and rows[0].entity_id == exact


def test_an_organisation_in_the_other_script_ranks_as_the_exact_name(db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="A Taipei bureau", name_zh="台北市环境保护局第二分局")
        exact = organisations.create_organisation(s, name_en="Taipei EPB", name_zh="臺北市環境保護局").id
    with db.reading() as s:
        rows = search.search(s, "台北市环境保护局", kind=search.ORGANISATION)
    assert [r.entity_id for r in rows] == [exact, rows[1].entity_id]


@pytest.mark.parametrize("spellings_at_most", [16, 1])
def test_a_list_filter_finds_either_script(
    db: Database, monkeypatch: pytest.MonkeyPatch, spellings_at_most: int
) -> None:
    """The plain filter boxes of the lists (visits, trainings, organisations, contacts): as LIKE
    patterns of every spelling, or past a few spellings, the columns Simplified in SQL."""
    monkeypatch.setattr(lists, "_LIKE_SPELLINGS", spellings_at_most)
    day = dt.date(2026, 5, 4)
    with db.transaction() as s:
        trad = visits.create_visit(s, title_zh="臺北環境保護局來訪", start_date=day, end_date=day).id
        simp = visits.create_visit(s, title_zh="台北环境保护局来访", start_date=day, end_date=day).id
        visits.create_visit(s, title_zh="香港环境局来访", title_en="HK", start_date=day, end_date=day)
        training = trainings.create_training(s, title_zh="臺灣污水處理培訓", start_date=day, end_date=day).id
        org = organisations.create_organisation(s, name_en="Taipei EPB", name_zh="臺北市環境保護局").id
        person = contacts.create_contact(s, family_name_zh="張", given_name_zh="偉").id
    with db.reading() as s:
        for typed in ("台北环境", "臺北環境", "臺北环境"):
            assert {r[0] for r in lists.visits().page(s, offset=0, limit=10, text=typed)} == {trad, simp}
            assert lists.visits().count(s, typed) == 2
        assert [r[0] for r in lists.trainings().page(s, offset=0, limit=10, text="污水处理")] == [training]
        assert [r[0] for r in lists.organisations().page(s, offset=0, limit=10, text="环境保护局")] == [org]
        assert [r[0] for r in lists.contacts("zh").page(s, offset=0, limit=10, text="张伟")] == [person]
        assert lists.visits().count(s, "北京") == 0


def test_written_forms_are_every_spelling_simplified_alike() -> None:
    forms = written_forms("张伟")
    assert set(forms) == {"张伟", "張伟", "张偉", "張偉"}
    assert {simplified(f) for f in forms} == {"张伟"}
    assert written_forms("Zhang Wei") == ["Zhang Wei"]
    # too many spellings: the text as given and Simplified only
    assert written_forms("臺灣臺灣臺灣", limit=4) == ["臺灣臺灣臺灣", "台湾台湾台湾"]
    assert spellings("臺灣臺灣臺灣", limit=4) is None
