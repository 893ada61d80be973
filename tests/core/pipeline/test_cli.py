"""The pipeline's commands: list commands print one record per line starting with its short id."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import FinanceInstrument, OrgKind, PartnerRole, ProjectStatus
from petdesk.services import needs as need_service
from petdesk.services import projects as project_service
from petdesk.services import technologies as tech_service
from tests.helpers.terminal import type_at_terminal

#: A line starting with a record's short id: the first 8 characters of its id (see petdesk.ids).
SHORT_ID = re.compile(r"^[-0-9A-Z_a-z]{8}  ")


def _fill(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        gef = m.Organisation(
            name_en="Global Environment Facility (GEF)", name_zh="全球环境基金", kind=OrgKind.FUND
        )
        city = m.Organisation(
            name_en="Kunming Municipal Government",
            kind=OrgKind.CITY_GOVERNMENT,
            country="CN",
            city_en="Kunming",
            city_zh="昆明",
        )
        s.add_all([gef, city])
        s.flush()
        a = project_service.create_project(
            s,
            title_en="Sponge city pilot",
            amount=2_000_000,
            currency="USD",
            funder_organisation_id=gef.id,
            on=dt.date(2026, 10, 1),
        )
        project_service.create_project(
            s, title_en="Heat pumps", amount=500_000, currency="EUR", stage=ProjectStatus.SUBMITTED
        )
        project_service.create_project(
            s, title_en="Leak detection", amount=1_000_000, currency="USD", stage=ProjectStatus.SUBMITTED
        )
        project_service.add_milestone(s, a.id, title_en="Concept note due", due=dt.date(2027, 1, 15))
        tech = tech_service.create_technology(
            s,
            name_en="Acoustic leak detection",
            name_zh="供水管网声学漏损检测",
            sector="water",
            trl=9,
            description_en="Acoustic sensors find leaks in the pipe network.",
        )
        tech_service.create_technology(s, name_en="Electric buses", sector="transport", trl=9)
        need = need_service.create_need(
            s,
            city_organisation_id=city.id,
            title_zh="供水管网漏损",
            problem_zh="供水管网漏损严重。",
            sector="water",
        )
        s.add(
            m.FinanceLead(
                title_en="Loan for leak detection",
                instrument=FinanceInstrument.CONCESSIONAL_LOAN,
                amount=1e6,
                currency="USD",
                investor_organisation_id=gef.id,
                need_id=need.id,
            )
        )
        return {"project": a.id, "tech": tech.id, "need": need.id}


def _run(db: Database, capsys, *args: str) -> list[str]:
    assert main(["--db", str(db.path), *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_list_commands_print_short_ids_and_totals_per_currency(db: Database, capsys) -> None:
    ids = _fill(db)
    lines = _run(db, capsys, "projects", "--lang", "en")
    records = [line for line in lines if SHORT_ID.match(line)]
    assert len(records) == 3 and records[0].startswith(ids["project"][:8])
    totals = "\n".join(lines)
    assert "USD: requested US$3,000,000.00" in totals and "EUR: requested €500,000.00" in totals
    submitted = [
        line for line in _run(db, capsys, "projects", "--stage", "submitted") if SHORT_ID.match(line)
    ]
    assert len(submitted) == 2
    concept = _run(db, capsys, "projects", "--stage", "concept_note")
    assert not [line for line in concept if SHORT_ID.match(line)]

    techs = [line for line in _run(db, capsys, "technologies", "lousun") if SHORT_ID.match(line)]
    assert len(techs) == 1 and techs[0].startswith(ids["tech"][:8])  # found through pinyin
    assert len([line for line in _run(db, capsys, "technologies") if SHORT_ID.match(line)]) == 2
    needs = [line for line in _run(db, capsys, "needs", "漏损") if SHORT_ID.match(line)]
    assert len(needs) == 1 and needs[0].startswith(ids["need"][:8])
    assert [line for line in _run(db, capsys, "finance") if SHORT_ID.match(line)]


def test_match_ranks_explains_and_shortlists(db: Database, capsys) -> None:
    ids = _fill(db)
    lines = _run(db, capsys, "match", ids["need"][:8], "--top", "3")
    ranked = [line for line in lines if SHORT_ID.match(line)]
    assert ranked[0].startswith(ids["tech"][:8])
    assert not any("Electric buses" in line for line in ranked)
    assert "Shared terms" in lines[2]
    _run(db, capsys, "match", ids["need"][:8], "--shortlist", ids["tech"][:8], "--state", "introduced")
    assert "<Introduced>" in "\n".join(_run(db, capsys, "match", ids["need"][:8]))
    # and off the shortlist again (field test F10)
    out = _run(db, capsys, "match", ids["need"][:8], "--unshortlist", ids["tech"][:8], "--yes")
    assert out[0].startswith("Removed Acoustic leak detection from the shortlist of 供水管网漏损 (")
    assert "<Introduced>" not in "\n".join(_run(db, capsys, "match", ids["need"][:8]))


def test_project_shows_details_and_bad_ids_are_one_sentence(db: Database, capsys) -> None:
    ids = _fill(db)
    out = "\n".join(_run(db, capsys, "project", ids["project"][:6], "--lang", "en"))
    assert (
        "Global Environment Facility (GEF)" in out and "US$2,000,000.00" in out and "Concept note due" in out
    )
    assert "1 Oct 2026" in out
    assert main(["--db", str(db.path), "project", "zzzz"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "petdesk: error: no project with id zzzz"
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db.path), "projects", "--stage", "dreaming"])
    assert exc.value.code == 2 and "unknown stage “dreaming”" in capsys.readouterr().err


def test_match_is_linked_to_a_visit_and_projects_filter_by_funder(db: Database, capsys) -> None:
    ids = _fill(db)
    with db.transaction() as s:
        visit = m.Visit(
            title_en="Kunming water tour", start_date=dt.date(2027, 1, 10), end_date=dt.date(2027, 1, 12)
        )
        s.add(visit)
        s.flush()
        visit_id = visit.id
    _run(db, capsys, "match", ids["need"][:8], "--shortlist", ids["tech"][:8], "--visit", visit_id[:8])
    with db.reading() as s:
        assert s.query(m.TechMatch).one().visit_id == visit_id
    bad_visit = ["match", ids["need"][:8], "--shortlist", ids["tech"][:8], "--visit", "ffff"]
    assert main(["--db", str(db.path), *bad_visit]) == 1
    assert "no visit with id ffff" in capsys.readouterr().err
    # the funder is an organisation: found by its English or Chinese name
    for name in ("global environment facility (gef)", "全球环境基金"):
        lines = [line for line in _run(db, capsys, "projects", "--funder", name) if SHORT_ID.match(line)]
        assert len(lines) == 1 and lines[0].startswith(ids["project"][:8])
    assert main(["--db", str(db.path), "projects", "--funder", "Nobody Fund"]) == 1
    assert "no funder organisation called “Nobody Fund”" in capsys.readouterr().err


def test_funder_is_found_by_a_part_of_its_name(db: Database, capsys) -> None:
    """README: ``petdesk projects --funder GEF`` for "Global Environment Facility (GEF)"; a part that
    names several funders says which."""
    ids = _fill(db)
    with db.transaction() as s:
        project_service.create_project(s, title_en="Coastal fund study", funder="Green Climate Fund")
        project_service.create_project(s, title_en="Cities fund study", funder="Global Cities Fund")
    lines = [line for line in _run(db, capsys, "projects", "--funder", "GEF") if SHORT_ID.match(line)]
    assert len(lines) == 1 and lines[0].startswith(ids["project"][:8])
    lines = [line for line in _run(db, capsys, "projects", "--funder", "climate") if SHORT_ID.match(line)]
    assert len(lines) == 1 and "Coastal fund study" in lines[0]
    assert main(["--db", str(db.path), "projects", "--funder", "fund"]) == 1
    err = capsys.readouterr().err
    assert "“fund” is part of the names of several funders" in err
    assert "Green Climate Fund" in err and "Global Cities Fund" in err


@pytest.mark.parametrize("command", ["projects", "technologies"])
def test_chinese_lists_keep_their_columns(db: Database, capsys, command: str) -> None:
    """Stage and area names in Chinese take two terminal columns a character: padded by count, the
    money and TRL columns after them slipped from line to line."""
    from petdesk.cli.columns import width

    _fill(db)
    records = [line for line in _run(db, capsys, command, "--lang", "zh_CN") if SHORT_ID.match(line)]
    assert len(records) >= 2 and any(width(line) > len(line) for line in records)
    mark = "TRL" if command == "technologies" else "元"  # amounts in Chinese end in 元 ("200万美元")
    assert len({width(line[: line.index(mark)]) for line in records if mark in line}) == 1, records


def test_pad_counts_terminal_columns() -> None:
    from petdesk.cli.columns import pad

    assert pad("已提交", 8) == "已提交  " and pad("12", 4, ">") == "  12" and pad("toolong", 3) == "toolong"


def test_partners_are_added_re_roled_and_removed_from_the_command_line(db: Database, capsys) -> None:
    ids = _fill(db)
    pid = ids["project"][:8]
    _run(db, capsys, "projects", "partner", "add", pid, "kunming municipal government", "--role", "lead")
    _run(db, capsys, "projects", "partner", "add", pid, "全球环境基金")  # by its Chinese name
    with db.reading() as s:
        partners = {p.name_en: p.role for p in project_service.get_project(s, ids["project"]).partners}
    assert partners == {
        "Kunming Municipal Government": PartnerRole.LEAD,
        "Global Environment Facility (GEF)": PartnerRole.PARTNER,
    }
    out = "\n".join(_run(db, capsys, "project", pid, "--lang", "en"))
    assert "Kunming Municipal Government (Lead)" in out
    # the same organisation twice: one sentence, nothing changed
    assert (
        main(["--db", str(db.path), "projects", "partner", "add", pid, "Kunming Municipal Government"]) == 1
    )
    assert "Kunming Municipal Government is already a partner" in capsys.readouterr().err
    assert main(["--db", str(db.path), "projects", "partner", "add", pid, "Nobody Institute"]) == 1
    assert "no organisation called “Nobody Institute”" in capsys.readouterr().err
    with db.reading() as s:
        gef = s.query(m.Organisation).filter_by(kind=OrgKind.FUND).one().id
    _run(db, capsys, "projects", "partner", "role", pid, gef[:8], "technology_provider")  # by its id
    _run(db, capsys, "projects", "partner", "remove", pid, "Kunming Municipal Government")
    with db.reading() as s:
        partners = {p.name_en: p.role for p in project_service.get_project(s, ids["project"]).partners}
    assert partners == {"Global Environment Facility (GEF)": PartnerRole.TECHNOLOGY_PROVIDER}
    # The list command keeps its options.
    assert (
        len([line for line in _run(db, capsys, "projects", "--stage", "submitted") if SHORT_ID.match(line)])
        == 2
    )


def test_milestones_are_added_changed_ticked_off_and_removed_from_the_command_line(
    db: Database, capsys
) -> None:
    ids = _fill(db)
    pid = ids["project"][:8]
    (added,) = _run(
        db, capsys, "projects", "milestone", "add", pid, "--title-zh", "中期报告", "--kind", "report",
        "--due", "2027-06-30",
    )  # fmt: skip
    short = added[-8:]  # "Milestone added: <short id>"
    # `petdesk project` shows each milestone's short id, to give to the next command
    lines = _run(db, capsys, "project", pid, "--lang", "en")
    (line,) = [line for line in lines if short in line]
    assert "[ ]" in line and "Report due: 中期报告" in line
    _run(db, capsys, "projects", "milestone", "edit", short, "--title-en", "Interim report", "--no-due")
    _run(db, capsys, "projects", "milestone", "done", short)
    with db.reading() as s:
        ms = s.query(m.ProjectMilestone).filter(m.ProjectMilestone.id.startswith(short)).one()
        assert (ms.title_en, ms.title_zh, ms.due, ms.done) == ("Interim report", "中期报告", None, True)
    _run(db, capsys, "projects", "milestone", "reopen", short)
    with db.reading() as s:
        assert not s.query(m.ProjectMilestone).filter(m.ProjectMilestone.id.startswith(short)).one().done
    assert main(["--db", str(db.path), "projects", "milestone", "add", pid]) == 1
    assert "a milestone needs a title" in capsys.readouterr().err
    assert main(["--db", str(db.path), "projects", "milestone", "edit", short]) == 1
    assert "say what to change" in capsys.readouterr().err
    _run(db, capsys, "projects", "milestone", "remove", short)
    with db.reading() as s:
        gone = s.query(m.ProjectMilestone).filter(m.ProjectMilestone.id.startswith(short)).one()
        assert gone.deleted_at is not None
    assert main(["--db", str(db.path), "projects", "milestone", "done", short]) == 1
    assert f"no milestone with id {short}" in capsys.readouterr().err


def test_projects_id_shows_the_project_as_project_id_does(db: Database, capsys) -> None:
    pid = _fill(db)["project"][:8]
    shown = _run(db, capsys, "project", pid, "--lang", "en")
    assert _run(db, capsys, "projects", pid, "--lang", "en") == shown
    assert _run(db, capsys, "projects", "show", pid, "--lang", "en") == shown
    assert any("Sponge city pilot" in line for line in shown)
    # the listing and the parts are still there
    assert any(line.endswith("Sponge city pilot  [Global Environment Facility (GEF)]") for line in _run(
        db, capsys, "projects", "--lang", "en"
    ))  # fmt: skip
    assert main(["--db", str(db.path), "projects", "zzzzzzzz"]) == 1
    assert "no project with id zzzzzzzz" in capsys.readouterr().err


def test_stage_command_makes_a_dated_move_as_the_board_does(db: Database, capsys) -> None:
    ids = _fill(db)
    pid = ids["project"][:8]
    (said,) = _run(db, capsys, "--lang", "en", "projects", "stage", pid, "approved", "--on", "2026-11-30")
    assert said == "Project moved to Approved."
    with db.reading() as s:
        d = project_service.get_project(s, ids["project"])
        assert d.row.stage == ProjectStatus.APPROVED
        assert (d.moves[-1].stage, d.moves[-1].on) == (ProjectStatus.APPROVED, dt.date(2026, 11, 30))
    assert main(["--db", str(db.path), "projects", "stage", pid, "approved"]) == 1
    assert "already at that stage" in capsys.readouterr().err
    assert main(["--db", str(db.path), "--lang", "zh_CN", "projects", "stage", pid, "running"]) == 0
    assert capsys.readouterr().out.strip() == "项目已移至实施中。"


def test_deleted_projects_partners_and_milestones_are_listed_and_restored(db: Database, capsys) -> None:
    ids = _fill(db)
    pid = ids["project"][:8]
    _run(db, capsys, "projects", "partner", "add", pid, "Kunming Municipal Government")
    _run(db, capsys, "projects", "partner", "remove", pid, "Kunming Municipal Government")
    lines = _run(db, capsys, "--lang", "en", "deleted")
    assert any(
        "Project partner" in ln and "Kunming Municipal Government · Sponge city pilot" in ln for ln in lines
    )
    (partner_line,) = [ln for ln in lines if "Kunming" in ln]
    _run(db, capsys, "restore-record", partner_line[:8])
    with db.reading() as s:
        assert [p.name_en for p in project_service.get_project(s, ids["project"]).partners] == [
            "Kunming Municipal Government"
        ]
    # the project goes with its milestone; both come back together
    _run(db, capsys, "projects", "delete", pid)
    lines = _run(db, capsys, "--lang", "en", "deleted")
    (project_line,) = [ln for ln in lines if "Sponge city pilot" in ln and "Project " in ln]
    assert project_line[:8] == pid
    assert not any("Concept note due" in ln for ln in lines)  # listed with its project only
    assert main(["--db", str(db.path), "project", pid]) == 1
    capsys.readouterr()
    _run(db, capsys, "restore-record", pid)
    with db.reading() as s:
        d = project_service.get_project(s, ids["project"])
        assert [ms.title_en for ms in d.milestones] == ["Concept note due"]
        assert len(d.partners) == 1


def _shortlisted(db: Database, capsys) -> dict[str, str]:
    ids = _fill(db)
    _run(db, capsys, "match", ids["need"][:8], "--shortlist", ids["tech"][:8], "--state", "introduced")
    return ids


def _shortlist_states(db: Database, ids: dict[str, str]) -> list[str]:
    from petdesk.services import tech_matching

    with db.reading() as s:
        return [x.state.value for x in tech_matching.list_matches(s, need_id=ids["need"])]


def test_unshortlist_asks_first_naming_the_technology_and_the_need(
    db: Database, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It took the technology off without asking (the window can undo; the command line could not)."""
    ids = _shortlisted(db, capsys)
    command = [
        "--db",
        str(db.path),
        "--lang",
        "en",
        "match",
        ids["need"][:8],
        "--unshortlist",
        ids["tech"][:8],
    ]
    type_at_terminal(monkeypatch, "n\n")
    assert main(command) == 1
    out = capsys.readouterr().out
    assert out.startswith("Take Acoustic leak detection off the shortlist of 供水管网漏损? [y/N] ")
    assert "Nothing changed." in out
    assert _shortlist_states(db, ids) == ["introduced"]
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # piped, not typed: refused, naming --yes
    assert main(command) == 1
    assert "Add --yes to do it without asking." in capsys.readouterr().err
    assert _shortlist_states(db, ids) == ["introduced"]
    type_at_terminal(monkeypatch, "y\n")
    assert main(command) == 0
    assert _shortlist_states(db, ids) == []


