# ruff: noqa: E501  (SQL statements and row literals read better on one line)
"""Demo logistics for the demo visits: flights or trains, a hotel with a rooming list, cars with
drivers on the programme, an emergency sheet, gifts, precedence and the host and interpreter of
meetings. Hotels, drivers, phone numbers and flight numbers are made up; airports, airlines, train
numbering and emergency numbers are real.

Written with plain SQL after the visits exist (like the rest of the demo, for speed), drawn from
its own seeded ``random.Random`` so the same seed gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid
from zoneinfo import ZoneInfo

from petdesk.ids import compact, with_compact_version
from petdesk.models.types import stored_time

UTC = dt.UTC

#: City (as the demo writes it in English) -> airport, IANA zone.
AIRPORTS: dict[str, tuple[str, str]] = {
    "Beijing": ("Beijing Capital (PEK)", "Asia/Shanghai"),
    "Shanghai": ("Shanghai Pudong (PVG)", "Asia/Shanghai"),
    "Guangzhou": ("Guangzhou Baiyun (CAN)", "Asia/Shanghai"),
    "Shenzhen": ("Shenzhen Bao'an (SZX)", "Asia/Shanghai"),
    "Chengdu": ("Chengdu Tianfu (TFU)", "Asia/Shanghai"),
    "Hangzhou": ("Hangzhou Xiaoshan (HGH)", "Asia/Shanghai"),
    "Wuhan": ("Wuhan Tianhe (WUH)", "Asia/Shanghai"),
    "Hamburg": ("Hamburg (HAM)", "Europe/Berlin"),
    "Berlin": ("Berlin Brandenburg (BER)", "Europe/Berlin"),
    "Bonn": ("Cologne Bonn (CGN)", "Europe/Berlin"),
    "Copenhagen": ("Copenhagen (CPH)", "Europe/Copenhagen"),
    "Rotterdam": ("Amsterdam Schiphol (AMS)", "Europe/Amsterdam"),
    "Singapore": ("Singapore Changi (SIN)", "Asia/Singapore"),
    "Tokyo": ("Tokyo Haneda (HND)", "Asia/Tokyo"),
    "Nairobi": ("Nairobi Jomo Kenyatta (NBO)", "Africa/Nairobi"),
}
#: Airlines with their IATA prefix, by the zone they fly from.
AIRLINES: dict[str, tuple[str, str]] = {
    "Europe/Berlin": ("Lufthansa", "LH"),
    "Europe/Copenhagen": ("Scandinavian Airlines", "SK"),
    "Europe/Amsterdam": ("KLM", "KL"),
    "Asia/Singapore": ("Singapore Airlines", "SQ"),
    "Asia/Tokyo": ("All Nippon Airways", "NH"),
    "Africa/Nairobi": ("Kenya Airways", "KQ"),
    "Asia/Shanghai": ("Air China", "CA"),
}
HOTELS = (
    ("Kerry Hotel", "1 Guanghua Road"),
    ("Grand Hyatt", "1 Chang'an Avenue"),
    ("Shangri-La Hotel", "33 Fuxing Road"),
    ("Westin Hotel", "88 Century Avenue"),
    ("Hilton Hotel", "8 Jianguomen Avenue"),
    ("InterContinental", "500 Zhongshan Road"),
)
CARS = ("Black Audi A6L", "Black Buick GL8 (7 seats)", "Silver Toyota Coaster (20 seats)", "Black Hongqi H5")
DRIVERS = ("Zhang Lei", "Wang Qiang", "Liu Jun", "Chen Gang", "Zhao Peng", "Sun Hao")
GIFTS_GIVEN = ("Hamburg harbour photo book", "Porcelain plate with the city arms", "Wind turbine model")
GIFTS_RECEIVED = ("Cloisonné vase", "Silk scroll with calligraphy", "Box of Longjing tea")
CN_EMERGENCY = "Police 110 · Fire 119 · Ambulance 120"
#: Hospitals with an international department, by city; elsewhere the city's first hospital.
HOSPITALS: dict[str, str] = {
    "Beijing": "Peking Union Medical College Hospital, 1 Shuaifuyuan, Dongcheng District, +86 10 6915 6114",
    "Shanghai": "Shanghai United Family Hospital, 1139 Xianxia Road, +86 21 2216 3900",
    "Guangzhou": "Guangzhou United Family Hospital, 31 Xiaheng Road, +86 20 3610 2333",
}


def _uuid(rng: random.Random, salt: int) -> str:
    """A version-8 UUID drawn from ``rng``, as a row id (the compact form of :mod:`petdesk.ids`),
    mixed with the office's ``salt`` (``generator.office_salt``)."""
    return compact(with_compact_version(rng.getrandbits(128) ^ salt))


def _ts(value: dt.datetime) -> int:
    return stored_time(value)


