"""The office's country is a process-wide setting (``petdesk.office_country``): a test that sets it
takes the ``office`` fixture, which puts it back as it was afterwards.

Use: ``from tests.helpers.office_kept import office`` and ``__all__ = ["office"]`` beside it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from petdesk.office_country import office_country, set_office_country


@pytest.fixture
def office() -> Iterator[None]:
    before = office_country()
    yield
    set_office_country(before)
