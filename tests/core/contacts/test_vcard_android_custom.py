"""Android's vCard 2.1 export (Huawei, Xiaomi) writes the nickname, relations and dates as
``X-ANDROID-CUSTOM`` rows. The nickname used to be dropped and the report said only
"1 × X-ANDROID-CUSTOM" (field test 12, defect 3): now the nickname, relations and dates are kept,
and any other such row is named in plain words."""

from __future__ import annotations

import quopri
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, vcard


def _qp(text: str) -> str:
    """Quoted-printable UTF-8 as Android writes it, with a soft line break after 70 characters."""
    encoded = quopri.encodestring(text.encode()).decode().replace("=\n", "")
    return "=\r\n".join(encoded[i : i + 70] for i in range(0, len(encoded), 70))


def _custom(kind: str, *data: str) -> str:
    value = ";".join((f"vnd.android.cursor.item/{kind}", *data, *[""] * (14 - len(data))))
    return f"X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(value)}\r\n"


#: Made for petdesk's tests, imitating a Huawei P40's vCard 2.1 export (CRLF, UTF-8 QP).
HUAWEI_CARD = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('欧阳;修远;;;')}\r\n"
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('欧阳修远')}\r\n"
    + _custom("nickname", "老欧", "1")
    + _custom("relation", "欧阳夫人", "14")
    + _custom("relation", "周老师", "0", "导师")
    + _custom("contact_event", "2001-10-01", "1")
    + _custom("contact_event", "1980-03-02", "3")
    + _custom("contact_event", "2019-05-20", "0", "入职")
    + _custom("sip_address", "ouyang@sip.example.cn", "1")
    + "TEL;CELL:+86 186 2700 5566\r\nEND:VCARD\r\n"
)


def test_android_custom_rows_are_read() -> None:
    (rec,) = importing.records_from_vcards(vcard.parse(HUAWEI_CARD.encode()))
    assert (rec.family_name_zh, rec.given_name_zh) == ("欧阳", "修远")
    assert rec.nickname == "老欧"
    assert rec.related_names == [{"type": "spouse", "name": "欧阳夫人"}, {"type": "导师", "name": "周老师"}]
    assert (rec.anniversary, rec.birthday) == ("2001-10-01", "1980-03-02")
    assert rec.dropped == {"event 入职": 1, "Android sip address": 1}  # named, not "X-ANDROID-CUSTOM"


def test_the_nickname_is_stored_and_the_report_names_what_was_left_out(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "huawei.vcf"
    path.write_text(HUAWEI_CARD, encoding="ascii", newline="")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert "X-ANDROID-CUSTOM" not in report.summary()
    assert "Android sip address" in report.summary()
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        assert person.nickname == "老欧"
        assert person.anniversary == "2001-10-01"
        assert {"type": "spouse", "name": "欧阳夫人"} in person.related_names


def test_the_report_names_them_in_chinese(db: Database, tmp_path: Path) -> None:
    """Field test 12: "Android sip address" and "event 入职" stayed English in a Chinese report."""
    from petdesk.i18n import translator

    path = tmp_path / "huawei.vcf"
    path.write_text(HUAWEI_CARD, encoding="ascii", newline="")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    chinese = report.summary(translator("zh_CN"))
    assert "1 × 日期（入职）" in chinese and "1 × 安卓数据（sip address）" in chinese, chinese
    assert "event" not in chinese and "Android" not in chinese, chinese
    assert "1 × Android sip address" in report.summary()  # English as before


def test_a_photo_left_out_says_why_in_chinese() -> None:
    from petdesk.i18n import translator
    from petdesk.services.duplicates import translate_reason

    card = HUAWEI_CARD.replace("END:VCARD", "PHOTO;VALUE=URI:https://example.cn/ouyang.jpg\r\nEND:VCARD")
    (rec,) = importing.records_from_vcards(vcard.parse(card.encode()))
    (warning,) = rec.warnings
    assert warning == "photo left out: the photo is a link, not a picture in the file"
    assert translate_reason(warning, translator("zh_CN")) == "照片未导入：照片是链接，不是文件中的图片"
