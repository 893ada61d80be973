"""A value a newer office stored that this release does not know (a new role, status, kind …) is read
as the enum's fallback member (``enums.falls_back_to``): the services, the command line and sync
open such a file without error, and the stored value stays in the file until that field is edited."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from petdesk import enums
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.base import Base
from tests.helpers.newer_values import NEWER, enum_columns, plant_newer_values, stored


def test_every_enum_column_has_a_fallback() -> None:
    columns = enum_columns()
    assert len(columns) > 20
    for _, _, cls in columns:
        assert enums.stored(cls, NEWER) is enums.fallback(cls)
    assert enums.fallback(enums.TrainingRole) is enums.TrainingRole.ATTENDEE
    assert enums.fallback(enums.VisitStatus) is enums.VisitStatus.PLANNED


def test_the_orm_reads_an_unknown_value_as_the_fallback(demo_db: Database) -> None:
    from sqlalchemy import select

    from petdesk import models as m

    plant_newer_values(demo_db)
    with demo_db.transaction() as s:
        for table, column, cls in enum_columns():
            model = next(mp.class_ for mp in Base.registry.mappers if mp.local_table.name == table)
            rows = s.scalars(select(model)).all()
            values = {getattr(r, column) for r in rows}
            assert all(isinstance(v, cls) or v is None for v in values), (table, column)
        assert s.scalars(select(m.Training)).first() is not None


def test_editing_another_field_keeps_the_stored_value(demo_db: Database) -> None:
    from sqlalchemy import select

    from petdesk import models as m
    from petdesk.services import trainings as ts

    with demo_db.transaction() as s:
        part = s.scalars(select(m.TrainingParticipant)).first()
        assert part is not None
        part_id, training_id = part.id, part.training_id
    with closing(demo_db.raw()) as conn, conn:
        conn.execute("UPDATE training_participant SET role = ? WHERE id = ?", ("translator", part_id))
        conn.execute("UPDATE training SET status = ? WHERE id = ?", ("postponed", training_id))
    with demo_db.transaction() as s:
        training = ts.get_training(s, training_id)
        assert training.status is enums.TrainingStatus.PLANNED
        ts.update_training(s, training_id, title_en="Renamed by an older office")
        part = s.get(m.TrainingParticipant, part_id)
        assert part is not None and part.role is enums.TrainingRole.ATTENDEE
        part.note = "edited elsewhere" if hasattr(part, "note") else None
        part.role = enums.TrainingRole.ATTENDEE  # the same member: not a change, so not written
    assert stored(demo_db, "training", "status", training_id) == "postponed"
    assert stored(demo_db, "training", "title_en", training_id) == "Renamed by an older office"
    assert stored(demo_db, "training_participant", "role", part_id) == "translator"
    # Editing that field itself writes the new choice.
    with demo_db.transaction() as s:
        ts.set_training_status(s, training_id, enums.TrainingStatus.CONFIRMED)
    assert stored(demo_db, "training", "status", training_id) == "confirmed"


@pytest.mark.parametrize(
    "argv",
    [
        ["visits"],
        ["visits", "--json"],
        ["trainings"],
        ["trainings", "--json"],
        ["followups"],
        ["followups", "--all"],
        ["projects"],
        ["needs"],
        ["technologies"],
        ["finance"],
        ["activities"],
        ["reminders", "--days", "3660"],
        ["clashes"],
        ["stats"],
        ["report", "market", "--year", "2026", "--out", "{tmp}/market.pdf"],
        ["report", "matches", "--with-no-agreement", "--out", "{tmp}/matches.csv"],
        ["report", "projects", "--out", "{tmp}/projects.pdf"],
        ["report", "events", "--year", "2026", "--out", "{tmp}/events.pdf"],
        ["report", "interpreting", "--from", "2026-01-01", "--to", "2027-12-31"],
        ["report", "attendance", "{training}"],
        ["report", "year", "2026"],
    ],
    ids=lambda argv: " ".join(a for a in argv if "{" not in a),
)
def test_command_line_lists_open_the_file(
    demo_db: Database, argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant_newer_values(demo_db)
    with closing(demo_db.raw()) as conn:
        training = conn.execute("SELECT id FROM training WHERE status = ?", (NEWER,)).fetchone()[0]
    argv = [a.format(tmp=tmp_path, training=training) for a in argv]
    code = main(["--db", str(demo_db.path), *argv])
    _out, err = capsys.readouterr()
    assert "Traceback" not in err and "LookupError" not in err and "is not a valid" not in err, err
    assert code == 0, err


@pytest.mark.parametrize("command", ["visits", "trainings"])
def test_the_json_lists_show_the_stored_value(
    demo_db: Database, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Where the fallback is not what the file holds, scripts read the file's value: the lists
    read the rows through plain SQL and print the status as stored."""
    import json

    plant_newer_values(demo_db)
    assert (
        main(["--db", str(demo_db.path), command, "--json", "--from", "2000-01-01", "--to", "2100-01-01"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)[command]
    statuses = {r["status"] for r in rows}
    assert NEWER in statuses and len(statuses) > 1


def test_the_shows_give_the_stored_value(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """``contact``, ``organisation`` and ``visits ID`` print what the file holds, not the fallback
    the record is read as (as the lists' ``--json`` do)."""
    import json

    plant_newer_values(demo_db, every=1)
    with closing(demo_db.raw()) as conn:
        contact_id = conn.execute(
            "SELECT contact_id FROM contact_method WHERE deleted_at IS NULL LIMIT 1"
        ).fetchone()[0]
        org_id = conn.execute("SELECT id FROM organisation WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        visit_id = conn.execute(
            "SELECT visit_id FROM visit_participant WHERE deleted_at IS NULL LIMIT 1"
        ).fetchone()[0]
    base = ["--db", str(demo_db.path)]

    assert main([*base, "contact", "show", contact_id, "--json"]) == 0
    methods = json.loads(capsys.readouterr().out)["methods"]
    assert methods and all(m["channel"] == NEWER and m["label"] == NEWER for m in methods)
    assert main([*base, "contact", "show", contact_id]) == 0
    assert NEWER in capsys.readouterr().out

    assert main([*base, "organisation", "show", org_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == NEWER
    assert main([*base, "organisation", "show", org_id]) == 0
    assert NEWER in capsys.readouterr().out

    assert main([*base, "visits", visit_id, "--json"]) == 0
    visit = json.loads(capsys.readouterr().out)
    assert (visit["direction"], visit["status"]) == (NEWER, NEWER)
    assert visit["delegation"] and {p["role"] for p in visit["delegation"]} == {NEWER}
    assert {i["kind"] for i in visit["itinerary"]} <= {NEWER}
    assert main([*base, "visits", visit_id]) == 0
    shown = capsys.readouterr().out
    assert f"status: {NEWER}" in shown and f"direction: {NEWER}" in shown


@pytest.mark.parametrize("plain_sql", [True, False], ids=["followups", "service"])
def test_the_follow_up_list_names_a_newer_status(
    demo_db: Database, plain_sql: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """``petdesk followups`` (plain SQL) and the service's list (the window's) keep a follow-up a
    newer petdesk gave a status of its own (read as Open, which hides nothing) and say what it holds."""
    from petdesk.services import follow_ups

    with closing(demo_db.raw()) as conn, conn:
        odd, title = conn.execute(
            "SELECT id, description_en FROM follow_up WHERE deleted_at IS NULL AND status = 'open' LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE follow_up SET status = ? WHERE id = ?", (NEWER, odd))
    if plain_sql:
        assert main(["--db", str(demo_db.path), "followups"]) == 0
        line = next(x for x in capsys.readouterr().out.splitlines() if odd[:8] in x)
        assert f"[{NEWER}]" in line and title in line
        return
    with demo_db.reading() as s:
        rows = {r.id: r for r in follow_ups.listing(s)}
        assert rows[odd].stored_status == NEWER and rows[odd].is_open
        assert all(r.stored_status is None for i, r in rows.items() if i != odd)
        assert follow_ups.get(s, odd).stored_status == NEWER


def test_training_project_and_visit_shows_give_the_stored_values(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """``trainings ID``, ``project ID`` and ``visits ID`` print a newer petdesk's status, stage, roles
    and kinds as stored, not the stand-ins they are read as (Planned, Idea, Attendee, Delegate …)."""
    import json

    plant_newer_values(demo_db, every=1)
    with closing(demo_db.raw()) as conn:
        training_id = conn.execute("SELECT training_id FROM training_participant LIMIT 1").fetchone()[0]
        project_id = conn.execute(
            "SELECT project_id FROM project_partner p WHERE EXISTS "
            "(SELECT 1 FROM project_milestone m WHERE m.project_id = p.project_id AND m.deleted_at IS NULL) "
            "AND EXISTS (SELECT 1 FROM project_stage_change c WHERE c.project_id = p.project_id) LIMIT 1"
        ).fetchone()[0]
        visit_id = conn.execute(
            "SELECT visit_id FROM visit_participant v WHERE EXISTS (SELECT 1 FROM follow_up f "
            "WHERE f.visit_id = v.visit_id AND f.deleted_at IS NULL) AND EXISTS (SELECT 1 FROM "
            "itinerary_item i WHERE i.visit_id = v.visit_id AND i.deleted_at IS NULL) LIMIT 1"
        ).fetchone()[0]
    base = ["--db", str(demo_db.path)]

    assert main([*base, "trainings", training_id]) == 0
    shown = capsys.readouterr().out
    assert f"status: {NEWER}" in shown
    sheet = shown.split("Sign-in sheet:")[1].splitlines()[2:]
    assert sheet and all(line.endswith(f"[{NEWER}]") for line in sheet)

    assert main([*base, "project", project_id]) == 0
    shown = capsys.readouterr().out
    assert f"stage: {NEWER}" in shown
    partners = shown.split("Partners:\n")[1].split("\n", 1)[0]
    moves = shown.split("Stage moves:\n")[1].split("\n", 1)[0]
    milestone = shown.split("Milestones:\n")[1].split("\n", 1)[0]
    assert partners.endswith(f"({NEWER})") and moves.endswith(NEWER) and f"{NEWER}: " in milestone
    assert main([*base, "project", project_id, "--json"]) == 0
    project = json.loads(capsys.readouterr().out)["project"]
    assert project["stage"] == NEWER and {m["kind"] for m in project["milestones"]} == {NEWER}

    assert main([*base, "visits", visit_id]) == 0
    shown = capsys.readouterr().out
    people = shown.split("Delegation:\n")[1].split("Itinerary")[0].splitlines()
    assert people and all(line.split()[0] == NEWER for line in people if not line.endswith(":"))
    items = shown.split("Itinerary (place's time, your time in brackets):\n")[1].split("Follow-ups:")[0]
    follow = shown.split("Follow-ups:\n")[1].splitlines()
    assert f"[{NEWER}]" in items.splitlines()[0] and follow[0].strip().startswith(f"[{NEWER}]")
