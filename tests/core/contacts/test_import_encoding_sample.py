"""The preview's encoding line shows a sample only when it helps: a reading that was guessed, and then
a line with a name. A phone's vCard said "编码 utf-8（纯 ASCII）：BEGIN:VCARD" (import49, field test 64)."""

from __future__ import annotations

import codecs
from pathlib import Path

from petdesk.i18n import translator
from petdesk.services import importing
from tests.core.test_field_64_first_week import huawei_cards


def test_a_plain_ascii_vcard_shows_no_sample(tmp_path: Path) -> None:
    note = importing.load_file(huawei_cards(tmp_path / "00001.vcf")).encoding_note(translator("zh_CN"))
    assert note == "编码 utf-8（纯 ASCII）", note


def test_a_guessed_vcard_shows_a_line_with_a_name(tmp_path: Path) -> None:
    path = tmp_path / "gbk.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:唐山市生态环境局\r\nN:张;伟;;;\r\nFN:张伟\r\nEND:VCARD\r\n"
    path.write_bytes(card.encode("gb18030"))
    note = importing.load_file(path).encoding_note()
    assert note.startswith("encoding gb18030") and note.endswith(": N:张;伟;;;"), note


def test_a_file_with_a_byte_order_mark_shows_no_sample(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "姓名,邮箱\n张伟,zw@example.cn\n".encode())
    assert importing.load_file(path).encoding_note() == "encoding utf-8-sig (byte-order mark)"


def test_a_guessed_csv_still_shows_its_sample(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("姓名,邮箱\n张伟,zw@example.cn\n".encode("gb18030"))
    assert importing.load_file(path).encoding_note().endswith(": 姓名,邮箱")
