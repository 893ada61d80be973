"""Field test 77: Mr. Sun Hao (孙浩), officer of the hub office in Wuhan, accompanies an outbound
delegation of Wuhan officials on a ten-day study tour to Rotterdam, Copenhagen and Malmö (sponge
city, district heating, waste-to-energy), 22–31 March 2027: across the night Europe's clocks go
forward (28 March, 02:00 → 03:00).

His delegation list is the workbook WPS / Excel writes (a sheet named 出访人员名单, Chinese headers,
passport and visa notes in 备注), made here with openpyxl as those programs save it. He plans the
tour in the Chinese window, sends the hosts the English dossier and the ICS, gives each delegate
the Chinese-first dossier, re-plans when the Beijing–Amsterdam flight is cancelled (everything a
day later: day 2's meeting moves, the first hotel's check-in moves), and after the trip logs the
meetings as activities and the follow-ups.

Defects found and fixed: on an outbound visit the office's own officer was printed on the HOST list
and left off new legs (now with the delegation, counted as 随团工作人员); the emergency page put
the Copenhagen hotel under the Netherlands' embassy (a travel day is in both countries' days); the
Chinese window's Gifts said 出发地/目的地 (departure place, destination) for giver and recipient; a
leg's times were named by the zone's city ("08:00 上海" beside Wuhan, "09:40 斯德哥尔摩" beside
Malmö) rather than the leg's own city.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from icalendar import Calendar
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.models.enums import ParticipantRole
from petdesk.services import activities, clashes, ical, importing, rooming
from petdesk.services import logistics as ls
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

UTC = dt.UTC
AMS, CPH, STO, SHA = "Europe/Amsterdam", "Europe/Copenhagen", "Europe/Stockholm", "Asia/Shanghai"
#: (序号, 姓名, 拼音, 性别, 单位, 职务, 饮食要求, 备注) as his colleagues fill the bureau's template.
DELEGATION = [
    (1, "李明", "LI Ming", "男", "武汉市生态环境局", "副局长", "", "护照 E12345678；申根签证（荷兰使馆）"),
    (2, "王芳", "WANG Fang", "女", "武汉市生态环境局", "处长", "素食", "护照 E23456789"),
    (3, "刘洋", "LIU Yang", "男", "武汉水务集团", "总工程师", "", "护照 E34567890"),
    (4, "周杰", "ZHOU Jie", "男", "湖北绿色能源有限公司", "总经理", "清真", "护照 E45678901"),
    (5, "孙浩", "SUN Hao", "男", "武汉枢纽办公室", "项目官员", "", "随团工作人员"),
]  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "出访人员名单"
    ws.append(["序号", "姓名", "拼音", "性别", "单位", "职务", "饮食要求", "备注"])
    for row in DELEGATION:
        ws.append(row)
    wb.save(path)
    return path


def _utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _plan(db: Database, tmp_path: Path) -> dict[str, str]:
    with db.transaction() as s:
        assert importing.import_file(s, _workbook(tmp_path / "出访人员名单.xlsx")).counts == {"added": 5}
        people = {c.given_name_zh: c for c in s.scalars(select(m.Contact))}
        assert (people["芳"].dietary_needs, people["杰"].dietary_needs) == ("素食", "清真")
        assert "申根签证" in people["明"].notes  # the passport and visa note kept
        ids = {k: people[k].id for k in ("明", "芳", "洋", "杰", "浩")}
        hosts = {}
        for key, org_en, org_zh, given, family in (
            ("rdam", "City of Rotterdam", "鹿特丹市政府", "Anouk", "de Jong"),
            ("port", "Port of Rotterdam Authority", "鹿特丹港务局", "Pieter", "Smit"),
            ("hofor", "HOFOR", "哥本哈根公用事业公司", "Lars", "Nielsen"),
            ("mau", "Malmö University", "马尔默大学", "Emma", "Lindqvist"),
        ):
            org = os_.create_organisation(s, name_en=org_en, name_zh=org_zh).id
            contact = vs_contact(s, given, family, org)
            hosts[key], hosts[key + "_org"] = contact, org
        mette = vs_contact(s, "Mette", "Hansen", hosts["hofor_org"])  # the interpreter hired there
        visit = vs.create_visit(
            s, title_en="Wuhan study tour: sponge city, district heating, waste-to-energy",
            title_zh="武汉代表团海绵城市、区域供热与垃圾焚烧发电考察", start_date=dt.date(2027, 3, 22),
            end_date=dt.date(2027, 3, 31), direction="outbound", timezone=AMS,
        ).id  # fmt: skip
        vs.add_participant(s, visit, ids["明"], ParticipantRole.HEAD)
        for k in ("芳", "洋", "杰"):
            vs.add_participant(s, visit, ids[k], ParticipantRole.DELEGATE)
        vs.add_participant(s, visit, ids["浩"], ParticipantRole.STAFF)
        for key in ("rdam", "port", "hofor", "mau"):
            vs.add_participant(s, visit, hosts[key], ParticipantRole.HOST)
        vs.add_participant(s, visit, mette, ParticipantRole.INTERPRETER)
        # the delegation's own people travel, the hosts and the hired interpreter do not (fixed)
        travellers = ls.delegation_travellers(s, visit)
        assert set(travellers) == set(ids.values())
        legs = {}
        for key, mode, number, a, b, dep, arr, dz, az in (
            ("wuh", "flight", "CA 8204", "Wuhan WUH", "Beijing PEK", (22, 8, 0), (22, 10, 30), SHA, SHA),
            ("ams", "flight", "CA 931", "Beijing PEK", "Amsterdam AMS", (22, 13, 30), (22, 18, 5), SHA, AMS),
            (
                "cph",
                "train",
                "ICE 123",
                "Rotterdam Centraal",
                "Copenhagen H",
                (26, 9, 0),
                (26, 21, 0),
                AMS,
                CPH,
            ),
            (
                "mmx",
                "train",
                "Øresundståg 1039",
                "Copenhagen H",
                "Malmö C",
                (29, 9, 0),
                (29, 9, 40),
                CPH,
                STO,
            ),
            (
                "bridge",
                "train",
                "Øresundståg 1092",
                "Malmö C",
                "Copenhagen Airport CPH",
                (31, 8, 30),
                (31, 9, 5),
                STO,
                CPH,
            ),
            ("home", "flight", "CA 878", "Copenhagen CPH", "Beijing PEK", (31, 12, 0), (32, 6, 0), CPH, SHA),
        ):
            legs[key] = ls.add_travel_leg(
                s, visit, mode=mode, number=number, from_place=a, to_place=b, departs_timezone=dz,
                arrives_timezone=az, departs=_local(*dep), arrives=_local(*arr), traveller_ids=travellers,
            ).id  # fmt: skip
        rooms = {}
        for n, (hotel, first, last) in enumerate(
            (("Hotel New York Rotterdam", 22, 24), ("nhow Rotterdam", 24, 26), ("Scandic Copenhagen", 26, 28),
             ("Hotel Kong Arthur", 28, 29), ("Clarion Hotel Malmö Live", 29, 31)), start=1,
        ):  # fmt: skip
            stay = ls.add_accommodation(
                s, visit, hotel=hotel, check_in=dt.date(2027, 3, first), check_out=dt.date(2027, 3, last)
            )
            ls.set_rooming(s, stay.id, [(cid, f"{n}{i:02d}") for i, cid in enumerate(travellers, start=1)])
            rooms[hotel] = stay.id
        for place, first, last, embassy in (
            ("Netherlands / 荷兰", 22, 26, "Chinese Embassy in The Hague +31 70 306 5061"),
            ("Denmark / 丹麦", 26, 29, "Chinese Embassy in Copenhagen +45 39 46 08 89"),
            ("Sweden / 瑞典", 29, 31, "Chinese Embassy in Stockholm +46 8 579 364 00"),
        ):
            ls.add_emergency_entry(
                s, visit, place=place, starts_on=dt.date(2027, 3, first), ends_on=dt.date(2027, 3, last),
                embassy=embassy, duty_officer_name="孙浩", duty_officer_phone="+86 139 0000 7777",
            )  # fmt: skip
        items = {}
        for key, zone, day, title_en, title_zh, city_en, city_zh, host in (
            ("rdam", AMS, 23, "Water squares at Rotterdam City Hall", "鹿特丹市政厅：水广场",
             "Rotterdam", "鹿特丹", "rdam"),
            ("port", AMS, 24, "Port of Rotterdam: climate adaptation", "鹿特丹港：气候适应",
             "Rotterdam", "鹿特丹", "port"),
            ("hofor", CPH, 27, "HOFOR district heating", "HOFOR区域供热", "Copenhagen", "哥本哈根", "hofor"),
            ("amager", CPH, 28, "Amager Bakke waste-to-energy", "阿迈厄垃圾焚烧发电厂",
             "Copenhagen", "哥本哈根", "hofor"),
            ("mau", STO, 30, "Augustenborg eco-district", "奥古斯滕堡生态社区", "Malmö", "马尔默", "mau"),
        ):  # fmt: skip
            items[key] = vs.add_item(
                s, visit, timezone=zone, start=_local(day, 10, 0), end=_local(day, 12, 0), title_en=title_en,
                title_zh=title_zh, city_en=city_en, city_zh=city_zh, organisation_ids=[hosts[host + "_org"]],
            ).id  # fmt: skip
            ls.set_item_protocol(s, items[key], host_contact_id=hosts[host])
        for host, gift in (
            ("rdam", "Hubei embroidery"),
            ("hofor", "Yellow Crane Tower model"),
            ("mau", "Tea set"),
        ):
            ls.add_gift(s, visit, description=gift, giver="李明 Li Ming", recipient=host)
    out = {"visit": visit, "first_hotel": rooms["Hotel New York Rotterdam"], **hosts}
    out |= {f"leg_{k}": v for k, v in legs.items()} | {f"item_{k}": v for k, v in items.items()}
    return out | {f"p_{k}": v for k, v in ids.items()}


def vs_contact(s, given: str, family: str, org: str) -> str:  # type: ignore[no-untyped-def]
    from petdesk.services import contacts as cs

    return cs.create_contact(s, given_name=given, family_name=family, organisation_id=org).id


def _local(day: int, hour: int, minute: int) -> dt.datetime:
    """A wall-clock time in March 2027 (day 32 is 1 April)."""
    return dt.datetime(2027, 3, 1, hour, minute) + dt.timedelta(days=day - 1)


def test_sun_hao_plans_replans_and_logs_the_study_tour(
    db: Database, tmp_path: Path, tree_catalogue: Path
) -> None:
    ids = _plan(db, tmp_path)
    visit = ids["visit"]
    with db.reading() as s:
        starts = {i.id: i.starts_at for i in vs.itinerary(s, visit)}
        assert not rooming.rooming_gaps(s, [visit])
    # Copenhagen before and after the clocks go forward: 10:00 is 09:00 UTC on the 27th, 08:00 on the 28th
    assert starts[ids["item_hofor"]] == _utc(2027, 3, 27, 9, 0)
    assert starts[ids["item_amager"]] == _utc(2027, 3, 28, 8, 0)

    # the delegates' pocket itinerary: Chinese first, the officer with his delegation (fixed)
    pdf = build_visit_dossier(db, visit, tmp_path / "口袋行程.pdf", DossierOptions(first_lang="zh"))
    assert all(r.embedded and r.unicode for r in pdffonts(pdf))
    pages = [flat(p) for p in pdftotext_pages(pdf)]
    text = "".join(pages)
    assert pages[0].index("出访资料手册") < pages[0].index(flat("Outbound visit dossier"))
    assert "4名团员、1名随团工作人员" in text
    lists = next(p for p in pages if "代表团名单" in p)
    host_list = lists.index("接待方名单", lists.index("代表团名单"))
    assert lists.index("代表团名单") < lists.index("孙浩") < host_list  # with the delegation, not the hosts
    assert "中欧夏令时间" in text and "中欧标准时间" in text
    assert flat("08:00 武汉") in text and flat("09:40 马尔默") in text  # the legs' own cities (fixed)
    emergency = next(p for p in pages if "紧急联络" in p and "丹麦" in p)
    assert emergency.index("丹麦") < emergency.index("ScandicCopenhagen") < emergency.index("瑞典")  # (fixed)

    # the hosts' copy and calendar: English first, each meeting at the place's wall-clock time
    pdf = build_visit_dossier(db, visit, tmp_path / "Itinerary.pdf", DossierOptions(first_lang="en"))
    first = flat(pdftotext_pages(pdf)[0])
    assert first.index(flat("Outbound visit dossier")) < first.index("出访资料手册")
    with db.reading() as s:
        cal = Calendar.from_ical(ical.export_visit(s, visit, locale="en"))
    events = {str(e["SUMMARY"]).split(" / ")[0]: e for e in cal.walk("VEVENT")}
    amager = events["Amager Bakke waste-to-energy"]
    assert amager["DTSTART"].params["TZID"] == CPH
    assert amager["DTSTART"].dt.astimezone(UTC) == _utc(2027, 3, 28, 8, 0)

    # CA 931 is cancelled: everyone flies a day later, day 2's meeting and the first night move
    with db.transaction() as s:
        for leg, dep, arr in (("leg_wuh", (23, 8, 0), (23, 10, 30)), ("leg_ams", (23, 13, 30), (23, 18, 5))):
            ls.update_travel_leg(s, ids[leg], departs=_local(*dep), arrives=_local(*arr))
        found = clashes.find_clashes(s, visit_id=visit)
        assert any(ids["item_rdam"] in c.item_ids for c in found)  # the meeting now during the flight
        gaps = rooming.rooming_gaps(s, [visit])
        assert [g.hotel for g in gaps] == ["Hotel New York Rotterdam"]  # a room before arrival
        vs.update_item(s, ids["item_rdam"], start=_local(24, 14, 0), end=_local(24, 16, 0))
        ls.update_accommodation(s, ids["first_hotel"], check_in=dt.date(2027, 3, 23))
        vs.update_visit(s, visit, start_date=dt.date(2027, 3, 23))
        assert not clashes.find_clashes(s, visit_id=visit)
        assert not rooming.rooming_gaps(s, [visit])
    with db.reading() as s:
        events = {str(e["SUMMARY"]).split(" / ")[0]: e for e in Calendar.from_ical(
            ical.export_visit(s, visit, locale="en")).walk("VEVENT")}  # fmt: skip
    moved = events["Water squares at Rotterdam City Hall"]
    assert moved["DTSTART"].dt.replace(tzinfo=None) == dt.datetime(2027, 3, 24, 14, 0)
    assert str(moved["UID"]).startswith("item-")  # the same event, so the hosts' calendars update

    # after the trip: done, each meeting logged with its host, the follow-ups agreed
    with db.transaction() as s:
        vs.set_visit_status(s, visit, "confirmed", today=dt.date(2027, 3, 1))
        vs.set_visit_status(s, visit, "done", today=dt.date(2027, 4, 2))
        for key in ("rdam", "hofor", "mau"):
            activities.add_activity(
                s, kind="meeting", subject="Study tour meeting / 考察会谈", contact_id=ids[key],
                visit_id=visit, occurred_at=starts[ids["item_" + ("hofor" if key == "hofor" else key)]],
                author="孙浩",
            )  # fmt: skip
        vs.add_follow_up(
            s, visit, description_en="Send HOFOR the Wuhan heat-network data",
            description_zh="向HOFOR提供武汉热网数据",
            owner_id=ids["p_浩"], due_date=dt.date(2027, 4, 30), organisation_id=ids["hofor_org"],
        )  # fmt: skip
    with db.reading() as s:
        logged = activities.find_activities(s, text="考察会谈")
        assert len(logged) == 3
        ups = vs.follow_ups(s, visit)
        assert [(f.due_date, f.owner_id) for f in ups] == [(dt.date(2027, 4, 30), ids["p_浩"])]
