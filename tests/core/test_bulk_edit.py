"""Setting a field on many organisations at once: set-based, with history, index and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import bulk_edit, organisations, search
from petdesk.services.validation import ValidationError


def _orgs(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        made = {
            name: organisations.create_organisation(s, name_en=name, country=country).id
            for name, country in (
                ("Qingdao Water", "CN"),
                ("Qingdao Port", "CN"),
                ("Hamburg Water", "DE"),
            )
        }
        organisations.delete_organisations(
            s, [organisations.create_organisation(s, name_en="Qingdao Gone", country="CN").id]
        )
    return made


def _countries(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {
            name: country
            for name, country in s.execute(select(m.Organisation.name_en, m.Organisation.country))
        }


def test_all_matching_get_the_new_country_with_history_index_and_undo(db: Database) -> None:
    ids = _orgs(db)
    with db.transaction() as s:
        change = bulk_edit.set_field(s, search.ORGANISATION, "country", "de", query="qingdao")
    # The two live matches changed (the deleted one did not), the third was never matched.
    assert sorted(change.ids) == sorted([ids["Qingdao Water"], ids["Qingdao Port"]])
    assert change.previous and {old for _id, old in change.previous} == {"CN"}
    assert _countries(db) == {
        "Qingdao Water": "DE",
        "Qingdao Port": "DE",
        "Hamburg Water": "DE",
        "Qingdao Gone": "CN",
    }
    with db.reading() as s:
        # History: one change-log row per record, from CN to DE.
        log = s.execute(
            select(m.SyncChange.row_id, m.SyncChange.old_value, m.SyncChange.new_value).where(
                m.SyncChange.field == "country"
            )
        ).all()
        assert sorted(r[0] for r in log) == sorted(change.ids)
        assert {(r[1], r[2]) for r in log} == {('"CN"', '"DE"')}
        # The search index follows: the country filter finds all three live ones under DE.
        assert search.count(s, "", kind=search.ORGANISATION, filters={"country": "DE"}) == 3
        assert search.count(s, "", kind=search.ORGANISATION, filters={"country": "CN"}) == 0

    with db.transaction() as s:
        assert bulk_edit.undo(s, change) == 2
    assert _countries(db)["Qingdao Water"] == "CN" and _countries(db)["Hamburg Water"] == "DE"
    with db.reading() as s:
        assert search.count(s, "", kind=search.ORGANISATION, filters={"country": "CN"}) == 2


def test_selected_ids_kind_and_refusals(db: Database) -> None:
    ids = _orgs(db)
    with db.transaction() as s:
        change = bulk_edit.set_field(s, search.ORGANISATION, "kind", "ngo", ids=[ids["Hamburg Water"]])
    assert change.ids == [ids["Hamburg Water"]]
    with db.reading() as s:
        assert organisations.get_organisation(s, ids["Hamburg Water"]).kind.value == "ngo"
    # Setting what is already there changes nothing.
    with db.transaction() as s:
        assert (
            bulk_edit.set_field(s, search.ORGANISATION, "kind", "ngo", ids=[ids["Hamburg Water"]]).ids == []
        )
    with pytest.raises(ValidationError), db.transaction() as s:
        bulk_edit.set_field(s, search.ORGANISATION, "country", "XX", query="")
    with pytest.raises(ValueError), db.transaction() as s:
        bulk_edit.set_field(s, search.ORGANISATION, "name_en", "Same name for all", query="")
    assert _countries(db)["Qingdao Water"] == "CN"


def test_country_given_by_its_name_in_english_or_chinese(db: Database) -> None:
    """Field test 25: "Germany" was refused as "not a two-letter country code"; the editor picks
    countries by name, so the bulk field takes a name (or a code) too."""
    ids = _orgs(db)
    with db.transaction() as s:
        bulk_edit.set_field(s, search.ORGANISATION, "country", "Germany", ids=[ids["Qingdao Water"]])
        bulk_edit.set_field(s, search.ORGANISATION, "country", "瑞典", ids=[ids["Qingdao Port"]])
    assert _countries(db)["Qingdao Water"] == "DE"
    assert _countries(db)["Qingdao Port"] == "SE"
    assert bulk_edit.clean_value(search.ORGANISATION, "country", " united kingdom ") == "GB"
    with pytest.raises(ValidationError, match="Deutschland"):
        bulk_edit.clean_value(search.ORGANISATION, "country", "Deutschland")
