"""A realistic visit and training built through the ORM, sized at will (tests and benchmarks/dossier.py)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from petdesk.db import Database
from petdesk.models import (
    Activity,
    Affiliation,
    Attendance,
    Contact,
    ContactMethod,
    FollowUp,
    ItineraryAttendee,
    ItineraryItem,
    ItineraryOrganisation,
    Office,
    Organisation,
    Project,
    SessionTrainer,
    Training,
    TrainingParticipant,
    TrainingSession,
    Visit,
    VisitParticipant,
)
from petdesk.models.enums import (
    ActivityKind,
    AttendanceStatus,
    ChannelLabel,
    ContactChannel,
    FollowUpStatus,
    ItineraryKind,
    NameOrder,
    OrgKind,
    ParticipantRole,
    ProjectStatus,
    TrainingRole,
    VisitDirection,
    VisitStatus,
)

#: First day of the sample visit: a Sunday ("Sunday, 29 November 2026" / "2026年11月29日 星期日").
START = dt.date(2026, 11, 29)
SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")

FAMILY_ZH = [
    ("张", "Zhang"),
    ("王", "Wang"),
    ("李", "Li"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("黄", "Huang"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("孙", "Sun"),
]
GIVEN_ZH = [
    ("伟", "Wei"),
    ("芳", "Fang"),
    ("娜", "Na"),
    ("敏", "Min"),
    ("静", "Jing"),
    ("丽", "Li"),
    ("强", "Qiang"),
    ("磊", "Lei"),
    ("洋", "Yang"),
    ("艳", "Yan"),
    ("晓明", "Xiaoming"),
    ("建华", "Jianhua"),
]
LATIN = [
    ("Anna", "Berg"),
    ("Lukas", "Schmidt"),
    ("Marie", "Dubois"),
    ("Jan", "Kowalski"),
    ("Sofia", "Rossi"),
    ("Erik", "Larsen"),
    ("Ines", "Garcia"),
    ("Tomás", "Novák"),
    ("Léa", "Moreau"),
    ("Jonas", "Weber"),
]
POSITIONS = [
    ("Director", "主任"),
    ("Deputy Director-General", "副局长"),
    ("Senior Engineer", "高级工程师"),
    ("Project Manager", "项目经理"),
    ("Head of International Cooperation", "国际合作处处长"),
    ("Chief Executive Officer", "首席执行官"),
    ("Researcher", "研究员"),
]
ORGS = [
    (
        "Beijing Municipal Ecology and Environment Bureau",
        "北京市生态环境局",
        OrgKind.CITY_GOVERNMENT,
        "CN",
        "Beijing",
        "北京",
    ),
    ("Shanghai Waste-to-Energy Group", "上海固废能源集团", OrgKind.ENTERPRISE, "CN", "Shanghai", "上海"),
    (
        "Tsinghua University School of Environment",
        "清华大学环境学院",
        OrgKind.UNIVERSITY,
        "CN",
        "Beijing",
        "北京",
    ),
    (
        "City of Munich, Department of Climate and Environment",
        "慕尼黑市气候与环境局",
        OrgKind.CITY_GOVERNMENT,
        "DE",
        "Munich",
        "慕尼黑",
    ),
    ("Green Development Fund of Jiangsu", "江苏绿色发展基金", OrgKind.FUND, "CN", "Nanjing", "南京"),
    (
        "Shenzhen Water Technology Co., Ltd.",
        "深圳水务科技有限公司",
        OrgKind.ENTERPRISE,
        "CN",
        "Shenzhen",
        "深圳",
    ),
    ("Ministry of Ecology and Environment", "生态环境部", OrgKind.MINISTRY_AGENCY, "CN", "Beijing", "北京"),
    ("Clean Air Alliance of Asia", "亚洲清洁空气联盟", OrgKind.NGO, "CN", "Beijing", "北京"),
]
TECH = [
    "waste-to-energy",
    "wastewater treatment",
    "air quality monitoring",
    "sludge treatment",
    "district heating",
    "green finance",
    "soil remediation",
]
PLACES = [
    (
        "Conference Room A, Bureau headquarters",
        "生态环境局总部A会议室",
        "No. 14 Chegongzhuang West Road, Haidian District",
        "海淀区车公庄西路14号",
    ),
    (
        "Pudong Waste-to-Energy Plant",
        "浦东垃圾焚烧发电厂",
        "2000 Lingkong Road, Pudong",
        "浦东新区凌空路2000号",
    ),
    (
        "Tsinghua University, Sino-Italian Ecological Energy Building",
        "清华大学中意环境节能楼",
        "Haidian District",
        "海淀区",
    ),
]
DIETS = ["", "", "vegetarian", "halal", "no pork", "lactose-free", "素食", "清真"]


@dataclass
class SampleIds:
    visit_id: str = ""
    training_id: str = ""
    people: list[str] = field(default_factory=list)


def _person(session, rnd: random.Random, i: int, orgs: list[Organisation]) -> Contact:
    chinese = i % 3 != 2
    if chinese:
        (fz, fl), (gz, gl) = FAMILY_ZH[i % len(FAMILY_ZH)], GIVEN_ZH[(i * 7) % len(GIVEN_ZH)]
        c = Contact(
            family_name=fl,
            given_name=gl,
            name_order=NameOrder.FAMILY_FIRST,
            family_name_zh=fz,
            given_name_zh=gz,
            languages=["zh", "en"] if i % 2 else ["zh"],
        )
    else:
        given, family = LATIN[i % len(LATIN)]
        c = Contact(
            family_name=family,
            given_name=given,
            name_order=NameOrder.GIVEN_FIRST,
            languages=["en", "de"] if i % 2 else ["en", "fr", "zh"],
        )
    if i % 5 == 0:
        c.honorific_en, c.honorific_zh = "Dr.", "博士"
    c.dietary_needs = DIETS[i % len(DIETS)]
    c.accessibility_needs = "wheelchair access" if i % 17 == 3 else ""
    c.emergency_contact = f"+86 139 0000 {i:04d} (spouse)" if i % 4 == 0 else ""
    session.add(c)
    session.flush()
    session.add_all(
        [
            ContactMethod(
                contact_id=c.id,
                channel=ContactChannel.EMAIL,
                label=ChannelLabel.WORK,
                value=f"{(c.given_name or 'x').lower()}.{(c.family_name or 'y').lower()}{i}@example.org",
            ),
            ContactMethod(
                contact_id=c.id,
                channel=ContactChannel.PHONE,
                label=ChannelLabel.MOBILE,
                value=f"+86 138 {i:04d} {rnd.randrange(10000):04d}",
                position=1,
            ),
        ]
    )
    if chinese:
        session.add(
            ContactMethod(
                contact_id=c.id,
                channel=ContactChannel.WECHAT,
                label=ChannelLabel.OTHER,
                value=f"wx_{c.family_name.lower()}{i}",
                position=2,
            )
        )
    pos_en, pos_zh = POSITIONS[i % len(POSITIONS)]
    org = orgs[i % len(orgs)]
    session.add(
        Affiliation(
            contact_id=c.id,
            organisation_id=org.id,
            position_en=pos_en,
            position_zh=pos_zh,
            start_date=dt.date(2020, 1, 1),
        )
    )
    # an ended affiliation stays as history and must not be printed as the current job
    session.add(
        Affiliation(
            contact_id=c.id,
            organisation_id=orgs[(i + 1) % len(orgs)].id,
            position_en="Intern",
            position_zh="实习生",
            start_date=dt.date(2015, 1, 1),
            end_date=dt.date(2019, 12, 31),
            is_primary=False,
        )
    )
    return c


def make_visit(db: Database, *, meetings: int = 30, participants: int = 60, seed: int = 1) -> SampleIds:
    """A visit from Munich to China with ``meetings`` meetings (plus banquets and transfers) and
    ``participants`` people, with activities, projects and follow-ups for the briefings."""
    rnd = random.Random(seed)
    ids = SampleIds()
    with db.transaction() as s:
        if not s.query(Office).filter_by(is_self=True).first():
            s.add(
                Office(
                    name="Beijing Representation Office",
                    name_zh="北京代表处",
                    region="East Asia",
                    is_self=True,
                )
            )
        orgs = []
        for en, zh, kind, country, city, city_zh in ORGS:
            o = Organisation(
                name_en=en,
                name_zh=zh,
                kind=kind,
                country=country,
                city_en=city,
                city_zh=city_zh,
                website=f"https://www.example.org/{len(orgs)}",
                technology_areas=rnd.sample(TECH, 2),
                is_member_city=kind == OrgKind.CITY_GOVERNMENT,
                address_en=f"{len(orgs) + 1} Example Road",
                address_zh=f"示例路{len(orgs) + 1}号",
                notes="Long-standing partner since 2019.",
            )
            s.add(o)
            orgs.append(o)
        s.flush()
        visit = Visit(
            title_en="Munich Delegation Study Visit on Waste-to-Energy and Clean Air",
            title_zh="慕尼黑代表团垃圾焚烧发电与清洁空气考察访问",
            direction=VisitDirection.INBOUND,
            status=VisitStatus.CONFIRMED,
            start_date=START,
            end_date=START + dt.timedelta(days=max(1, meetings // 4)),
            host_organisation_id=orgs[0].id,
            visiting_organisation_id=orgs[3].id,
            timezone="Asia/Shanghai",
            purpose_en="Exchange on waste-to-energy plants and air quality monitoring; "
            "prepare a memorandum of understanding.",
            purpose_zh="就垃圾焚烧发电和空气质量监测开展交流，筹备签署谅解备忘录。",
            outcomes_en="Memorandum of understanding on technology matching; two pilot projects.",
            outcomes_zh="签署技术对接谅解备忘录；确定两个试点项目。",
            notes="Gifts prepared for the head of delegation. Interpreter booked for all meetings.",
        )
        s.add(visit)
        s.flush()
        ids.visit_id = visit.id
        people = [_person(s, rnd, i, orgs) for i in range(participants)]
        roles = (
            [ParticipantRole.HEAD]
            + [ParticipantRole.DELEGATE] * 3
            + [
                ParticipantRole.INTERPRETER,
                ParticipantRole.HOST,
                ParticipantRole.ORGANISER,
                ParticipantRole.STAFF,
                ParticipantRole.DRIVER,
            ]
        )
        for i, c in enumerate(people):
            s.add(VisitParticipant(visit_id=visit.id, contact_id=c.id, role=roles[i % len(roles)]))
        ids.people = [c.id for c in people]
        # departure from Munich (Berlin zone), then the programme in China
        dep = ItineraryItem(
            visit_id=visit.id,
            kind=ItineraryKind.TRANSFER,
            title_en="Flight Munich – Beijing",
            title_zh="慕尼黑—北京航班",
            timezone="Europe/Berlin",
            starts_at=dt.datetime.combine(START - dt.timedelta(days=1), dt.time(21, 40), BERLIN),
            ends_at=dt.datetime.combine(START, dt.time(7, 30), SHANGHAI),
            place_en="Munich Airport",
            place_zh="慕尼黑机场",
            city_en="Munich",
            city_zh="慕尼黑",
        )
        s.add(dep)
        day, slot = 0, 0
        for m in range(meetings):
            start = dt.datetime.combine(START + dt.timedelta(days=day), dt.time(9 + 2 * slot, 0), SHANGHAI)
            org = orgs[m % len(orgs)]
            place = PLACES[m % len(PLACES)]
            item = ItineraryItem(
                visit_id=visit.id,
                kind=ItineraryKind.MEETING,
                title_en=f"Meeting with {org.name_en}",
                title_zh=f"与{org.name_zh}会谈",
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=90),
                timezone="Asia/Shanghai",
                place_en=place[0],
                place_zh=place[1],
                address_en=place[2],
                address_zh=place[3],
                city_en=org.city_en,
                city_zh=org.city_zh,
                notes="Bring the printed presentation." if m % 3 == 0 else "",
            )
            s.add(item)
            s.flush()
            s.add(ItineraryOrganisation(item_id=item.id, organisation_id=org.id))
            for c in rnd.sample(people, min(len(people), 6)):
                s.add(ItineraryAttendee(item_id=item.id, contact_id=c.id))
            slot += 1
            if slot == 4:
                s.add(
                    ItineraryItem(
                        visit_id=visit.id,
                        kind=ItineraryKind.BANQUET,
                        title_en="Welcome dinner",
                        title_zh="欢迎晚宴",
                        timezone="Asia/Shanghai",
                        starts_at=start.replace(hour=18, minute=30),
                        ends_at=start.replace(hour=20, minute=30),
                        place_en="Quanjude Roast Duck Restaurant",
                        place_zh="全聚德烤鸭店",
                        city_en=org.city_en,
                        city_zh=org.city_zh,
                    )
                )
                day, slot = day + 1, 0
        fund = Organisation(name_en="International project funds", name_zh="国际项目资金", kind=OrgKind.FUND)
        s.add(fund)
        s.flush()
        for k, org in enumerate(orgs):
            for a in range(3):
                s.add(
                    Activity(
                        kind=list(ActivityKind)[a % 4],
                        occurred_at=dt.datetime(2026, 3 + a, 10 + k, 8, tzinfo=dt.UTC),
                        subject=f"Call about {TECH[(k + a) % len(TECH)]} cooperation",
                        body="Agreed to exchange technical documents before the visit. "
                        "双方同意在访问前交换技术资料。",
                        organisation_id=org.id,
                        contact_id=people[(k + a) % len(people)].id,
                        author="Li Na",
                    )
                )
            s.add(
                Project(
                    title_en=f"Pilot project: {TECH[k % len(TECH)]}",
                    title_zh=f"试点项目：{TECH[k % len(TECH)]}",
                    status=ProjectStatus.PREPARING,
                    funder_organisation_id=fund.id,
                    amount=1_250_000.0 + k * 100_000,
                    currency="EUR" if k % 2 else "CNY",
                    lead_organisation_id=org.id,
                    technology_areas=[TECH[k % len(TECH)]],
                    deadline=dt.date(2027, 3, 31),
                )
            )
            s.add(
                FollowUp(
                    visit_id=visit.id if k % 2 else None,
                    organisation_id=org.id,
                    owner_id=people[k % len(people)].id,
                    description_en="Send the draft memorandum of understanding",
                    description_zh="发送谅解备忘录草案",
                    due_date=dt.date(2026, 12, 15),
                    status=FollowUpStatus.OPEN,
                )
            )
    return ids


def make_training(db: Database, *, sessions: int = 8, participants: int = 20, seed: int = 2) -> SampleIds:
    """A training of ``sessions`` sessions over several days with trainers and attendance."""
    rnd = random.Random(seed)
    ids = SampleIds()
    with db.transaction() as s:
        if not s.query(Office).filter_by(is_self=True).first():
            s.add(
                Office(
                    name="Beijing Representation Office",
                    name_zh="北京代表处",
                    region="East Asia",
                    is_self=True,
                )
            )
        orgs = []
        for en, zh, kind, country, city, city_zh in ORGS[:4]:
            o = Organisation(
                name_en=en, name_zh=zh, kind=kind, country=country, city_en=city, city_zh=city_zh
            )
            s.add(o)
            orgs.append(o)
        s.flush()
        training = Training(
            title_en="Training on Municipal Solid Waste Management",
            title_zh="城市固体废物管理培训",
            topic_en="Waste sorting, incineration and landfill gas",
            topic_zh="垃圾分类、焚烧与填埋气利用",
            start_date=START,
            end_date=START + dt.timedelta(days=(sessions - 1) // 3),
            venue_en="Beijing International Convention Center",
            venue_zh="北京国际会议中心",
            venue_address_en="8 Beichen East Road, Chaoyang District, Beijing",
            venue_address_zh="北京市朝阳区北辰东路8号",
            city_en="Beijing",
            city_zh="北京",
            timezone="Asia/Shanghai",
            organiser_id=orgs[0].id,
            description_en="A three-day course for city officials.",
            description_zh="面向城市官员的三天课程。",
        )
        s.add(training)
        s.flush()
        ids.training_id = training.id
        people = [_person(s, rnd, i + 100, orgs) for i in range(participants)]
        trainers = people[:2]
        for c in people:
            s.add(
                TrainingParticipant(
                    training_id=training.id,
                    contact_id=c.id,
                    role=TrainingRole.TRAINER if c in trainers else TrainingRole.ATTENDEE,
                )
            )
        for k in range(sessions):
            start = dt.datetime.combine(
                START + dt.timedelta(days=k // 3), dt.time(9 + 2 * (k % 3), 0), SHANGHAI
            )
            ses = TrainingSession(
                training_id=training.id,
                title_en=f"Module {k + 1}: {TECH[k % len(TECH)]}",
                title_zh=f"第{k + 1}单元：{TECH[k % len(TECH)]}",
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=100),
                timezone="Asia/Shanghai",
                room_en="Room 301",
                room_zh="301室",
            )
            s.add(ses)
            s.flush()
            s.add(SessionTrainer(session_id=ses.id, contact_id=trainers[k % 2].id))
            for c in people[2:]:
                s.add(Attendance(session_id=ses.id, contact_id=c.id, status=AttendanceStatus.PRESENT))
        ids.people = [c.id for c in people]
    return ids
