"""Undoing the last import as one step (field test 58): the records it added deleted (restorable),
the fields it updated put back, the links it added removed; refused, by name, for a record changed
since, with the rest undone only when asked."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.enums import OrgKind
from petdesk.services import history, import_undo, importing
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _people_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Family Name", "Given Name", "Organisation", "Email", "Mobile"])
        writer.writerow(["Zhang", "Wei", "Qingdao Water Group", "zhang.wei@qdwater.cn", "+86 138 0000 1111"])
        writer.writerow(["Li", "Na", "Kunming Environment Bureau", "li.na@km.gov.cn", ""])
        writer.writerow(["Wang", "Fang", "Kunming Environment Bureau", "wang.fang@km.gov.cn", ""])
    return path


def _known_person(db: Database) -> str:
    """Zhang Wei as the office knew him before the import: no mobile, another e-mail, no job."""
    with db.transaction() as s:
        person = m.Contact(family_name="Zhang", given_name="Wei", notes="met in Hamburg")
        s.add(person)
        s.flush()
        s.add(m.ContactMethod(contact_id=person.id, channel="email", value="zhang.wei@qdwater.cn"))
        return person.id


def _live(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def test_contacts_import_undone_as_one_step(db: Database, tmp_path: Path) -> None:
    zhang = _known_person(db)
    people, orgs, methods = _live(db, m.Contact), _live(db, m.Organisation), _live(db, m.ContactMethod)
    report = _import(db, _people_csv(tmp_path / "partners.csv"))
    assert (report.count("added"), report.count("updated")) == (2, 1)
    assert _live(db, m.Contact) == people + 2 and _live(db, m.Organisation) == orgs + 2

    with db.reading() as s:
        plan = import_undo.plan_undo(s)
        assert plan.mark.file == "partners.csv" and plan.mark.kind == "contacts"
        assert (plan.deleted, plan.restored, plan.links, plan.changed, plan.kept) == (4, 0, 2, {}, {})
        assert "partners.csv" in import_undo.summary(plan)
    with db.transaction() as s:
        done = import_undo.undo_import(s, import_undo.plan_undo(s))
    assert (done.deleted, done.links, done.kept) == (4, 2, 0)

    assert (_live(db, m.Contact), _live(db, m.Organisation)) == (people, orgs)
    assert _live(db, m.ContactMethod) == methods
    with db.reading() as s:
        person = s.get(m.Contact, zhang)
        assert [a for a in person.affiliations if a.deleted_at is None] == []
        assert [c.value for c in person.methods if c.deleted_at is None] == ["zhang.wei@qdwater.cn"]
        assert import_undo.last_import(s) is None  # one undo per import
        with pytest.raises(import_undo.UndoImportError, match="no import to undo"):
            import_undo.plan_undo(s)
        li = s.scalar(select(m.Contact.id).where(m.Contact.family_name == "Li"))
    with db.transaction() as s:  # deleted, not erased: Deleted Records brings Li Na back whole
        history.restore_record(s, li)
    with db.reading() as s:
        assert [c.value for c in s.get(m.Contact, li).methods if c.deleted_at is None] == ["li.na@km.gov.cn"]


def test_updated_fields_go_back(db: Database, tmp_path: Path) -> None:
    zhang = _known_person(db)
    path = tmp_path / "notes.csv"
    path.write_text("Family Name,Given Name,Email,Notes\nZhang,Wei,zhang.wei@qdwater.cn,desalination\n")
    with db.transaction() as s:
        importing.import_file(s, path, on_match="update")
    with db.reading() as s:
        assert "desalination" in s.get(m.Contact, zhang).notes
        plan = import_undo.plan_undo(s)
        assert (plan.deleted, plan.restored, plan.links) == (0, 1, 0)
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s))
    with db.reading() as s:
        assert s.get(m.Contact, zhang).notes == "met in Hamburg"


def test_refused_after_a_later_edit_then_the_rest_undone(db: Database, tmp_path: Path) -> None:
    people = _live(db, m.Contact)
    _import(db, _people_csv(tmp_path / "partners.csv"))
    with db.transaction() as s:  # someone corrects Li Na after the import
        li = s.scalar(select(m.Contact).where(m.Contact.family_name == "Li"))
        li.notes = "prefers WeChat"

    with db.transaction() as s:
        plan = import_undo.plan_undo(s)
        with pytest.raises(import_undo.UndoImportError) as refused:
            import_undo.undo_import(s, plan)
    assert "Na Li" in str(refused.value) and "1 record was changed" in str(refused.value)
    assert _live(db, m.Contact) == people + 3  # nothing undone

    with db.transaction() as s:
        # her job's organisation stays too: her job still names it
        done = import_undo.undo_import(s, import_undo.plan_undo(s), skip_changed=True)
    assert done.kept == 2 and done.deleted == 3  # Zhang Wei, Wang Fang, Qingdao Water Group
    with db.reading() as s:
        live = s.scalars(select(m.Contact.family_name).where(m.Contact.deleted_at.is_(None))).all()
        assert "Li" in live and "Zhang" not in live and "Wang" not in live
        assert s.scalar(select(m.Contact.notes).where(m.Contact.family_name == "Li")) == "prefers WeChat"
        kunming = s.scalar(
            select(m.Organisation).where(m.Organisation.name_en == "Kunming Environment Bureau")
        )
        assert kunming.deleted_at is None


def test_refusal_in_chinese(db: Database, tmp_path: Path, tree_catalogue: Path) -> None:
    _import(db, _people_csv(tmp_path / "partners.csv"))
    with db.transaction() as s:
        s.scalar(select(m.Contact).where(m.Contact.family_name == "Wang")).notes = "新同事"
    with db.reading() as s:
        plan = import_undo.plan_undo(s, locale="zh_CN")
        said = import_undo.refusal(plan, "zh_CN")
        assert "导入" in said and "(" not in said
        assert "撤销" in import_undo.summary(plan, "zh_CN")


def _catalogue(path: Path, *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name_en", "name_zh", "provider", "sector", "trl"])
        writer.writerows(rows)
    return path


def test_catalogue_import_undone(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        provider = m.Organisation(name_en="Aqua Tech GmbH", name_zh="", kind=OrgKind.ENTERPRISE)
        s.add(provider)
        s.flush()
        known = m.Technology(name_en="Membrane bioreactor", provider_organisation_id=provider.id, trl=6)
        s.add(known)
        s.flush()
        known_id = known.id
    path = _catalogue(
        tmp_path / "catalogue.csv",
        ["Membrane bioreactor", "膜生物反应器", "Aqua Tech GmbH", "wastewater", "8"],
        ["Sludge drying", "污泥干化", "Eco Dry AG", "waste", "7"],
    )
    with db.transaction() as s:
        flat.import_catalogue(s, path, "technologies")
    with db.reading() as s:
        plan = import_undo.plan_undo(s)
        assert plan.mark.kind == "technologies"
        assert (plan.deleted, plan.restored) == (2, 1)  # Sludge drying and Eco Dry AG; the bioreactor
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s))
    with db.reading() as s:
        tech = s.get(m.Technology, known_id)
        assert (tech.trl, tech.name_zh) == (6, "")
        names = s.scalars(select(m.Technology.name_en).where(m.Technology.deleted_at.is_(None))).all()
        assert names == ["Membrane bioreactor"]
        assert s.scalar(select(m.Organisation.deleted_at).where(m.Organisation.name_en == "Eco Dry AG"))


def test_dry_run_keeps_the_last_import(db: Database, tmp_path: Path) -> None:
    _import(db, _people_csv(tmp_path / "partners.csv"))
    other = tmp_path / "other.csv"
    other.write_text("Family Name,Given Name\nChen,Ping\n")
    with pytest.raises(RuntimeError), db.transaction() as s:
        importing.import_file(s, other)
        raise RuntimeError("rolled back as a dry run is")
    with db.reading() as s:
        assert import_undo.last_import(s).file == "partners.csv"


def test_a_record_put_to_use_since_is_named(db: Database, tmp_path: Path) -> None:
    """An organisation the import added that someone's job names since stays, said by name."""
    zhang = _known_person(db)
    with db.transaction() as s:
        s.get(m.Contact, zhang).family_name = "Zhao"  # no longer matched by the file's Zhang Wei
    _import(db, _people_csv(tmp_path / "partners.csv"))
    with db.transaction() as s:
        kunming = s.scalar(
            select(m.Organisation.id).where(m.Organisation.name_en == "Kunming Environment Bureau")
        )
        s.add(m.Affiliation(contact_id=zhang, organisation_id=kunming))
    with db.reading() as s:
        plan = import_undo.plan_undo(s)
        assert list(plan.changed.values()) == ["Kunming Environment Bureau"]
        # the people who work there go: a deleted person's job naming it harms nobody
        assert len(plan.kept) == 1 and plan.deleted == 4


def test_planned_again_only_when_something_was_logged_since(db: Database, tmp_path: Path) -> None:
    """The transaction that undoes plans again (a sync may have come in after the question) only when
    the change log moved: planning reads the whole import."""
    _known_person(db)
    _import(db, _people_csv(tmp_path / "partners.csv"))
    with db.reading() as s:
        plan = import_undo.plan_undo(s)
    with db.transaction() as s:
        assert import_undo.planned_again(s, plan) is plan
        li = s.scalar(select(m.Contact).where(m.Contact.family_name == "Li"))
        li.notes = "called on Monday"
    with db.transaction() as s:
        again = import_undo.planned_again(s, plan)
        assert again is not plan and list(again.changed) == [("contact", li.id)]
        assert import_undo.planned_again(s, again) is again
