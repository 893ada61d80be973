"""cardnames63: a Japanese card app's file (Eight, Sansan) or a Shift_JIS one makes its Han names
Japanese, and a Chinese colleague's card in it (王伟, 张建国, 欧阳晓峰) was split and stored as Japanese.
The family name now decides: a common Japanese one the split agrees with is Japanese, a common
Chinese one Japan does not use is Chinese, any other stays Japanese with a note to check it."""

from __future__ import annotations

from petdesk.services import importing
from petdesk.services.han_name_origin import Origin, origin
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "cardnames63"


def _names(file: str) -> list[tuple[str, str, str, bool]]:
    return [
        (r.family_name_zh, r.given_name_zh, r.native_name_language, bool(r.warnings))
        for r in importing.load_file(SAMPLES / file).records
    ]


def test_cardnames63_eight_chinese_cards_stay_chinese() -> None:
    assert _names("eight_mixed.csv") == [
        ("小林", "健太", "ja", False),
        ("王", "伟", "", False),
        ("李", "娜", "", False),
        ("张", "建国", "", False),
        ("欧阳", "晓峰", "", False),
        # no table knows 森: Japanese as before; 由美 is plainly Japanese, so no note (cards64)
        ("森", "由美", "ja", False),
    ]


def test_cardnames63_sansan_shift_jis_chinese_cards_stay_chinese() -> None:
    records = importing.load_file(SAMPLES / "sansan_mixed_sjis.csv").records
    assert [(r.family_name_zh, r.given_name_zh, r.native_name_language) for r in records] == [
        ("渡辺", "誠", "ja"),
        ("佐藤", "健", "ja"),
        ("王", "偉", ""),
        ("李", "娜", ""),
        ("張", "建国", ""),
        ("欧陽", "暁峰", ""),  # was 欧 / 陽暁峰 once Chinese: the Japanese form of 欧阳
        ("林", "美咲", "ja"),  # 林 is Hayashi too: doubtful
    ]
    assert [bool(r.warnings) for r in records] == [False] * 6 + [True]
    assert records[2].notes.splitlines()[0] == "交换名片：2025-03-07"  # a Chinese name: Chinese labels


def test_cardnames63_origin_needs_the_split_to_agree() -> None:
    assert origin("佐藤", "健") is Origin.JAPANESE
    assert origin("佐藤健") is Origin.JAPANESE
    assert origin("佐", "藤健") is Origin.DOUBTFUL  # the table says 佐藤, the file 佐
    assert origin("王伟") is Origin.CHINESE
    assert origin("欧阳晓峰") is Origin.CHINESE
    assert origin("森", "由美") is Origin.DOUBTFUL
