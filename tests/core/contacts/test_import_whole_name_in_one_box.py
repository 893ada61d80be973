"""A whole Chinese name typed into Outlook's First Name or Last Name box (field test 12, defect 4):
马云飞 in First Name became a given name with no family name. When exactly one of the two holds a
name of 2-4 Han characters (3-4 in First Name) and the other is empty, it is split as a full
name is."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing

#: Made for petdesk's tests, imitating Outlook's "Comma Separated Values" export on Chinese Windows
#: (GBK, English headers, the columns cut down to those that matter here).
OUTLOOK_CSV = (
    '"First Name","Middle Name","Last Name","Mobile Phone","E-mail Address"\r\n'
    '"马云飞","","","13971000001","mayf@example.cn"\r\n'
    '"","","司马相如","13971000002","simaxr@example.cn"\r\n'
    '"","","欧阳","13971000003","ouyang@example.cn"\r\n'
    '"修远","","欧阳","13971000004","xiuyuan@example.cn"\r\n'
    '"王","","","13971000005","wang@example.cn"\r\n'
    '"建国","","","13971000006","jianguo@example.cn"\r\n'
    '"","","马云","13971000007","mayun@example.cn"\r\n'
)


def test_a_whole_name_in_one_box_is_split(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_CSV.encode("gbk"))
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        stored = {
            (c.family_name_zh, c.given_name_zh)
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }
    assert stored == {
        ("马", "云飞"),  # First Name only
        ("司马", "相如"),  # Last Name only, a compound surname
        ("欧阳", ""),  # a compound surname alone stays the family name
        ("欧阳", "修远"),  # both boxes filled: as written
        ("", "王"),  # one character: nothing to split
        ("", "建国"),  # two characters in First Name: as likely a given name, kept as typed
        ("马", "云"),  # two characters in Last Name, not a compound surname: a whole name
    }
