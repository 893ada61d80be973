"""``petdesk visit add`` / ``visit edit``: a delegation visit set up from the command line alone, with
its Chinese title, host organisation, purpose and zone (field test 60: only ``import-visits`` made
visits, and a Chinese dossier then said "Host organisation: None recorded"); refusals in both
languages, nothing saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _orgs(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        bureau = m.Organisation(
            name_en="Suzhou Ecology and Environment Bureau",
            name_zh="苏州市生态环境局",
            kind=OrgKind.CITY_GOVERNMENT,
        )
        water = m.Organisation(
            name_en="Suzhou Water Company", name_zh="苏州水务集团", kind=OrgKind.ENTERPRISE
        )
        s.add_all([bureau, water])
        s.flush()
        return bureau.id, water.id


ADD = (
    *("visit", "add", "--title", "Leipzig water delegation", "--title-zh", "莱比锡水务代表团"),
    *("--start", "2026-11-02", "--end", "2026-11-06", "--zone", "Asia/Shanghai"),
    *("--purpose", "Wastewater study tour", "--purpose-zh", "污水处理考察"),
)


def test_add_then_edit(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    bureau, water = _orgs(db)
    code, out, err = _run(db, capsys, *ADD, "--host", "苏州市生态环境局")
    assert (code, err) == (0, ""), err
    visit_id = out.removeprefix("Visit added: ").removesuffix("\n")
    with db.reading() as s:
        v = s.get(m.Visit, visit_id)
        assert v is not None
        assert (v.title_en, v.title_zh, v.timezone) == (
            "Leipzig water delegation",
            "莱比锡水务代表团",
            "Asia/Shanghai",
        )
        assert (v.start_date, v.end_date, v.host_organisation_id) == (
            dt.date(2026, 11, 2),
            dt.date(2026, 11, 6),
            bureau,
        )
        assert (v.purpose_en, v.purpose_zh) == ("Wastewater study tour", "污水处理考察")

    # by the first characters of its id; the host by its English name; what is not given stays
    code, out, err = _run(
        db, capsys, "visit", "edit", visit_id[:6], "--end", "2026-11-07", "--host", "Suzhou Water Company"
    )
    assert (code, out, err) == (0, f"Changed visit {visit_id[:8]}.\n", "")
    with db.reading() as s:
        v = s.get(m.Visit, visit_id)
        assert v is not None
        assert (v.end_date, v.host_organisation_id, v.title_zh) == (
            dt.date(2026, 11, 7),
            water,
            "莱比锡水务代表团",
        )
    code, _out, _err = _run(db, capsys, "visit", "edit", visit_id[:6], "--host", "")
    with db.reading() as s:
        assert s.get(m.Visit, visit_id).host_organisation_id is None  # type: ignore[union-attr]


@pytest.mark.usefixtures("tree_catalogue")
def test_unclear_host_lists_the_candidates(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _orgs(db)
    code, _out, err = _run(db, capsys, *ADD, "--host", "Suzhou")
    assert code == 1
    assert "Suzhou Ecology and Environment Bureau" in err and "Suzhou Water Company" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *ADD, "--host", "Suzhou")
    assert code == 1 and "多个合作机构" in err
    with db.reading() as s:
        assert s.query(m.Visit).count() == 0


@pytest.mark.usefixtures("tree_catalogue")
def test_refusals_in_both_languages(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    backwards = ("visit", "add", "--title", "X", "--start", "2026-11-06", "--end", "2026-11-02")
    code, _out, err = _run(db, capsys, *backwards)
    assert code == 1 and "Not saved: the visit ends before it starts" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *backwards)
    assert code == 1 and "未保存：访问的结束日期早于开始日期" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *ADD[:-6], "--zone", "Mars/Base")
    assert code == 1 and "未知时区" in err
    with db.reading() as s:
        assert s.query(m.Visit).count() == 0
    code, out, _err = _run(db, capsys, *ADD)
    visit_id = out.removeprefix("Visit added: ").strip()
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "visit", "edit", visit_id)
    assert code == 1 and "没有要修改的内容" in err
    code, _out, err = _run(db, capsys, "visit", "edit", "zzzz", "--title", "Y")
    assert code == 1 and "no visit with id zzzz" in err


def test_a_visit_made_by_commands_prints_a_chinese_dossier(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The field test's way: host, Chinese title and purpose typed on the command line reach the
    Chinese dossier (before: an English title only, and "Host organisation: None recorded")."""
    _orgs(db)
    code, out, err = _run(db, capsys, *ADD, "--host", "苏州市生态环境局")
    visit_id = out.removeprefix("Visit added: ").strip()
    pdf = tmp_path / "visit_zh.pdf"
    code, out, err = _run(db, capsys, "dossier", "visit", visit_id[:8], "--lang", "zh_CN", "--out", str(pdf))
    assert code == 0, err
    text = flat("".join(pdftotext_pages(pdf)))
    assert "莱比锡水务代表团" in text and "接待方：苏州市生态环境局" in text and "污水处理考察" in text


