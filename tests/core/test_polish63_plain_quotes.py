"""Round 63 (polish63): English sheet and import errors quoted the value as Python's repr does
("unknown sector 'xyzzy'", "not '10'"); they now quote it as the other English sentences do
(“xyzzy”), and the Chinese sentence keeps its “…” set tight to the characters beside them."""

from __future__ import annotations

import pytest

from petdesk.exchange.catalogue_columns import sector_code
from petdesk.messages import localize
from petdesk.quoting import quoted
from petdesk.services.technologies import check_sector


def test_polish63_an_unknown_sector_in_a_sheet_in_both_languages() -> None:
    with pytest.raises(ValueError) as refused:
        sector_code("xyzzy")
    said = str(refused.value)
    assert said.startswith("unknown sector “xyzzy”; the sectors are Water treatment"), said
    assert "'" not in said
    chinese = localize(said, "zh_CN")
    assert "“xyzzy”" in chinese and "'" not in chinese and "“xyzzy” " not in chinese, chinese


def test_polish63_an_unknown_sector_typed_for_a_technology() -> None:
    with pytest.raises(Exception, match=r"^unknown sector “xyzzy”; choose one of water"):
        check_sector("xyzzy")


def test_polish63_a_text_with_an_apostrophe_and_a_number() -> None:
    assert quoted("it's") == "“it's”"  # repr wrote "it's" in double quotes
    assert quoted(10) == "10"
