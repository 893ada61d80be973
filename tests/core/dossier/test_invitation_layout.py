"""The invitation letter's layout (field test 99): a long delegation's table goes on over pages with
its column heads repeated, and a Chinese line never starts with a closing mark (。，)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.dossier.invitation import _wrap, render_invitation
from petdesk.services.invitation import Invitation, Invitee, Office
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages


def _letter(guests: int) -> Invitation:
    people = tuple(
        Invitee(f"id{n}", f"Guest Number{n} Brenner-Hoffmann", "", "f", dt.date(1980, 1, n % 28 + 1), "DE",
                f"C{n:08d}", ("Head of International Cooperation", ""), ("Stadt Karlsruhe", "卡尔斯鲁厄市"))
        for n in range(guests)
    )  # fmt: skip
    office = Office(("Hefei Hub Office", "合肥中心办公室"), ("A", "合肥"), ("Liu Qiang", "刘强"), "+86")
    return Invitation("v", ("Visit", "访问"), ("Talks", "会谈"), dt.date(2027, 1, 18), dt.date(2027, 1, 24),
                      (("Hefei", "合肥"),), office, people)  # fmt: skip


def test_a_long_table_repeats_its_heads_on_the_next_page(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    assert render_invitation(_letter(25), path, lang="zh") == 2
    pages = [flat(p) for p in pdftotext_pages(path)]
    assert len(pages) == 2 and all(flat("护照号码") in p for p in pages)
    assert flat("Guest Number24") in pages[1] and flat("C00000024") in pages[1]
    assert all(row.embedded for row in pdffonts(path))


def test_chinese_lines_do_not_start_with_a_closing_mark() -> None:
    text = "兹邀请下列8位德国客人于2027年1月18日至2027年1月24日来华访问。访问城市：合肥、芜湖、上海。"
    for width in range(120, 400, 7):
        lines = _wrap(text, 10.5, width)
        assert "".join(lines) == text
        assert not any(line[:1] in "。，、：" for line in lines[1:]), (width, lines)
