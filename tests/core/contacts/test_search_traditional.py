"""Traditional and Simplified Chinese as one in search and duplicates: 张伟 finds 張偉 and back, for
people and organisations, and 陈志明 pairs with 陳志明; names are kept and shown as entered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.han_script import simplified
from petdesk.services import contacts, duplicates, organisations, search
from tests.core.contacts.io_helpers import add_contact


@pytest.fixture
def partners(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        taipei = organisations.create_organisation(s, name_en="Taipei EPB", name_zh="臺北市環境保護局")
        return {
            "zhang_trad": contacts.create_contact(s, family_name_zh="張", given_name_zh="偉").id,
            "chen_simp": contacts.create_contact(s, family_name_zh="陈", given_name_zh="志明").id,
            "wang": contacts.create_contact(s, family_name_zh="王", given_name_zh="芳").id,
            "hk": organisations.create_organisation(s, name_en="HK EPD", name_zh="香港環境局").id,
            "taipei": taipei.id,
        }


def _found(db: Database, query: str, kind: str) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=kind, limit=100)}


@pytest.mark.parametrize("query", ["张伟", "張偉", "张", "張", "伟", "張伟"])
def test_a_traditional_name_is_found_in_either_script(
    db: Database, partners: dict[str, str], query: str
) -> None:
    assert _found(db, query, search.CONTACT) == {partners["zhang_trad"]}


@pytest.mark.parametrize("query", ["陈志明", "陳志明", "陳", "志明", "chenzhiming"])
def test_a_simplified_name_is_found_typed_traditional(
    db: Database, partners: dict[str, str], query: str
) -> None:
    assert _found(db, query, search.CONTACT) == {partners["chen_simp"]}


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("台北市环境保护局", "taipei"),
        ("臺北市環境保護局", "taipei"),
        ("环境保护", "taipei"),
        ("台北", "taipei"),
        ("香港环境局", "hk"),
        ("环境局", "hk"),
    ],
)
def test_organisations_in_either_script(
    db: Database, partners: dict[str, str], query: str, wanted: str
) -> None:
    assert _found(db, query, search.ORGANISATION) == {partners[wanted]}


def test_names_are_shown_as_entered(db: Database, partners: dict[str, str]) -> None:
    with db.reading() as s:
        (row,) = search.search(s, "张伟", kind=search.CONTACT)
        (org,) = search.search(s, "台北", kind=search.ORGANISATION)
    assert row.name_zh == "張偉"
    assert org.name_zh == "臺北市環境保護局"
    assert _found(db, "王芳", search.CONTACT) == {partners["wang"]}  # Simplified as before
    assert _found(db, "張芳", search.CONTACT) == set()


def test_the_converter_table_reads_from_its_package() -> None:
    """The data of ``opencc-python-reimplemented`` is found where the installed package keeps it."""
    assert simplified("臺北市環境保護局 張偉 陳志明 啟") == "台北市环境保护局 张伟 陈志明 启"
    assert simplified("Zhang Wei 张伟") == "Zhang Wei 张伟"


@pytest.mark.parametrize("at_scale", [False, True])
def test_duplicates_pair_traditional_and_simplified(
    db: Database, monkeypatch: pytest.MonkeyPatch, at_scale: bool
) -> None:
    if at_scale:
        monkeypatch.setattr(duplicates, "IN_MEMORY_LIMIT", 0)
    with db.transaction() as s:
        simp = add_contact(s, family_name_zh="陈", given_name_zh="志明").id
        trad = add_contact(s, family_name_zh="陳", given_name_zh="志明").id
        other = add_contact(s, family_name_zh="陳", given_name_zh="志强").id
    with db.reading() as s:
        pairs = {p.key: p for p in duplicates.find_contact_duplicates(s)}
    pair = pairs[tuple(sorted((simp, trad)))]
    assert pair.score >= duplicates.W_SAME_NAME
    assert any("陈志明" in r and "陳志明" in r for r in map(str, pair.reasons))
    assert not any(other in key for key in pairs)


def test_duplicates_of_one_record(db: Database) -> None:
    with db.transaction() as s:
        simp = add_contact(s, family_name_zh="陈", given_name_zh="志明").id
        trad = add_contact(s, family_name_zh="陳", given_name_zh="志明").id
    with db.reading() as s:
        found = duplicates.duplicates_of(s, "contact", trad)
    assert {p.first_id for p in found} | {p.second_id for p in found} == {simp, trad}


def test_cli_search_finds_traditional_by_simplified(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    with db.transaction() as s:
        contacts.create_contact(s, family_name_zh="張", given_name_zh="偉")
    db.close()
    assert main(["--db", str(db_path), "search", "张伟", "--json", "--kind", "contacts"]) == 0
    assert json.loads(capsys.readouterr().out)["name_zh"] == "張偉"
    assert main(["--db", str(db_path), "search", "陈志明"]) == 1


def test_a_traditional_tag_added_in_bulk_is_keyed_as_a_rebuild_keys_it(db: Database) -> None:
    from petdesk.services import tagging
    from tests.core.contacts.test_bulk_tags import _entries

    with db.transaction() as s:
        person = contacts.create_contact(s, family_name_zh="陳", given_name_zh="志明").id
        org = organisations.create_organisation(s, name_en="Macau DSPA").id
    with db.transaction() as s:
        assert tagging.retag(s, search.CONTACT, ids=[person], add=["臺灣夥伴"]) == 1
        assert tagging.retag(s, search.ORGANISATION, ids=[org], add=["澳門環境"]) == 1
    in_place = _entries(db)
    assert _found(db, "台湾", search.CONTACT) == {person}
    assert _found(db, "澳门环境", search.ORGANISATION) == {org}
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _entries(db) == in_place


def test_an_imported_traditional_namesake_is_flagged_as_a_possible_match(
    db: Database, tmp_path: Path
) -> None:
    from petdesk.services import importing

    with db.transaction() as s:
        first = contacts.create_contact(s, family_name_zh="张", given_name_zh="伟").id
    path = tmp_path / "taipei.csv"
    path.write_text("姓名,單位,郵箱\n張偉,臺北市環境保護局,chang.wei@tpe.example.tw\n", encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    [added] = report.added
    assert added.possible_match and first in added.candidates
    with db.reading() as s:
        assert contacts.get_contact(s, added.record_id).name_zh == "張偉"  # kept as written
