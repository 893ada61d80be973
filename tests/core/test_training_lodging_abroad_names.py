"""Field test "trainfollow60", defect 4: the Chinese hotel list for a hotel abroad gave only 周杰 in its
"Name" column (no Latin name was saved; the hotel in Berlin books by passport spelling), and the
Room column had to say the room type in Chinese."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def _abroad(db: Database) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Circular economy study tour",
            title_zh="循环经济考察培训",
            start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12),
            city_en="Berlin",
            city_zh="柏林",
            timezone="Europe/Berlin",
        )
        zhou = person(s, "", "", "周杰")
        li = person(s, "Na", "Li", "李娜", family_first=True)
        for p, room in ((zhou, tl.SINGLE), (li, tl.SHARED)):
            ts.register(s, t.id, p.id)
            tl.set_lodging(s, t.id, p.id, needed=True, hotel="Hotel Berlin Mitte", room=room)
        return t.id


def _rows(db: Database, tmp_path: Path, lang: str) -> list[list[str]]:
    with db.reading() as s:
        found = tl.lodging_list(s, _abroad(db))
    out = tmp_path / "hotel.csv"
    tl.write(found, out, lang)
    with out.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_the_chinese_list_gives_the_latin_name_beside_the_chinese_one(db: Database, tmp_path: Path) -> None:
    header, *rows = _rows(db, tmp_path, "zh_CN")
    names = {(r[0], r[1]) for r in rows}
    assert ("Zhou Jie", "周杰") in names  # pinyin, family name first, where no Latin name was saved
    assert ("Li Na", "李娜") in names
    rooms = {r[1]: r[header.index("房型 / Room")] for r in rows}
    assert rooms == {"周杰": "单人间", "李娜": "合住"}


def test_the_english_list_too(db: Database, tmp_path: Path) -> None:
    _header, *rows = _rows(db, tmp_path, "en")
    assert {(r[0], r[1]) for r in rows} == {("Zhou Jie", "周杰"), ("Li Na", "李娜")}


def test_the_command_line_list_in_chinese(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    from petdesk.cli import main

    tid = _abroad(db)
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings", tid, "--lodging"]) == 0
    out = capsys.readouterr().out
    print(out)
    assert "single" not in out and "单人间" in out
    assert "Zhou Jie" in out


def test_a_chinese_only_dossier_lists_both_names(db: Database, tmp_path: Path) -> None:
    from petdesk.dossier import DossierOptions, build_training_dossier
    from tests.core.dossier.pdfcheck import pdftotext_pages

    pdf = tmp_path / "t.pdf"
    options = DossierOptions(first_lang="zh", only_lang="zh", sections=("lodging",))
    build_training_dossier(db, _abroad(db), pdf, options)
    text = " ".join(" ".join(pdftotext_pages(pdf)).split())
    assert "周杰 Zhou Jie" in text and "李娜 Li Na" in text
    assert "单人间" in text and "single" not in text
