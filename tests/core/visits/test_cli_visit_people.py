"""A visit's people from the command line (field test 86 left it over): ``visits ID --add-person``
and ``replace-participant``, through the services of the visit editor's Add and "Replace selected
by the person found": the substitute takes items, rooms, car seats and the place in the order of
precedence; gifts naming the person are listed, renamed only with --rename-gifts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


@pytest.fixture
def banquet(db: Database, tree_catalogue: object) -> dict[str, str]:
    """The Minister and the Vice-Governor on the banquet, in a room and a car; Hendra comes instead."""
    with db.transaction() as s:
        people = {
            key: cs.create_contact(s, **names).id
            for key, names in {
                "minister": {"given_name": "", "family_name": "Suharso", "family_name_zh": "苏哈索"},
                "sri": {
                    "given_name": "Sri Mulyani", "family_name": "Indrawati",
                    "family_name_zh": "因德拉瓦蒂", "given_name_zh": "斯里·穆利亚尼",
                },
                "hendra": {
                    "given_name": "Hendra", "family_name": "Gunawan", "family_name_zh": "古纳万",
                    "given_name_zh": "亨德拉",
                },
                "budi": {"given_name": "Budi", "family_name": "Santoso"},
                "budi2": {"given_name": "Budi", "family_name": "Santoso"},
            }.items()
        }  # fmt: skip
        v = vs.create_visit(
            s, title_en="Indonesian delegation", title_zh="印度尼西亚代表团", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        vs.add_participant(s, v.id, people["minister"], ParticipantRole.HEAD)
        vs.add_participant(s, v.id, people["sri"], ParticipantRole.DELEGATE)
        by_contact = {p.contact_id: p.id for p in v.participants}
        lg.set_precedence_order(s, v.id, [by_contact[people["minister"]], by_contact[people["sri"]]])
        item = vs.add_item(
            s, v.id, start=dt.datetime(2027, 5, 10, 18), end=dt.datetime(2027, 5, 10, 20), kind="banquet",
            title_en="Welcome banquet", attendee_ids=[people["minister"], people["sri"]],
        )  # fmt: skip
        stay = lg.add_accommodation(
            s, v.id, hotel="Shangri-La", check_in=dt.date(2027, 5, 10), check_out=dt.date(2027, 5, 12)
        )
        lg.set_rooming(s, stay.id, [(people["minister"], "801"), (people["sri"], "802")])
        car = lg.add_vehicle(s, v.id, vehicle="Hongqi H9", item_ids=[item.id])
        lg.set_vehicle_riders(s, car.id, [people["minister"], people["sri"]])
        lg.add_gift(s, v.id, description="Silk scarf", giver="Zhang Wei", recipient="Sri Mulyani Indrawati")
        lg.add_gift(
            s, v.id, description="Batik", direction="received", giver="Vice-Governor Sri Mulyani Indrawati"
        )
        return {**people, "visit": v.id, "item": item.id, "stay": stay.id}


def _people(db: Database, visit_id: str) -> dict[str, tuple[str, int | None]]:
    """The visit's live people by Latin name: (role, precedence)."""
    with db.reading() as s:
        return {
            p.contact.name_latin: (p.role.value, p.precedence)
            for p in vs.get_visit(s, visit_id).participants
            if p.deleted_at is None
        }


def _gifts(db: Database) -> dict[str, tuple[str, str]]:
    with db.reading() as s:
        return {g.description: (g.giver, g.recipient) for g in s.scalars(select(m.Gift))}


def test_add_person_puts_people_in_the_visit_with_their_role(
    db: Database, banquet: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "visits", banquet["visit"][:8]]
    assert main([*argv, "--add-person", "Hendra Gunawan", "--role", "interpreter", "--lang", "en"]) == 0
    assert capsys.readouterr().out == "Hendra Gunawan is added to the visit; role: Interpreter.\n"
    assert _people(db, banquet["visit"])["Hendra Gunawan"][0] == "interpreter"
    # by id, default role; someone already in gets the new role
    assert main([*argv, "--add-person", banquet["hendra"][:8], "--lang", "en"]) == 0
    assert "Hendra Gunawan was in the visit already; role now: Delegate." in capsys.readouterr().out
    assert _people(db, banquet["visit"])["Hendra Gunawan"][0] == "delegate"
    # the service's rule stands: one head
    assert main([*argv, "--add-person", banquet["hendra"], "--role", "head", "--lang", "en"]) != 0
    assert "already has a head of delegation" in capsys.readouterr().err
    # shown by the visit afterwards
    assert main([*argv, "--lang", "en"]) == 0
    assert "Hendra Gunawan" in capsys.readouterr().out


