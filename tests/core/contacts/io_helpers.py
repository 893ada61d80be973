"""Helpers for the import/export/duplicates/merge tests: a canonical dump and a small data set."""

from __future__ import annotations

import datetime as dt
from typing import Any

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import (
    ActivityKind,
    ChannelLabel,
    ContactChannel,
    NameOrder,
    OrgKind,
    TrainingRole,
)

DATA_DIR = __import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "import"

#: Tables whose rows are bookkeeping of other features (search index, sync log) rather than data.
BOOKKEEPING_PREFIXES = ("search_", "sync_", "sqlite_", "alembic_")


def dump(
    db: Database, *, ignore_columns: frozenset[str] = frozenset(), skip_tables: tuple[str, ...] = ()
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sorted), so two states of a database compare exactly."""
    conn = db.raw()
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            if table in skip_tables:
                continue
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            keep = [c for c in columns if c not in ignore_columns]
            if not keep:
                continue
            select = ", ".join(f'"{c}"' for c in keep)
            rows = conn.execute(f'SELECT {select} FROM "{table}"').fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def data_dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The domain data only: no update times, no merge records, no search or sync bookkeeping, no
    housekeeping log (a merge and its undo each add a line)."""
    full = dump(db, ignore_columns=frozenset({"updated_at"}))
    return {
        table: rows
        for table, rows in full.items()
        if not table.startswith(BOOKKEEPING_PREFIXES)
        and table not in ("merge_record", "duplicate_dismissal", "office", "setting", "housekeeping_log")
        and "fts" not in table
    }


def add_contact(session: Any, **fields: Any) -> m.Contact:
    methods = fields.pop("methods", [])
    contact = m.Contact(**fields)
    session.add(contact)
    for position, (channel, label, value) in enumerate(methods):
        session.add(
            m.ContactMethod(
                contact=contact,
                channel=channel,
                label=label,
                value=value,
                normalized=value.lower()
                if channel == ContactChannel.EMAIL
                else "".join(filter(str.isdigit, value)),
                position=position,
            )
        )
    session.flush()
    return contact


def make_people(db: Database) -> dict[str, str]:
    """A small office address book in both scripts; returns ids by a short name."""
    with db.transaction() as s:
        green = m.Organisation(
            name_en="Beijing Green Tech Co., Ltd.", name_zh="北京绿色科技有限公司", kind=OrgKind.ENTERPRISE
        )
        uba = m.Organisation(
            name_en="German Environment Agency", aliases=["UBA"], kind=OrgKind.MINISTRY_AGENCY
        )
        s.add_all([green, uba])
        s.flush()
        zhang = add_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            name_order=NameOrder.FAMILY_FIRST,
            family_name_zh="张",
            given_name_zh="伟",
            honorific_en="Dr.",
            gender="m",
            languages=["zh", "en"],
            tags=["water", "vip"],
            notes="Met in Shenzhen; likes tea, green",
            dietary_needs="no pork",
            methods=[
                (ContactChannel.EMAIL, ChannelLabel.WORK, "zhang.wei@bjgreen.cn"),
                (ContactChannel.PHONE, ChannelLabel.MOBILE, "+86 138 0013 8000"),
                (ContactChannel.PHONE, ChannelLabel.WORK, "010-6512 3456"),
                (ContactChannel.WECHAT, ChannelLabel.OTHER, "zhangwei_bj"),
            ],
        )
        s.add(
            m.Affiliation(
                contact=zhang,
                organisation=green,
                position_en="CTO",
                position_zh="技术总监",
                department_zh="技术部",
                start_date=dt.date(2020, 3, 1),
            )
        )
        anna = add_contact(
            s,
            family_name="Müller",
            given_name="Anna",
            languages=["de", "en"],
            methods=[
                (ContactChannel.EMAIL, ChannelLabel.WORK, "anna.mueller@uba.example.de"),
                (ContactChannel.PHONE, ChannelLabel.WORK, "+49 30 1234 567"),
                (ContactChannel.SKYPE, ChannelLabel.OTHER, "anna.mueller.uba"),
            ],
        )
        s.add(m.Affiliation(contact=anna, organisation=uba, position_en="Head of Unit"))
        ouyang = add_contact(
            s,
            family_name_zh="欧阳",
            given_name_zh="娜娜",
            name_order=NameOrder.FAMILY_FIRST,  # a name in Chinese characters only, as petdesk stores it
            accessibility_needs="wheelchair",
            emergency_contact="欧阳明 139 0000 0000",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, "137 0000 1111")],
        )
        return {"zhang": zhang.id, "anna": anna.id, "ouyang": ouyang.id, "green": green.id, "uba": uba.id}


def add_history(db: Database, contact_id: str, organisation_id: str) -> dict[str, str]:
    """Visits, itinerary, trainings, activities and a follow-up involving one contact."""
    utc = dt.UTC
    with db.transaction() as s:
        visit = m.Visit(
            title_en="Water study visit", start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 5, 3)
        )
        s.add(visit)
        s.flush()
        item = m.ItineraryItem(
            visit=visit,
            title_en="Meeting",
            starts_at=dt.datetime(2026, 5, 1, 1, tzinfo=utc),
            ends_at=dt.datetime(2026, 5, 1, 2, tzinfo=utc),
        )
        s.add(item)
        training = m.Training(
            title_en="MRV training", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 6, 2)
        )
        s.add(training)
        s.flush()
        session_ = m.TrainingSession(
            training=training,
            title_en="Day 1",
            starts_at=dt.datetime(2026, 6, 1, 1, tzinfo=utc),
            ends_at=dt.datetime(2026, 6, 1, 3, tzinfo=utc),
        )
        s.add(session_)
        s.flush()
        s.add_all(
            [
                m.VisitParticipant(visit=visit, contact_id=contact_id),
                m.ItineraryAttendee(item=item, contact_id=contact_id),
                m.ItineraryOrganisation(item=item, organisation_id=organisation_id),
                m.TrainingParticipant(training=training, contact_id=contact_id, role=TrainingRole.TRAINER),
                m.Attendance(session=session_, contact_id=contact_id),
                m.SessionTrainer(session=session_, contact_id=contact_id),
                m.Activity(
                    kind=ActivityKind.CALL,
                    occurred_at=dt.datetime(2026, 4, 1, tzinfo=utc),
                    subject="Call about the visit",
                    contact_id=contact_id,
                    organisation_id=organisation_id,
                ),
                m.FollowUp(
                    visit=visit,
                    owner_id=contact_id,
                    organisation_id=organisation_id,
                    description_en="Send report",
                ),
            ]
        )
        return {"visit": visit.id, "item": item.id, "training": training.id, "session": session_.id}
