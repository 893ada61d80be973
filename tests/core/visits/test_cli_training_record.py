"""``petdesk training add|edit``, ``training-sessions add|list|remove`` and ``attendance mark``: a
training set up from the command line alone, with its Chinese title, venue, organiser, sessions,
trainers and marks (field test 60: no command made a training, and marks came only from Zoom
reports); refusals in both languages, nothing saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import AttendanceStatus, OrgKind
from petdesk.services import trainings as training_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _people(db: Database) -> tuple[str, str]:
    """The organiser's office and one trainer: their ids."""
    with db.transaction() as s:
        org = m.Organisation(name_en="Guangxi EPB", name_zh="广西生态环境厅", kind=OrgKind.CITY_GOVERNMENT)
        s.add(org)
        trainer = person(s, "Klaus", "Müller")
        trainer.given_name_zh, trainer.family_name_zh = "克劳斯", "穆勒"
        s.flush()
        return org.id, trainer.id


ADD = (
    *("training", "add", "--title", "Wastewater operators course", "--title-zh", "污水处理运营培训"),
    *("--start", "2026-11-10", "--end", "2026-11-12", "--zone", "Asia/Shanghai"),
    *("--venue", "Nanning Hotel", "--venue-zh", "南宁饭店"),
)


def _add(db: Database, capsys: pytest.CaptureFixture[str], *more: str) -> str:
    code, out, err = _run(db, capsys, *ADD, *more)
    assert (code, err) == (0, ""), err
    return out.removeprefix("Training added: ").strip()


def test_add_then_edit(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    org, _trainer = _people(db)
    training_id = _add(db, capsys, "--host", "广西生态环境厅")
    with db.reading() as s:
        t = s.get(m.Training, training_id)
        assert t is not None
        assert (t.title_en, t.title_zh, t.timezone, t.organiser_id) == (
            "Wastewater operators course",
            "污水处理运营培训",
            "Asia/Shanghai",
            org,
        )
        assert (t.venue_en, t.venue_zh, t.end_date) == ("Nanning Hotel", "南宁饭店", dt.date(2026, 11, 12))
    code, out, err = _run(
        db, capsys, "training", "edit", training_id[:6], "--end", "2026-11-13", "--host", ""
    )
    assert (code, out, err) == (0, f"Changed training {training_id[:8]}.\n", "")
    with db.reading() as s:
        t = s.get(m.Training, training_id)
        assert t is not None
        assert (t.end_date, t.organiser_id, t.title_zh) == (dt.date(2026, 11, 13), None, "污水处理运营培训")


@pytest.mark.usefixtures("tree_catalogue")
def test_refusals_in_both_languages(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    backwards = ("training", "add", "--title", "X", "--start", "2026-11-06", "--end", "2026-11-02")
    code, _out, err = _run(db, capsys, *backwards)
    assert code == 1 and "Not saved: the training ends before it starts" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *backwards)
    assert code == 1 and "未保存：培训的结束日期早于开始日期" in err
    with db.reading() as s:
        assert s.query(m.Training).count() == 0
    training_id = _add(db, capsys)
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "training", "edit", training_id)
    assert code == 1 and "没有要修改的内容" in err
    code, _out, err = _run(db, capsys, "training", "edit", "zzzz", "--title", "Y")
    assert code == 1 and "no training with id zzzz" in err
    late = ("--start", "2026-11-10 14:00", "--end", "2026-11-10 13:00")
    code, _out, err = _run(
        db, capsys, "--lang", "zh_CN", "training-sessions", "add", training_id, "--title", "S", *late
    )
    assert code == 1 and "课程的结束时间必须晚于开始时间" in err
    with db.reading() as s:
        assert s.query(m.TrainingSession).count() == 0


@pytest.mark.usefixtures("tree_catalogue")
def test_sessions_trainers_and_marks(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _org, trainer = _people(db)
    training_id = _add(db, capsys)
    first = ("--title", "Aeration basics", "--title-zh", "曝气基础", "--room", "Hall A")
    code, out, err = _run(
        db, capsys, "training-sessions", "add", training_id[:8], *first,
        *("--start", "2026-11-10 09:00", "--end", "2026-11-10 12:00", "--trainer", "Klaus Müller"),
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Added:\n") and "S1" in out and "09:00 – 12:00" in out and "Klaus Müller" in out
    session_id = out.split()[1]
    second = ("--title-zh", "污泥处理", "--start", "2026-11-11 09:00", "--end", "2026-11-11 12:00")
    assert _run(db, capsys, "training-sessions", "add", training_id[:8], *second)[0] == 0
    code, out, _err = _run(db, capsys, "training-sessions", "list", training_id[:8], "--lang", "zh_CN")
    assert "曝气基础" in out and "克劳斯·穆勒" in out and "污泥处理" in out
    with db.reading() as s:
        (row,) = [x for x in s.query(m.TrainingSession) if x.id.startswith(session_id)]
        assert [c.id for c in training_service.live_trainers(row)] == [trainer]
        assert row.starts_at.astimezone(dt.UTC).hour == 1  # 09:00 in Shanghai

    # only registered people are marked: a plain refusal in both languages, nothing saved
    code, _out, err = _run(db, capsys, "attendance", "mark", session_id, trainer)
    assert code == 1 and "only people registered for the training can be marked" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "attendance", "mark", session_id, trainer)
    assert code == 1 and "只有已报名参加培训的人员" in err
    with db.transaction() as s:
        training_service.register(s, training_id, trainer)
    code, out, err = _run(db, capsys, "attendance", "mark", session_id, trainer, "--absent")
    assert (code, out) == (0, "Klaus Müller: absent from S1 “Aeration basics”.\n"), err
    assert _run(db, capsys, "attendance", "mark", session_id, "Klaus Müller")[0] == 0
    with db.reading() as s:
        (mark,) = s.query(m.Attendance).all()
        assert mark.status == AttendanceStatus.PRESENT
    code, out, _err = _run(db, capsys, "training-sessions", "remove", session_id)
    assert out == f"Removed {session_id}.\nIts 1 attendance mark went with it.\n"
    code, out, _err = _run(db, capsys, "training-sessions", "list", training_id[:8])
    assert "Aeration" not in out and "S1" in out


@pytest.mark.usefixtures("tree_catalogue")
def test_trainings_add_points_to_training_add(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """``trainings`` takes any word as an id: ``trainings add`` said "no training with id add"."""
    code, _out, err = _run(db, capsys, "trainings", "edit")
    assert code == 1 and "`petdesk training edit ID` changes one" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "trainings", "add")
    assert code == 1 and "添加请用 `petdesk training add`" in err


@pytest.mark.usefixtures("tree_catalogue")
def test_a_training_made_by_commands_prints_its_dossier(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The field test's way: a training, its session and trainer typed on the command line reach the
    Chinese dossier."""
    _people(db)
    training_id = _add(db, capsys, "--host", "Guangxi EPB")
    session = ("--title", "Aeration basics", "--title-zh", "曝气基础", "--trainer", "Klaus Müller")
    when = ("--start", "2026-11-10 09:00", "--end", "2026-11-10 12:00")
    assert _run(db, capsys, "training-sessions", "add", training_id[:8], *session, *when)[0] == 0
    pdf = tmp_path / "training_zh.pdf"
    code, _out, err = _run(
        db, capsys, "dossier", "training", training_id[:8], "--lang", "zh_CN", "--out", str(pdf)
    )
    assert code == 0, err
    text = flat("".join(pdftotext_pages(pdf)))
    assert "污水处理运营培训" in text and "南宁饭店" in text and "曝气基础" in text and "穆勒" in text
