"""A person's organisation is found by its name and the row's country (round 54): "Ministry of
Environment" on a Kazakh row is not Vietnam's of the same name. Without a country the row joins one
of the namesakes as before, and says which. Invented people and organisations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.duplicates import translate_reason
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _workplaces(db: Database) -> dict[str, tuple[str, str]]:
    """Each person's family name -> (organisation, its country)."""
    with db.reading() as s:
        rows = s.execute(
            select(m.Contact.family_name, m.Organisation.name_en, m.Organisation.country)
            .join(m.Affiliation, m.Affiliation.contact_id == m.Contact.id)
            .join(m.Organisation, m.Organisation.id == m.Affiliation.organisation_id)
        )
        return {family: (org, country) for family, org, country in rows}


def test_a_kazakh_row_does_not_join_vietnams_ministry(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(m.Organisation(name_en="Ministry of Environment", country="VN"))
    path = tmp_path / "delegates.csv"
    path.write_text(
        "First Name,Last Name,Country,Company\n"
        "Aigerim,Nurlanova,Kazakhstan,Ministry of Environment\n"
        "Minh,Tran,Viet Nam,Ministry of Environment\n"
        "Dana,Seitkali,KAZ,Ministry of Environment\n",
        encoding="utf-8",
    )
    report = _import(db, path)
    assert _workplaces(db) == {
        "Nurlanova": ("Ministry of Environment", "KZ"),
        "Tran": ("Ministry of Environment", "VN"),
        "Seitkali": ("Ministry of Environment", "KZ"),  # the one the first Kazakh row added
    }
    said = [[str(w) for w in r.warnings] for r in report.added]
    assert said[0] == [
        "organisation “Ministry of Environment” on file is in Vietnam, not Kazakhstan as the row says; "
        "added a new one in Kazakhstan"
    ]
    assert said[1:] == [[], []]


def test_a_row_without_a_country_says_which_namesake_it_joined(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add_all(
            [
                m.Organisation(name_en="Ministry of Environment", country="VN"),
                m.Organisation(name_en="Ministry of Environment", country="KZ"),
                m.Organisation(name_en="Clean Air Alliance", country=""),
            ]
        )
    path = tmp_path / "list.csv"
    path.write_text(
        "First Name,Last Name,Company\nAsel,Bekova,Ministry of Environment\nLan,Pham,Clean Air Alliance\n",
        encoding="utf-8",
    )
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(path), "contacts", check=True)
    report = _import(db, path)
    joined = _workplaces(db)
    country = {"VN": "Vietnam", "KZ": "Kazakhstan"}[joined["Bekova"][1]]
    said = f"several organisations are named “Ministry of Environment”; attached to the one in {country}"
    assert [[str(w) for w in r.warnings] for r in report.added] == [[said], []]
    assert [[str(w) for w in item.record.warnings] for item in plan.items] == [[said], []]
    assert joined["Pham"] == ("Clean Air Alliance", "")  # one of the name: nothing to say


def test_a_namesake_without_a_country_is_named_so(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add_all([m.Organisation(name_en="Green Office"), m.Organisation(name_en="Green Office")])
    path = tmp_path / "list.csv"
    path.write_text("First Name,Last Name,Company\nAsel,Bekova,Green Office\n", encoding="utf-8")
    (added,) = _import(db, path).added
    assert [str(w) for w in added.warnings] == [
        "several organisations are named “Green Office”; attached to the one without a country"
    ]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_notes_in_chinese(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add_all(
            [
                m.Organisation(name_en="Ministry of Environment", country="VN"),
                m.Organisation(name_en="Ministry of Environment", country="VN"),
            ]
        )
    path = tmp_path / "list.csv"
    path.write_text("First Name,Last Name,Company\nAsel,Bekova,Ministry of Environment\n", encoding="utf-8")
    (added,) = _import(db, path).added
    (note,) = added.warnings
    zh = translate_reason(note, i18n.translator("zh_CN"))
    assert zh == "有多个机构名为“Ministry of Environment”；已关联到位于越南的那个", zh
