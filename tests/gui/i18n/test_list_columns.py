"""List columns as wide as what they hold, in both languages."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_catalogue_columns_fit_what_they_hold(qtbot, db, translators, locale) -> None:  # type: ignore[no-untyped-def]
    """A one-digit TRL column is narrow (it took 150 px while names were cut), and no column is
    narrower than its title (技术成熟度)."""
    from petdesk.gui.technologies.catalogue import TECHNOLOGY_HEADERS, CataloguePage

    translators(locale)
    page = CataloguePage(db, locale)
    qtbot.addWidget(page)
    header = page.list.table.horizontalHeader()
    keys = [key for key, _ in TECHNOLOGY_HEADERS]
    assert header.sectionSize(keys.index("trl")) <= max(60, header.sectionSizeHint(keys.index("trl")))
    for column in range(len(keys)):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
