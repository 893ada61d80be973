"""Field test 103: Mr Liu's annual report to the national agency. ``petdesk report year`` gives the
year's visits by partner country and type, attendees by country and gender, projects by funder and
currency, matches and new partners, and its figures agree with ``report events``, ``projects
--year`` and ``report market`` (they were spread over those, and some were in none)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from petdesk.cli import main
from petdesk.db import Database
from petdesk.demo import generate
from petdesk.enums import OrgKind, ParticipantRole, VisitDirection
from petdesk.models import Organisation
from petdesk.services import visits as vs
from petdesk.services.contacts import delete_contacts
from petdesk.services.market import overview, project_money
from petdesk.services.projects import ProjectFilter, year_days
from petdesk.services.trainings import list_trainings
from petdesk.services.year_events import TRAINING, VISIT, year_events
from petdesk.services.year_summary import year_summary
from tests.core.visits.data import person
from tests.helpers.fixtures import DEMO_ANCHOR


def test_the_summary_agrees_with_the_events_projects_and_market_reports(db: Database) -> None:
    generate(db, contacts=300, seed=103, anchor=DEMO_ANCHOR)
    first, last = year_days(2026)
    with db.reading() as s:
        y = year_summary(s, 2026)
        events = year_events(s, date_from=first, date_to=last)
        projects = ProjectFilter(active=(first, last)).rows(s)
        money = project_money(s, date_from=first, date_to=last)
        market = overview(s, date_from=first, date_to=last)
    held = {k: [r for r in events.of_kind(k) if r.status != "cancelled"] for k in (VISIT, TRAINING)}
    assert held[VISIT] and held[TRAINING], "the demo's year has visits and trainings"
    visits = [sum(col) for col in zip(*y.visits.values(), strict=True)]
    assert visits == [
        len(held[VISIT]),
        sum(r.core for r in held[VISIT]),
        sum(r.core_women for r in held[VISIT]),
        sum(r.core_men for r in held[VISIT]),
    ]
    attendees = [sum(col) for col in zip(*y.attendees.values(), strict=True)]
    assert attendees == [
        sum(r.core for r in held[TRAINING]),
        sum(r.core_women for r in held[TRAINING]),
        sum(r.core_men for r in held[TRAINING]),
    ]
    assert y.cancelled[VISIT] == len(events.of_kind(VISIT)) - len(held[VISIT])
    assert sum(y.stages.values()) == len(projects)
    for currency, (requested, approved) in money.items():  # per currency, as report market says it
        mine = [v for (_en, _zh, cur), v in y.funding.items() if cur == currency]
        assert sum(v[1] or 0 for v in mine) == requested
        assert (sum(v[2] or 0 for v in mine) if approved is not None else None) == approved
    assert y.matches == market.matches_by_state


def test_partner_country_and_type_cancelled_visits_and_currencies(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        dutch = Organisation(name_en="Rotterdam City", kind=OrgKind.CITY_GOVERNMENT, country="NL")
        lund = Organisation(name_en="Lund University", kind=OrgKind.UNIVERSITY, country="SE")
        s.add_all([dutch, lund])
        s.flush()
        plans = [
            ("Dutch delegation", VisitDirection.INBOUND, "visiting_organisation_id", dutch.id, "done"),
            ("Study visit to Lund", VisitDirection.OUTBOUND, "host_organisation_id", lund.id, "done"),
            ("Called off", VisitDirection.OUTBOUND, "host_organisation_id", lund.id, "cancelled"),
        ]
        for n, (title, direction, side, org_id, status) in enumerate(plans):
            v = vs.create_visit(
                s,
                title_en=title,
                start_date=dt.date(2026, 3 + n, 1),
                end_date=dt.date(2026, 3 + n, 2),
                direction=direction,
            )
            setattr(v, side, org_id)
            v.status = status
            for k in range(n + 1):
                c = person(s, f"P{n}{k}", "Test")
                c.gender = "f" if k == 0 else "m"
                vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
    with db.reading() as s:
        y = year_summary(s, 2026)
    assert y.visits == {
        ("inbound", "NL", "city_government"): [1, 1, 1, 0],
        ("outbound", "SE", "university"): [1, 2, 1, 1],
    }
    assert y.cancelled[VISIT] == 1
    assert sum(y.new_partners.values()) == 2

    cli = ["--db", str(db.path)]
    for suffix in ("xlsx", "csv", "pdf"):
        assert main([*cli, "report", "year", "2026", "--out", str(tmp_path / f"y.{suffix}")]) == 0
    rows = list(csv.reader((tmp_path / "y.csv").open(encoding="utf-8-sig")))
    assert ["Inbound", "Netherlands", "City government", "1", "1", "1", "0"] in rows
    assert ["Cancelled (not counted above)", "", "", "1", "", "", ""] in rows
    wb = load_workbook(tmp_path / "y.xlsx")
    assert len(wb.sheetnames) == 6
    pages = subprocess.run(["pdfinfo", str(tmp_path / "y.pdf")], capture_output=True, text=True).stdout
    assert "Pages:           1" in pages or "Pages:           2" in pages
    text = subprocess.run(["pdftotext", str(tmp_path / "y.pdf"), "-"], capture_output=True, text=True).stdout
    assert "代表团访问（按合作方国家与类型）" in text and "Netherlands" in text
    # the window's words: 来访/出访 as the Direction field, 状态 as a match's State (阶段 is a project's)
    assert "来访/出访" in text and "技术与城市需求对接（按状态）" in text and "方向" not in text


def test_a_project_without_funder_says_not_given_and_sheets_have_short_names(
    db: Database, tmp_path: Path
) -> None:
    from petdesk.services.projects import create_project

    with db.transaction() as s:
        create_project(s, title_en="Idea without a funder", on=dt.date(2026, 2, 1))
        create_project(
            s, title_en="Loan", funder="World Bank", amount=400000, currency="USD", on=dt.date(2026, 2, 1)
        )
    assert main(["--db", str(db.path), "report", "year", "2026", "--out", str(tmp_path / "y.csv")]) == 0
    rows = list(csv.reader((tmp_path / "y.csv").open(encoding="utf-8-sig")))
    # the funder was an empty cell; no currency given: the office's (CNY while no country is set)
    assert ["Not given", "CNY", "1", "0", ""] in rows
    assert ["World Bank", "USD", "1", "400000", ""] in rows
    assert main(["--db", str(db.path), "report", "year", "2026", "--out", str(tmp_path / "y.xlsx")]) == 0
    assert load_workbook(tmp_path / "y.xlsx").sheetnames[0] == "visits"


def test_stats_counts_participants_as_the_lists_do_after_a_person_is_deleted(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    generate(db, contacts=300, seed=103, anchor=DEMO_ANCHOR)
    with db.transaction() as s:  # someone registered for a training leaves the address book
        who = s.execute(text("SELECT contact_id FROM training_participant LIMIT 1")).scalar_one()
        delete_contacts(s, [who])
    with db.reading() as s:
        listed = sum(t.participants for t in list_trainings(s))
    capsys.readouterr()
    assert main(["--db", str(db.path), "stats", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["training_participants"] == listed  # was one more: the deleted person's registration


def test_visits_count_by_the_visit_country_as_the_events_report(db: Database) -> None:
    """A visit's own country (0070: an imported past visit has it and no partner organisation) is
    the one counted, as report events counts it; a visit without one takes its partner's."""
    from petdesk.services.market import NOT_GIVEN
    from petdesk.services.year_events_report import country_table

    with db.transaction() as s:
        dutch = Organisation(name_en="Rotterdam City", kind=OrgKind.CITY_GOVERNMENT, country="NL")
        s.add(dutch)
        s.flush()
        vs.create_visit(  # as import-visits writes a past visit: country and head count, no organisation
            s,
            title_zh="越南代表团",
            start_date=dt.date(2026, 4, 1),
            end_date=dt.date(2026, 4, 2),
            country="VN",
            head_count=8,
        )
        vs.create_visit(
            s,
            title_en="Dutch delegation",
            start_date=dt.date(2026, 5, 1),
            end_date=dt.date(2026, 5, 2),
            visiting_organisation_id=dutch.id,
        )
    first, last = year_days(2026)
    with db.reading() as s:
        y = year_summary(s, 2026)
        events = year_events(s, date_from=first, date_to=last)
    assert y.visits == {
        ("inbound", "VN", NOT_GIVEN): [1, 8, 0, 0],  # was counted under "country not given"
        ("inbound", "NL", "city_government"): [1, 0, 0, 0],
    }
    _heads, rows = country_table(events, "en")
    assert ["Viet Nam", 1, 8] in rows or ["Vietnam", 1, 8] in rows
