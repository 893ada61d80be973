"""A Chinese name typed with a space inside (an input method's full-width space: 小　明) is saved
without it instead of being refused with a message that does not show the invisible character
(field test 54, defect 6). The middle dot stays; a Korean name keeps its space."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs


@pytest.mark.parametrize(
    ("family", "given", "stored"),
    [
        ("　司马 ", "小\u3000明", ("司马", "小明")),
        ("司 马", "小 明", ("司马", "小明")),
        ("阿卜杜", "热合曼 · 买买提", ("阿卜杜", "热合曼·买买提")),
        ("김", "민 준", ("김", "민 준")),
    ],
)
def test_spaces_inside_a_chinese_name_are_removed_on_save(
    db: Database, family: str, given: str, stored: tuple[str, str]
) -> None:
    assert cs.validate_contact({"family_name_zh": family, "given_name_zh": given}) == []
    with db.transaction() as s:
        cs.create_contact(s, family_name_zh=family, given_name_zh=given)
    with db.reading() as s:
        assert s.execute(select(m.Contact.family_name_zh, m.Contact.given_name_zh)).one() == stored


def test_other_characters_are_still_refused(db: Database) -> None:
    issues = cs.validate_contact({"given_name_zh": "小　明x"})
    assert [issue.field for issue in issues] == ["given_name_zh"]
