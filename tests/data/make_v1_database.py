"""How ``petdesk_v1.sqlite`` was made (kept for the record; the file itself is kept forever).

It was run once against the code of the first schema version (commit 0af598a, revision 0001_initial):
    git worktree add /tmp/v1 0af598a && PYTHONPATH=/tmp/v1/src python tests/data/make_v1_database.py OUT
Later schema versions must upgrade that file without losing anything (tests/core/test_migrations.py).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import uuid

from petdesk import models as m
from petdesk.db import open_database
from petdesk.services.office import set_identity

UTC = dt.UTC
CITIES = [
    ("Beijing", "北京", "CN"),
    ("Qingdao", "青岛", "CN"),
    ("Malmö", "马尔默", "SE"),
    ("Bonn", "波恩", "DE"),
]
PEOPLE = [
    ("Zhang", "Wei", "张", "伟"),
    ("Li", "Na", "李", "娜"),
    ("Wang", "Fang", "王", "芳"),
    ("Ouyang", "Xiaoming", "欧阳", "晓明"),
    ("Chen", "Jing", "陈", "静"),
    ("Liu", "Yang", "刘", "洋"),
]
FOREIGN = [("Anna", "Lindqvist", "SE"), ("Thomas", "Becker", "DE"), ("Marie", "Dubois", "FR")]


def main(out: str) -> None:
    rng = random.Random(20261129)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    stamp = dt.datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    db = open_database(out)
    with db.transaction() as s:
        set_identity(s, name="Beijing Representation Office", name_zh="北京代表处", region="East Asia")
        orgs = []
        for i, (en, zh, country) in enumerate(CITIES):
            org = m.Organisation(
                id=uid(),
                name_en=f"{en} Municipal Government",
                name_zh=f"{zh}市人民政府",
                short_name_en=en,
                short_name_zh=zh,
                kind="city_government",
                country=country,
                city_en=en,
                city_zh=zh,
                is_member_city=i % 2 == 0,
                technology_areas=["water", "waste"],
                tags=["member"] if i % 2 == 0 else [],
                source="demo",
                created_at=stamp,
                updated_at=stamp,
            )
            orgs.append(org)
            s.add(org)
        contacts = []
        for i, (fam, giv, fzh, gzh) in enumerate(PEOPLE):
            c = m.Contact(
                id=uid(),
                family_name=fam,
                given_name=giv,
                family_name_zh=fzh,
                given_name_zh=gzh,
                name_order="family_first",
                languages=["zh", "en"],
                dietary_needs="清真" if i == 2 else "",
                tags=["vip"] if i == 0 else [],
                source="demo",
                created_at=stamp,
                updated_at=stamp,
            )
            contacts.append(c)
            s.add(c)
        for giv, fam, _country in FOREIGN:
            c = m.Contact(
                id=uid(),
                family_name=fam,
                given_name=giv,
                languages=["en"],
                source="demo",
                created_at=stamp,
                updated_at=stamp,
            )
            contacts.append(c)
            s.add(c)
        s.flush()
        for i, c in enumerate(contacts):
            s.add(
                m.ContactMethod(
                    id=uid(),
                    contact_id=c.id,
                    channel="email",
                    label="work",
                    value=f"{c.given_name.lower()}.{c.family_name.lower()}@city{i}.example",
                    normalized=f"{c.given_name.lower()}.{c.family_name.lower()}@city{i}.example",
                )
            )
            s.add(
                m.ContactMethod(
                    id=uid(),
                    contact_id=c.id,
                    channel="phone",
                    label="mobile",
                    value=f"+86 138 0000 {1000 + i}",
                    normalized=f"86138000{1000 + i}",
                    position=1,
                )
            )
            s.add(
                m.Affiliation(
                    id=uid(),
                    contact_id=c.id,
                    organisation_id=orgs[i % len(orgs)].id,
                    position_en="Programme Officer",
                    position_zh="项目官员",
                    start_date=dt.date(2020, 1, 1),
                )
            )
            if i == 0:  # a job change: the old link stays as history
                s.add(
                    m.Affiliation(
                        id=uid(),
                        contact_id=c.id,
                        organisation_id=orgs[1].id,
                        position_en="Engineer",
                        position_zh="工程师",
                        start_date=dt.date(2015, 3, 1),
                        end_date=dt.date(2019, 12, 31),
                        is_primary=False,
                    )
                )
        visit = m.Visit(
            id=uid(),
            title_en="Malmö delegation to Qingdao",
            title_zh="马尔默代表团访问青岛",
            direction="inbound",
            status="confirmed",
            start_date=dt.date(2026, 12, 1),
            end_date=dt.date(2026, 12, 3),
            host_organisation_id=orgs[1].id,
            visiting_organisation_id=orgs[2].id,
            purpose_en="Water reuse",
            purpose_zh="水回用",
        )
        s.add(visit)
        s.flush()
        for c, role in zip(contacts[6:], ["head", "delegate", "delegate"], strict=True):
            s.add(m.VisitParticipant(id=uid(), visit_id=visit.id, contact_id=c.id, role=role))
        s.add(m.VisitParticipant(id=uid(), visit_id=visit.id, contact_id=contacts[4].id, role="interpreter"))
        item = m.ItineraryItem(
            id=uid(),
            visit_id=visit.id,
            kind="meeting",
            title_en="Meeting with the bureau",
            title_zh="与生态环境局会谈",
            starts_at=dt.datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
            ends_at=dt.datetime(2026, 12, 1, 3, 0, tzinfo=UTC),
            timezone="Asia/Shanghai",
            place_en="City Hall",
            place_zh="市政府",
            city_en="Qingdao",
            city_zh="青岛",
        )
        s.add(item)
        s.flush()
        s.add(m.ItineraryAttendee(id=uid(), item_id=item.id, contact_id=contacts[0].id))
        s.add(m.ItineraryOrganisation(id=uid(), item_id=item.id, organisation_id=orgs[1].id))
        s.add(
            m.FollowUp(
                id=uid(),
                visit_id=visit.id,
                owner_id=contacts[0].id,
                description_en="Send report",
                description_zh="发送报告",
                due_date=dt.date(2026, 12, 20),
            )
        )
        training = m.Training(
            id=uid(),
            title_en="Sponge city training",
            title_zh="海绵城市培训",
            start_date=dt.date(2026, 10, 12),
            end_date=dt.date(2026, 10, 13),
            status="done",
            organiser_id=orgs[0].id,
            city_en="Beijing",
            city_zh="北京",
        )
        s.add(training)
        s.flush()
        session = m.TrainingSession(
            id=uid(),
            training_id=training.id,
            title_en="Basics",
            title_zh="基础",
            starts_at=dt.datetime(2026, 10, 12, 1, 0, tzinfo=UTC),
            ends_at=dt.datetime(2026, 10, 12, 4, 0, tzinfo=UTC),
        )
        s.add(session)
        s.flush()
        s.add(m.SessionTrainer(id=uid(), session_id=session.id, contact_id=contacts[7].id))
        for c in contacts[:4]:
            s.add(m.TrainingParticipant(id=uid(), training_id=training.id, contact_id=c.id))
            s.add(m.Attendance(id=uid(), session_id=session.id, contact_id=c.id, status="present"))
        s.add(
            m.Activity(
                id=uid(),
                kind="call",
                occurred_at=stamp,
                subject="Call about the visit",
                organisation_id=orgs[1].id,
                contact_id=contacts[0].id,
            )
        )
        s.add(
            m.Project(
                id=uid(),
                title_en="Qingdao water reuse pilot",
                title_zh="青岛水回用试点",
                fund_en="GEF",
                fund_zh="全球环境基金",
                amount=1500000.0,
                currency="USD",
                lead_organisation_id=orgs[1].id,
                status="submitted",
            )
        )
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    db.close()


if __name__ == "__main__":
    main(sys.argv[1])
