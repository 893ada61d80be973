"""A person deleted at one office and linked at another meanwhile: the deleted-versus-edited
conflict, naming the link, at both offices (field test 18, defect 3)."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import check as check_service
from petdesk.services import contacts as contact_service
from petdesk.services import trainings as ts
from petdesk.sync import service
from tests.core.sync.helpers import send
from tests.core.visits.data import person
from tests.helpers.trainings_data import co_trained


def _waiting(db: Database, locale: str = "en") -> list[service.Conflict]:
    return [c for c in service.list_conflicts(db, locale=locale) if c.kind == "delete_edit"]


def test_a_registration_of_a_person_deleted_elsewhere_opens_the_delete_edit_conflict(
    offices, packages: Path
) -> None:
    a, b, _c = offices
    ids = co_trained(a)
    with a.transaction() as s:
        lei = person(s, "Jie", "Lei", "雷杰", family_first=True).id
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with a.transaction() as s:  # Beijing deletes him ...
        contact_service.delete_contacts(s, [lei])
    with b.transaction() as s:  # ... while Bonn registers him for the training
        ts.register(s, ids["training"], lei)
    send(a, b, packages)
    send(b, a, packages)
    for db in (a, b):
        waiting = _waiting(db)
        assert [(w.row_id, w.winner_office, w.loser_office) for w in waiting] == [(lei, "Beijing", "Bonn")]
        assert waiting[0].link == "Registration: Urban water training 城市水务培训"
        assert _waiting(db, "zh_CN")[0].link.startswith("报名")
    assert service.canonical_dump(a) == service.canonical_dump(b)  # the same records at both
    findings = check_service.check(a.path).findings
    assert [f.kind for f in findings if "deleted" in f.text] == [check_service.RECORDS]
    # restoring him settles it: he is back, with the registration Bonn made
    service.resolve_conflict(a, _waiting(a)[0].id, choose_other=True)
    with a.reading() as s:
        assert contact_service.get_contact(s, lei).deleted_at is None
    assert not [f for f in check_service.check(a.path).findings if "deleted" in f.text]


def test_a_link_made_before_the_deletion_was_seen_is_no_conflict(offices, packages: Path) -> None:
    a, b, _c = offices
    ids = co_trained(a)
    with a.transaction() as s:
        lei = person(s, "Jie", "Lei").id
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with b.transaction() as s:  # Bonn registers him, and Beijing hears of it ...
        ts.register(s, ids["training"], lei)
    send(b, a, packages)
    with a.transaction() as s:  # ... before deleting him: a deletion, not a conflict
        contact_service.delete_contacts(s, [lei])
    send(a, b, packages)
    send(b, a, packages)
    assert not _waiting(a) and not _waiting(b)


def test_two_links_made_in_one_flush_open_one_conflict(offices, packages: Path) -> None:
    """A registration and an activity written in one flush share their version, and the conflicts
    table keeps one conflict per version: the second link raised UNIQUE and the package was refused
    (a pinned package of an older office did, tests/core/sync/test_package_compat.py)."""
    import datetime as dt

    from petdesk.models import Activity, TrainingParticipant

    a, b, _c = offices
    ids = co_trained(a)
    with a.transaction() as s:
        lei = person(s, "Jie", "Lei").id
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with a.transaction() as s:
        contact_service.delete_contacts(s, [lei])
    with b.transaction() as s:  # one flush, one version: registered, and a call noted
        s.add(TrainingParticipant(training_id=ids["training"], contact_id=lei))
        s.add(Activity(subject="Call", contact_id=lei, occurred_at=dt.datetime(2027, 5, 1, 9, tzinfo=dt.UTC)))
    send(a, b, packages)
    send(b, a, packages)
    for db in (a, b):
        waiting = _waiting(db)
        assert [(w.row_id, w.winner_office, w.loser_office) for w in waiting] == [(lei, "Beijing", "Bonn")]


def test_after_a_small_import_only_the_rows_it_wrote_are_read(offices, packages: Path) -> None:
    """The check after an import reads the links and people the package wrote, each by its key: one
    filter over both lists read every deleted person for a package of one record (0.15 s into a
    100,000-contact office with 5,000 deleted; benchmarks/HISTORY.md)."""
    from petdesk.services import follow_ups
    from petdesk.sync import deleted_links

    a, _b, _c = offices
    co_trained(a)  # trainings and their registrations: more link tables with rows
    with a.transaction() as s:
        people = [person(s, "Jie", f"Lei{i}").id for i in range(3)]
        contact_service.delete_contacts(s, people[:2])
    conn = a.raw()
    try:
        said: list[str] = []
        conn.set_trace_callback(said.append)
        cursor = conn.cursor()
        # A package that deleted one person and wrote one link: a follow-up Lei2 (still here) owns.
        with a.transaction() as s:
            link = follow_ups.add(s, kind="contact", record_id=people[2], title_en="Call", owner_id=people[2])
        written = {"contact": [people[0]], "follow_up": [link.id]}
        opened = deleted_links.find(
            cursor, written=written, local_knowledge={}, sender_knowledge={}, now=0, exchange_id=None
        )
        assert opened == 0
        conn.set_trace_callback(None)
        reads = [sql for sql in said if "CROSS JOIN" in sql]
        assert reads
        for sql in reads:
            plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            # People found by their id: no range over the deleted ones (the links by their id or key,
            # or a small table's scan where the link column has no index: finance_lead's investor).
            people = [step for step in plan if step.startswith(("SCAN c", "SEARCH c"))]
            assert people and all(step.endswith("(id=?)") for step in people), (sql, plan)
    finally:
        conn.close()
