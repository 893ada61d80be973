"""The usual words of a bureau's files for a sector, in English and Chinese (field test 26, §5:
供水 and "Water supply" were refused while 污水 and 固废 were read)."""

from __future__ import annotations

import pytest

from petdesk.exchange.catalogue_columns import SECTOR_ALIASES, sector_code
from petdesk.vocab import SECTORS


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("供水", "water"),
        ("Water supply", "water"),
        ("饮用水", "water"),
        ("排水", "wastewater"),
        ("废气", "air"),
        ("生活垃圾", "waste"),
        ("光伏", "renewables"),
        ("Solar", "renewables"),
        ("能效", "efficiency"),
        ("公共交通", "transport"),
        ("Recycling", "circular"),
        ("碳中和", "low_carbon"),
        ("雨水", "sponge_city"),
        ("绿色金融", "green_finance"),
        ("污水", "wastewater"),  # read before, by the beginning of 污水处理
        ("固废", "waste"),
    ],
)
def test_common_spellings_name_their_sector(written: str, code: str) -> None:
    assert sector_code(written) == code


def test_every_alias_names_a_sector_and_no_label_of_another() -> None:
    labels = {spelling: code for code, (en, zh) in SECTORS.items() for spelling in (code, en.casefold(), zh)}
    for alias, code in SECTOR_ALIASES.items():
        assert code in SECTORS and alias == alias.casefold()
        assert labels.get(alias, code) == code, alias
