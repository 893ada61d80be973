"""Name cards (桌签) for a visit (field test 11, "Not found"): one folded sheet per person, the name
on both halves, fonts embedded, the name in the person's own script large, nothing off the card."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import fonts
from petdesk.dossier.data import NotFoundError
from petdesk.dossier.layout import Paper
from petdesk.dossier.namecards import SIDE_MARGIN, build_namecards
from petdesk.models.enums import NameOrder, ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdffonts, pdfinfo_pages, pdftotext_pages

LONG_NAME = "Maximilian Alexander Friedrich-Wilhelm von Hohenzollern-Sigmaringen-Württemberg"


def _visit(db: Database) -> dict[str, str]:
    """A visit with a Chinese head, a German delegate, a Latin-only and a Chinese-only person, a very
    long name and a driver; one meeting attended by two of them."""
    with db.transaction() as s:
        bureau = os_.create_organisation(s, name_en="Chengdu Ecology Bureau", name_zh="成都市生态环境局")
        city = os_.create_organisation(s, name_en="City of Stuttgart", name_zh="斯图加特市")
        people = {
            "wang": cs.create_contact(
                s,
                family_name="Wang",
                given_name="Jianguo",
                name_order=NameOrder.FAMILY_FIRST,
                family_name_zh="王",
                given_name_zh="建国",
                organisation_id=bureau.id,
                position_en="Director-General",
                position_zh="局长",
            ),
            "berg": cs.create_contact(
                s,
                family_name="Lindqvist",
                given_name="Anna",
                family_name_zh="林德奎斯特",
                given_name_zh="安娜·",
                organisation_id=city.id,
                position_en="Head of Department",
                position_zh="处长",
            ),
            "latin": cs.create_contact(s, family_name="Kühn", given_name="Friederike"),
            "chinese": cs.create_contact(s, family_name_zh="赵", given_name_zh="敏"),
            "long": cs.create_contact(s, family_name=LONG_NAME, given_name=""),
            "driver": cs.create_contact(s, family_name="Fahrer", given_name="Karl"),
        }
        visit = vs.create_visit(
            s,
            title_en="Stuttgart delegation to Chengdu",
            title_zh="斯图加特代表团访问成都",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 10),
            timezone="Asia/Shanghai",
        )
        roles = {"wang": ParticipantRole.HOST, "driver": ParticipantRole.DRIVER, "berg": ParticipantRole.HEAD}
        for key, person in people.items():
            vs.add_participant(s, visit.id, person.id, roles.get(key, ParticipantRole.DELEGATE))
        item = vs.add_item(
            s,
            visit.id,
            start=dt.datetime(2027, 3, 8, 9),
            end=dt.datetime(2027, 3, 8, 11),
            title_en="Meeting",
            attendee_ids=[people["wang"].id, people["berg"].id],
        )
        return {"visit": visit.id, "item": item.id} | {k: p.id for k, p in people.items()}


def _words(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word on a page, as poppler places them."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(float(a), float(b), w) for a, b, w in re.findall(pattern, out)]


def test_one_card_per_participant_with_each_name_on_both_halves(db: Database, tmp_path: Path) -> None:
    ids = _visit(db)
    out = build_namecards(db, ids["visit"], tmp_path / "cards.pdf")
    pages = pdftotext_pages(out)
    assert pdfinfo_pages(out) == len(pages) == 5  # the driver has no seat at the table
    text = "\n".join(pages)
    assert "Fahrer" not in text
    for name in ("王建国", "Wang Jianguo", "Anna Lindqvist", "安娜·林德奎斯特", "Friederike Kühn", "赵敏"):
        card = next(p for p in pages if name in p)
        assert card.count(name) == 2, (name, card)  # the upright and the upside-down half
    wang = next(p for p in pages if "王建国" in p)
    assert "Director-General · Chengdu Ecology Bureau" in wang and "成都市生态环境局 局长" in wang
    fonts_used = pdffonts(out)
    assert fonts_used and all(f.embedded for f in fonts_used), fonts_used


def test_the_own_script_prints_first(db: Database, tmp_path: Path) -> None:
    """王建国 above Wang Jianguo; Anna Lindqvist above her transliteration 安娜·林德奎斯特."""
    ids = _visit(db)
    pages = pdftotext_pages(build_namecards(db, ids["visit"], tmp_path / "cards.pdf"))
    wang = next(p for p in pages if "王建国" in p)
    anna = next(p for p in pages if "Anna Lindqvist" in p)
    # poppler reads the upside-down half first, bottom line first; the upright half last, top first
    upright_wang, upright_anna = wang[wang.rindex("王建国") :], anna[anna.rindex("Anna Lindqvist") :]
    assert "Wang Jianguo" in upright_wang
    assert "安娜·林德奎斯特" in upright_anna


def test_a_latin_name_prints_alone_and_a_chinese_one_with_its_pinyin(
    db: Database, tmp_path: Path
) -> None:
    """A Chinese-only name gets the pinyin stand-in lists and the dossier print (names.latin_stand_in),
    below it: the Chinese name is the person's own."""
    ids = _visit(db)
    pages = pdftotext_pages(build_namecards(db, ids["visit"], tmp_path / "cards.pdf"))
    latin = next(p for p in pages if "Friederike Kühn" in p)
    chinese = next(p for p in pages if "赵敏" in p)
    assert [w for w in latin.split() if w] == ["Friederike", "Kühn"] * 2
    assert chinese.count("赵敏") == 2 and chinese.count("Zhao Min") == 2, chinese
    upright = chinese[chinese.rindex("赵敏") :]  # poppler reads the upright half last, top line first
    assert "Zhao Min" in upright


