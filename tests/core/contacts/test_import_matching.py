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
