"""Fonts and line breaking of the dossier, without making a whole PDF."""

from __future__ import annotations

import pytest

from petdesk.dossier import fonts
from petdesk.dossier.labels import builtin_catalogue
from petdesk.dossier.text import NO_START, Rich, TextStyle


def lines_of(text: str, width: float, size: float = 10) -> list[str]:
    flow = Rich(TextStyle(size=size)).add(text).flowable()
    flow.wrap(width, 1000)
    return [flow.text[a:b] for a, b in flow._lines]


def test_runs_pick_the_face_that_has_each_character() -> None:
    runs = list(fonts.runs("Zhang Wei（张伟）— 2026年"))
    assert runs == [
        (fonts.LATIN, "Zhang Wei"),
        (fonts.CJK, "（张伟）"),
        (fonts.LATIN, "— 2026"),
        (fonts.CJK, "年"),
    ]
    assert next(fonts.runs("Bold 粗", bold=True)) == (fonts.LATIN_BOLD, "Bold ")


def test_missing_glyph_names_the_character() -> None:
    fonts.check("Smile \U0001f600 please")  # Symbola has the emoji
    fonts.check("Rare \U00020bb7 name")  # the rare-CJK face has the Extension B name character
    with pytest.raises(fonts.MissingGlyphError) as info:
        fonts.check("Rarer \U0002a6d6 name")  # an Extension B character no standard lists
    assert "U+2A6D6" in str(info.value) and "CJK UNIFIED IDEOGRAPH-2A6D6" in str(info.value)
    assert info.value.char == "\U0002a6d6"
    with fonts.collect_warnings() as warnings:
        assert fonts.substitute("Rarer \U0002a6d6 name") == "Rarer [U+2A6D6] name"
    assert warnings and "“Rarer \U0002a6d6 name”" in warnings[0]


def test_extension_b_characters_take_the_rare_cjk_face() -> None:
    assert list(fonts.runs("吉田 \U00020bb7野家")) == [
        (fonts.CJK, "吉田"),
        (fonts.LATIN, " "),
        (fonts.RARE_CJK, "\U00020bb7"),
        (fonts.CJK, "野家"),
    ]
    rare = fonts.register().rare
    # the characters names need: 𠮷 (Japan), 𡌶 (Hong Kong), 𨋢 (HKSCS), and over 2,000 others
    assert {0x20BB7, 0x21336, 0x282E2} <= rare and len(rare) > 2000
    assert all(code > 0xFFFF for code in rare)


def test_every_built_in_label_can_be_printed() -> None:
    for en, zh in builtin_catalogue().items():
        fonts.check(en)
        fonts.check(zh)


def test_control_characters_are_dropped_not_printed() -> None:
    assert fonts.clean("a\x00b\tc\r\nd\u200b") == "ab c\nd"


def test_latin_words_stay_whole() -> None:
    lines = lines_of("environmental technology cooperation between cities", 120)
    assert len(lines) > 1
    words = {w for line in lines for w in line.split()}
    assert words == set(["environmental", "technology", "cooperation", "between", "cities"])


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    text = "就垃圾焚烧发电和空气质量监测开展交流，筹备签署谅解备忘录。双方同意在访问前交换技术资料。" * 3
    for width in (60, 75, 90, 101, 130):
        lines = lines_of(text, width)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in NO_START, (width, line)
        for line in lines[:-1]:
            assert line[-1] not in "（《“", (width, line)


def test_mixed_text_and_a_word_longer_than_the_line() -> None:
    lines = lines_of("网址 https://www.example.org/a/very/long/path/that/cannot/fit 见附件", 80)
    assert (
        "".join(lines).replace(" ", "")
        == "网址https://www.example.org/a/very/long/path/that/cannot/fit见附件"
    )
    assert all(fonts.string_width(line.rstrip(), 10) <= 80.01 for line in lines)


def test_newlines_make_lines_and_split_keeps_all_lines() -> None:
    flow = Rich(TextStyle(size=10, line=1.5)).add("one\ntwo\nthree\nfour").flowable()
    _, height = flow.wrap(200, 1000)
    assert height == pytest.approx(4 * 15)
    first, second = flow.split(200, 31)
    first.wrap(200, 1000)
    second.wrap(200, 1000)
    assert [first.text[a:b] for a, b in first._lines] == ["one", "two"]
    assert [second.text[a:b] for a, b in second._lines] == ["three", "four"]


def test_vocabularies_sharing_a_value_keep_their_own_words() -> None:
    from petdesk.dossier.labels import enum_label
    from petdesk.models.enums import ActivityKind, ItineraryKind

    # both are "meeting" (StrEnums compare equal), but an itinerary meeting is 会谈, a logged one 会议
    assert enum_label(ItineraryKind.MEETING).zh == "会谈"
    assert enum_label(ActivityKind.MEETING).zh == "会议"


