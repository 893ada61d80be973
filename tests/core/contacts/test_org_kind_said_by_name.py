"""A name that says a kind, told apart from one that says none (the editor's hint, the CLI's line)."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_said_by_name


@pytest.mark.parametrize(
    ("name_en", "name_zh", "kind"),
    [
        ("", "唐山市生态环境局", OrgKind.CITY_GOVERNMENT),
        ("Sichuan Ecology and Environment Department", "", OrgKind.MINISTRY_AGENCY),
        ("Tongji University", "", OrgKind.UNIVERSITY),
        ("Acme Water Ltd", "", OrgKind.ENTERPRISE),
        ("", "苏州清水公司", OrgKind.ENTERPRISE),
        ("Acme", "", None),
        ("", "", None),
        ("  ", "苏州", None),
    ],
)
def test_kind_said_by_name(name_en: str, name_zh: str, kind: OrgKind | None) -> None:
    assert kind_said_by_name(name_en, name_zh) is kind
