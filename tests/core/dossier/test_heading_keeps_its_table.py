"""A sub-heading never ends a page, whatever is below it (field test 21, defect 6).

"Cars and drivers / 车辆与司机" was the last line of page 10: the car's one row, tall with the
items it serves, did not fit below the heading and went to page 11 without it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from petdesk.dossier.labels import Bi
from petdesk.dossier.layout import (
    BiTable,
    Chrome,
    Col,
    DossierOptions,
    Full,
    Heading,
    Layout,
    Row,
    Section,
    render,
)
from tests.core.dossier.pdfcheck import pdftotext_pages

#: The served items of the car: one row about 50 mm tall, more than the old fixed room below a heading.
SERVED = "\n".join(f"Programme item {n} served by the car" for n in range(14))


def _pages(tmp_path: Path, filler_mm: float, layout: Layout) -> list[str]:
    blocks = [
        Full([Spacer(1, filler_mm * mm)]),
        Heading(Bi("Cars and drivers", "车辆与司机")),
        BiTable(
            [Col(Bi("Vehicle", "车辆"), 1, shared=True), Col(Bi("Programme", "日程"), 3)],
            [Row(["CARROW Hongqi H9", Bi(SERVED, SERVED)])],
        ),
    ]
    chrome = Chrome(
        office=Bi("Office", "办公室"), title=Bi("Test", "测试"), generated=dt.datetime(2026, 12, 4)
    )
    options = DossierOptions(layout=layout, reproducible=True, contents=False)
    out = render([Section("logistics", Bi("Logistics", "后勤"), blocks)], tmp_path / "d.pdf", options, chrome)
    return pdftotext_pages(out)


@pytest.mark.parametrize("layout", [Layout.PARALLEL, Layout.SEQUENTIAL])
def test_the_heading_goes_to_the_page_of_its_first_row(tmp_path: Path, layout: Layout) -> None:
    # the filler puts the heading at every height of the lower part of the first page
    for filler in range(150, 236, 5):
        pages = _pages(tmp_path, filler, layout)
        for page in pages:
            if "Cars and drivers" in page:
                assert "CARROW" in page, f"the heading ends a page with {filler} mm above it"


def _section_pages(tmp_path: Path, filler_mm: float, layout: Layout, large: bool, first: str) -> list[str]:
    """A section that flows on after the one before (``new_page=False``, as the training dossier's
    "Trainers" and "Participant list"), its title followed by a tall table row or a profile kept whole."""
    from petdesk.dossier.layout import para
    from petdesk.dossier.visit import _Keep

    table = BiTable(
        [Col(Bi("No.", "序号"), 1, shared=True), Col(Bi("Name", "姓名"), 3)],
        [Row(["1", Bi(SERVED, SERVED)])],
    )
    profile = _Keep(lambda lang, width: [para(SERVED, lang)])
    sections = [
        Section("programme", Bi("Programme", "日程安排"), [Full([Spacer(1, filler_mm * mm)])]),
        Section("trainers", Bi("Trainers", "培训讲师"), [profile], new_page=False),
        Section("participants", Bi("Participant list", "学员名单"), [table], new_page=False),
    ]
    chrome = Chrome(
        office=Bi("Office", "办公室"), title=Bi("Test", "测试"), generated=dt.datetime(2026, 12, 4)
    )
    options = DossierOptions(
        layout=layout, reproducible=True, contents=False, large_print=large, first_lang=first
    )
    return pdftotext_pages(render(sections, tmp_path / "s.pdf", options, chrome))


@pytest.mark.parametrize(("large", "first"), [(False, "en"), (True, "zh")])
def test_a_section_title_goes_to_the_page_of_its_first_content(
    tmp_path: Path, large: bool, first: str
) -> None:
    """Field test 33, defect 4: "Participant list" and "培训讲师 / Trainers" ended pages."""
    for filler in range(120, 236, 8):
        pages = _section_pages(tmp_path, filler, Layout.PARALLEL, large, first)
        for title in ("Trainers", "Participant list"):
            page = next(p for p in pages if title in p)
            assert "Programme item 0" in page.split(title, 1)[1], f"{title} ends a page ({filler} mm)"


def _nested_pages(tmp_path: Path, filler_mm: float, layout: Layout, first: str) -> list[str]:
    """An organisation's name, then a small sub-heading, then its table (the dossier's "Technologies
    and needs": "Bonn Water Utility", "Needs of the city", one row)."""
    blocks = [
        Full([Spacer(1, filler_mm * mm)]),
        Heading(Bi("Bonn Water Utility", "波恩市水务公司")),
        Heading(Bi("Needs of the city", "城市需求"), "cellb"),
        BiTable(
            [Col(Bi("City need", "城市需求"), 2), Col(Bi("Status", "状态"), 1)],
            [Row([Bi("A city air quality network", "城市空气质量监测网络"), Bi("Open", "待对接")])],
        ),
    ]
    chrome = Chrome(
        office=Bi("Office", "办公室"), title=Bi("Test", "测试"), generated=dt.datetime(2026, 12, 4)
    )
    options = DossierOptions(layout=layout, reproducible=True, contents=False, first_lang=first)
    out = render(
        [Section("technologies", Bi("Technologies", "技术"), blocks)], tmp_path / "n.pdf", options, chrome
    )
    return pdftotext_pages(out)


@pytest.mark.parametrize(
    ("layout", "first"), [(Layout.SEQUENTIAL, "zh"), (Layout.SEQUENTIAL, "en"), (Layout.PARALLEL, "en")]
)
def test_a_heading_above_a_sub_heading_keeps_the_table_too(
    tmp_path: Path, layout: Layout, first: str
) -> None:
    """Review of round 56: "Bonn Water Utility" ended a page, its "Needs of the city" table on the
    next (the sub-heading's break was taken for a spacer, so the table was not kept with it)."""
    for filler in range(150, 240, 3):
        for page in _nested_pages(tmp_path, filler, layout, first):
            for heading in ("Bonn Water Utility", "波恩市水务公司"):
                if heading in page:
                    assert "air quality" in page or "空气质量" in page, f"{heading} ends a page ({filler} mm)"