def test_add_person_in_chinese_and_refusals(
    db: Database, banquet: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "visits", banquet["visit"][:8]]
    assert main([*argv, "--add-person", "亨德拉·古纳万", "--role", "interpreter", "--lang", "zh_CN"]) == 0
    assert capsys.readouterr().out == "亨德拉·古纳万已加入访问，角色：翻译。\n"
    before = _people(db, banquet["visit"])
    # an unknown name, a name two people have, a role with nobody to add: refused, nothing changed
    assert main([*argv, "--add-person", "Nobody Here", "--lang", "zh_CN"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("petdesk：错误：") and "Nobody Here" in err
    assert main([*argv, "--add-person", "Budi Santoso", "--lang", "en"]) != 0
    err = capsys.readouterr().err
    assert "Several contacts are called “Budi Santoso”" in err and banquet["budi2"][:8] in err
    assert main([*argv, "--role", "driver", "--lang", "en"]) != 0
    assert "--add-person" in capsys.readouterr().err
    assert main(["--db", str(db.path), "visits", "--add-person", "Hendra Gunawan", "--lang", "en"]) != 0
    assert "give its id" in capsys.readouterr().err
    assert _people(db, banquet["visit"]) == before


def test_the_substitute_takes_items_rooms_seats_and_precedence(
    db: Database, banquet: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "replace-participant", banquet["visit"][:8], "Sri Mulyani Indrawati"]
    assert main([*argv, banquet["hendra"][:8], "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [
        "Hendra Gunawan takes the place of Sri Mulyani Indrawati in the visit.",
        "Moved to the substitute: 1 itinerary item, 1 hotel room, 1 car seat.",
    ]
    # the gifts are listed, not renamed
    assert "1 gift names Sri Mulyani Indrawati as giver or recipient (--rename-gifts puts" in out
    assert "  Silk scarf: Sri Mulyani Indrawati" in out
    assert "  Batik: Vice-Governor Sri Mulyani Indrawati" in out
    assert _gifts(db)["Silk scarf"][1] == "Sri Mulyani Indrawati"
    people = _people(db, banquet["visit"])
    assert "Sri Mulyani Indrawati" not in people and people["Hendra Gunawan"] == ("delegate", 2)
    with db.reading() as s:
        assert vs.item_people(s.get(m.ItineraryItem, banquet["item"])) == [
            banquet["minister"],
            banquet["hendra"],
        ]
        rooms = {
            r.contact_id: r.room for r in s.get(m.Accommodation, banquet["stay"]).rooms if not r.deleted_at
        }
        assert rooms[banquet["hendra"]] == "802" and banquet["sri"] not in rooms
        riders = lg.logistics(s, banquet["visit"]).vehicles[0].riders
        assert [p.name_en for _item, people_ in riders for p in people_] == ["Suharso", "Hendra Gunawan"]
    # the person replaced is no longer there to replace
    assert main([*argv, "Budi", "--lang", "en"]) != 0


def test_rename_gifts_in_chinese_and_refusals(
    db: Database, banquet: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "replace-participant", banquet["visit"][:8]]
    # not in the visit, ambiguous, unknown, oneself: refused in Chinese, nothing changed
    for old, new, words in (
        (banquet["hendra"], banquet["budi"], "此人不在本次访问中"),
        ("Sri Mulyani Indrawati", "Budi Santoso", banquet["budi2"][:8]),
        ("Sri Mulyani Indrawati", "Nobody Here", "Nobody Here"),
        (banquet["sri"], banquet["sri"], "不能"),
    ):
        assert main([*argv, old, new, "--lang", "zh_CN"]) != 0
        err = capsys.readouterr().err
        assert err.startswith("petdesk：错误：") and words in err, err
    assert "Sri Mulyani Indrawati" in _people(db, banquet["visit"])
    assert (
        main([*argv, "斯里·穆利亚尼·因德拉瓦蒂", "Hendra Gunawan", "--rename-gifts", "--lang", "zh_CN"]) == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "亨德拉·古纳万接替访问中的斯里·穆利亚尼·因德拉瓦蒂。"
    assert out[1] == "已移交替补人员：1 项日程事项、1 间酒店房间、1 个车辆座位。"
    assert out[2] == "1 件礼品现改为亨德拉·古纳万。"
    assert out[3:] == [
        "仍在其他文字中提及斯里·穆利亚尼·因德拉瓦蒂，需手动修改：",
        "  Batik：Vice-Governor Sri Mulyani Indrawati",
    ]
    assert _gifts(db)["Silk scarf"][1] == "Hendra Gunawan"
