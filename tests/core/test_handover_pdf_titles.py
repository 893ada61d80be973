"""The hand-over list PDF prints a long title whole, wrapped, not cut short with "…" (print review
pdfreview56: "Arrange a follow-up video call with Rotterdam Office of International Re…")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.services.handover import FOLLOW_UP, Duty
from petdesk.services.handover_export import write_pdf
from tests.core.dossier.pdfcheck import pdftotext_pages

LONG_EN = (
    "Arrange a follow-up video call with Rotterdam Office of International Relations about the "
    "sludge treatment pilot and the visit of its technical delegation in spring"
)
LONG_ZH = (
    "与鹿特丹市国际关系办公室安排后续视频会议，"
    "商谈污泥处理试点项目及其技术代表团春季来访事宜并确认日程和人员名单"
)


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_long_title_is_printed_whole(tmp_path: Path, lang: str) -> None:
    duties = [
        Duty(FOLLOW_UP, f"id{n}", LONG_EN, LONG_ZH, dt.date(2027, 2, 23) + dt.timedelta(days=n), "owner")
        for n in range(30)
    ]
    out = tmp_path / "handover.pdf"
    write_pdf(duties, out, lang, ("Wang Lei", "王磊"))
    pages = pdftotext_pages(out)
    text = "".join(pages)
    assert "…" not in text
    assert text.count("Relations") == 30
    for page in pages:  # each duty's two titles on the same page
        assert _flat(page).count(_flat(LONG_EN)) == _flat(page).count(_flat(LONG_ZH)) > 0


def test_a_continued_page_repeats_the_headers(tmp_path: Path) -> None:
    duties = [
        Duty(FOLLOW_UP, f"id{n}", LONG_EN, LONG_ZH, dt.date(2027, 2, 23) + dt.timedelta(days=n), "owner")
        for n in range(30)
    ]
    out = tmp_path / "handover.pdf"
    write_pdf(duties, out, "en", ("Wang Lei", "王磊"))
    pages = pdftotext_pages(out)
    assert len(pages) > 1
    for page in pages:
        assert "Kind / 类别" in page and "Title / 标题" in page
