"""Almaty hub office (field test 121): an Excel "Телефон" column holds work phones and mobiles alike,
written with the trunk prefix 8 ("8 701 123 45 68") or +7; the number itself says which it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import i18n
from petdesk.models.enums import ChannelLabel
from petdesk.services import importing

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field121"


@pytest.mark.parametrize("office", ["KZ", "RU"])
def test_a_mobile_in_the_telefon_column_is_a_mobile(office: str) -> None:
    # Before: Сулейменова's "8 701 123 45 68" was stored as her work phone
    i18n.set_office_country(office)
    try:
        loaded = importing.load_file(SAMPLES / "excel_kk_utf8_bom.csv")
        records = {r.family_name: r for r in loaded.iter_records()}
    finally:
        i18n.set_office_country("")
    assert ("phone", ChannelLabel.MOBILE, "8 701 123 45 68") in [
        (c.value, label, v) for c, label, v in records["Сулейменова"].methods
    ]
    assert [label for _c, label, _v in records["Абенов"].methods if _c.value == "phone"] == [
        ChannelLabel.WORK
    ]