def _usage_error(capsys: pytest.CaptureFixture[str], db: Database, *argv: str) -> str:
    """The error line of a command argparse refuses (exit status 2)."""
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db.path), *argv])
    assert stop.value.code == 2
    return capsys.readouterr().err


@pytest.mark.usefixtures("tree_catalogue")
def test_visits_add_points_to_visit_add(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """``visits`` takes any word as an id: ``visits edit`` said "no visit with id edit", and with
    options (``visits add --title X``) argparse's "unrecognized arguments" came before any hint."""
    assert "`petdesk visit edit ID` changes one" in _usage_error(capsys, db, "visits", "edit")
    err = _usage_error(capsys, db, "--lang", "zh_CN", "visits", "add")
    assert "添加请用 `petdesk visit add`" in err
    err = _usage_error(capsys, db, "visits", *ADD[1:])
    assert "`petdesk visit add` adds one" in err and "unrecognized" not in err
    err = _usage_error(capsys, db, "--lang", "zh_CN", "visits", "edit", "abcd", "--title", "Y")
    assert "修改请用 `petdesk visit edit ID`" in err
    with db.reading() as s:
        assert s.query(m.Visit).count() == 0


@pytest.mark.usefixtures("tree_catalogue")
def test_edit_sets_direction_status_country_and_head_count(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the editor's Details tab sets beside the titles, with its checks (round 60 left them out)."""
    code, out, _err = _run(db, capsys, *ADD)
    visit_id = out.removeprefix("Visit added: ").strip()
    edit = ("visit", "edit", visit_id[:8])
    code, _out, err = _run(
        db, capsys, *edit, "--direction", "outbound", "--country", "越南", "--head-count", "12"
    )
    assert (code, err) == (0, "")
    code, _out, err = _run(db, capsys, *edit, "--status", "cancelled")
    assert (code, err) == (0, "")
    with db.reading() as s:
        v = s.get(m.Visit, visit_id)
        assert v is not None
        assert (v.direction.value, v.status.value, v.country, v.head_count) == (
            "outbound",
            "cancelled",
            "VN",
            12,
        )
    # the editor's refusals, in Chinese too: a cancelled visit is planned again before it is done
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *edit, "--status", "done")
    assert code == 1 and err.startswith("petdesk：错误：未保存")
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *edit, "--country", "Atlantis")
    assert code == 1 and "未保存" in err
    assert "must be between 1 and 9999" in _usage_error(capsys, db, *edit, "--head-count", "0")
    code, _out, err = _run(db, capsys, *edit, "--country", "", "--head-count", "")
    assert (code, err) == (0, "")
    with db.reading() as s:
        v = s.get(m.Visit, visit_id)
        assert v is not None and (v.status.value, v.country, v.head_count) == ("cancelled", None, None)


@pytest.mark.usefixtures("tree_catalogue")
def test_add_takes_direction_country_and_head_count(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Round 61: ``visit add`` had none of them, so a visit abroad made by command came in inbound."""
    code, out, err = _run(
        db, capsys, *ADD, "--direction", "outbound", "--country", "Vietnam", "--head-count", "6"
    )
    assert (code, err) == (0, "")
    with db.reading() as s:
        v = s.get(m.Visit, out.removeprefix("Visit added: ").strip())
        assert v is not None
        assert (v.direction.value, v.country, v.head_count) == ("outbound", "VN", 6)
    assert "must be between 1 and 9999" in _usage_error(capsys, db, *ADD, "--head-count", "0")
    # the status stays the editor's to move (a new visit is planned)
    assert "--status" in _usage_error(capsys, db, *ADD, "--status", "done")
