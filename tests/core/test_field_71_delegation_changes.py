"""Field test 71: Zhou Min, protocol officer at the Qingdao Foreign Affairs Office (外办), receives
twelve guests from Rotterdam and Gdańsk for three days and reprints the bilingual dossier, the
leaders' short version (the glance and programme pages) and the name cards after every change.

The day before arrival: Tomasz Nowak cancels and his deputy Marek Lewandowski comes (vegetarian,
wheelchair user), the Mayor's meeting moves from 10:00 to 15:30 and to another venue, two guests
move to another hotel, an interpreter is added, the Frankfurt flight is delayed overnight. The hosts
must tell v2 from v1 on every page, read what changed, find nobody cancelled on any list, and count
vegetarians and wheelchair users right. Dutch names file by surname ("van der Berg" under B).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, changes_since_from_text
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ItineraryKind, ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

DAY1 = dt.date(2027, 5, 18)
#: (key, given, family, Chinese given, Chinese family, Rotterdam?, dietary needs)
GUESTS = (
    ("head", "Pieter", "van der Berg", "彼得", "范德贝赫", True, ""),
    ("anna", "Anna", "de Vries", "安娜", "德弗里斯", True, "vegetarian"),
    ("jan", "Jan", "Bakker", "扬", "巴克", True, ""),
    ("sanne", "Sanne", "Visser", "桑娜", "菲瑟", True, "Halal / 清真"),
    ("willem", "Willem", "ter Horst", "威廉", "特霍斯特", True, ""),
    ("daan", "Daan", "Jansen", "达恩", "扬森", True, ""),
    ("lukasz", "Łukasz", "Wróblewski", "武卡什", "弗鲁布莱夫斯基", False, ""),
    ("agnieszka", "Agnieszka", "Żółkowska", "阿格涅什卡", "茹乌科夫斯卡", False, "vegetarian"),
    ("krzysztof", "Krzysztof", "Szczęsny", "克日什托夫", "什琛斯内", False, ""),
    ("malgorzata", "Małgorzata", "Dąbrowska", "玛乌戈扎塔", "东布罗夫斯卡", False, ""),
    ("tomasz", "Tomasz", "Nowak", "托马什", "诺瓦克", False, "vegetarian"),
    ("ewa", "Ewa", "Kowalczyk", "埃娃", "科瓦尔奇克", False, "vegan"),
)


def _plan(db: Database) -> dict[str, str]:
    ids: dict[str, str] = {}
    with db.transaction() as s:
        rdam = os_.create_organisation(
            s, name_en="Port of Rotterdam Authority", name_zh="鹿特丹港务局", country="NL"
        )
        gdn = os_.create_organisation(s, name_en="City of Gdańsk", name_zh="格但斯克市政府", country="PL")
        fao = os_.create_organisation(s, name_en="Qingdao Foreign Affairs Office", name_zh="青岛市外事办公室")
        for key, given, family, given_zh, family_zh, dutch, diet in GUESTS:
            c = cs.create_contact(
                s, given_name=given, family_name=family, given_name_zh=given_zh, family_name_zh=family_zh,
                organisation_id=(rdam if dutch else gdn).id, position_en="Delegate", position_zh="团员",
                dietary_needs=diet,
            )  # fmt: skip
            ids[key] = c.id
        zhou = cs.create_contact(
            s,
            given_name="Min",
            family_name="Zhou",
            given_name_zh="敏",
            family_name_zh="周",
            organisation_id=fao.id,
        )
        v = vs.create_visit(
            s, title_en="Rotterdam and Gdańsk delegation to Qingdao",
            title_zh="鹿特丹和格但斯克代表团访问青岛",
            start_date=DAY1, end_date=DAY1 + dt.timedelta(days=2), timezone="Asia/Shanghai",
            host_organisation_id=fao.id, visiting_organisation_id=rdam.id,
        )  # fmt: skip
        guests = [ids[g[0]] for g in GUESTS]
        vs.add_participant(s, v.id, ids["head"], ParticipantRole.HEAD)
        for cid in guests[1:]:
            vs.add_participant(s, v.id, cid, ParticipantRole.DELEGATE)
        vs.add_participant(s, v.id, zhou.id, ParticipantRole.ORGANISER)
        leg = ls.add_travel_leg(
            s, v.id, departs=dt.datetime(2027, 5, 17, 13, 30), arrives=dt.datetime(2027, 5, 18, 6, 40),
            departs_timezone="Europe/Berlin", from_place="Frankfurt (FRA)", to_place="Qingdao Jiaodong (TAO)",
            number="LH8400", traveller_ids=guests,
        )  # fmt: skip
        meeting = vs.add_item(
            s, v.id, start=dt.datetime(2027, 5, 19, 10), end=dt.datetime(2027, 5, 19, 11, 30),
            title_en="Meeting with the Mayor of Qingdao", title_zh="青岛市市长会见",
            place_en="Qingdao City Hall",
            place_zh="青岛市政府", city_en="Qingdao", city_zh="青岛", attendee_ids=guests,
        )  # fmt: skip
        dinner = vs.add_item(
            s, v.id, kind=ItineraryKind.MEETING, start=dt.datetime(2027, 5, 19, 18, 30),
            end=dt.datetime(2027, 5, 19, 20, 30), title_en="Welcome dinner", title_zh="欢迎晚宴",
            city_en="Qingdao", city_zh="青岛", attendee_ids=guests,
        )  # fmt: skip
        coach = ls.add_vehicle(
            s, v.id, vehicle="Yutong coach 鲁B·12345", seats=20, item_ids=[meeting.id, dinner.id]
        )
        ls.set_vehicle_riders(s, coach.id, guests)
        stay = ls.add_accommodation(
            s, v.id, hotel="Shangri-La Qingdao", check_in=DAY1, check_out=DAY1 + dt.timedelta(2)
        )
        ls.set_rooming(s, stay.id, [(cid, str(801 + n)) for n, cid in enumerate(guests)])
        ids |= {"visit": v.id, "leg": leg.id, "meeting": meeting.id, "stay": stay.id}
    return ids


def _change_the_day_before(db: Database, ids: dict[str, str]) -> None:
    with db.transaction() as s:
        marek = cs.create_contact(
            s, given_name="Marek", family_name="Lewandowski", given_name_zh="马雷克",
            family_name_zh="莱万多夫斯基",
            dietary_needs="vegetarian", accessibility_needs="wheelchair user",
        )  # fmt: skip
        ids["marek"] = marek.id
        vs.remove_participant(s, ids["visit"], ids["tomasz"], substitute_id=marek.id)
        vs.update_item(
            s, ids["meeting"], start=dt.datetime(2027, 5, 19, 15, 30), end=dt.datetime(2027, 5, 19, 17),
            place_en="Qingdao International Conference Centre", place_zh="青岛国际会议中心",
        )  # fmt: skip
        moved = (ids["lukasz"], ids["agnieszka"])
        # the rooming list as the Logistics tab shows it (live rooms only), less the two who move
        stay = next(stay for stay in ls.logistics(s, ids["visit"]).stays if stay.id == ids["stay"])
        kept = [(r.person.id, r.room) for r in stay.rooms]
        ls.set_rooming(s, ids["stay"], [(cid, room) for cid, room in kept if cid not in moved])
        other = ls.add_accommodation(
            s, ids["visit"], hotel="InterContinental Qingdao", check_in=DAY1, check_out=DAY1 + dt.timedelta(2)
        )
        ls.set_rooming(s, other.id, [(moved[0], "1201"), (moved[1], "1202")])
        wang = cs.create_contact(
            s, given_name="Li", family_name="Wang", given_name_zh="丽", family_name_zh="王"
        )
        vs.add_participant(s, ids["visit"], wang.id, ParticipantRole.INTERPRETER)
        ls.update_travel_leg(
            s, ids["leg"], departs=dt.datetime(2027, 5, 18, 9), arrives=dt.datetime(2027, 5, 19, 1, 40)
        )


def _pages(pdf: Path) -> list[str]:
    assert all(r.embedded for r in pdffonts(pdf))
    return [flat(p) for p in pdftotext_pages(pdf)]


def test_zhou_min_reprints_after_the_day_before_changes(
    db: Database, tmp_path: Path, tree_catalogue: Path
) -> None:
    ids = _plan(db)
    v1 = _pages(build_visit_dossier(db, ids["visit"], tmp_path / "v1.pdf", DossierOptions(version="v1")))
    assert all("versionv1" in p and "版本v1" in p for p in v1)  # every page says which print it is
    text = "".join(v1)
    assert "Łukasz" in text and "Wróblewski" in text and "Gdańsk" in text and "Żółkowska" in text
    glance = next(p for p in v1 if "Visitataglance" in p and "Contents" not in p)
    assert "vegetarian3(" in glance and "Tomasz" in glance and "Accessibilityneeds" not in glance
    # the delegation list files Dutch names by surname: van der Berg (head) first, ter Horst under H
    body = "".join(p for p in v1 if "Contents" not in p)
    delegation = body[body.index("Delegationlist") : body.index("Hostlist")]
    names = ("JanBakker", "Małgorzata", "WillemterHorst", "DaanJansen", "AnnadeVries")
    order = [delegation.index(n) for n in names]
    assert order == sorted(order)

    since = changes_since_from_text(db, ids["visit"], "last")
    _change_the_day_before(db, ids)
    options = DossierOptions(version="v2", first_lang="zh_CN", changes_since=since)
    v2 = _pages(build_visit_dossier(db, ids["visit"], tmp_path / "v2.pdf", options))
    assert all("版本v2" in p and "versionv2" in p for p in v2)
    # the change list runs from its heading to the programme, over pages of their own
    first = next(n for n, p in enumerate(v2) if "以来的变更" in p and "目录" not in p)
    last = next(n for n, p in enumerate(v2) if "所有时间均为当地时间" in p)
    changes, rest = "".join(v2[first:last]), v2[:first] + v2[last:]
    for said in ("15:30", "青岛国际会议中心", "InterContinental", "LH8400", "王丽", "马雷克·莱万多夫斯基"):
        assert said in changes, said
    assert "Vehiclerider" in changes and "车辆乘客" in changes  # the coach list changed too
    # nobody cancelled anywhere but in the change list
    assert not any("Tomasz" in p or "托马什" in p for p in rest)
    glance = next(p for p in rest if "访问概览" in p and "目录" not in p)
    assert "vegetarian3(MarekLewandowski,AnnadeVries,AgnieszkaŻółkowska)" in glance
    assert "wheelchairuser1人（马雷克·莱万多夫斯基）" in glance and "清真1人" in glance and "Halal1" in glance
    assert "InterContinentalQingdao" in glance and "Shangri-LaQingdao" in glance
    programme = next(p for p in rest if "日程安排" in p and "15:30" in p)
    assert "10:00–11:30" not in programme
    cover = v2[0]
    # an interpreter with no organisation stands with the delegation, counted apart (field test 71 leftovers)
    assert "12名团员、1名翻译" in cover and "12delegates,1interpreter" in cover

    # the leaders' short version: glance and programme only, Chinese first
    short = DossierOptions(version="v2", first_lang="zh_CN", sections=frozenset({"glance", "programme"}))
    pocket = _pages(build_visit_dossier(db, ids["visit"], tmp_path / "pocket.pdf", short))
    assert not any("Tomasz" in p for p in pocket) and any("15:30" in p for p in pocket)

    cards = "".join(_pages(build_namecards(db, ids["visit"], tmp_path / "cards.pdf")))
    assert "MarekLewandowski" in cards and "Tomasz" not in cards and "ŁukaszWróblewski" in cards
    with db.reading() as s:
        lg = ls.logistics(s, ids["visit"])
    names = {s.hotel: [r.person.name_en.replace("\xa0", " ") for r in s.rooms] for s in lg.stays}
    assert names["InterContinental Qingdao"] == ["Łukasz Wróblewski", "Agnieszka Żółkowska"]
    assert "Marek Lewandowski" in names["Shangri-La Qingdao"] and len(names["Shangri-La Qingdao"]) == 10
    riders = {p.name_en.replace("\xa0", " ") for car in lg.vehicles for _item, who in car.riders for p in who}
    assert "Marek Lewandowski" in riders and "Tomasz Nowak" not in riders
