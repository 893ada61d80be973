"""Searching technologies and city needs by pinyin initials and without accents, from the keys in
``catalogue_search`` (field test 26, defect 8)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import delete, select, text

from petdesk import models as m
from petdesk.models.enums import OrgKind
from petdesk.services import catalogue_search
from petdesk.services import needs as need_service
from petdesk.services import organisations as org_service
from petdesk.services import technologies as tech_service


@pytest.fixture
def catalogue(db) -> dict[str, str]:
    with db.transaction() as s:
        krueger = m.Organisation(name_en="Krüger Wassertechnik", kind=OrgKind.ENTERPRISE, country="DE")
        hangzhou = m.Organisation(
            name_zh="杭州市人民政府", city_zh="杭州", kind=OrgKind.CITY_GOVERNMENT, country="CN"
        )
        s.add_all([krueger, hangzhou])
        s.flush()
        vacuum = tech_service.create_technology(
            s, name_zh="老城区真空排水系统", sector="wastewater", provider_organisation_id=krueger.id
        )
        mbr = tech_service.create_technology(s, name_en="Müller membrane bioreactor", sector="wastewater")
        need = need_service.create_need(
            s, title_zh="黑臭水体治理", city_organisation_id=hangzhou.id, sector="water"
        )
        return {"vacuum": vacuum.id, "mbr": mbr.id, "need": need.id, "krueger": krueger.id}


def _technologies(db, query: str) -> set[str]:
    with db.reading() as s:
        return {t.id for t in tech_service.list_technologies(s, query)}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("zkps", "vacuum"),  # initials of 真空排水
        ("lcq", "vacuum"),
        ("zhenkong", "vacuum"),
        ("zhen kong", "vacuum"),
        ("真空", "vacuum"),
        ("Kruger", "vacuum"),  # the provider, without its umlaut
        ("krueger", "vacuum"),  # as German writes it without one
        ("Krüger", "vacuum"),
        ("Muller", "mbr"),
        ("Mueller", "mbr"),
        ("MÜLLER membrane", "mbr"),
        ("wushui", "vacuum"),  # the sector's Chinese label, 污水处理, in pinyin
    ],
)
def test_technology_found_by(db, catalogue, query: str, key: str) -> None:
    assert catalogue[key] in _technologies(db, query)


def test_every_word_must_match(db, catalogue) -> None:
    assert _technologies(db, "zkps muller") == set()
    assert _technologies(db, "") == {catalogue["vacuum"], catalogue["mbr"]}


def test_descriptions_give_no_initials(db, catalogue) -> None:
    """Initials only of names: three letters of a long description would match almost anything."""
    with db.transaction() as s:
        tech_service.update_technology(s, catalogue["mbr"], description_zh="适用于城市污水处理")
    assert _technologies(db, "wushui") == {catalogue["vacuum"], catalogue["mbr"]}
    assert catalogue["mbr"] not in _technologies(db, "sycs")


@pytest.mark.parametrize("query", ["hcst", "heichou", "杭州", "hangzhou", "hz"])
def test_need_found_by(db, catalogue, query: str) -> None:
    with db.reading() as s:
        assert [n.id for n in need_service.list_needs(s, query)] == [catalogue["need"]]


def test_keys_follow_a_renamed_provider(db, catalogue) -> None:
    """The provider's name is part of the key: renaming it updates the key at commit."""
    with db.transaction() as s:
        org_service.update_organisation(s, catalogue["krueger"], name_en="Dresden Aqua")
    assert _technologies(db, "kruger") == set()
    assert _technologies(db, "dresden") == {catalogue["vacuum"]}


def test_keys_written_by_plain_sql_are_caught_up_at_search(db, catalogue) -> None:
    """A change that no session saw (another program, a bulk insert) is keyed when searched."""
    conn = sqlite3.connect(db.path)
    conn.execute(
        "UPDATE technology SET name_zh = '雨水花园', updated_at = updated_at + 1 WHERE id = ?",
        (catalogue["vacuum"],),
    )
    conn.commit()
    conn.close()
    assert _technologies(db, "yshy") == {catalogue["vacuum"]}
    assert _technologies(db, "zkps") == set()


def test_stored_keys_are_fresh_after_commit(db, catalogue) -> None:
    with db.reading() as s:
        conn = catalogue_search.session_sqlite(s)
        assert catalogue_search.refresh_keys(conn) == 0


def _keyed(db) -> set[str]:
    with db.reading() as s:
        return set(s.scalars(select(m.CatalogueSearch.entity_id)))


def test_a_deleted_record_leaves_no_key_and_a_restored_one_is_found_again(db, catalogue) -> None:
    with db.transaction() as s:
        tech_service.delete_technologies(s, [catalogue["vacuum"]])
        need_service.delete_needs(s, [catalogue["need"]])
    assert _keyed(db) == {catalogue["mbr"]}
    with db.transaction() as s:  # gone for good (erased): its key with it
        s.execute(delete(m.Technology).where(m.Technology.id == catalogue["mbr"]))
    assert _keyed(db) == set()
    with db.transaction() as s:
        tech_service.restore_technologies(s, [catalogue["vacuum"]])
    assert _keyed(db) == {catalogue["vacuum"]} and catalogue["vacuum"] in _technologies(db, "zkps")


def test_reindex_works_out_every_catalogue_key_again(
    db, catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    with db.transaction() as s:  # keys emptied behind the stamps' back: only a rebuild sees it
        s.execute(text("UPDATE catalogue_search SET text = ''"))
    assert catalogue["vacuum"] not in _technologies(db, "zkps")
    assert main(["--db", str(db.path), "reindex"]) == 0
    assert "Catalogue search rebuilt: 3 technologies and city needs." in capsys.readouterr().out
    assert _keyed(db) == {catalogue["vacuum"], catalogue["mbr"], catalogue["need"]}
    assert catalogue["vacuum"] in _technologies(db, "zkps")
