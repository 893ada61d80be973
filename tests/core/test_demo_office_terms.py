"""The demo's offices are named with the shared glossary's terms (/work/shared/GLOSSARY.md): a
"representation office" is a 代表处 (the Beijing hub, as a foreign network's office in China is
registered), any other office a 办公室 (never 办事处), a secretariat a 秘书处; and the demo office's own
name is its hub entry's."""

from __future__ import annotations

import pytest

from petdesk.demo import data as D
from petdesk.demo.generator import OFFICE_NAME

TERMS = (("Representation Office", "代表处"), ("Secretariat", "秘书处"), ("Office", "办公室"))


@pytest.mark.parametrize("hub", D.HUB_OFFICES, ids=lambda hub: hub[4])
def test_each_hub_office_uses_the_glossary_term_of_its_kind(hub: tuple[str, ...]) -> None:
    en, zh, _short_en, short_zh, _ = hub
    term = next(zh_term for en_term, zh_term in TERMS if en.endswith(en_term))
    assert zh.endswith(term) and short_zh.endswith(term)
    assert "办事处" not in zh + short_zh


def test_the_demo_office_is_its_hub_entry() -> None:
    assert OFFICE_NAME[:2] == D.HUB_OFFICES[0][:2] == ("Beijing Representation Office", "北京代表处")
