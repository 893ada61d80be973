"""Field test 56: a protocol officer of a Chinese city's foreign affairs office (Chinese window)
prepares an incoming mixed delegation and prints what protocol hands out.

Dr. Karl-Heinz von der Mühlen (Lord Mayor of Bonn, 卡尔-海因茨·冯·德·米伦), 김민준 of the Korean
ministry, 佐藤浩 (さとう ひろし) of a Japanese firm and 陳詠欣 (Wing-yan Chan) of a Hong Kong fund:
three days in Suzhou and Hangzhou, a Frankfurt flight on the day Europe moves its clocks, a car with
seats, two hotels, dietary and accessibility needs, an emergency entry per city. She prints the
dossier Chinese first (normal and large print), the name cards and the fund's partner overview.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.namecards import build_namecards
from petdesk.dossier.partner_overview import build_partner_overview
from petdesk.models.enums import ItineraryKind, ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

DAY1 = dt.date(2027, 3, 29)


def _delegation(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        bonn = os_.create_organisation(s, name_en="City of Bonn", name_zh="波恩市政府", country="DE")
        moe = os_.create_organisation(s, name_en="Ministry of Environment", name_zh="환경부", country="KR")
        kurita = os_.create_organisation(
            s, name_en="Kurita Water Industries", name_zh="栗田工業", country="JP"
        )
        fund = os_.create_organisation(
            s, name_en="Hong Kong Green Investment Fund", name_zh="香港綠色投資基金", country="HK"
        )
        fao = os_.create_organisation(s, name_en="Suzhou Foreign Affairs Office", name_zh="苏州市外事办公室")
        karl = cs.create_contact(
            s, honorific_en="Dr.", honorific_zh="博士", given_name="Karl-Heinz", family_name="von der Mühlen",
            given_name_zh="卡尔-海因茨", family_name_zh="冯·德·米伦", organisation_id=bonn.id,
            position_en="Lord Mayor", position_zh="市长", dietary_needs="vegetarian",
        )  # fmt: skip
        kim = cs.create_contact(
            s, family_name="Kim", given_name="Min-jun", family_name_zh="김", given_name_zh="민준",
            organisation_id=moe.id, position_en="Director-General", position_zh="局长",
        )  # fmt: skip
        sato = cs.create_contact(
            s, family_name="Satō", given_name="Hiroshi", family_name_zh="佐藤", given_name_zh="浩",
            phonetic_family_name="さとう", phonetic_given_name="ひろし", organisation_id=kurita.id,
            position_en="Senior Engineer", position_zh="高级工程师", accessibility_needs="wheelchair user",
        )  # fmt: skip
        chan = cs.create_contact(
            s, family_name="Chan", given_name="Wing-yan", family_name_zh="陳", given_name_zh="詠欣",
            honorific_en="Ms", honorific_zh="女士", organisation_id=fund.id, dietary_needs="halal",
        )  # fmt: skip
        lin = cs.create_contact(
            s, family_name="Lin", given_name="Xiaoyu", family_name_zh="林", given_name_zh="晓雨"
        )
        ma = cs.create_contact(s, family_name="Ma", given_name="Li", family_name_zh="马", given_name_zh="丽")
        v = vs.create_visit(
            s, title_en="Green cities delegation visits Suzhou and Hangzhou",
            title_zh="绿色城市代表团访问苏州、杭州",
            start_date=DAY1, end_date=DAY1 + dt.timedelta(days=2), timezone="Asia/Shanghai",
            host_organisation_id=fao.id, visiting_organisation_id=bonn.id,
        )  # fmt: skip
        vs.add_participant(s, v.id, karl.id, ParticipantRole.HEAD)
        for c in (kim, sato, chan):
            vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
        vs.add_participant(s, v.id, lin.id, ParticipantRole.ORGANISER)
        vs.add_participant(s, v.id, ma.id, ParticipantRole.INTERPRETER)
        guests = [karl.id, kim.id, sato.id, chan.id]
        # Europe moves its clocks on 28 March 2027: 13:30 in Frankfurt is UTC+02:00 that afternoon
        ls.add_travel_leg(
            s, v.id, departs=dt.datetime(2027, 3, 28, 13, 30), arrives=dt.datetime(2027, 3, 29, 7, 5),
            departs_timezone="Europe/Berlin", from_place="Frankfurt (FRA)", to_place="Shanghai Pudong (PVG)",
            number="LH728", traveller_ids=[karl.id],
        )  # fmt: skip
        meeting = vs.add_item(
            s, v.id, start=dt.datetime(2027, 3, 29, 14), end=dt.datetime(2027, 3, 29, 16),
            title_en="Meeting with the Mayor of Suzhou", title_zh="苏州市市长会见", city_en="Suzhou",
            city_zh="苏州", attendee_ids=[*guests, ma.id],
        )  # fmt: skip
        ls.set_item_protocol(s, meeting.id, interpreter_contact_id=ma.id, dress_code="正式（深色西装）")
        site = vs.add_item(
            s, v.id, kind=ItineraryKind.SITE_VISIT, start=dt.datetime(2027, 3, 30, 14),
            end=dt.datetime(2027, 3, 30, 17), title_en="Qige water works", title_zh="参观七格污水处理厂",
            city_en="Hangzhou", city_zh="杭州", attendee_ids=guests,
        )  # fmt: skip
        car = ls.add_vehicle(s, v.id, vehicle="Buick GL8 苏E·12345", seats=6, item_ids=[meeting.id, site.id])
        ls.set_vehicle_riders(s, car.id, [*guests, ma.id])
        stay = ls.add_accommodation(
            s, v.id, hotel="Suzhou Garden Hotel", check_in=DAY1, check_out=DAY1 + dt.timedelta(days=1)
        )
        ls.set_rooming(s, stay.id, [(karl.id, "801"), (sato.id, "101 (accessible)")])
        for place, first, last, phone in (
            ("苏州", DAY1, DAY1, "+86 138 0000 1111"),
            ("杭州", DAY1 + dt.timedelta(days=1), DAY1 + dt.timedelta(days=2), "+86 138 0000 2222"),
        ):
            ls.add_emergency_entry(
                s, v.id, place=place, starts_on=first, ends_on=last, duty_officer_name="Lin Xiaoyu",
                duty_officer_phone=phone, emergency_numbers="110 / 120 / 119",
            )  # fmt: skip
        return {"visit": v.id, "fund": fund.id, "sato": sato.id}


def _all_embedded(pdf: Path) -> None:
    rows = pdffonts(pdf)
    assert rows and all(r.embedded and r.unicode for r in rows), rows


@pytest.mark.parametrize("large", [False, True])
def test_the_dossier_chinese_first(db: Database, tmp_path: Path, large: bool) -> None:
    ids = _delegation(db)
    out = build_visit_dossier(
        db, ids["visit"], tmp_path / "d.pdf", DossierOptions(first_lang="zh_CN", large_print=large)
    )
    _all_embedded(out)
    assert any("PetdeskHangul" in r.name for r in pdffonts(out))
    pages = pdftotext_pages(out)
    text = flat("".join(pages))
    cover = flat(pages[0])
    assert cover.index("绿色城市代表团") < cover.index("Greencitiesdelegation")  # Chinese first
    # names in each language's order, with titles where protocol puts them
    assert "卡尔-海因茨·冯·德·米伦博士" in text and "Dr.Karl-HeinzvonderMühlen" in text
    assert "佐藤浩" in text and "浩·佐藤" not in text
    assert "김민준" in text and "陳詠欣女士" in text and "MsWing-yanChan" in text
    # the programme's zone is named; the flight leaves Frankfurt in summer time
    assert "北京时间" in text  # as Chinese readers name it (field test 77 follow-up)
    assert "UTC+02:00" in text and "UTC+01:00" not in text
    assert "正式（深色西装）" in text and "Formal(darksuit)" in text
    for city in ("苏州", "杭州"):
        assert city in text


def test_name_cards_and_the_fund_overview(db: Database, tmp_path: Path) -> None:
    ids = _delegation(db)
    cards = build_namecards(db, ids["visit"], tmp_path / "cards.pdf")
    _all_embedded(cards)
    text = flat("".join(pdftotext_pages(cards)))
    for own_first in (
        "佐藤浩Hiroshi",
        "陳詠欣Wing-yan",
        "김민준Min-jun",
        "Dr.Karl-HeinzvonderMühlen卡尔-海因茨",
    ):
        assert own_first in text, own_first
    overview = build_partner_overview(
        db, ids["fund"], tmp_path / "fund.pdf", DossierOptions(first_lang="zh", contents=False)
    )
    _all_embedded(overview)
    page = flat(pdftotext_pages(overview)[0])
    assert page.index("合作伙伴概览") < page.index("Partneroverview")
    assert "中国香港" in page and "HK" not in page.replace("HongKong", "")
