"""names63: the contact editor refused 々 and 〆 in the name in characters ("The Chinese name “佐々木”
may only contain Chinese characters"), so a Japanese name stored as Chinese (before the tidy ran, or
typed) could not be saved. The signs mark a Japanese name, as the import reads them: accepted, and
the saved name is Japanese."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs


@pytest.mark.parametrize(("family", "given"), [("佐々木", "翔"), ("〆木", "花子"), ("野々村", "")])
def test_names63_the_editor_accepts_the_japanese_signs(family: str, given: str) -> None:
    assert cs.validate_contact({"family_name_zh": family, "given_name_zh": given}) == []


def test_names63_a_name_stored_as_chinese_is_saved_as_japanese(db: Database) -> None:
    with db.transaction() as s:
        person = cs.create_contact(s, family_name_zh="王", given_name_zh="伟")
        person_id = person.id
        assert person.native_name_language == ""
    with db.transaction() as s:
        person = cs.update_contact(s, person_id, family_name_zh="佐々木", given_name_zh="翔")
        assert person.native_name_language == "ja"


def test_names63_other_signs_are_still_refused() -> None:
    (issue,) = cs.validate_contact({"family_name_zh": "佐〇木"})
    assert issue.field == "family_name_zh"
