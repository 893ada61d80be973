"""vCard reading and writing at the level of the format, and the vCard side of import/export."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.services import exporting, importing, vcard
from tests.core.contacts.io_helpers import DATA_DIR


def test_folded_lines_escapes_and_groups() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;John;;;\r\n"
        "NOTE:first part\r\n  second\\, part\\nnew line\r\n"
        "item1.EMAIL;type=INTERNET;type=WORK:j@example.org\r\nEND:VCARD\r\n"
    )
    (card,) = vcard.parse(text.encode())
    assert card.version == "3.0"
    assert card.first("NOTE").text() == "first part second, part\nnew line"
    email = card.first("EMAIL")
    assert email.group == "item1" and email.types == {"internet", "work"}
    assert card.first("N").components() == ["Smith", "John", "", "", ""]


def test_quoted_printable_with_soft_breaks_and_charsets() -> None:
    cards = vcard.parse((DATA_DIR / "android_v21.vcf").read_bytes())
    assert [c.version for c in cards] == ["2.1", "2.1"]
    first, second = importing.records_from_vcards(cards)
    assert (first.family_name_zh, first.given_name_zh) == ("张", "伟")
    assert first.organisation_zh == "北京绿色科技有限公司"  # joined across the soft line break
    assert first.position_zh == "技术总监"
    assert (ContactChannel.PHONE, ChannelLabel.MOBILE, "13800138000") in first.methods
    assert (ContactChannel.EMAIL, ChannelLabel.HOME, "zhang.wei@bjgreen.cn") in first.methods
    # CHARSET=GBK quoted-printable, two characters alone in the given-name slot: kept as the given
    # name, as the CSV importer keeps them (a phone's child or nickname 小红; field test 35, D6).
    assert (second.family_name_zh, second.given_name_zh) == ("", "陈静")
    assert second.notes == "在广州会议上认识"


def test_whole_file_in_gb18030() -> None:
    data = "BEGIN:VCARD\nVERSION:3.0\nN:李;娜\nFN:李娜\nORG:上海环境能源交易所\nEND:VCARD\n".encode("gb18030")
    (rec,) = importing.records_from_vcards(vcard.parse(data))
    assert rec.family_name_zh + rec.given_name_zh == "李娜"
    assert rec.organisation_zh == "上海环境能源交易所"


def test_iphone_export() -> None:
    li, smith = importing.records_from_vcards(vcard.parse((DATA_DIR / "iphone_v30.vcf").read_bytes()))
    assert (li.family_name_zh, li.given_name_zh, li.family_name) == ("李", "娜", "")
    assert li.department_zh == "国际合作部"
    assert (ContactChannel.WECHAT, ChannelLabel.OTHER, "lina_sh") in li.methods
    assert li.notes == "Interested in carbon markets, green finance\nand MRV training.Prefers Chinese."
    assert li.tags == ["carbon", "finance"]
    assert (smith.family_name, smith.given_name, smith.honorific_en) == ("Smith", "John", "Dr.")
    assert smith.name_order == NameOrder.GIVEN_FIRST
    assert (ContactChannel.SKYPE, ChannelLabel.OTHER, "john.smith.wri") in smith.methods


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"BEGIN:VCARD\nVERSION:3.0\nN:A;B\nFN:B A\n", 1, "truncated"),
        (b"BEGIN:VCARD\nVERSION:3.0\nN:A;B\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:C\n", 5, "truncated"),
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:ok\nNOTE:\x80\x81\x98\xff\nEND:VCARD\n", 4, "not valid in any"),
        (b"BEGIN:VCARD\nVERSION:3.0\nthis line has no colon\nEND:VCARD\n", 3, "no ':'"),
        (b"FN:stray\n", 1, "outside any BEGIN:VCARD"),
        (b"BEGIN:VCARD\nVERSION:3.0\nBEGIN:VCARD\n", 3, "missing END:VCARD"),
    ],
)
def test_errors_name_the_line(data: bytes, line: int, words: str) -> None:
    with pytest.raises(vcard.VCardError) as info:
        vcard.parse(data)
    assert info.value.line == line
    assert words in str(info.value)
    assert str(info.value).startswith(f"line {line}:")


def test_writer_folds_at_75_octets_without_cutting_characters() -> None:
    card = vcard.VCard()
    card.add("NOTE", vcard.escape("环境技术合作，" * 40 + "end"))
    text = vcard.serialize([card])
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert vcard.parse(text.encode())[0].first("NOTE").text() == "环境技术合作，" * 40 + "end"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_any_text_value_survives_write_and_read(value: str) -> None:
    card = vcard.VCard()
    card.add("NOTE", vcard.escape(value))
    card.add("ORG", vcard.structured(value, "dept;with,specials"))
    (back,) = vcard.parse(vcard.serialize([card]).encode("utf-8"))
    assert back.first("NOTE").text() == value
    assert back.first("ORG").components() == [value, "dept;with,specials"]


def test_apple_phonetic_names_are_kept_even_where_they_agree_with_the_pinyin(
    db: Database, tmp_path: Path
) -> None:
    """An iPhone's X-PHONETIC-FIRST-NAME / X-PHONETIC-LAST-NAME were dropped, uncounted, when they spelt
    the pinyin petdesk derives (李娜: Li / Na; 张伟 with tones): only petdesk's own cards carry derived
    pinyin that petdesk can derive again."""
    li, _ = importing.records_from_vcards(vcard.parse((DATA_DIR / "iphone_v30.vcf").read_bytes()))
    assert (li.phonetic_family_name, li.phonetic_given_name) == ("Li", "Na") and not li.dropped
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\nN:张;伟;;;\r\nFN:张伟\r\n"
        "X-PHONETIC-FIRST-NAME:Wěi\r\nX-PHONETIC-LAST-NAME:Zhāng\r\nEND:VCARD\r\n"
    )
    (zhang,) = importing.records_from_vcards(vcard.parse(card))
    assert (zhang.phonetic_family_name, zhang.phonetic_given_name) == ("Zhāng", "Wěi")
    path = tmp_path / "iphone.vcf"
    path.write_text(card, encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        (c,) = s.scalars(select(m.Contact))
        assert (c.phonetic_family_name, c.phonetic_given_name) == ("Zhāng", "Wěi")
    # petdesk's own card of a contact without a reading carries the derived pinyin: not stored.
    with db.transaction() as s:
        wang = m.Contact(family_name_zh="王", given_name_zh="芳")
        s.add(wang)
        s.flush()
        own = tmp_path / "own.vcf"
        exporting.export_contacts(s, own, "vcf", ids=[wang.id], vcard_version="3.0")
    assert "X-PHONETIC-LAST-NAME:Wang" in own.read_text(encoding="utf-8")
    (again,) = importing.records_from_vcards(vcard.parse(own.read_bytes()))
    assert (again.phonetic_family_name, again.phonetic_given_name) == ("", "")


def test_card_ends_knows_an_agent_card_from_a_card_of_the_file() -> None:
    """Where a large file may be cut: after the last line of each of the four cards of the 2.1
    file with an AGENT, not after the END:VCARD of the agent's own card; glued cards and blank
    lines as the parser reads them."""
    lines = (DATA_DIR / "visualcard_four_v21_agent.vcf").read_text(encoding="utf-8").splitlines(keepends=True)
    ends = vcard.CardEnds()
    cuts = [n for n, line in enumerate(lines, start=1) if ends(line)]
    assert len(cuts) == 4 and cuts[-1] == len(lines)
    assert lines[cuts[0] - 2].startswith("X-AIM:john.s")  # John's card, not Joe's inside it

    glued = vcard.CardEnds()
    said = [
        glued(line)
        for line in ("BEGIN:VCARD\n", "FN:A\n", "AGENT:\n", "\n", "BEGIN:VCARD\n", "FN:B\n", "END:VCARD\n")
    ]
    assert not any(said)  # B's card is A's agent, across the blank line
    assert glued("END:VCARDBEGIN:VCARD\n") is False  # A ends and C begins on one line
    assert glued("END:VCARD\n") is True
