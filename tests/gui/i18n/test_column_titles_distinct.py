"""Every list's column titles differ from each other in either language (shots55: the Visits list's
People and visitfacts55's Head count both read 人数 in the Chinese window, two columns alike)."""

from __future__ import annotations

import pytest

from petdesk.gui import pages
from petdesk.gui.projects.page import PROJECT_HEADERS
from petdesk.gui.qt import QCoreApplication
from petdesk.gui.technologies.catalogue import TECHNOLOGY_HEADERS
from petdesk.gui.technologies.match_view import NEED_HEADERS
from tests.helpers.tree_window import tree_window_language

LISTS = {
    "organisations": pages.ORGANISATION_HEADERS,
    "contacts": pages.CONTACT_HEADERS,
    "visits": pages.VISIT_HEADERS,
    "trainings": pages.TRAINING_HEADERS,
    "projects": PROJECT_HEADERS,
    "technologies": TECHNOLOGY_HEADERS,
    "needs": NEED_HEADERS,
}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
@pytest.mark.parametrize("name", sorted(LISTS))
def test_no_two_columns_of_a_list_share_a_title(
    qapp, translators, request: pytest.FixtureRequest, locale: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    tree_window_language(translators, locale, request)
    titles = [QCoreApplication.translate("Columns", text) for _key, text in LISTS[name]]
    alike = sorted({t for t in titles if titles.count(t) > 1})
    assert not alike, f"{name}: {alike} in {titles}"