def test_a_name_too_long_for_its_line_is_cut_at_a_space_with_the_honorific_kept() -> None:
    """A name joined by no-break spaces in a narrow column: "Ms. Anna" / "Lindqvist", not "Ms." /
    " Anna Lindqvist" with a space at the start of the second line."""
    name = "Ms.\u00a0Anna\u00a0Lindqvist"
    flow = Rich(TextStyle(size=10)).add(name).flowable()
    width = fonts.string_width("Ms. Anna Lindq", 10)
    flow.wrap(width, 1000)
    lines = [flow.text[a:b] for a, b in flow._lines]
    assert [line.strip("\u00a0 ") for line in lines] == ["Ms.\u00a0Anna", "Lindqvist"]
    assert not lines[1].startswith(("\u00a0", " "))


def test_min_width_is_the_longest_word_that_may_not_be_cut() -> None:
    def least(text: str) -> float:
        return Rich(TextStyle(size=10)).add(text).flowable().min_width()

    assert least("Head of delegation") == pytest.approx(fonts.string_width("delegation", 10))
    # an address is cut after its "@" and "."; a Chinese line between characters
    pieces = ["anna@", "beijing-", "office.", "example"]
    assert least("".join(pieces)) == pytest.approx(max(fonts.string_width(p, 10) for p in pieces))
    assert least("团长") == pytest.approx(fonts.string_width("团", 10))
    # a date is kept whole: a narrow Due column wrapped "2027年3月 / 20日" (field test F13)
    assert least("到期 2027年3月20日") == pytest.approx(fonts.string_width("2027年3月20日", 10))


def test_a_transliterated_name_stays_whole_across_its_dots() -> None:
    """Field test 33, defect 3: "魏斯汉斯· / 于尔根博士"; jieba only sees the runs between the dots."""
    from petdesk.dossier.text import keep_words

    keep_words("汉斯-于尔根·魏斯", "汉斯-于尔根·魏斯博士")
    text = "出席人员：汉斯-于尔根·魏斯博士"
    room = fonts.string_width("出席人员：汉斯-于尔根·", 10) + 1  # the old break: after the dot
    lines = lines_of(text, room)
    assert "汉斯-于尔根·魏斯博士" in lines, lines


def test_closing_punctuation_hangs_rather_than_starting_a_line() -> None:
    """Kinsoku in an over-long run of names: "米勒多尔特教授 / 、欧阳晓雯博士" (field test 33)."""
    from petdesk.dossier.text import keep_words

    keep_words("米勒多尔特教授", "欧阳晓雯博士")
    for chars in range(4, 9):
        lines = lines_of("米勒多尔特教授、欧阳晓雯博士", chars * 10 + 0.5)
        assert not any(line[:1] in NO_START for line in lines), (chars, lines)
        assert "".join(lines) == "米勒多尔特教授、欧阳晓雯博士"


def test_a_column_is_made_wide_enough_for_a_whole_chinese_name() -> None:
    """A name longer than its column broke after its dot ("约尔格· / 魏斯米勒博士"): a kept name is
    one of the pieces a column's least width must hold."""
    from petdesk.dossier.text import keep_words

    keep_words("约尔格·魏斯米勒", "约尔格·魏斯米勒博士")
    flow = Rich(TextStyle(size=10)).add("约尔格·魏斯米勒博士").flowable()
    assert flow.min_width() >= fonts.string_width("约尔格·魏斯米勒博士", 10) - 0.01


@pytest.mark.parametrize(
    "riders", ["佐藤浩（さとう\u00a0ひろし）、Anna Berg", "Satō\u00a0Hiroshi (さとう\u00a0ひろし), Anna Berg"]
)
def test_a_kana_reading_is_cut_only_at_its_space(riders: str) -> None:
    """A narrow riders column printed "さとう ひろ / し": a reading stays on one line, or is cut
    between its family and given reading when the line cannot hold it."""
    reading = "さとう\u00a0ひろし"
    for width in range(30, 160, 4):
        lines = [line.strip("\u00a0 ") for line in lines_of(riders, width, size=7.5)]
        assert "".join(lines).replace("\u00a0", "").replace(" ", "") == riders.replace("\u00a0", "").replace(
            " ", ""
        )
        held = [line for line in lines if any(k in line for k in "さとうひろし")]
        assert any(reading in line for line in held) or [
            "".join(k for k in line if k in "さとうひろし") for line in held
        ] == ["さとう", "ひろし"], (width, lines)
        # the opening bracket goes with the reading
        assert not any(line.endswith(("(", "（")) for line in lines), (width, lines)


def test_japanese_prose_in_kana_still_breaks_between_characters() -> None:
    text = "きょうはとてもよいてんきですね" * 3
    lines = lines_of(text, 60)
    assert "".join(lines) == text and all(fonts.string_width(line, 10) <= 60.01 for line in lines)
