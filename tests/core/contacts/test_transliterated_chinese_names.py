"""A Western name transliterated into Chinese prints given·family (field test 33, defect 7):
林德奎斯特 + 安娜 for Anna Lindqvist is 安娜·林德奎斯特, not 林德奎斯特安娜; Chinese names, and
Chinese names foreigners took, stay family name first."""

from __future__ import annotations

import pytest

from petdesk.services.names import chinese_name, person_display_name


@pytest.mark.parametrize(
    ("family_zh", "given_zh", "family", "order", "expected"),
    [
        ("林德奎斯特", "安娜", "Lindqvist", "given_first", "安娜·林德奎斯特"),
        ("米勒", "多尔特", "Müller", "given_first", "多尔特·米勒"),
        ("魏斯", "汉斯-于尔根", "Weiß", "given_first", "汉斯-于尔根·魏斯"),
        ("魏斯米勒", "约尔格·", "Weißmüller", "given_first", "约尔格·魏斯米勒"),  # typed with its dot
        ("张", "伟", "Zhang", "given_first", "张伟"),  # "Wei Zhang": a Chinese name
        ("欧阳", "晓雯", "Ouyang", "given_first", "欧阳晓雯"),  # a two-character Chinese surname
        # three characters are no Chinese surname, though gu-na-wan spells Gunawan (field test 86)
        ("古纳万", "亨德拉", "Gunawan", "given_first", "亨德拉·古纳万"),
        ("吕", "芳", "Lyu", "given_first", "吕芳"),
        ("柯", "慕贤", "Kaufmann", "given_first", "柯慕贤"),  # a Chinese name a foreigner took
        ("王", "建国", "Wang", "family_first", "王建国"),
        ("林德奎斯特", "安娜", "", "given_first", "林德奎斯特安娜"),  # no Latin name to tell
    ],
)
def test_chinese_name_order(family_zh, given_zh, family, order, expected) -> None:
    assert chinese_name(family_zh, given_zh, family=family, order=order) == expected


def test_lists_and_search_show_the_same_order() -> None:
    name = person_display_name(
        "zh_CN",
        family="Lindqvist",
        given="Anna",
        order="given_first",
        family_zh="林德奎斯特",
        given_zh="安娜",
    )
    assert name == "安娜·林德奎斯特"
