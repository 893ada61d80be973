"""The erasure's result counts its records as a plural ("(1 record)", never "(1 records)")."""

from __future__ import annotations

import pytest

from petdesk.gui import plurals
from petdesk.gui.translation import arg


@pytest.mark.parametrize(("n", "said"), [(1, "(1 record)"), (1234, "(1,234 records)")])
def test_the_erased_records_are_counted_in_the_plural_english_takes(  # type: ignore[no-untyped-def]
    qapp, translators, n: int, said: str
) -> None:
    translators("en")
    text = arg(plurals.History().erased(n), "Wei Zhang")
    assert text.startswith(f"Wei Zhang was erased {said}."), text
