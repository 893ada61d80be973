"""Merging two sites of one firm keeps the other site's city and address (field test 50, defect
6: Esslingen was dropped without a trace, and ``petdesk search Esslingen`` found nothing)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import merge
from petdesk.services import organisations as org_service


@pytest.fixture
def two_sites(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        keep = org_service.create_organisation(
            s,
            name_en="Stuttgart Water Tech GmbH",
            name_zh="斯图加特水技术有限公司",
            city_en="Stuttgart",
            city_zh="斯图加特",
        )
        other = org_service.create_organisation(
            s,
            name_en="Stuttgart Water Technology GmbH",
            name_zh="斯图加特水务技术公司",
            city_en="Esslingen",
            city_zh="埃斯林根",
            address_en="Fabrikstraße 3, 73728 Esslingen",
        )
        return keep.id, other.id


def test_the_other_site_is_kept_said_and_found(
    db: Database, two_sites: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    keep_id, other_id = two_sites
    base = ["--db", str(db.path)]
    assert main([*base, "merge", "--organisations", keep_id, other_id]) == 0
    said = capsys.readouterr().out
    assert "the other site (Esslingen) is kept in the notes and as another name" in said
    with db.reading() as s:
        kept = s.get(m.Organisation, keep_id)
        assert kept.city_en == "Stuttgart"  # the kept site stays the record's city
        assert (
            "Other site (merged from Stuttgart Water Technology GmbH): Esslingen; Fabrikstraße 3"
            in kept.notes
        )
        assert "另一地点（合并自斯图加特水务技术公司）：埃斯林根" in kept.notes
        assert "Stuttgart Water Technology GmbH (Esslingen)" in kept.aliases
        assert "斯图加特水务技术公司（埃斯林根）" in kept.aliases
    assert main([*base, "search", "Esslingen"]) == 0
    assert "Stuttgart Water Tech GmbH" in capsys.readouterr().out
    with db.reading() as s:
        record = s.query(m.MergeRecord).one()
        assert "埃斯林根" in merge.describe_merge(record, "zh_CN")


def test_undo_takes_the_notes_and_alias_back(db: Database, two_sites: tuple[str, str]) -> None:
    keep_id, other_id = two_sites
    with db.transaction() as s:
        record = merge.merge(s, "organisation", keep_id, other_id)
    with db.transaction() as s:
        merge.undo_merge(s, record.id)
    with db.reading() as s:
        kept = s.get(m.Organisation, keep_id)
        assert kept.notes == "" and not any("Esslingen" in a for a in kept.aliases)
