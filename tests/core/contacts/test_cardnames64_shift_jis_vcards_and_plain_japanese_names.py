"""cardnames64: the rule of cardnames63 (a Japanese file's Han name is Chinese when its family name is
one Japan does not use) reached CSV files only. (1) A Japanese phone's or card app's vCard, read as
Shift_JIS, stored a Chinese colleague's 王 偉 as Japanese: it now follows the same rule. (2) The note
to check a doubtful family name (森, 林) fired for plainly Japanese names: Eight's 森 由美 warned. A
given name with kana, of a common Japanese form (…子, …美, …郎) or of three characters no longer does;
a one-character one, typical of Chinese names (林 磊), still does."""

from __future__ import annotations

import pytest

from petdesk.services import importing
from petdesk.services.han_name_origin import needs_check, plainly_japanese_given_name
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "cardnames64"


def _names(path: object) -> list[tuple[str, str, str, bool]]:
    return [
        (r.family_name_zh, r.given_name_zh, r.native_name_language, bool(r.warnings))
        for r in importing.load_file(path).records  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize("name", ["phone_mixed_sjis.vcf", "docomo_mixed_v21.vcf"])
def test_cardnames64_chinese_cards_in_a_shift_jis_vcard_stay_chinese(name: str) -> None:
    assert _names(SAMPLES / name) == [
        ("佐藤", "健", "ja", False),
        ("王", "偉", "", False),
        ("張", "建国", "", False),
        ("欧陽", "暁峰", "", False),
        ("森", "由美", "ja", False),  # 森 is doubtful, 由美 plainly Japanese
        ("林", "磊", "ja", True),  # 林 磊 may be Lin Lei: Japanese as the file says, with a note
    ]


def test_cardnames64_the_note_says_which_name_to_check() -> None:
    records = importing.load_file(SAMPLES / "phone_mixed_sjis.vcf").records
    assert [str(w) for w in records[5].warnings] == [
        "Name “林 磊” read as Japanese because the file is a Japanese one; its family name is not a "
        "common Japanese one: check whether it is a Chinese name"
    ]


def test_cardnames64_a_kana_reading_keeps_a_shift_jis_card_japanese(tmp_path: object) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:王;偉;;;\r\nX-PHONETIC-LAST-NAME:おう\r\nEND:VCARD\r\n"
    path = tmp_path / "one.vcf"  # type: ignore[operator]
    path.write_bytes(card.encode("cp932"))
    assert _names(path) == [("王", "偉", "ja", False)]  # the reading says Japanese: Ō, not Wang


def test_cardnames64_eight_mori_yumi_no_longer_warns() -> None:
    records = importing.load_file(DATA_DIR / "japancols62" / "eight_cards.csv").records
    mori = next(r for r in records if r.family_name_zh == "森")
    assert (mori.given_name_zh, mori.native_name_language, mori.warnings) == ("由美", "ja", [])


@pytest.mark.parametrize(
    ("family", "given", "warns"),
    [
        ("森", "由美", False),  # …美
        ("林", "恵子", False),  # …子
        ("森", "太郎", False),  # …郎
        ("林", "千恵", False),  # …恵 (a Chinese name writes 惠)
        ("森", "彩香", False),  # …香
        ("林", "加奈", False),  # …奈
        ("林", "真由美", False),  # three characters
        ("森", "さくら", False),  # kana
        ("林", "伟", True),  # one character: typical of a Chinese name
        ("森", "磊", True),
        ("林", "建国", True),  # two characters of no Japanese form
        ("佐藤", "健", False),  # not doubtful at all
        ("王", "伟", False),  # Chinese, not doubtful
    ],
)
def test_cardnames64_which_doubtful_names_get_the_note(family: str, given: str, warns: bool) -> None:
    assert needs_check(family, given) is warns


def test_cardnames64_plainly_japanese_given_names() -> None:
    assert plainly_japanese_given_name("由美")
    assert not plainly_japanese_given_name("美")  # one character, whatever it is
    assert not plainly_japanese_given_name("")
