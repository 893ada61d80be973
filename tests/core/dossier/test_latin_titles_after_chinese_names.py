"""A title in Latin letters with no Chinese counterpart is not glued after a name in Chinese
characters (field test 86): Indonesian "Ir." and "H." (Haji) printed 苏哈托Ir. and 苏哈索H. in the
Chinese dossier, while the English side keeps them in front ("Ir. Suharto")."""

from __future__ import annotations

import pytest

from petdesk.dossier.data import PersonInfo
from petdesk.dossier.labels import Bi
from petdesk.enums import NameOrder


def _person(family: str, family_zh: str, honorific: Bi, *, language: str = "") -> PersonInfo:
    return PersonInfo(
        id=family, family_name=family, given_name="", name_order=NameOrder.GIVEN_FIRST,
        family_name_zh=family_zh, given_name_zh="", honorific=honorific, position=Bi(), department=Bi(),
        organisation=None, languages=(), dietary_needs="", accessibility_needs="", emergency_contact="",
        methods=(), native_name_language=language,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("family", "family_zh", "honorific", "zh", "en"),
    [
        ("Suharto", "苏哈托", Bi("Ir."), "苏哈托", "Ir. Suharto"),
        ("Suharso", "苏哈索", Bi("H."), "苏哈索", "H. Suharso"),
        ("Santoso", "桑托索", Bi("Dr."), "桑托索博士", "Dr. Santoso"),  # a known title has its Chinese
        ("Suharto", "苏哈托", Bi("Ir.", "工程师"), "苏哈托工程师", "Ir. Suharto"),  # as recorded
        ("Pak", "박", Bi("부장"), "박 부장", "부장 Pak"),  # a title in its own script stays after
    ],
)
def test_formal_names(family: str, family_zh: str, honorific: Bi, zh: str, en: str) -> None:
    person = _person(family, family_zh, honorific, language="ko" if family == "Pak" else "")
    assert person.formal_name("zh_CN").replace("\xa0", " ") == zh
    assert person.formal_name("en").replace("\xa0", " ") == en
