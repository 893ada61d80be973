"""Review 63: an office's name holding a university's word before a government organ is the organ's
office, not the university's: 大学城 (a university town) and 学院路 (a street) were guessed
universities by orgs63's owner rule."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name


@pytest.mark.parametrize("name", ["大学城管理委员会办公室", "广州大学城管委会办公室", "学院路街道办公室"])
def test_a_government_organ_after_a_university_word_is_no_university(name: str) -> None:
    assert kind_from_name("", name) is not OrgKind.UNIVERSITY


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("四川大学外事办公室", OrgKind.UNIVERSITY),
        ("中国城市科学研究会北京办公室", OrgKind.NGO),
        ("长沙市银行业协会办公室", OrgKind.NGO),
    ],
)
def test_a_bodys_own_office_is_still_that_bodys(name: str, kind: OrgKind) -> None:
    assert kind_from_name("", name) is kind
