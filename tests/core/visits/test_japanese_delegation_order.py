"""A Japanese delegation is listed by name, not in the order it was added (field test 78): the head
first, then by each name's filing key, in English the kana reading's Hepburn ("Ito" … "Yamamoto", not
the kanji's pinyin), in Chinese the kanji's pinyin; in the editor, ``petdesk visits ID`` and the
dossier alike. The Chinese contacts list's other-script column (外文姓名) shows the Hepburn the
dossier prints, computed when read."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.data import gather_visit, in_precedence
from petdesk.services import names, search, visit_form
from petdesk.services.first_rows import read_first_rows
from tests.core.visits.data import KITAKYUSHU_ADDED, KITAKYUSHU_EN, KITAKYUSHU_ZH, kitakyushu_delegation


def test_a_kana_reading_files_a_name_without_a_latin_one_by_its_hepburn() -> None:
    key = names.person_list_key
    kato = {"family": "", "given": "", "family_zh": "加藤", "given_zh": "由美"}
    ito = {"family": "", "given": "", "family_zh": "伊藤", "given_zh": "美咲"}
    readings = ({"reading_family": "カトウ", "reading_given": "ユミ"}, {"reading_family": "イトウ"})
    assert key("en", **ito, **readings[1]) < key("en", **kato, **readings[0])  # Ito before Kato
    assert key("en", **kato) < key("en", **ito)  # no reading: the pinyin (jiateng before yiteng)
    # a Latin name of one's own wins over the reading; Chinese lists keep the kanji's pinyin
    assert key("en", family="Zeng", given="A", reading_family="アベ") > key("en", **kato, **readings[0])
    assert key("zh", **kato, **readings[0]) < key("zh", **ito, **readings[1])


def test_the_editor_lists_the_delegation_by_name_in_both_languages(db: Database) -> None:
    vid = kitakyushu_delegation(db)
    with db.reading() as s:
        assert [m.name for m in visit_form.read_visit_form(s, vid, "en").delegation] == list(KITAKYUSHU_EN)
        assert [m.name for m in visit_form.read_visit_form(s, vid, "zh").delegation] == list(KITAKYUSHU_ZH)


def test_the_dossiers_delegation_list_is_by_hepburn(db: Database) -> None:
    vid = kitakyushu_delegation(db)
    with db.reading() as s:
        listed = [p.person.name("zh") for p in in_precedence(gather_visit(s, vid).participants)]
    assert listed == list(KITAKYUSHU_EN)


@pytest.mark.parametrize(("locale", "expected"), [("en", KITAKYUSHU_EN), ("zh_CN", KITAKYUSHU_ZH)])
def test_petdesk_visits_lists_the_delegation_by_name(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str], locale: str, expected: tuple[str, ...]
) -> None:
    vid = kitakyushu_delegation(db)
    assert main(["--lang", locale, "--db", str(db_path), "visits", vid, "--tz", "Asia/Shanghai"]) == 0
    out = capsys.readouterr().out
    # each delegate on a line of their own, in the list's order (was KITAKYUSHU_ADDED's)
    lines = [line for line in out.splitlines() if any(name in line for name in KITAKYUSHU_ADDED)]
    assert [next(n for n in KITAKYUSHU_ADDED if n in line) for line in lines] == list(expected), out


def test_the_chinese_contacts_list_shows_the_hepburn_as_the_other_script_name(db: Database) -> None:
    kitakyushu_delegation(db)
    with db.reading() as s:
        rows = {r.name("zh_CN"): r for r in search.search(s, "", kind=search.CONTACT, limit=50)}
    assert rows["加藤由美"].other_name("zh_CN") == "Kato Yumi"
    assert rows["山本さくら"].other_name("zh_CN") == "Yamamoto Sakura"
    # the English list keeps the kanji: it files them by pinyin, "Kato Yumi" would stand among the Js
    assert rows["加藤由美"].name("en") == "加藤由美" and rows["加藤由美"].other_name("en") == ""
    # the rows painted before the window has read the file say the same
    first = read_first_rows(db.path, "contacts", "zh_CN")
    assert first is not None
    assert ("加藤由美", "Kato Yumi") in {cells[:2] for _id, cells in first.rows}