def _phone(rng: random.Random) -> str:
    return f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def _entry_id(visit_id: str) -> str:
    """The emergency entry's id, from the visit's: not drawn from ``rng``, so the rest of the demo
    is drawn as before the sheet became a table."""
    return compact(with_compact_version(uuid.uuid5(uuid.NAMESPACE_URL, f"petdesk-demo-emergency/{visit_id}").int))


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, object], verb: str = "INSERT") -> None:
    cols = ", ".join(row)
    conn.execute(f"{verb} INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))


def add_logistics(conn: sqlite3.Connection, *, seed: int, salt: int = 0) -> int:
    """Give about two visits in three their logistics; returns how many visits got some."""
    rng = random.Random(f"petdesk-demo-logistics-{seed}")
    visits = conn.execute(
        "SELECT v.id, v.direction, v.start_date, v.end_date, v.timezone, v.created_at, coalesce(o.city_en, '') "
        "FROM visit v LEFT JOIN organisation o ON o.id = v.visiting_organisation_id "
        "WHERE v.deleted_at IS NULL AND v.status != 'cancelled' ORDER BY v.start_date, v.id"
    ).fetchall()
    done = 0
    for vid, _direction, start, end, tz, created, home_city in visits:
        if rng.random() > 0.65:
            continue
        done += 1
        stamp = dict(created_at=created, updated_at=created, deleted_at=None)
        people = conn.execute(
            "SELECT p.id, p.contact_id, p.role, c.family_name, c.honorific_en, c.honorific_zh, c.family_name_zh "
            "FROM visit_participant p JOIN contact c ON c.id = p.contact_id "
            "WHERE p.visit_id = ? AND p.deleted_at IS NULL ORDER BY p.role != 'head', p.id",
            (vid,),
        ).fetchall()
        items = conn.execute(
            "SELECT id, city_en, kind, timezone FROM itinerary_item WHERE visit_id = ? AND deleted_at IS NULL ORDER BY starts_at",
            (vid,),
        ).fetchall()
        delegation = [p for p in people if p[2] in ("head", "delegate", "staff")]
        hosts = [p for p in people if p[2] in ("host", "organiser")]
        interpreters = [p for p in people if p[2] == "interpreter"]
        # precedence and forms of address, per side
        for side in (delegation, hosts):
            for n, p in enumerate(side, start=1):
                hon_en = p[4] or ""
                address_en = f"{hon_en} {p[3]}".strip() if hon_en else ""
                address_zh = f"{p[6]}{p[5]}" if p[6] and p[5] else ""
                conn.execute(
                    "UPDATE visit_participant SET precedence = ?, form_of_address_en = ?, form_of_address_zh = ? "
                    "WHERE id = ?",
                    (n, address_en, address_zh, p[0]),
                )
        city = items[0][1] if items and items[0][1] else "Beijing"
        d0, d1 = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        # travel: in and out by air when the delegation comes from abroad, else by high-speed train
        item_zone = items[0][3] if items else tz
        here, here_zone = AIRPORTS.get(city, (city, item_zone))
        if item_zone != "Asia/Shanghai":  # a visit abroad: the delegation flies out of Beijing
            home, home_zone = AIRPORTS["Beijing"]
        else:
            home, home_zone = AIRPORTS.get(home_city, ("", ""))
        travellers = [p[1] for p in delegation]
        legs: list[tuple[str, str, str, str, str, str, dt.datetime, str, dt.datetime, str]] = []
        if home and home_zone != here_zone:
            carrier, code = AIRLINES.get(home_zone, ("Air China", "CA"))
            dep = dt.datetime.combine(d0 - dt.timedelta(days=1), dt.time(rng.choice((13, 17, 20)), 5), ZoneInfo(home_zone))
            arr = (dep + dt.timedelta(hours=rng.randint(9, 11), minutes=40)).astimezone(ZoneInfo(here_zone))
            legs.append(("flight", f"{code} {rng.randint(700, 799)}", carrier, home, here, home_zone, dep, here_zone, arr, ""))
            back = dt.datetime.combine(d1, dt.time(rng.choice((10, 13)), 30), ZoneInfo(here_zone))
            legs.append(
                (
                    "flight",
                    f"{code} {rng.randint(700, 799)}",
                    carrier,
                    here,
                    home,
                    here_zone,
                    back,
                    home_zone,
                    (back + dt.timedelta(hours=rng.randint(10, 12), minutes=15)).astimezone(ZoneInfo(home_zone)),
                    "",
                )
            )
        elif city != "Beijing" and item_zone == "Asia/Shanghai":
            dep = dt.datetime.combine(d0, dt.time(7, 0), ZoneInfo("Asia/Shanghai"))
            legs.append(
                ("train", f"G {rng.randint(1, 99)}", "China Railway", "Beijing South", f"{city} station",
                 "Asia/Shanghai", dep, "Asia/Shanghai", dep + dt.timedelta(hours=rng.randint(3, 5), minutes=18), "2nd car, business class")
            )  # fmt: skip
        for mode, number, carrier, frm, to, dz, dep, az, arr, notes in legs:
            leg_id = _uuid(rng, salt)
            _insert(
                conn,
                "travel_leg",
                dict(
                    id=leg_id, **stamp, visit_id=vid, mode=mode, number=number, carrier=carrier, from_place=frm,
                    to_place=to, departs_at=_ts(dep), departs_timezone=dz, arrives_at=_ts(arr),
                    arrives_timezone=az, notes=notes,
                ),
            )  # fmt: skip
            for cid in travellers:
                _insert(
                    conn, "travel_leg_traveller", dict(id=_uuid(rng, salt), **stamp, leg_id=leg_id, contact_id=cid)
                )
        # hotel and rooming: one room each, the head of delegation in a suite on the top floor
        if d1 > d0 and delegation:
            hotel, address = rng.choice(HOTELS)
            stay_id = _uuid(rng, salt)
            _insert(
                conn,
                "accommodation",
                dict(
                    id=stay_id, **stamp, visit_id=vid, hotel=f"{hotel} {city}", address=f"{address}, {city}",
                    phone=f"+86 {rng.randint(10, 28)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                    check_in=d0.isoformat(), check_out=d1.isoformat(), notes="Breakfast included",
                ),
            )  # fmt: skip
            floor = rng.randint(8, 21)
            for n, p in enumerate(delegation):
                room = f"{floor + 1}01 (suite)" if n == 0 else f"{floor}{n + 2:02d}"
                _insert(
                    conn,
                    "room_assignment",
                    dict(id=_uuid(rng, salt), **stamp, accommodation_id=stay_id, contact_id=p[1], room=room),
                )
        # cars: one car for the head, a van or coach for the rest, serving every outside item
        n_cars = 1 if len(delegation) <= 3 else 2
        for k in range(n_cars):
            car_id = _uuid(rng, salt)
            _insert(
                conn,
                "vehicle",
                dict(
                    id=car_id, **stamp, visit_id=vid, vehicle=CARS[0] if k == 0 else rng.choice(CARS[1:]),
                    driver_name=rng.choice(DRIVERS), driver_phone=_phone(rng), notes="",
                ),
            )  # fmt: skip
            for iid, *_rest in items:
                _insert(
                    conn, "vehicle_assignment", dict(id=_uuid(rng, salt), **stamp, vehicle_id=car_id, item_id=iid)
                )
        # host and interpreter of meetings, dress code of banquets
        for iid, _c, kind, _tz in items:
            host = rng.choice(hosts)[1] if hosts else None
            interp = rng.choice(interpreters)[1] if interpreters else None
            dress = (
                "Business attire" if kind == "meeting" else ("Formal (dark suit)" if kind == "meal" else "")
            )
            conn.execute(
                "UPDATE itinerary_item SET host_contact_id = ?, interpreter_contact_id = ?, dress_code = ? WHERE id = ?",
                (host, interp, dress, iid),
            )
        # emergency sheet and gifts
        if item_zone == "Asia/Shanghai":
            # The whole-visit entry of the sheet (migration 0047). Its id comes from the visit's, so a
            # second demo run into a demo file keeps the entry the first run gave a visit.
            _insert(
                conn,
                "emergency_entry",
                dict(
                    id=_entry_id(vid), **stamp, visit_id=vid, place="", starts_on=None, ends_on=None,
                    duty_officer_name=rng.choice(("Chen Jing", "Li Na", "Zhou Ming")),
                    duty_officer_phone=_phone(rng),
                    embassy=f"Embassy in Beijing, consular emergency line +86 10 {rng.randint(6500, 8599)} {rng.randint(1000, 9999)}",
                    emergency_numbers=CN_EMERGENCY,
                    hospital=HOSPITALS.get(city, f"{city} First People's Hospital, emergency department"),
                ),
                "INSERT OR IGNORE",
            )  # fmt: skip
        if rng.random() < 0.5:
            giver = " ".join(x for x in (delegation[0][4], delegation[0][3]) if x) if delegation else ""
            receiver = " ".join(x for x in (hosts[0][4], hosts[0][3]) if x) if hosts else ""
            for gdir, desc, frm, to in (
                ("given", rng.choice(GIFTS_GIVEN), giver, receiver),
                ("received", rng.choice(GIFTS_RECEIVED), receiver, giver),
            ):
                _insert(
                    conn,
                    "gift",
                    dict(
                        id=_uuid(rng, salt),
                        **stamp,
                        visit_id=vid,
                        direction=gdir,
                        description=desc,
                        giver=frm,
                        recipient=to,
                        notes="",
                    ),
                )
    return done
