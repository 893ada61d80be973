"""polish63b: "Beijing Office of Siemens AG" was guessed a city government: an office named after a
company by its legal form (AG, GmbH, Ltd, Inc, Co., S.A., plc, Corp…) is the company's, an enterprise,
and the name says so (the editor's "guessed from the name" hint)."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name, kind_said_by_name


@pytest.mark.parametrize(
    "name_en",
    [
        "Beijing Office of Siemens AG",
        "Guangzhou Office of Veolia S.A.",
        "Shanghai Office of Bosch GmbH",
        "Chengdu Office of BP plc",
        "Beijing Office of Hitachi Co., Ltd.",
        "Tianjin Office of Acme Corp.",
        "Shenzhen Office of Acme Inc.",
        "Wuhan Office of Enel S.p.A.",
        "Xi'an Office of Royal HaskoningDHV B.V.",
    ],
)
def test_office_of_a_company_is_an_enterprise_said_by_its_name(name_en: str) -> None:
    assert kind_from_name(name_en, "") is OrgKind.ENTERPRISE
    assert kind_said_by_name(name_en, "") is OrgKind.ENTERPRISE


@pytest.mark.parametrize(
    ("name_en", "kind"),
    [
        ("Chongqing Foreign Affairs Office", OrgKind.CITY_GOVERNMENT),
        ("Changsha Office of GIZ", OrgKind.MINISTRY_AGENCY),
        ("Beijing Office of Siemens", None),  # a bare name says nothing
    ],
)
def test_other_offices_unchanged(name_en: str, kind: OrgKind | None) -> None:
    assert kind_said_by_name(name_en, "") is kind