def test_unshortlist_yes_does_not_ask_and_restore_record_brings_the_match_back(
    db: Database, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _shortlisted(db, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # an answer asked for would be "no"
    (out,) = _run(
        db, capsys, "--lang", "en", "match", ids["need"][:8], "--unshortlist", ids["tech"][:8], "--yes"
    )
    match_id = out.split("(")[1][:8]
    assert f"petdesk restore-record {match_id} puts it back." in out
    lines = _run(db, capsys, "--lang", "en", "deleted")
    (line,) = [ln for ln in lines if "Acoustic leak detection" in ln]
    assert line.startswith(match_id) and line.endswith(
        "Acoustic leak detection 供水管网声学漏损检测 · 供水管网漏损"
    )
    assert _run(db, capsys, "--lang", "en", "deleted", "--kind", "tech_match") == [line]
    _run(db, capsys, "restore-record", match_id)
    assert _shortlist_states(db, ids) == ["introduced"]  # as it was, state and all
    assert not [ln for ln in _run(db, capsys, "--lang", "en", "deleted") if "Acoustic" in ln]
    # shortlisted again meanwhile: the old entry stays deleted, with a sentence saying why
    _run(db, capsys, "--lang", "en", "match", ids["need"][:8], "--unshortlist", ids["tech"][:8], "--yes")
    _run(db, capsys, "match", ids["need"][:8], "--shortlist", ids["tech"][:8])
    assert main(["--db", str(db.path), "--lang", "en", "restore-record", match_id]) == 1
    assert "on this need's shortlist again" in capsys.readouterr().err


def test_unshortlist_asks_in_chinese(db: Database, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _shortlisted(db, capsys)
    type_at_terminal(monkeypatch, "n\n")
    assert (
        main(
            [
                "--db",
                str(db.path),
                "--lang",
                "zh_CN",
                "match",
                ids["need"][:8],
                "--unshortlist",
                ids["tech"][:8],
            ]
        )
        == 1
    )
    out = capsys.readouterr().out
    assert out.startswith("将“供水管网声学漏损检测”移出“供水管网漏损”的候选名单吗？[y/N] ")
    assert "未作任何更改。" in out
