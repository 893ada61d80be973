"""Riders go with a vehicle assignment deleted at an office that knows no riders (an older
petdesk), and ``petdesk check`` finds and ``--repair`` takes off riders left behind (field test
55, defect 3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.logistics import VehicleAssignment, VehicleRider
from petdesk.services import check as check_service
from petdesk.services import logistics as ls
from tests.core.sync.helpers import send
from tests.core.visits.test_vehicle_riders import _plan


def _live_riders(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(
            select(func.count()).select_from(VehicleRider).where(VehicleRider.deleted_at.is_(None))
        )


def _riders_on_the_van(db: Database) -> tuple[dict[str, str], str]:
    """Markus and Lena ride the van on both items; returns the ids and the Site visit assignment."""
    with db.transaction() as s:
        ids = _plan(s)
        ls.set_vehicle_riders(s, ids["van"], [ids["Markus"], ids["Lena"]])
        assignment = s.scalar(
            select(VehicleAssignment).where(
                VehicleAssignment.vehicle_id == ids["van"], VehicleAssignment.item_id == ids["Site visit"]
            )
        )
        assert assignment is not None
        return ids, assignment.id


def test_car_taken_off_an_item_by_an_office_without_riders_takes_its_riders(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    qingdao, munich, hamburg = offices
    _ids, assignment_id = _riders_on_the_van(qingdao)
    send(qingdao, munich, packages, full=True)
    send(munich, qingdao, packages, full=True)
    assert _live_riders(qingdao) == 4
    # Munich's older petdesk deletes only the assignment (it knows no riders).
    with munich.transaction() as s:
        row = s.get(VehicleAssignment, assignment_id)
        assert row is not None
        row.soft_delete()
    result = send(munich, qingdao, packages)
    assert result.riders_deleted == 2
    assert _live_riders(qingdao) == 2
    send(qingdao, hamburg, packages)
    assert _live_riders(hamburg) == 2
    assert check_service.check(qingdao.path).clean


def test_check_names_riders_left_behind_and_repair_takes_them_off(
    offices: tuple[Database, Database, Database], packages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    qingdao, munich, _hamburg = offices
    _ids, assignment_id = _riders_on_the_van(qingdao)
    # A file synchronised before the fix: the assignment deleted, its riders still live.
    conn = sqlite3.connect(qingdao.path)
    with conn:
        conn.execute("UPDATE vehicle_assignment SET deleted_at = updated_at WHERE id = ?", [assignment_id])
    conn.close()
    assert main(["--db", str(qingdao.path), "check"]) == 1
    assert "2 riders are still on cars taken off their itinerary items; --repair takes them off" in (
        capsys.readouterr().out
    )
    assert main(["--db", str(qingdao.path), "check", "--repair"]) == 0
    assert "took 2 riders off cars taken off their itinerary items" in capsys.readouterr().out
    assert _live_riders(qingdao) == 2
    assert check_service.check(qingdao.path).clean
    # The repair is this office's change: it travels.
    send(qingdao, munich, packages, full=True)
    assert _live_riders(munich) == 2
