"""A phone or e-mail shared by people whose names are in different scripts: the names' readings
decide. Google's "Hanako Yamada" (+81 90 1234 5678) was taken for docomo's 山田太郎 (ヤマダ タロウ,
090-1234-5678) and renamed him "山田太郎 (Yamada Hanako)", with her birthday and reading; an office
switchboard shared by Wei Zhang and Li Na must not make them one person either."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.name_readings import kana_romaji, name_reading, readings_differ
from tests.core.contacts.io_helpers import DATA_DIR

SWITCHBOARD = "+86 10 6500 0000"


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _plan(db: Database, path: Path) -> list[tuple[str, str, bool]]:
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(path).records, "contacts")
    return [(i.action, str(i.reason), i.possible_match) for i in plan.items]


def _vcard(family: str, given: str, reading: tuple[str, str], phone: str) -> str:
    return (
        f"BEGIN:VCARD\nVERSION:3.0\nN:{family};{given};;;\nFN:{family} {given}\n"
        f"X-PHONETIC-LAST-NAME:{reading[0]}\nX-PHONETIC-FIRST-NAME:{reading[1]}\nTEL;TYPE=CELL:{phone}\n"
        "END:VCARD\n"
    )


def test_four_sample_files_keep_yamada_taro_and_yamada_hanako_apart(db: Database) -> None:
    for name in ("outlook_cp1252.csv", "iphone_crcrlf.vcf", "docomo_v21_sjis.vcf"):
        _import(db, DATA_DIR / name)
    report = _import(db, DATA_DIR / "google_contacts.csv")
    assert report.count("updated") == 0 and report.count("added") == 2
    (flagged,) = [o for o in report.outcomes if o.possible_match]
    assert flagged.name == "Hanako Yamada"
    assert flagged.reason == (
        "possible match — check: same phone +81 90 1234 5678 as 山田太郎 but another name; "
        "added as a new person"
    )
    with db.reading() as s:
        people = {c.name_zh or c.name_latin: c for c in s.scalars(select(m.Contact))}
        assert len(people) == 7
        taro = people["山田太郎"]
        assert (taro.family_name, taro.given_name, taro.birthday) == ("", "", "")
        assert flagged.candidates == [taro.id]
        assert people["Hanako Yamada"].birthday == "--04-03"


@pytest.mark.parametrize(
    ("known", "row"),
    [
        ("First Name,Last Name,Mobile\nWei,Zhang,{phone}\n", "Na,Li"),  # both in Latin letters
        ("姓名,手机\n张伟,{phone}\n", "Na,Li"),  # the known name in Chinese
        ("First Name,Last Name,Mobile\nWei,Zhang,{phone}\n", "娜,李"),  # the row's name in Chinese
    ],
)
def test_a_shared_office_phone_adds_the_colleague_as_a_possible_match(
    db: Database, tmp_path: Path, known: str, row: str
) -> None:
    _import(db, _write(tmp_path, "known.csv", known.format(phone=SWITCHBOARD)))
    second = _write(tmp_path, "row.csv", f"First Name,Last Name,Mobile\n{row},{SWITCHBOARD}\n")
    [(action, reason, possible)] = _plan(db, second)
    assert (action, possible) == ("add", True)
    assert reason.startswith(f"possible match — check: same phone {SWITCHBOARD} as ")
    assert reason.endswith(" but another name; added as a new person")
    _import(db, second)
    with db.reading() as s:
        assert len(s.scalars(select(m.Contact)).all()) == 2


def test_a_shared_mailbox_is_no_rename_either(db: Database, tmp_path: Path) -> None:
    _import(db, _write(tmp_path, "known.csv", "姓名,电子邮件\n张伟,office@example.cn\n"))
    second = _write(tmp_path, "row.csv", "First Name,Last Name,E-mail\nNa,Li,office@example.cn\n")
    [(action, reason, possible)] = _plan(db, second)
    assert (action, possible) == ("add", True)
    assert reason.startswith("possible match — check: same e-mail office@example.cn as 张伟 but another name")


@pytest.mark.parametrize("row", ["Wei,Zhang", "Zhang,Wei", "Wei,"])
def test_zhang_wei_and_the_same_phone_is_still_the_same_person(
    db: Database, tmp_path: Path, row: str
) -> None:
    """Pinyin in either order, or the given name alone, agrees with 张伟."""
    _import(db, _write(tmp_path, "known.csv", f"姓名,手机\n张伟,{SWITCHBOARD}\n"))
    second = _write(tmp_path, "row.csv", f"First Name,Last Name,Mobile\n{row},{SWITCHBOARD}\n")
    assert _plan(db, second) == [("update", f"same phone {SWITCHBOARD}", False)]


@pytest.mark.parametrize(
    ("given", "same"),
    [("Taro", True), ("Tarou", True), ("Hanako", False)],
)
def test_a_japanese_name_is_compared_through_its_kana_reading(
    db: Database, tmp_path: Path, given: str, same: bool
) -> None:
    phone = "090-1234-5678"
    _import(db, _write(tmp_path, "known.vcf", _vcard("山田", "太郎", ("ヤマダ", "タロウ"), phone)))
    second = _write(tmp_path, "row.csv", f"First Name,Last Name,Mobile\n{given},Yamada,+81 90 1234 5678\n")
    [(action, _, possible)] = _plan(db, second)
    assert (action, possible) == (("update", False) if same else ("add", True))


def test_a_kana_reading_in_the_row_is_compared_with_a_known_latin_name(db: Database, tmp_path: Path) -> None:
    _import(db, _write(tmp_path, "known.csv", "First Name,Last Name,Mobile\nYuki,Sato,+81 90 5555 0000\n"))
    same = _write(tmp_path, "same.vcf", _vcard("佐藤", "優希", ("さとう", "ゆうき"), "090-5555-0000"))
    other = _write(tmp_path, "other.vcf", _vcard("佐藤", "健", ("ｻﾄｳ", "ｹﾝ"), "090-5555-0000"))
    assert [(a, p) for a, _, p in _plan(db, same)] == [("update", False)]
    assert [(a, p) for a, _, p in _plan(db, other)] == [("add", True)]


def test_readings() -> None:
    assert kana_romaji("ﾔﾏﾀﾞ") == kana_romaji("やまだ") == "yamada"
    assert kana_romaji("キョウコ") == "kyouko" and kana_romaji("ハットリ") == "hattori"
    assert kana_romaji("山田") == ""  # kanji are no reading
    assert name_reading(("", "", "张", "伟")) == ("zhang", "wei")
    assert name_reading(("", "", "山田", "太郎"), language="ja") == ("", "")  # no Mandarin for Japanese
    assert name_reading(("", "", "김", "민준"), language="ko") == ("kim", "minjun")  # petdesk.hangul
    hanako = ("Yamada", "Hanako", "", "")
    taro = ("", "", "山田", "太郎")
    assert readings_differ(hanako, ("yamada", "hanako"), taro, ("yamada", "tarou"))
    assert not readings_differ(hanako, ("yamada", "hanako"), taro, ("yamada", ""))  # no given name known
    assert not readings_differ(hanako, ("yamada", "hanako"), taro, ("", ""))  # no reading known
