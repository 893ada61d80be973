"""Names61b: people stored before names61 from "Mr. and Mrs. ZHANG Wei" have "ZHANG" as their given
name and "Wei" as their family one (the couple's wording in a "Written as" / "原写法：" line, or the
couple's words still in the name). ``petdesk tidy-names`` proposes the split today's import makes of
the cell, says why, and applies and undoes it as it does its other changes; a case it cannot be sure
of is left alone."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import NameOrder
from petdesk.services import check, history, name_title_tidy
from petdesk.services import contacts as cs

Stored = tuple[str, str, str, str]


def _people(db: Database) -> None:
    with db.transaction() as s:
        # names60's import of a whole-name cell: the couple off, split at the last word
        cs.create_contact(
            s, given_name="ZHANG", family_name="Wei", notes="Written as: Mr. and Mrs. ZHANG Wei"
        )
        # before names60: the couple's words still in the given name
        cs.create_contact(s, given_name="Mr. and Mrs. WANG", family_name="Fang")
        # Outlook's First Name alone, beside a Chinese name: the line in Chinese
        cs.create_contact(
            s, given_name="LI Hua", family_name_zh="李", given_name_zh="华", notes="原写法：Mr. & Mrs. LI Hua"
        )
        cs.create_contact(s, given_name="Sr. y Sra. CHEN Jie")
        # not sure, or right already: left alone
        cs.create_contact(s, given_name="Zhou", family_name="Min", notes="Written as: Mr. and Mrs. Zhou Min")
        cs.create_contact(s, given_name="Anna", family_name="Gao", notes="Written as: Mr. and Mrs. GAO Lei")
        cs.create_contact(
            s,
            given_name="Jun",
            family_name="Xu",
            name_order=NameOrder.FAMILY_FIRST,
            notes="Written as: M. et Mme XU Jun",
        )


def _stored(db: Database) -> list[Stored]:
    with db.reading() as s:
        people = s.query(m.Contact).order_by(m.Contact.created_at, m.Contact.id)
        return sorted((p.given_name, p.family_name, str(p.name_order), p.notes) for p in people)


GF, FF = str(NameOrder.GIVEN_FIRST), str(NameOrder.FAMILY_FIRST)
BEFORE = sorted(
    [
        ("ZHANG", "Wei", GF, "Written as: Mr. and Mrs. ZHANG Wei"),
        ("Mr. and Mrs. WANG", "Fang", GF, ""),
        ("LI Hua", "", GF, "原写法：Mr. & Mrs. LI Hua"),
        ("Sr. y Sra. CHEN Jie", "", GF, ""),
        ("Zhou", "Min", GF, "Written as: Mr. and Mrs. Zhou Min"),
        ("Anna", "Gao", GF, "Written as: Mr. and Mrs. GAO Lei"),
        ("Jun", "Xu", FF, "Written as: M. et Mme XU Jun"),
    ]
)
AFTER = sorted(
    [
        ("Wei", "Zhang", FF, "Written as: Mr. and Mrs. ZHANG Wei"),
        ("Fang", "Wang", FF, "Written as: Mr. and Mrs. WANG Fang"),
        ("Hua", "LI", FF, "原写法：Mr. & Mrs. LI Hua"),  # capitals kept beside 李华, as the import keeps them
        ("Jie", "Chen", FF, "Written as: Sr. y Sra. CHEN Jie"),
        ("Zhou", "Min", GF, "Written as: Mr. and Mrs. Zhou Min"),
        ("Anna", "Gao", GF, "Written as: Mr. and Mrs. GAO Lei"),
        ("Jun", "Xu", FF, "Written as: M. et Mme XU Jun"),
    ]
)


def test_names61b_the_plan_says_why(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        plan = {mv.old_given: mv for mv in name_title_tidy.plan_tidy(s)}
    assert sorted(plan) == ["LI Hua", "Mr. and Mrs. WANG", "Sr. y Sra. CHEN Jie", "ZHANG"]
    assert plan["ZHANG"].reason == name_title_tidy.REASON_WRITTEN_AS
    assert plan["Mr. and Mrs. WANG"].reason == name_title_tidy.REASON_COUPLE_FAMILY_FIRST


def test_names61b_dry_run_apply_undo(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    _people(db)
    assert main(["--db", str(db.path), "tidy-names"]) == 0
    out = capsys.readouterr().out
    assert "ZHANG Wei → Zhang Wei (family name first; no honorific)" in out
    assert "“Written as” line shows a couple written family name first" in out
    assert "4 people to tidy." in out
    assert _stored(db) == BEFORE
    assert main(["--db", str(db.path), "tidy-names", "--apply"]) == 0
    assert "4 people tidied." in capsys.readouterr().out
    assert _stored(db) == AFTER
    with db.reading() as s:  # in the person's History, as an edit of this office
        zhang = s.query(m.Contact).filter_by(family_name="Zhang").one()
        assert any("ZHANG" in str(line) for line in history.record_history(s, "contact", zhang.id))
    assert main(["--db", str(db.path), "tidy-names"]) == 0
    assert "0 people to tidy." in capsys.readouterr().out  # a second run finds nothing
    assert main(["--db", str(db.path), "tidy-names", "--undo"]) == 0
    assert _stored(db) == BEFORE


def test_names61b_check_counts_them(db: Database) -> None:
    _people(db)
    findings = [f for f in check.check(Path(db.path)).findings if "tidy-names" in f.text]
    # couples, not titles (review 62)
    assert [f.text.split(" (")[0] for f in findings] == ["4 contacts are couples written as one"]
