"""Conflicts on parts of records name them by the records they belong to (field test 41).

Defect 1: a conflict on a person's position (an affiliation) read ``Affiliation “1QQuOvQy”``;
defect 3: the overridden-edit sentence glued an English possessive onto a bilingual title."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.models import Affiliation, Attendance, Contact, Organisation, Training, TrainingSession, Visit
from petdesk.services import logistics
from petdesk.sync import service
from petdesk.sync.value_words import describe_record
from tests.core.sync.helpers import send
from tests.core.sync.test_overridden_edits import _next_millisecond

UTC = dt.UTC


def _records(db: Database) -> dict[str, str]:
    with db.transaction() as session:
        person = Contact(family_name="Jia", given_name="Dong", family_name_zh="贾", given_name_zh="东")
        bureau = Organisation(name_en="Chengdu Ecology Bureau", name_zh="成都市生态环境局")
        training = Training(
            title_en="Climate adaptation",
            title_zh="气候适应培训",
            start_date=dt.date(2026, 12, 31),
            end_date=dt.date(2026, 12, 31),
        )
        session.add_all([person, bureau, training])
        session.flush()
        job = Affiliation(contact_id=person.id, organisation_id=bureau.id, position_en="Engineer")
        start = dt.datetime(2026, 12, 31, 1, tzinfo=UTC)
        lesson = TrainingSession(
            training_id=training.id,
            title_en="Technology options",
            title_zh="技术路线",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=3),
        )
        session.add_all([job, lesson])
        session.flush()
        mark = Attendance(session_id=lesson.id, contact_id=person.id)
        session.add(mark)
        session.flush()
        return {
            "affiliation": job.id,
            "training_session": lesson.id,
            "attendance": mark.id,
            "training": training.id,
        }


def _describe(db: Database, entity: str, row_id: str, locale: str = "en") -> str:
    conn = db.raw()
    try:
        return describe_record(conn.cursor(), entity, row_id, locale)
    finally:
        conn.close()


def test_parts_are_named_by_their_records(offices) -> None:
    db = offices[0]
    ids = _records(db)
    assert (
        _describe(db, "affiliation", ids["affiliation"])
        == "Dong Jia (贾东) at Chengdu Ecology Bureau 成都市生态环境局"
    )
    assert _describe(db, "training_session", ids["training_session"]) == (
        "Climate adaptation 气候适应培训: Technology options 技术路线"
    )
    assert _describe(db, "attendance", ids["attendance"]) == (
        "Dong Jia (贾东) in Climate adaptation 气候适应培训: Technology options 技术路线"
    )
    assert (
        _describe(db, "affiliation", ids["affiliation"], "zh_CN")
        == "贾东（Dong Jia）在成都市生态环境局的任职"
    )
    assert (
        _describe(db, "attendance", ids["attendance"], "zh_CN")
        == "气候适应培训：技术路线中的贾东（Dong Jia）"
    )


def test_a_part_whose_record_is_gone_falls_back_to_its_id(offices) -> None:
    db = offices[0]
    ids = _records(db)
    conn = db.raw()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM training_session WHERE id = ?", (ids["training_session"],))
    conn.commit()
    conn.close()
    assert _describe(db, "attendance", ids["attendance"]) == ids["attendance"][:8]


def test_a_conflict_on_a_position_names_the_person_and_says_the_field_of_it(offices, packages: Path) -> None:
    a, b, _hub = offices
    ids = _records(a)
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    for db, words in ((b, "Chief engineer (Bonn)"), (a, "Deputy director (Beijing)")):
        with db.transaction() as session:
            job = session.get(Affiliation, ids["affiliation"])
            assert job is not None
            job.position_en = words
        _next_millisecond()
    send(a, b, packages)
    send(b, a, packages)

    [lost] = [c for c in service.list_conflicts(b) if c.overridden]
    assert lost.record == "Dong Jia (贾东) at Chengdu Ecology Bureau 成都市生态环境局"
    assert service.overridden_words(lost).startswith(
        "Your edit of the Position (English) of "
        "“Dong Jia (贾东) at Chengdu Ecology Bureau 成都市生态环境局” (“Chief engineer (Bonn)”)"
    )
    [lost_zh] = [c for c in service.list_conflicts(b, locale="zh_CN") if c.overridden]
    assert service.overridden_words(lost_zh, "zh_CN").startswith(
        "您对「贾东（Dong Jia）在成都市生态环境局的任职」的职务（英文）所做的修改"
    )


def test_an_emergency_sheet_entry_is_named_by_its_visit_and_city(offices: tuple[Database, ...]) -> None:
    """Field test 61: Munich and Chengdu both edited the Chengdu entry's hospital, and the conflict
    read ``Emergency sheet entry “3NzVWKEI”`` at all three offices."""
    db = offices[0]
    with db.transaction() as session:
        visit = Visit(
            title_en="Water delegation",
            title_zh="水务代表团",
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 5),
        )
        session.add(visit)
        session.flush()
        city = logistics.add_emergency_entry(session, visit.id, place="Chengdu", hospital="West China").id
        whole = logistics.add_emergency_entry(session, visit.id, hospital="Any").id
    assert _describe(db, "emergency_entry", city) == "Water delegation 水务代表团: Chengdu"
    assert _describe(db, "emergency_entry", city, "zh_CN") == "水务代表团：Chengdu"
    assert _describe(db, "emergency_entry", whole) == "Water delegation 水务代表团: Emergency sheet entry"
