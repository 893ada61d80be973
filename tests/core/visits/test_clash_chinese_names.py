"""Clashes and rooming gaps name a Western guest in Chinese as every list does (field test 71,
defect 4): "Agnieszka Żółkowska (茹乌科夫斯卡阿格涅什卡)", family name first and no dot, while the
dossier and the window write 阿格涅什卡·茹乌科夫斯卡."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import clashes as cl
from petdesk.services import contacts as cs
from petdesk.services import visits as vs


def test_a_clash_writes_a_transliterated_name_given_dot_family(db: Database) -> None:
    with db.transaction() as s:
        agnieszka = cs.create_contact(
            s, given_name="Agnieszka", family_name="Żółkowska", given_name_zh="阿格涅什卡",
            family_name_zh="茹乌科夫斯卡",
        )  # fmt: skip
        wang = cs.create_contact(
            s, given_name="Wei", family_name="Wang", given_name_zh="伟", family_name_zh="王"
        )
        v = vs.create_visit(
            s, title_en="Gdańsk", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 18)
        )
        ewa = cs.create_contact(s, given_name="Ewa", family_name="Nowak")  # not at either: names are listed
        for c in (agnieszka, wang, ewa):
            vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
        for title, hour in (("Port", 10), ("Mayor", 11)):
            vs.add_item(
                s, v.id, start=dt.datetime(2027, 5, 18, hour), end=dt.datetime(2027, 5, 18, hour + 2),
                title_en=title, attendee_ids=[agnieszka.id, wang.id],
            )  # fmt: skip
        found = cl.find_clashes(s, visit_id=v.id)
    text = " ".join(c.describe("en") for c in found)
    assert "Agnieszka Żółkowska (阿格涅什卡·茹乌科夫斯卡)" in text, text
    assert "Wei Wang (王伟)" in text, text  # a Chinese name stays family first


def test_a_chinese_reader_reads_the_chinese_name_first(db: Database) -> None:
    with db.transaction() as s:
        people = [
            cs.create_contact(s, given_name=g, family_name=f, given_name_zh=gz, family_name_zh=fz)
            for g, f, gz, fz in (
                ("Agnieszka", "Żółkowska", "阿格涅什卡", "茹乌科夫斯卡"),
                ("Ewa", "Nowak", "", ""),
            )
        ]
        v = vs.create_visit(
            s, title_en="Gdańsk", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 18)
        )
        vs.add_participant(s, v.id, people[0].id, ParticipantRole.DELEGATE)
        vs.add_participant(s, v.id, people[1].id, ParticipantRole.DELEGATE)
        for title, hour in (("Port", 10), ("Mayor", 11)):
            vs.add_item(
                s, v.id, start=dt.datetime(2027, 5, 18, hour), end=dt.datetime(2027, 5, 18, hour + 2),
                title_en=title, attendee_ids=[people[0].id],
            )  # fmt: skip
        found = cl.find_clashes(s, visit_id=v.id)
    assert len(found) == 1
    # round 51: the Chinese window's display name alone, no Latin name in a Chinese sentence
    assert "阿格涅什卡·茹乌科夫斯卡同一时间" in found[0].describe("zh_CN")
    assert "Agnieszka" not in found[0].describe("zh_CN")
    assert "Agnieszka Żółkowska (阿格涅什卡·茹乌科夫斯卡)" in found[0].describe("en")
    assert cl.reader_order("Ewa Nowak", "zh_CN") == "Ewa Nowak"  # no Chinese name: as written


def test_the_reader_order_takes_only_a_chinese_name_in_brackets() -> None:
    """Review 50: a bracket in the Latin name itself was read as the Chinese name ("Smith (née
    Jones)" became "née Jones（Mary Smith）" in the Chinese window)."""
    assert cl.reader_order("Mary Smith (née Jones)", "zh_CN") == "Mary Smith (née Jones)"
    assert cl.reader_order("Robert (Bob) Smith (罗伯特·史密斯)", "zh_CN") == "罗伯特·史密斯"
    assert cl.reader_order("Wei Wang (王伟)", "zh_CN") == "王伟"
    assert cl.reader_order("Wei Wang (王伟)", "en") == "Wei Wang (王伟)"


def test_every_one_person_rooming_warning_names_the_guest_as_the_chinese_window_does() -> None:
    """Round 51: "no room" and "room before arriving" wrote "Agnieszka Żółkowska (阿格涅什卡·…)"
    in a Chinese sentence; the other rooming warnings already used the reader's name."""
    from petdesk.services import rooming as rm

    day = dt.date(2027, 5, 18)
    for kind in (rm.BEFORE_ARRIVAL, rm.NO_ROOM, rm.TWO_HOTELS, rm.LEFT_VISIT, rm.LEFT_CAR):
        gap = rm.RoomingGap(
            kind, "v", "Hotel", day, day, people=("Agnieszka Żółkowska (阿格涅什卡·茹乌科夫斯卡)",)
        )
        text = gap.describe("zh_CN")
        assert "阿格涅什卡·茹乌科夫斯卡" in text and "Agnieszka" not in text, (kind, text)
        assert "Agnieszka Żółkowska (阿格涅什卡·茹乌科夫斯卡)" in gap.describe("en"), kind
