"""The technologies offered to shortlist by hand (field test 76): any of the catalogue, found by a
part of the name or the provider in either language, named with provider and readiness."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import tech_matching, technologies


def test_choices_find_by_name_or_provider_in_either_language(db: Database) -> None:
    with db.transaction() as s:
        firm = m.Organisation(name_en="EnviroSense Oy", name_zh="环境传感公司", kind=OrgKind.ENTERPRISE)
        s.add(firm)
        s.flush()
        sensor = technologies.create_technology(
            s,
            name_en="PM2.5 sensor network",
            name_zh="PM2.5监测网络",
            provider_organisation_id=firm.id,
            trl=7,
        )
        dryer = technologies.create_technology(s, name_zh="污泥干化", sector="wastewater")
        ids = (sensor.id, dryer.id)
    sensor_id, dryer_id = ids
    with db.reading() as s:
        assert tech_matching.technology_choices(s, "监测", "zh") == [
            ("PM2.5监测网络 — 环境传感公司, TRL 7", sensor_id)
        ]
        assert tech_matching.technology_choices(s, "envirosense", "en") == [
            ("PM2.5 sensor network — EnviroSense Oy, TRL 7", sensor_id)
        ]
        # a Chinese-only technology in the English window keeps its Chinese name, no empty parts
        assert tech_matching.technology_choices(s, "污泥", "en") == [("污泥干化", dryer_id)]
        assert {i for _t, i in tech_matching.technology_choices(s, "", "zh")} == {sensor_id, dryer_id}
