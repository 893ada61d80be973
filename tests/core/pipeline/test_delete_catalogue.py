"""Technologies and city needs are soft-deleted and restored as organisations are (field test 13,
defect 4): a deleted entry leaves the lists, a restore brings it back with the same id."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service


def test_technology_delete_and_restore(db: Database) -> None:
    with db.transaction() as s:
        tid = tech_service.create_technology(s, name_en="Bag filter", sector="air", trl=9).id
    with db.transaction() as s:
        assert tech_service.delete_technologies(s, [tid, tid]) == [tid]
        assert tech_service.delete_technologies(s, [tid]) == []  # already deleted
    with db.reading() as s:
        assert [r.id for r in tech_service.list_technologies(s)] == []
    with db.transaction() as s:
        assert tech_service.restore_technologies(s, [tid]) == [tid]
    with db.reading() as s:
        assert [r.id for r in tech_service.list_technologies(s)] == [tid]


def test_need_delete_and_restore(db: Database) -> None:
    with db.transaction() as s:
        nid = need_service.create_need(s, title_en="Clean river", sector="water").id
    with db.transaction() as s:
        assert need_service.delete_needs(s, [nid]) == [nid]
    with db.reading() as s:
        assert [r.id for r in need_service.list_needs(s)] == []
    with db.transaction() as s:
        assert need_service.restore_needs(s, [nid]) == [nid]
    with db.reading() as s:
        assert [r.id for r in need_service.list_needs(s)] == [nid]