def test_a_long_name_shrinks_to_fit_the_card(db: Database, tmp_path: Path) -> None:
    ids = _visit(db)
    out = build_namecards(db, ids["visit"], tmp_path / "cards.pdf", paper=Paper.LETTER)
    width = 11 * 72  # Letter landscape
    page = next(n for n, p in enumerate(pdftotext_pages(out), 1) if "Hohenzollern" in p)
    words = _words(out, page)
    assert any("Hohenzollern" in w for _, _, w in words)
    # set on two lines rather than shrunk to a size nobody reads across a table
    lines = [line for line in pdftotext_pages(out)[page - 1].splitlines() if line]
    assert len(lines) == 4 and all(len(line) < len(LONG_NAME) for line in lines), lines
    for x_min, x_max, word in words:
        assert x_min >= SIDE_MARGIN - 1 and x_max <= width - SIDE_MARGIN + 1, word
    assert fonts.string_width(LONG_NAME, 72, bold=True) > width  # at full size it would not fit


def test_the_cards_of_one_item(db: Database, tmp_path: Path) -> None:
    ids = _visit(db)
    out = build_namecards(db, ids["visit"], tmp_path / "cards.pdf", item_id=ids["item"][:8])
    text = "\n".join(pdftotext_pages(out))
    assert pdfinfo_pages(out) == 2 and "王建国" in text and "Anna Lindqvist" in text
    with pytest.raises(NotFoundError, match="no programme item"):
        build_namecards(db, ids["visit"], tmp_path / "none.pdf", item_id="nosuchitem")


def test_command_line(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _visit(db)
    out = tmp_path / "cards.pdf"
    argv = ["--db", str(db.path), "dossier", "namecards", ids["visit"], "--out", str(out)]
    assert main([*argv, "--item", ids["item"], "--paper", "letter"]) == 0
    assert pdfinfo_pages(out) == 2
    said = capsys.readouterr().out
    # the size and the time, as the other dossier commands say them (field test 22, §8)
    assert re.search(rf"^Wrote {re.escape(str(out))} \(\d+ KB\) in \d+\.\d s$", said, re.M), said
    assert main([*argv, "--item", "nosuchitem"]) != 0
    assert "no programme item" in capsys.readouterr().err
