"""A project's technology areas are the sectors its city needs and technologies carry (field coop60):
``projects add --areas wastewater`` was refused while ``needs add --sector wastewater`` and
``technologies add --sector wastewater`` took it, and the window's checklist had no wastewater."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError
from petdesk.vocab import SECTORS


def test_a_project_takes_every_sector_and_refuses_an_unknown_area(db: Database) -> None:
    with db.transaction() as s:
        made = project_service.create_project(
            s, title_en="Dianchi villages wastewater pilot", technology_areas=["wastewater", "water", "water"]
        )
        assert made.technology_areas == ["wastewater", "water"]
        with pytest.raises(PipelineError, match="unknown technology area sewage"):
            project_service.update_project(s, made.id, technology_areas=["sewage"])
        changed = project_service.update_project(s, made.id, technology_areas=list(SECTORS))
        assert changed.technology_areas == list(SECTORS)
        # an area a newer office's sync stored does not block other changes
        made.technology_areas = ["ocean_plastics"]
        s.flush()
        changed = project_service.update_project(s, made.id, technology_areas=["ocean_plastics", "waste"])
        assert changed.technology_areas == ["ocean_plastics", "waste"]


def test_the_command_line_adds_a_wastewater_project(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "--db",
            str(db.path),
            "--lang",
            "en",
            "projects",
            "add",
            "--title-en",
            "Sewer pilot",
            "--areas",
            "wastewater",
        ]
    )
    assert code == 0, capsys.readouterr().err
    with db.reading() as s:
        (row,) = project_service.list_projects(s)
        assert s.get(m.Project, row.id).technology_areas == ["wastewater"]
