"""The import preview shows what is stored: a member list's position and department, with no
organisation to hold them, go to the notes (field test 12, defect 10: the preview showed 职务 as a
position, and the import put it into the notes)."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import importing

WECOM = "姓名,职务,部门,手机,企业邮箱\n钱进,项目经理,武汉中心/项目部,13900001111,qianjin@wuhanhub.org\n"


def _record(tmp_path: Path) -> importing.ContactRecord:
    path = tmp_path / "wecom.csv"
    path.write_text(WECOM, encoding="utf-8")
    (rec,) = importing.load_file(path).records
    assert isinstance(rec, importing.ContactRecord) and rec.position_zh == "项目经理"
    return rec


def test_without_an_organisation_the_preview_shows_the_job_in_the_notes(db: Database, tmp_path: Path) -> None:
    rec = _record(tmp_path)
    shown = importing.as_stored(rec)
    assert isinstance(shown, importing.ContactRecord)
    assert (shown.position_zh, shown.department_zh) == ("", "")
    assert shown.notes == "职位：项目经理\n部门：武汉中心/项目部"
    assert rec.position_zh == "项目经理" and not rec.notes  # the file's record is left as it was
    # ... which is what the import stores
    with db.transaction() as session:
        importing.apply_import(session, importing.plan_import(session, [rec], "contacts"))
    with db.reading() as session:
        from sqlalchemy import select

        from petdesk import models as m

        contact = session.scalars(select(m.Contact)).one()
        assert contact.notes == shown.notes and not contact.affiliations


def test_with_the_organisation_given_the_preview_keeps_the_job(tmp_path: Path) -> None:
    shown = importing.as_stored(_record(tmp_path), "武汉中心")
    assert isinstance(shown, importing.ContactRecord)
    assert (shown.organisation_zh, shown.position_zh, shown.notes) == ("武汉中心", "项目经理", "")
