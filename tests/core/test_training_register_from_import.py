"""A training's registration forms enrol their people as they are imported (field test 68): the
coordinator had to find and register each registrant by hand after importing the forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import TrainingRole
from petdesk.services import trainings as ts
from tests.helpers.survey_lists import REGISTRANTS, tencent_csv, wenjuanxing_xlsx
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _training(db: Database) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sponge-city technology training",
            title_zh="海绵城市技术培训",
            city_en="Chengdu",
            start_date=dt.date(2026, 12, 10),
            end_date=dt.date(2026, 12, 11),
        )
        return t.id


def _registered(db: Database, tid: str) -> dict[str, TrainingRole]:
    with db.reading() as s:
        return {
            (p.contact.family_name_zh or "") + (p.contact.given_name_zh or ""): p.role
            for p in ts.get_training(s, tid).participants
            if p.deleted_at is None
        }


def test_register_people_counts_each_once_and_keeps_a_trainers_role(db: Database) -> None:
    tid = _training(db)
    with db.transaction() as s:
        a, b, c = (m.Contact(family_name_zh="李", given_name_zh=g) for g in ("娜", "明", "强"))
        s.add_all([a, b, c])
        s.flush()
        ts.register(s, tid, a.id, TrainingRole.TRAINER)
        assert ts.register_people(s, tid, [a.id, b.id, c.id, b.id]) == (2, 1)
        assert ts.register_people(s, tid, [b.id]) == (0, 1)
    assert _registered(db, tid) == {
        "李娜": TrainingRole.TRAINER,
        "李明": TrainingRole.ATTENDEE,
        "李强": TrainingRole.ATTENDEE,
    }


def test_import_contacts_training_enrols_both_forms_once_and_undo_takes_it_back(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    tid = _training(db)
    forms = [str(wenjuanxing_xlsx(tmp_path / "问卷星.xlsx")), str(tencent_csv(tmp_path / "腾讯问卷.csv"))]
    at = ["--db", str(db.path), "--lang", "zh_CN"]
    assert main([*at, "import-contacts", "--dry-run", "--training", tid[:8], *forms]) == 0
    assert "试运行，未做任何更改：已为培训报名 7 人" in capsys.readouterr().out
    assert _registered(db, tid) == {}
    assert main([*at, "import-contacts", "--training", tid[:8], *forms]) == 0
    assert "已为培训报名 7 人\n" in capsys.readouterr().out  # 陈志强 is on both forms: once
    assert sorted(_registered(db, tid)) == sorted(REGISTRANTS)
    assert set(_registered(db, tid).values()) == {TrainingRole.ATTENDEE}
    # undone with the import that made them
    assert main([*at, "import-undo", "--yes"]) == 0
    capsys.readouterr()
    assert _registered(db, tid) == {}
    # imported again, then the second form once more (a late export): nobody twice
    assert main([*at, "import-contacts", "--training", tid[:8], *forms]) == 0
    assert main([*at, "import-contacts", "--training", tid[:8], forms[1]]) == 0
    assert "已为培训报名 0 人；3 人此前已报名" in capsys.readouterr().out
    assert sorted(_registered(db, tid)) == sorted(REGISTRANTS)
    with db.reading() as s:
        live = select(m.Contact).where(m.Contact.given_name_zh == "志强", m.Contact.deleted_at.is_(None))
        assert len(s.scalars(live).all()) == 1


def test_an_unknown_training_imports_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = str(tencent_csv(tmp_path / "腾讯问卷.csv"))
    assert main(["--db", str(db.path), "import-contacts", "--training", "zzzz", form]) != 0
    assert "zzzz" in capsys.readouterr().err
    with db.reading() as s:
        assert s.scalars(select(m.Contact)).first() is None


def test_the_window_path_sees_every_person_of_the_file(db: Database, tmp_path: Path) -> None:
    """The import window writes a plan (apply_import): every row's person reaches ``on_outcome``, also
    one already known and skipped, so that Register for a Training… enrols all of the form."""
    from petdesk.services import importing

    form = tencent_csv(tmp_path / "腾讯问卷.csv")
    with db.transaction() as s:
        importing.run_import(s, importing.load_file(form), "contacts")  # all three known now
    seen: list[importing.Outcome] = []
    with db.transaction() as s:
        plan = importing.plan_import(s, importing.load_file(form), "contacts")
        importing.apply_import(s, plan, on_outcome=seen.append)
    assert [o.action for o in seen] == ["skipped"] * 3
    assert all(o.record_id for o in seen)
    tid = _training(db)
    with db.transaction() as s:
        assert ts.register_people(s, tid, [o.record_id for o in seen if o.record_id]) == (3, 0)


def test_import_undo_list_counts_registrations_apart(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    """``import-undo --list`` and its question said 20 records added for 7 people, 6 organisations and
    the 7 people's registrations (fixes 50): a registration is no record added, it is said as one."""
    tid = _training(db)
    forms = [str(wenjuanxing_xlsx(tmp_path / "问卷星.xlsx")), str(tencent_csv(tmp_path / "腾讯问卷.csv"))]
    assert main(["--db", str(db.path), "import-contacts", "--training", tid[:8], *forms]) == 0
    said = {}
    for lang in ("en", "zh_CN"):
        capsys.readouterr()
        assert main(["--db", str(db.path), "--lang", lang, "import-undo", "--list"]) == 0
        said[lang] = capsys.readouterr().out
    assert "; 13 records added, 0 records updated, 7 people registered for the training; can be" in said["en"]
    assert "；新增 13 条记录，更新 0 条记录，已为培训报名 7 人；可以撤销" in said["zh_CN"]
    # and so does undoing it: the question and the answer
    for lang in ("en", "zh_CN"):
        capsys.readouterr()
        assert main(["--db", str(db.path), "--lang", lang, "import-undo", "--dry-run"]) == 0
        said[lang] = capsys.readouterr().out
    assert said["en"].endswith(": 13 records added are deleted; 7 training registrations are removed.\n")
    assert said["zh_CN"].endswith("：删除新增的 13 条记录；取消 7 人的培训报名。\n")
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-undo", "--yes"]) == 0
    assert "已取消 7 人的培训报名。" in capsys.readouterr().out
    assert _registered(db, tid) == {}


def test_the_forms_lodging_answers_fill_the_registrations(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The forms' "是否需要住宿" (是/否) is each registrant's "needs lodging" (lodging51)."""
    from petdesk.services import training_lodging as tl

    tid = _training(db)
    forms = [str(wenjuanxing_xlsx(tmp_path / "问卷星.xlsx")), str(tencent_csv(tmp_path / "腾讯问卷.csv"))]
    assert main(["--db", str(db.path), "import-contacts", "--training", tid[:8], *forms]) == 0
    assert "8 lodging answers taken from the files" in capsys.readouterr().out  # 陈志强 twice
    with db.reading() as s:
        needs = {r.name_zh: r.needed for r in tl.lodging_list(s, tid).rows}
    yes, no = {"王建国", "陈志强", "张丽", "欧阳明"}, {"刘芳", "赵磊", "孙悦"}
    assert needs == {**dict.fromkeys(yes, True), **dict.fromkeys(no, False)}
