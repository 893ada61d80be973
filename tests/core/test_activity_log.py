"""The activity log across partners (field test 50, defect 5): listed with filters, corrected,
deleted and restored, below the window and from ``petdesk activities``."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities, lists
from petdesk.services import organisations as org_service
from petdesk.services.validation import ValidationError

UTC = dt.UTC


@pytest.fixture
def logged(db: Database) -> dict[str, str]:
    """Two organisations; a call and a meeting at one, a note at the other."""
    with db.transaction() as s:
        water = org_service.create_organisation(
            s, name_en="Stuttgart Water Tech GmbH", name_zh="斯图加特水技术公司"
        )
        city = org_service.create_organisation(s, name_en="Qingdao Bureau", name_zh="青岛市生态环境局")
        call = activities.add_activity(
            s,
            kind="call",
            subject="Call Anna",
            body="She wants the MBR brochure.\nCall again in May.",
            occurred_at=dt.datetime(2026, 12, 1, 9, tzinfo=UTC),
            organisation_id=water.id,
            author="Julia Neumann",
        )
        meeting = activities.add_activity(
            s,
            kind="meeting",
            subject="Site visit",
            occurred_at=dt.datetime(2026, 11, 20, 9, tzinfo=UTC),
            organisation_id=water.id,
        )
        note = activities.add_activity(
            s,
            kind="note",
            subject="Budget note",
            occurred_at=dt.datetime(2026, 10, 5, 9, tzinfo=UTC),
            organisation_id=city.id,
        )
        return {"water": water.id, "city": city.id, "call": call.id, "meeting": meeting.id, "note": note.id}


def _subjects(found: list[activities.ActivityView]) -> list[str]:
    return [v.subject for v in found]


def test_find_filters_by_kind_organisation_dates_and_text(db: Database, logged: dict[str, str]) -> None:
    with db.reading() as s:
        assert _subjects(activities.find_activities(s)) == ["Call Anna", "Site visit", "Budget note"]
        by_kind = activities.ActivityFilter(kind=activities.ActivityKind.MEETING)
        assert _subjects(activities.find_activities(s, by_kind)) == ["Site visit"]
        by_org = activities.ActivityFilter(organisation_id=logged["city"])
        assert _subjects(activities.find_activities(s, by_org)) == ["Budget note"]
        by_dates = activities.ActivityFilter(since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 30))
        assert _subjects(activities.find_activities(s, by_dates, zone=UTC)) == ["Site visit"]
        assert _subjects(activities.find_activities(s, text="brochure")) == ["Call Anna"]
        view = activities.find_activities(s, text="julia", language="zh_CN")[0]
    assert view.author == "Julia Neumann" and view.body.startswith("She wants")
    assert view.organisation("zh_CN") == "斯图加特水技术公司"


def test_the_window_listing_filters_and_searches_in_sql(db: Database, logged: dict[str, str]) -> None:
    query = lists.activities("en")
    with db.reading() as s:
        assert query.count(s) == 3
        rows = query.page(s, offset=0, limit=10, sort_key="when", descending=True)
        assert [r[3] for r in rows] == ["Call Anna", "Site visit", "Budget note"]
        assert rows[0][4] == "Stuttgart Water Tech GmbH" and rows[0][6] == "Julia Neumann"
        assert query.count(s, "Qingdao") == 1  # the organisation's name is searched too
        query.where = activities.ActivityFilter(kind=activities.ActivityKind.CALL).clauses()
        assert query.count(s) == 1


def test_correct_delete_and_restore(db: Database, logged: dict[str, str]) -> None:
    with db.transaction() as s:
        activities.update_activity(s, logged["call"], subject="Call Anna Keller", body="", author="J. N.")
    with db.transaction() as s, pytest.raises(ValidationError):
        activities.update_activity(s, logged["call"], subject="", body="")
    with db.transaction() as s:
        assert set(activities.delete_activities(s, [logged["call"], logged["note"]])) == {
            logged["call"],
            logged["note"],
        }
    with db.reading() as s:
        assert _subjects(activities.find_activities(s)) == ["Site visit"]
    with db.transaction() as s:
        assert set(activities.restore_activities(s, [logged["call"]])) == {logged["call"]}
    with db.reading() as s:
        view = activities.activity_view(s, logged["call"])
    assert (view.subject, view.body, view.author) == ("Call Anna Keller", "", "J. N.")


def test_cli_lists_adds_edits_deletes_and_restores(
    db: Database, logged: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db.path)]
    assert main([*base, "activities", "--kind", "call", "--tz", "UTC"]) == 0
    out = capsys.readouterr().out
    assert "1 Dec 2026, 09:00 UTC  Call  Call Anna — Stuttgart Water Tech GmbH" in out
    assert "(logged by Julia Neumann)" in out and "    Call again in May." in out
    assert "Site visit" not in out

    assert main([*base, "--lang", "zh_CN", "activities", "--organisation", "Qingdao Bureau"]) == 0
    out = capsys.readouterr().out
    assert "2026年10月5日" in out and "备注" in out and "Call Anna" not in out

    assert main([*base, "activities", "add", "--organisation", logged["city"][:8], "--kind", "email",
                 "--subject", "Sent the offer", "--when", "2026-12-02 10:00"]) == 0  # fmt: skip
    assert "Logged activity" in capsys.readouterr().out
    assert main([*base, "activities", "edit", logged["meeting"][:8], "--notes", "Two sites."]) == 0
    assert "Two sites." in capsys.readouterr().out
    assert main([*base, "activities", "delete", logged["meeting"][:8]]) == 0
    assert f"petdesk activities restore {logged['meeting']}" in capsys.readouterr().out
    with db.reading() as s:
        assert s.get(m.Activity, logged["meeting"]).deleted_at is not None
        assert (
            s.scalars(select(m.Activity).where(m.Activity.subject == "Sent the offer")).one().kind == "email"
        )
    assert main([*base, "activities", "restore", logged["meeting"]]) == 0
    with db.reading() as s:
        assert s.get(m.Activity, logged["meeting"]).body == "Two sites."
        assert s.get(m.Activity, logged["meeting"]).deleted_at is None


@pytest.mark.parametrize("module", ["petdesk.cli.activities", "petdesk.cli.follow_ups"])
def test_the_cli_sentences_are_extracted_for_translation(module: str) -> None:
    """pybabel extracts only ``_("…")``: a sentence handed to ``ctx.translator()(…)`` was never in
    the catalogue and stayed English in Chinese."""
    import importlib
    import re
    from pathlib import Path

    from babel.messages.extract import extract_from_file

    path = importlib.import_module(module).__file__
    assert path is not None
    found = {message for _line, message, _comments, _context in extract_from_file("python", path)}
    assert "Give the organisation's id or name." in found or module.endswith("follow_ups")
    source = Path(path).read_text(encoding="utf-8")
    assert not re.search(r"translator\(\)\(", source)  # no sentence the extractor cannot see


def test_a_missing_organisation_is_said_in_chinese(
    db: Database, logged: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """(Reads the catalogue of the checkout installed: fails in a worktree until merged.)"""
    assert main(["--db", str(db.path), "--lang", "zh_CN", "activities", "--organisation", " "]) != 0
    assert "请给出机构的编号或名称" in capsys.readouterr().err


def test_cli_edit_with_nothing_to_change_says_so_and_fails(
    db: Database, logged: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """As ``followups edit``: no option given changes nothing, so "Changed activity" would be
    untrue and a script would take it for done (field test, fixes1 item 2)."""
    with db.reading() as s:
        before = s.get(m.Activity, logged["meeting"]).updated_at
    assert main(["--db", str(db.path), "activities", "edit", logged["meeting"][:8]]) != 0
    said = capsys.readouterr()
    assert "Changed" not in said.out and "Nothing to change" in said.err
    with db.reading() as s:
        assert s.get(m.Activity, logged["meeting"]).updated_at == before
