"""``petdesk projects add|set --deadline-time --deadline-zone`` and ``petdesk project ID [--json]``
(0072_project_deadline_time): a timed deadline on this office's clock, the funder's beside it."""

from __future__ import annotations

import json

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_timed_deadline_is_added_shown_and_cleared(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(
        db, capsys, "projects", "add", "--title-en", "GEF call", "--deadline", "2027-01-14",
        "--deadline-time", "17:00", "--deadline-zone", "America/New_York",
    )  # fmt: skip
    assert code == 0, err
    with db.reading() as s:
        [project] = s.query(m.Project).all()
        pid = project.id
        assert (project.deadline_time, project.deadline_zone) == ("17:00", "America/New_York")
    _code, out, _err = _run(db, capsys, "project", pid[:8])
    assert "deadline: 15 Jan 2027 06:00 (14 Jan 17:00 New York)" in out  # winter: UTC-5
    _code, out, _err = _run(db, capsys, "projects", "show", pid[:8], "--json")
    shown = json.loads(out)["project"]
    assert shown["deadline_utc"] == "2027-01-14T22:00:00Z"
    assert shown["deadline_office_day"] == "2027-01-15"
    assert (shown["deadline_time"], shown["deadline_zone"]) == ("17:00", "America/New_York")
    assert _run(db, capsys, "projects", "set", pid[:8], "--deadline-time", "", "--deadline-zone", "")[0] == 0
    _code, out, _err = _run(db, capsys, "project", pid[:8])
    assert "deadline: 14 Jan 2027\n" in out


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [("--deadline-time", "5pm", "no time of day"), ("--deadline-zone", "Washington/DC", "unknown time zone")],
)
def test_a_bad_time_or_zone_is_refused_in_words(
    db: Database, capsys: pytest.CaptureFixture[str], option: str, value: str, words: str
) -> None:
    args = {"--deadline-time": "17:00", "--deadline-zone": "America/New_York"} | {option: value}
    code, _out, err = _run(
        db, capsys, "projects", "add", "--title-en", "GEF", "--deadline", "2027-01-14",
        *(x for pair in args.items() for x in pair),
    )  # fmt: skip
    assert code != 0 and words in err
    with db.reading() as s:
        assert s.query(m.Project).count() == 0
