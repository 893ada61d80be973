"""A small catalogue for the filter tests of the window's lists and of the command line: two
providers (German, Chinese), two cities (Hangzhou, Bonn), technologies and city needs across
sectors, TRLs and statuses."""

from __future__ import annotations

from collections.abc import Sequence

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NeedStatus, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service

#: (name, sector, TRL, provider: "german", "chinese" or None)
TECHNOLOGIES = (
    ("mbr", "wastewater", 8, "german"),
    ("filter", "water", 5, "chinese"),
    ("bus", "transport", 2, None),
)


def small_catalogue(
    db: Database, technologies: Sequence[tuple[str, str, int, str | None]] = TECHNOLOGIES
) -> dict[str, str]:
    """Make the catalogue; the ids by name (the technologies', the needs', "hangzhou", "bonn")."""
    with db.transaction() as s:
        providers = {
            "german": m.Organisation(name_en="Aqua GmbH", kind=OrgKind.ENTERPRISE, country="DE"),
            "chinese": m.Organisation(name_zh="环科公司", kind=OrgKind.ENTERPRISE, country="CN"),
        }
        hangzhou = m.Organisation(
            name_zh="杭州市", city_zh="杭州", kind=OrgKind.CITY_GOVERNMENT, country="CN"
        )
        bonn = m.Organisation(
            name_en="City of Bonn", city_en="Bonn", kind=OrgKind.CITY_GOVERNMENT, country="DE"
        )
        s.add_all([*providers.values(), hangzhou, bonn])
        s.flush()
        out = {"hangzhou": hangzhou.id, "bonn": bonn.id}
        for key, sector, trl, provider in technologies:
            out[key] = tech_service.create_technology(
                s,
                name_en=key,
                sector=sector,
                trl=trl,
                provider_organisation_id=providers[provider].id if provider else None,
            ).id
        for key, sector, status, city in (
            ("sewage", "wastewater", NeedStatus.OPEN, hangzhou),
            ("river", "water", NeedStatus.SOLVED, hangzhou),
            ("buses", "transport", NeedStatus.OPEN, bonn),
        ):
            out[key] = need_service.create_need(
                s, title_en=key, sector=sector, status=status, city_organisation_id=city.id
            ).id
    return out
