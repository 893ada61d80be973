"""Field test 94: Mr. Zhou Yang at the Qingdao hub office books freelance interpreters (German–Chinese,
English–Chinese) for two overlapping May visits (a Hamburg port delegation, a Kiel university group)
and a three-day training: he imports his roster, books them on items and sessions (a simultaneous
symposium with two), finds one interpreter's double booking, sends each their own schedule in
Chinese, hands finance the hours and days per interpreter per event, and prints the dossier.

The roster is written here as Excel and WPS save a sheet someone typed: a title row above the
headers, Chinese headers, full-width semicolons between languages, the day rate in the notes (our
own sample, no third-party file).

Defects found and fixed: the calendar filtered to a person (and ``calendar --person``) left out the
items they interpret when the item's attendees were ticked without them or they were no participant
(tests/core/visits/test_interpreter_schedule.py); no ``clashes --person``
(test_interpreter_clashes.py); no hours tally for payment, now ``report interpreting``
(test_interpreting_tally.py); the window's calendar filter offered staff only
(tests/gui/calendar/test_interpreter_filter.py); a Chinese calendar file put the visit's English
title first; ``petdesk contact`` and ``history`` failed once a roster's language names changed
(tests/core/test_language_name_as_given.py), and ``contact`` never showed the languages.
Not fixed: trainings have no interpreter role (an interpreter is registered as an attendee, counted
in the sign-in sheet); an item has one interpreter field (a second booth interpreter is ticked as an
attendee with the visit role interpreter, and the dossier names only the first as interpreter).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import Workbook, load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.models import Contact
from petdesk.services import calendar as cs
from petdesk.services import clashes as clash_service
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.interpreting import interpreting
from petdesk.services.logistics import set_item_protocol
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

D = dt.datetime
MAY = (dt.date(2027, 5, 1), dt.date(2027, 5, 31))


def _roster(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "译员名单"
    ws.append(["青岛枢纽办公室 自由译员名单 2027年5月"])
    ws.append(["姓名", "英文名", "手机", "邮箱", "工作语言", "标签", "备注"])
    ws.append(
        [
            "李娜",
            "Li Na",
            "13805321234",
            "lina.translate@163.com",
            "德语；中文",
            "译员",
            "德中交传，日薪 2400 元",
        ]
    )
    ws.append(
        ["王磊", "Wang Lei", "13953287654", "wanglei@qq.com", "英语；中文", "译员", "英中同传，日薪 3000 元"]
    )
    ws.append(
        [
            "赵敏",
            "Zhao Min",
            "15063451111",
            "zhaomin@foxmail.com",
            "英语；中文",
            "译员",
            "英中同传，日薪 2800 元",
        ]
    )
    wb.save(path)
    return path


def _cli(db: Database, *argv: str) -> int:
    return main(["--db", str(db.path), *argv])


@pytest.mark.usefixtures("tree_catalogue")
def test_zhou_books_interpreters_for_two_visits_and_a_training(db: Database, tmp_path: Path, capsys) -> None:
    # 1. The roster: three interpreters with their language pairs and day rates.
    assert _cli(db, "import-contacts", str(_roster(tmp_path / "译员名单.xlsx"))) == 0
    capsys.readouterr()
    with db.reading() as s:
        found = {c.name_zh: c for c in s.query(Contact).filter(Contact.deleted_at.is_(None))}
        assert set(found) == {"李娜", "王磊", "赵敏"}
        assert found["李娜"].languages == ["德语", "中文"] and "日薪 2400 元" in found["李娜"].notes
        li, wang, zhao = (found[n].id for n in ("李娜", "王磊", "赵敏"))

    # 2. Bookings: Li Na consecutive for both visits on the 11th (double booked); the Kiel symposium
    #    simultaneous with Wang Lei and Zhao Min; Zhao Min also registered for the training.
    with db.transaction() as s:
        becker, schulz = person(s, "Jens", "Becker"), person(s, "Petra", "Schulz")
        hamburg = vs.create_visit(
            s, title_en="Hamburg port delegation", title_zh="汉堡港口代表团",
            start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 13),
        )  # fmt: skip
        kiel = vs.create_visit(
            s, title_en="Kiel University group", title_zh="基尔大学代表团",
            start_date=dt.date(2027, 5, 11), end_date=dt.date(2027, 5, 14),
        )  # fmt: skip
        vs.add_participant(s, hamburg.id, becker.id, "head")
        vs.add_participant(s, kiel.id, schulz.id, "head")
        vs.add_participant(s, kiel.id, wang, "interpreter")
        vs.add_participant(s, kiel.id, zhao, "interpreter")
        port = vs.add_item(
            s, hamburg.id, title_en="Qingdao Port visit", title_zh="参观青岛港", city_en="Qingdao",
            start=D(2027, 5, 11, 9), end=D(2027, 5, 11, 12), attendee_ids=[becker.id],
        )  # fmt: skip
        talks = vs.add_item(
            s, kiel.id, title_en="Ocean University talks", title_zh="中国海洋大学会谈", city_en="Qingdao",
            start=D(2027, 5, 11, 10), end=D(2027, 5, 11, 11, 30), attendee_ids=[schulz.id],
        )  # fmt: skip
        symposium = vs.add_item(
            s, kiel.id, title_en="Marine science symposium", title_zh="海洋科学研讨会", city_en="Qingdao",
            start=D(2027, 5, 12, 9), end=D(2027, 5, 12, 17), attendee_ids=[schulz.id, wang, zhao],
        )  # fmt: skip
        for item, interpreter in ((port, li), (talks, li), (symposium, wang)):
            set_item_protocol(s, item.id, interpreter_contact_id=interpreter)
        training = ts.create_training(
            s, title_en="Sponge city training", title_zh="海绵城市培训", city_en="Qingdao",
            start_date=dt.date(2027, 5, 12), end_date=dt.date(2027, 5, 14),
        )  # fmt: skip
        for n in (1, 2, 3):
            ts.add_session(
                s, training.id, title_en=f"Day {n}", title_zh=f"第{n}天",
                start=D(2027, 5, 11 + n, 9), end=D(2027, 5, 11 + n, 12),
            )  # fmt: skip
        ts.register(s, training.id, zhao)
        kiel_id = kiel.id

    # 3. Clashes: everyone's, then one interpreter's on the command line.
    with db.reading() as s:
        clashes = clash_service.find_clashes(s)
        assert {c.contact_id for c in clashes if c.kind == "overlap"} == {li, zhao}
        [li_clash] = clash_service.find_clashes(s, person_id=li)
        assert li_clash.jobs == ("interpreter", "interpreter")
    assert _cli(db, "--lang", "zh_CN", "clashes", "--all", "--person", "李娜") == 0
    out = capsys.readouterr().out
    assert "担任翻译" in out and "赵敏" not in out and "冲突：1 处" in out

    # 4. Li Na's own schedule in Chinese: her two meetings (and the two visits), nothing else.
    ics = tmp_path / "李娜.ics"
    assert _cli(db, "calendar", "--out", str(ics), "--from", "2027-05-01", "--to", "2027-05-31",
                "--person", li, "--lang", "zh_CN") == 0  # fmt: skip
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    assert set(events) == {
        "汉堡港口代表团 / Hamburg port delegation",
        "基尔大学代表团 / Kiel University group",
        "参观青岛港 / Qingdao Port visit",
        "中国海洋大学会谈 / Ocean University talks",
    }
    assert str(events["参观青岛港 / Qingdao Port visit"]["DESCRIPTION"]).startswith("汉堡港口代表团")
    with db.reading() as s:  # the window's calendar filter offers all three and shows the same
        assert {c.id for c in cs.staff_members(s)} == {li, wang, zhao}
        start = D(2027, 5, 1, tzinfo=dt.UTC)
        shown = cs.events(s, start, start + dt.timedelta(days=31), cs.Filters(contact_id=li))
        assert [e.title_zh for e in shown if e.kind == cs.ITEM] == ["参观青岛港", "中国海洋大学会谈"]

    # 5. Finance: hours and days per interpreter per event.
    with db.reading() as s:
        tally = [(w.name_zh, w.event_zh, w.items, w.hours, w.days) for w in interpreting(s, *MAY)]
    assert tally == [
        ("李娜", "汉堡港口代表团", 1, 3.0, 1),
        ("李娜", "基尔大学代表团", 1, 1.5, 1),
        ("王磊", "基尔大学代表团", 1, 8.0, 1),
        ("赵敏", "基尔大学代表团", 1, 8.0, 1),
        ("赵敏", "海绵城市培训", 3, 9.0, 3),
    ]
    sheet_file = tmp_path / "翻译工时.xlsx"
    assert _cli(db, "report", "interpreting", "--from", "2027-05-01", "--to", "2027-05-31",
                "--out", str(sheet_file), "--lang", "zh_CN") == 0  # fmt: skip
    rows = [[c.value for c in row] for row in load_workbook(sheet_file).active.iter_rows()]
    assert rows[0] == ["翻译", "活动", "开始日期", "结束日期", "项数", "小时数", "天数"] and len(rows) == 6
    assert "合计：29.5 小时，7 天" in capsys.readouterr().out

    # 6. The Kiel dossier in both languages names the interpreter on each item; fonts embedded.
    for lang, words in (
        ("zh", ("翻译：李娜", "翻译：王磊")),
        ("en", ("Interpreter: Li Na", "Interpreter: Wang Lei")),
    ):
        pdf = build_visit_dossier(db, kiel_id, tmp_path / f"kiel_{lang}.pdf", DossierOptions(first_lang=lang))
        text = flat("".join(pdftotext_pages(pdf)))
        assert all(flat(w) in text for w in words), lang
        assert all(r.embedded and r.unicode for r in pdffonts(pdf))
