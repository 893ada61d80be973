"""A contact added on the command line with a Chinese name and its pinyin is family name first
(field test 60): ``petdesk contact add --family-name Zhang --given-name Wei --family-name-zh 张
--given-name-zh 伟`` was stored given first, and the dossier, name cards and calendar said "Wei Zhang"."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import NameOrder
from petdesk.services.pinyin_name_order import typed_name_order


@pytest.mark.parametrize(
    ("latin", "chinese", "order"),
    [
        (("Zhang", "Wei"), ("张", "伟"), NameOrder.FAMILY_FIRST),
        (("Lü", "Xi'an"), ("吕", "西安"), NameOrder.FAMILY_FIRST),
        (("Shan", "Tianfang"), ("单", "田芳"), NameOrder.FAMILY_FIRST),  # the surname's own reading
        (("Lyu", "Wei"), ("吕", "伟"), NameOrder.FAMILY_FIRST),  # ü as a passport spells it (review60)
        (("LV", "Xiaoming"), ("吕", "晓明"), NameOrder.FAMILY_FIRST),
        (("Lyu", "David"), ("吕", "大卫"), NameOrder.GIVEN_FIRST),
        (("Zhang", "David"), ("张", "大卫"), NameOrder.GIVEN_FIRST),  # a Latin name of their own
        (("Schneider", "Katrin"), ("", ""), NameOrder.GIVEN_FIRST),
        (("", ""), ("刘", "芳"), NameOrder.GIVEN_FIRST),  # no Latin name: the save decides
    ],
)
def test_family_first_when_the_latin_name_is_the_pinyin(
    latin: tuple[str, str], chinese: tuple[str, str], order: NameOrder
) -> None:
    assert typed_name_order(*latin, *chinese) == order


def test_contact_add_stores_a_pinyin_name_family_first(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "--lang", "en", "contact", "add"]
    name = ["--family-name", "Zhang", "--given-name", "Wei"]
    name += ["--family-name-zh", "张", "--given-name-zh", "伟"]
    assert main([*argv, *name]) == 0
    contact_id = capsys.readouterr().out.removeprefix("Contact added: ").strip()
    with db.transaction() as s:
        assert s.get_one(m.Contact, contact_id).name_order == NameOrder.FAMILY_FIRST
    assert main(["--db", str(db.path), "--lang", "en", "contact", contact_id]) == 0
    assert capsys.readouterr().out.startswith("Zhang Wei (张伟)")
