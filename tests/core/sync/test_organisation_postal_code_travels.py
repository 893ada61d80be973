"""An organisation's postal code (0071) is part of its record: it reaches the other offices, and is
merged field by field (a postcode set at one office and the address changed at another both stay)."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import organisations
from tests.core.sync.helpers import send


def _org(db: Database, org_id: str) -> tuple[str | None, str]:
    with db.reading() as s:
        org = s.get(m.Organisation, org_id)
        assert org is not None
        return org.postal_code, org.address_zh


def test_the_postal_code_travels_and_merges_field_by_field(
    offices: tuple[Database, ...], packages: Path
) -> None:
    wuhan, bonn, _ = offices
    with wuhan.transaction() as s:
        org_id = organisations.create_organisation(
            s, name_en="Wuhan Water Group", country="CN", address_zh="武汉市江汉区解放大道1号"
        ).id
    send(wuhan, bonn, packages)
    assert _org(bonn, org_id) == (None, "武汉市江汉区解放大道1号")
    with bonn.transaction() as s:
        organisations.update_organisation(s, org_id, postal_code="430015")
    with wuhan.transaction() as s:  # meanwhile, the same record's address in Wuhan
        organisations.update_organisation(s, org_id, address_zh="武汉市江汉区解放大道2号")
    send(bonn, wuhan, packages)
    send(wuhan, bonn, packages)
    for office in (wuhan, bonn):
        assert _org(office, org_id) == ("430015", "武汉市江汉区解放大道2号")
    with wuhan.transaction() as s:  # emptied here, emptied there
        organisations.update_organisation(s, org_id, postal_code="")
    send(wuhan, bonn, packages)
    assert _org(bonn, org_id) == (None, "武汉市江汉区解放大道2号")
