"""``petdesk exchange import F.needs.csv`` on the flat file ``exchange export`` itself writes said "not
valid JSON (line 1: Expecting value)", in English inside a Chinese sentence too (field coop60): it now
says it is a sheet and which commands read one, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.exchange import jsonfile
from petdesk.exchange.jsonfile import ExchangeError
from petdesk.messages import localize
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # this tree's Chinese sentences


@pytest.mark.parametrize("name", ["x.needs.csv", "x.xlsx"])
def test_a_sheet_is_named_with_the_commands_that_read_it(
    tmp_path: Path, tree_catalogue: Path, name: str
) -> None:
    sheet = tmp_path / name
    sheet.write_bytes(b"\xef\xbb\xbfid,title_en\n1,Rural wastewater\n")
    with pytest.raises(ExchangeError) as raised:
        jsonfile.read(sheet)
    said = str(raised.value)
    assert name in said and "import-needs" in said and "JSON (line" not in said
    chinese = localize(said, "zh_CN")
    assert "import-needs" in chinese and chinese != said
