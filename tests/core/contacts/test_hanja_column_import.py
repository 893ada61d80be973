"""A Korean list's Hanja column ("한자", "성명(한자)", "漢字", "Name (Hanja)" …) fills the contact's Hanja
field (0055) instead of the notes, for a new person and for one the import matches. Han characters
only: anything else stays in the notes labelled as before. A Hanja the person already has stays, and
the row's outcome says so; a note "한자: 李敏鎬" written by an import before the field existed stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import importing
from petdesk.services.duplicates import translate_reason
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


@pytest.mark.parametrize(
    "header", ["한자", "성명(한자)", "이름(한자)", "漢字", "Hanja", "Name (Hanja)", "한자 성명"]
)
def test_korean_hanja_headers_map_to_the_hanja_field(header: str) -> None:
    mapping = importing.guess_mapping(["성명", header, "이메일"])
    assert mapping == {0: "full_name", 1: "name_hanja", 2: "email"}


def _list(tmp_path: Path, rows: str, header: str = "한자") -> Path:
    path = tmp_path / "list.csv"
    path.write_text(f"성명,{header},이메일,비고\n{rows}", encoding="utf-8")
    return path


def _person(db: Database, email: str) -> m.Contact:
    with db.reading() as s:
        return next(c for c in s.scalars(select(m.Contact)) if any(cm.value == email for cm in c.methods))


def test_only_han_characters_fill_the_field(db: Database, tmp_path: Path) -> None:
    rows = (
        "이민호,李敏鎬,minho@example.kr,단장\n"
        "선우재현,鮮于 在賢,jh@example.kr,\n"  # a two-syllable family name written apart
        "윤아름,尹아름,areum@example.kr,\n"  # a Hangul given name has no Hanja
        "김하늘,Kim,haneul@example.kr,\n"
    )
    with db.transaction() as s:
        report = importing.import_file(s, _list(tmp_path, rows, header="성명(한자)"))
    assert report.counts == {"added": 4} and not report.dropped
    lee = _person(db, "minho@example.kr")
    assert (lee.name_hanja, lee.notes) == ("李敏鎬", "단장")
    assert _person(db, "jh@example.kr").name_hanja == "鮮于 在賢"
    for email, note in (("areum@example.kr", "성명(한자): 尹아름"), ("haneul@example.kr", "성명(한자): Kim")):
        person = _person(db, email)
        assert (person.name_hanja, person.notes) == ("", note)


def test_a_matched_person_without_hanja_gets_it(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        cs.create_contact(
            s, family_name_zh="이", given_name_zh="민호", methods=[cs.Method("email", "minho@example.kr")]
        )
    with db.transaction() as s:
        report = importing.import_file(s, _list(tmp_path, "이민호,李敏鎬,minho@example.kr,\n"))
    assert report.counts == {"updated": 1}
    assert report.outcomes[0].changes == ["name_hanja"] and report.outcomes[0].warnings == []
    assert _person(db, "minho@example.kr").name_hanja == "李敏鎬"


def test_a_known_hanja_that_differs_is_kept_and_reported(
    db: Database, tmp_path: Path, tree_catalogue: Path
) -> None:
    with db.transaction() as s:
        cs.create_contact(
            s, family_name_zh="이", given_name_zh="민호", name_hanja="李敏鎬",
            methods=[cs.Method("email", "minho@example.kr")],
        )  # fmt: skip
    with db.transaction() as s:
        report = importing.import_file(s, _list(tmp_path, "이민호,李敏浩,minho@example.kr,단장\n"))
    outcome = report.outcomes[0]
    assert (outcome.action, outcome.changes) == ("updated", ["notes"])  # 단장, not the Hanja
    assert outcome.warnings == ["Hanja “李敏浩” differs from the one on file (“李敏鎬”); not kept"]
    chinese = translate_reason(outcome.warnings[0], i18n.translator("zh_CN"))
    assert chinese == "韩文汉字“李敏浩”与已有的“李敏鎬”不同，未保存"
    person = _person(db, "minho@example.kr")
    assert (person.name_hanja, person.notes) == ("李敏鎬", "단장")
    # the same Hanja again is no change and no warning
    with db.transaction() as s:
        again = importing.import_file(s, _list(tmp_path, "이민호,李敏鎬,minho@example.kr,단장\n"))
    assert (again.outcomes[0].action, again.outcomes[0].warnings) == ("skipped", [])


def test_a_note_from_an_import_before_the_field_stays(db: Database, tmp_path: Path) -> None:
    """Imported before 0055, the Hanja is a line of the notes: a new import fills the field and leaves
    the line (someone may have written more around it; the notes are never rewritten by an import)."""
    with db.transaction() as s:
        cs.create_contact(
            s, family_name_zh="이", given_name_zh="민호", notes="한자: 李敏鎬\n단장",
            methods=[cs.Method("email", "minho@example.kr")],
        )  # fmt: skip
    with db.transaction() as s:
        report = importing.import_file(s, _list(tmp_path, "이민호,李敏鎬,minho@example.kr,단장\n"))
    assert report.outcomes[0].changes == ["name_hanja"]
    person = _person(db, "minho@example.kr")
    assert (person.name_hanja, person.notes) == ("李敏鎬", "한자: 李敏鎬\n단장")


@pytest.mark.parametrize("in_one_pass", [False, True])
def test_the_plan_warns_before_the_import(db: Database, tmp_path: Path, in_one_pass: bool) -> None:
    """The matches page shows a row's warnings: the kept Hanja is said there, and once in the report.
    The window checks a plan's updates after planning; ``check=True`` does both in one pass."""
    with db.transaction() as s:
        cs.create_contact(
            s, family_name_zh="이", given_name_zh="민호", name_hanja="李敏鎬",
            methods=[cs.Method("email", "minho@example.kr")],
        )  # fmt: skip
    loaded = importing.load_file(_list(tmp_path, "이민호,李敏浩,minho@example.kr,단장\n"))
    kept = "Hanja “李敏浩” differs from the one on file (“李敏鎬”); not kept"
    with db.reading() as s:
        plan = importing.plan_import(s, loaded, "contacts", check=in_one_pass)
        importing.check_updates(s, plan)
    assert [item.record.warnings for item in plan.items] == [[kept]]
    with db.transaction() as s:
        report = importing.run_import(s, loaded, "contacts")
    assert report.outcomes[0].warnings == [kept]
