"""Matching never merges two people on a name alone (issue 13): 张伟 of Qingdao is not 张伟 of Chengdu."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import duplicates, importing


def _chengdu_zhang_wei(db: Database) -> str:
    with db.transaction() as s:
        org = m.Organisation(id="org-cd", name_zh="成都某某环保科技有限公司", name_en="Chengdu Green Tech")
        person = m.Contact(
            id="c-zw", family_name_zh="张", given_name_zh="伟", family_name="Zhang", given_name="Wei"
        )
        s.add_all([org, person])
        s.add(m.Affiliation(contact=person, organisation=org, position_zh="总经理"))
        s.add(
            m.ContactMethod(
                contact=person,
                channel=ContactChannel.EMAIL,
                label=ChannelLabel.WORK,
                value="zhang.wei@cdgreen.example.cn",
                normalized="zhang.wei@cdgreen.example.cn",
            )
        )
    return "c-zw"


def _import(db: Database, path: Path, **kwargs) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path, **kwargs)


def test_a_namesake_at_another_organisation_is_added_flagged_and_the_first_is_untouched(
    db: Database, tmp_path: Path
) -> None:
    first = _chengdu_zhang_wei(db)
    path = tmp_path / "qingdao.csv"
    path.write_text(
        "姓名,单位,职务,邮箱\n张伟,青岛市生态环境局,处长,zhangwei@qdepb.example.cn\n", encoding="utf-8"
    )
    report = _import(db, path)
    assert len(report.added) == 1 and not report.updated
    added = report.added[0]
    assert added.possible_match and first in added.candidates
    assert "possible match" in added.reason and "another organisation" in added.reason
    with db.reading() as s:
        old = s.get(m.Contact, first)
        assert [a.organisation.name_zh for a in old.affiliations] == ["成都某某环保科技有限公司"]
        assert [a.position_zh for a in old.affiliations] == ["总经理"]
        assert [cm.value for cm in old.methods] == ["zhang.wei@cdgreen.example.cn"]
        new = s.get(m.Contact, added.record_id)
        assert new.name_zh == "张伟"
        assert [cm.value for cm in new.methods] == ["zhangwei@qdepb.example.cn"]
        pairs = duplicates.find_contact_duplicates(s, contact_id=new.id)
        assert [(p.first_id, p.second_id) for p in pairs] == [tuple(sorted((first, new.id)))]


def test_name_and_same_organisation_update_and_a_name_only_row_is_not_copied_again(
    db: Database, tmp_path: Path
) -> None:
    first = _chengdu_zhang_wei(db)
    path = tmp_path / "cd.csv"
    path.write_text("姓名,单位,手机\n张伟,成都某某环保科技有限公司,13900001111\n", encoding="utf-8")
    report = _import(db, path)
    assert [o.record_id for o in report.updated] == [first]
    bare = tmp_path / "bare.csv"
    bare.write_text("姓名,备注\n张伟,\n", encoding="utf-8")
    report = _import(db, bare)
    assert not report.added and not report.updated
    with db.reading() as s:
        assert len(s.scalars(select(m.Contact)).all()) == 1


def test_a_trunk_zero_in_brackets_after_the_country_code_is_the_same_number(
    db: Database, tmp_path: Path
) -> None:
    """ "+49 (0)30 123456" is "+49 30 123456": the "(0)" is not dialled after the country code. Kept
    as a digit, the two numbers had different keys and the row became a second person."""
    from petdesk.services.matching import normalize_phone, phone_key

    assert normalize_phone("+49 (0)170 1234567") == normalize_phone("+49 170 1234567") == "491701234567"
    assert normalize_phone("0049 (0) 30-123456") == normalize_phone("+49 30 123456")
    assert phone_key("+49(0)30 123456") == phone_key("+49 30 123456")
    assert normalize_phone("(010) 6512 3456") == "01065123456"  # a trunk zero with no country code stays
    with db.transaction() as s:
        anna = m.Contact(family_name="Schmidt", given_name="Anna")
        s.add(anna)
        s.add(
            m.ContactMethod(
                contact=anna,
                channel=ContactChannel.PHONE,
                label=ChannelLabel.WORK,
                value="+49 30 123456",
                normalized="4930123456",
            )
        )
    path = tmp_path / "phones.csv"
    path.write_text("Phone,E-mail\n+49 (0)30 123456,anna.schmidt@example.de\n", encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.added and len(report.updated) == 1
    with db.reading() as s:
        (contact,) = s.scalars(select(m.Contact))
        assert sorted(cm.value for cm in contact.methods) == ["+49 30 123456", "anna.schmidt@example.de"]
    # Duplicate detection compares them as one number too.
    assert duplicates._phone_key("+49 (0)30 123456") == duplicates._phone_key("+49 30 123456")


def test_numbers_entered_in_the_window_leave_out_the_trunk_zero_too(db: Database) -> None:
    """The window's contacts service stored "+44 (0)20 7946 0958" under "4402079460958" (its own
    digits-only key), which neither the number written without "(0)" nor the rows the import and
    migration 0026 key found; now its key is the import's, whichever way the number is written."""
    from petdesk.services import contacts

    with db.transaction() as s:
        made = contacts.create_contact(
            s, family_name="Clarke", methods=[contacts.Method(ContactChannel.PHONE, "+44 (0)20 7946 0958")]
        )
        (method,) = made.methods
        assert method.normalized == "442079460958"
        for spelling in ("+44 20 7946 0958", "+44 (0)20 7946 0958"):
            assert [c.id for c in contacts.find_contacts(s, phone=spelling)] == [made.id]
