"""A trip across the change to summer time names both offsets (field test 24, defect 2).

A delegation in Germany 24–29 Mar 2027 read "Time zone: Central European Standard Time
(UTC+01:00)" on the glance page and in the programme's heading, while its items from 28 Mar were
at UTC+02:00.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.dossier.layout import zone_name
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

BERLIN = "Europe/Berlin"


def test_one_offset_for_days_that_keep_it() -> None:
    assert zone_name(BERLIN, dt.date(2027, 3, 24), "en", dt.date(2027, 3, 27)) == (
        "Central European Standard Time (UTC+01:00)"
    )


def test_both_offsets_with_their_days_across_the_change() -> None:
    first, last = dt.date(2027, 3, 24), dt.date(2027, 3, 29)
    assert zone_name(BERLIN, first, "en", last) == (
        "Central European Standard Time (UTC+01:00) until 28 Mar 2027, 02:00; "
        "Central European Summer Time (UTC+02:00) from 28 Mar 2027, 03:00"
    )
    assert zone_name(BERLIN, first, "zh", last) == (
        "中欧标准时间（UTC+01:00），至2027年3月28日 02:00；中欧夏令时间（UTC+02:00），自2027年3月28日 03:00起"
    )


def test_the_change_day_is_split_at_the_moment_the_clocks_go_back() -> None:
    """25 Oct 2026 until 03:00 is still summer time (field test 40, defect 2): whole days said
    standard time for all of it."""
    assert zone_name(BERLIN, dt.date(2026, 10, 24), "en", dt.date(2026, 11, 3)) == (
        "Central European Summer Time (UTC+02:00) until 25 Oct 2026, 03:00; "
        "Central European Standard Time (UTC+01:00) from 25 Oct 2026, 02:00"
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_times_on_the_change_day_carry_their_offset(db: Database, tmp_path: Path, lang: str) -> None:
    """The programme and the briefing print each time on the night the clocks go back with its
    offset, both when the clocks change inside the item: the summer 02:30 to 03:30 lasts two hours."""
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Chengdu delegation",
            start_date=dt.date(2026, 10, 24),
            end_date=dt.date(2026, 10, 27),
            timezone=BERLIN,
        )
        for title, start in (("Pickup summer", 0), ("Pickup standard", 1)):
            vs.add_item(
                s,
                v.id,
                title_en=title,
                start=vs.place_time(dt.datetime(2026, 10, 25, 2, 30), BERLIN, start),
                end=dt.datetime(2026, 10, 25, 3, 30),
            )
        vs.add_item(
            s,
            v.id,
            title_en="Ministry",
            start=dt.datetime(2026, 10, 26, 9),
            end=dt.datetime(2026, 10, 26, 10),
        )
        visit_id = v.id
    out = tmp_path / f"{lang}.pdf"
    options = DossierOptions(
        layout=Layout.SEQUENTIAL,
        sections=frozenset({"programme", "briefings"}),
        contents=False,
        only_lang=lang,
        first_lang=lang,
    )
    build_visit_dossier(db, visit_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert text.count(flat("02:30–03:30 UTC+02:00 → UTC+01:00")) == 1, text  # the programme
    assert text.count(flat("02:30–03:30 UTC+01:00")) == 1, text
    briefing = (
        "02:30–03:30（UTC+02:00 → UTC+01:00）" if lang == "zh" else "02:30–03:30 (UTC+02:00 → UTC+01:00)"
    )
    assert text.count(flat(briefing)) == 1, text  # its briefing, full-width brackets in Chinese
    assert flat("09:00–10:00 UTC") not in text  # the next day needs no offset beside its times


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_glance_page_and_programme_name_the_summer_offset(
    db: Database, tmp_path: Path, lang: str
) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Germany",
            start_date=dt.date(2027, 3, 24),
            end_date=dt.date(2027, 3, 29),
            direction="outbound",
            timezone=BERLIN,
        )
        vs.add_item(
            s,
            v.id,
            title_en="Amager Bakke",
            start=dt.datetime(2027, 3, 28, 10),
            end=dt.datetime(2027, 3, 28, 12),
        )
        visit_id = v.id
    out = tmp_path / f"{lang}.pdf"
    options = DossierOptions(
        layout=Layout.SEQUENTIAL,
        sections=frozenset({"glance", "programme"}),
        contents=False,
        only_lang=lang,
        first_lang=lang,
    )
    build_visit_dossier(db, visit_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    summer = "UTC+02:00），自2027年3月28日 03:00起" if lang == "zh" else "(UTC+02:00) from 28 Mar 2027, 03:00"
    assert text.count(flat(summer)) == 2, text  # the glance page and the programme's heading
