"""``petdesk technologies add|set`` and ``petdesk needs add|set``: the window's editors' fields from
the command line, the services' problems in plain words in both languages, and the search still
reached by a first word that names no subcommand."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import NeedStatus, OrgKind


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _org(db: Database, name_en: str, name_zh: str) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_en=name_en, name_zh=name_zh, kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        return org.id


def _only(db: Database, model: type) -> object:
    with db.reading() as s:
        [row] = s.query(model).all()
        s.expunge(row)
        return row


def test_technologies_add_and_set(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    provider = _org(db, "Yixing Sunrise Ltd.", "宜兴朝阳公司")
    code, out, _err = _run(
        db,
        capsys,
        *("technologies", "add", "--name-en", " Solar sludge dryer ", "--name-zh", "太阳能污泥干化"),
        *("--sector", "Wastewater", "--provider", "宜兴朝阳公司", "--trl", "7"),
        *("--description-en", "Greenhouse drying", "--key-figures-en", "80% less water"),
        *("--tags", "sludge, 太阳能，pilot"),
    )
    assert code == 0
    tech = _only(db, m.Technology)
    assert out == f"Technology added: {tech.id[:8]}\n"
    assert (tech.name_en, tech.name_zh, tech.sector, tech.provider_organisation_id, tech.trl) == (
        "Solar sludge dryer",
        "太阳能污泥干化",
        "wastewater",
        provider,
        7,
    )
    assert (tech.description_en, tech.key_figures_en, tech.tags) == (
        "Greenhouse drying",
        "80% less water",
        ["sludge", "太阳能", "pilot"],
    )
    # set changes only what it is given; "" empties a field (no provider, readiness not known)
    code, out, _err = _run(
        db,
        capsys,
        "technologies",
        "set",
        tech.id[:6],
        "--provider",
        "",
        "--trl",
        "",
        "--key-figures-zh",
        "节水80%",
    )
    assert (code, out) == (0, "Technology changed.\n")
    changed = _only(db, m.Technology)
    assert (changed.provider_organisation_id, changed.trl, changed.key_figures_zh) == (None, None, "节水80%")
    assert (changed.name_en, changed.tags) == ("Solar sludge dryer", ["sludge", "太阳能", "pilot"])
    # the search still answers to a first word, its filters before or after the words
    code, out, _err = _run(db, capsys, "technologies", "sludge", "--sector", "wastewater")
    assert code == 0 and out.splitlines()[0].startswith(tech.id[:8]) and out.endswith("Technologies: 1\n")
    code, out, _err = _run(
        db, capsys, "technologies", "--sector", "water", "sludge", "--sector", "wastewater"
    )
    assert code == 0 and out.endswith("Technologies: 1\n")  # both sectors, not the last one only
    assert _run(db, capsys, "technologies", "search", "add")[1] == "Technologies: 0\n"


def test_technology_problems_all_at_once_in_both_languages(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(db, capsys, "technologies", "add", "--sector", "nope", "--trl", "12")
    assert (code, out) == (1, "")
    assert err.startswith(
        "petdesk: error: a technology needs a name in English or Chinese; unknown sector “nope”"
    )
    assert err.endswith("; readiness (TRL) must be a whole number from 1 to 9, not 12\n")
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "technologies", "add", "--trl", "12")
    assert code == 1
    assert err == "petdesk：错误：技术须有英文或中文名称；技术成熟度（TRL）须为 1 到 9 的整数，而不是 12\n"
    code, _out, err = _run(db, capsys, "technologies", "add", "--name-en", "X", "--provider", "nobody")
    assert code == 1 and "no organisation called “nobody”" in err
    code, _out, err = _run(db, capsys, "technologies", "set", "zzzz", "--trl", "3")
    assert code == 1 and err == "petdesk: error: no technology with id zzzz\n"
    with pytest.raises(SystemExit) as stopped:  # a usage error: argparse's own exit status 2
        _run(db, capsys, "technologies", "add", "--trl", "seven")
    assert stopped.value.code == 2
    assert "“seven” is not a whole number from 1 to 9" in capsys.readouterr().err
    with db.reading() as s:
        assert s.query(m.Technology).count() == 0  # nothing refused was stored


def test_needs_add_and_set(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    city = _org(db, "Kunming Municipal Government", "昆明市人民政府")
    code, out, _err = _run(
        db,
        capsys,
        *(
            "needs",
            "add",
            "--title-en",
            "Leak detection",
            "--title-zh",
            "管网漏损检测",
            "--city",
            "昆明市人民政府",
        ),
        *("--sector", "water", "--problem-en", "30% of water lost", "--scale", "2,000 km of pipes"),
        *("--budget-min", "1,000,000", "--budget-max", "3000000", "--currency", "usd"),
        *("--deadline", "2027-06-30", "--status", "matching", "--tags", "leaks,管网"),
    )
    assert code == 0
    need = _only(db, m.CityNeed)
    assert out == f"City need added: {need.id[:8]}\n"
    assert (need.title_en, need.title_zh, need.city_organisation_id, need.sector) == (
        "Leak detection",
        "管网漏损检测",
        city,
        "water",
    )
    assert (need.budget_min, need.budget_max, need.currency, need.deadline, need.status, need.tags) == (
        1_000_000,
        3_000_000,
        "USD",
        dt.date(2027, 6, 30),
        NeedStatus.MATCHING,
        ["leaks", "管网"],
    )
    code, out, _err = _run(db, capsys, "needs", "set", need.id[:6], "--deadline", "", "--status", "solved")
    assert (code, out) == (0, "City need changed.\n")
    changed = _only(db, m.CityNeed)
    assert (changed.deadline, changed.status, changed.title_en) == (None, NeedStatus.SOLVED, "Leak detection")
    code, out, _err = _run(db, capsys, "needs", "漏损", "--status", "solved")
    assert code == 0 and out.endswith("City needs: 1\n")
    # problems: every one at once, in both languages; nothing changed
    code, _out, err = _run(
        db, capsys, "needs", "set", need.id, "--budget-min", "5", "--budget-max", "3", "--currency", "usdd"
    )
    assert code == 1
    assert err == (
        "petdesk: error: USDD is not an ISO 4217 currency code; did you mean USD, SDD?; "
        "the budget's lower end is above its upper end\n"
    )
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "needs", "add", "--scale", "big")
    assert code == 1 and err == "petdesk：错误：城市需求须有英文或中文的标题或问题描述\n"
    code, _out, err = _run(db, capsys, "needs", "set", need.id)
    assert code == 1 and "say what to change" in err
    assert _only(db, m.CityNeed).budget_min == 1_000_000


def test_a_need_budget_follows_the_projects_money_rules(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same reading of typed amounts and the same limits as a project's (field test 37, §1–2)."""
    code, _out, err = _run(
        db, capsys, "needs", "add", "--title-en", "Leaks", "--budget-min", "0.125", "--currency", "usd"
    )
    assert (code, err) == (
        1,
        "petdesk: error: USD amounts have at most 2 digits after the point, not 0.125\n",
    )
    code, _out, _err = _run(
        db, capsys, "needs", "add", "--title-en", "Leaks", "--budget-max", "1.234,50", "--currency", "EUR"
    )
    assert code == 0 and _only(db, m.CityNeed).budget_max == 1234.5
