"""A project's history includes its partners and milestones: added, changed, ticked off, removed,
also when the change came by sync (field test 16, defect 2: it showed only the project's fields)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import PartnerRole
from petdesk.services import history
from petdesk.services import projects as project_service
from tests.core.sync.helpers import make_office, send


def _project(db: Database) -> tuple[str, str, str, str]:
    """A project with two partners and two milestones; one milestone ticked off, one partner removed."""
    with db.transaction() as s:
        city = m.Organisation(name_en="Chengdu Municipal Government", name_zh="成都市人民政府")
        fund = m.Organisation(name_en="BMUV Export Initiative", name_zh="环保出口倡议")
        s.add_all([city, fund])
        s.flush()
        p = project_service.create_project(s, title_en="Waste-to-energy plant Chengdu")
        project_service.add_partner(s, p.id, organisation_id=city.id, role=PartnerRole.BENEFICIARY_CITY)
        project_service.add_partner(s, p.id, organisation_id=fund.id, role=PartnerRole.PARTNER)
        deadline = project_service.add_milestone(
            s, p.id, title_en="Application deadline", due=dt.date(2027, 1, 31)
        ).id
        report = project_service.add_milestone(
            s, p.id, title_en="Interim report", due=dt.date(2027, 9, 30), kind="report"
        ).id
        ids = (p.id, deadline, report, fund.id)
    with db.transaction() as s:
        project_service.set_milestone_done(s, deadline)
        project_service.remove_partner(s, ids[0], organisation_id=fund.id)
    return ids


def test_project_history_has_partners_and_milestones_also_from_another_office(tmp_path: Path) -> None:
    hub = make_office(tmp_path / "dbs", "Munich")
    partner = make_office(tmp_path / "dbs", "Chengdu")
    try:
        project, _deadline, report, _fund = _project(hub)
        send(hub, partner, tmp_path)
        with partner.transaction() as s:  # Chengdu moves the interim report
            project_service.update_milestone(s, report, due=dt.date(2027, 10, 15))
        send(partner, hub, tmp_path)
        with hub.reading() as s:
            entries = history.record_history(s, "project", project)
    finally:
        hub.engine.dispose()
        partner.engine.dispose()

    added = {e.label for e in entries if e.entity == "project_milestone" and e.is_creation}
    assert added == {"Application deadline", "Interim report"}
    [ticked] = [e for e in entries if e.entity == "project_milestone" and e.field == "done"]
    assert (ticked.label, ticked.new_value) == ("Application deadline", True)
    [moved] = [e for e in entries if e.entity == "project_milestone" and e.field == "due"]
    assert (moved.label, moved.office) == ("Interim report", "Chengdu")
    partners = {e.label for e in entries if e.entity == "project_partner" and e.is_creation}
    assert partners == {"Chengdu Municipal Government 成都市人民政府", "BMUV Export Initiative 环保出口倡议"}
    [removed] = [e for e in entries if e.entity == "project_partner" and e.field == "deleted_at"]
    assert removed.label.startswith("BMUV Export Initiative")
    assert entries[-1].entity == "project" and entries[-1].is_creation


def test_cli_project_history(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    project, *_ = _project(db)
    assert main(["--db", str(db.path), "history", project[:8]]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("Project milestone · Interim report · created") for line in out), out
    assert any("Project partner · BMUV Export Initiative" in line and "→" in line for line in out), out
