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
