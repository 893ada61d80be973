"""The welcome page's two name fields as stored (field test 38, defect 6)."""

from __future__ import annotations

import pytest

from petdesk.services.office import names_as_typed


@pytest.mark.parametrize(
    ("name", "name_zh", "stored"),
    [
        ("成都中心办公室", "", ("成都中心办公室", "成都中心办公室")),  # Chinese in the English field
        ("", "成都中心办公室", ("成都中心办公室", "成都中心办公室")),  # a Chinese-only office
        (" Chengdu Hub ", " 成都中心 ", ("Chengdu Hub", "成都中心")),
        ("Chengdu 成都 Hub", "", ("Chengdu 成都 Hub", "")),  # Latin letters: an English name
        ("Chengdu Hub", "", ("Chengdu Hub", "")),
    ],
)
def test_names_as_typed(name: str, name_zh: str, stored: tuple[str, str]) -> None:
    assert names_as_typed(name, name_zh) == stored
