"""A role or remark in brackets after a name in a name cell is not part of the name (field test 73):
the interpreter's "김지수 (통역)" became family "(통역)", given "김지수"."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contact_form, importing, name_remarks, organisations
from tests.core.contacts.io_helpers import DATA_DIR


def _people(db: Database) -> dict[str, tuple[str, ...]]:
    """Each person by e-mail: names, notes and position."""
    with db.reading() as s:
        out = {}
        for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))):
            job = s.scalars(select(m.Affiliation).where(m.Affiliation.contact_id == c.id)).first()
            email = next(x.value for x in c.methods if x.channel == "email")
            out[email] = (
                c.family_name, c.given_name, c.family_name_zh, c.given_name_zh, c.notes or "",
                job.position_en if job else "", job.position_zh if job else "",
            )  # fmt: skip
        return out


def test_remarks_in_brackets_leave_the_name_in_a_csv(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Organisation", "Position", "Email"])
        w.writerow(["Kim Ji-su (Interpreter)", "Freelance", "", "kim@example.kr"])
        w.writerow(["王芳（翻译）", "青岛办公室", "", "wang@example.cn"])
        w.writerow(["Anna Schmidt (Dolmetscherin)", "Freiberuflich", "Sprachmittlerin", "anna@example.de"])
        w.writerow(["Wei Zhang (vegetarian)", "Acme", "Engineer", "wei@example.com"])
        w.writerow(["Chen Ping (陈萍)", "Acme", "", "chen@example.com"])
    with db.transaction() as s:
        importing.import_file(s, path)
    people = _people(db)
    assert people["kim@example.kr"] == ("Kim", "Ji-su", "", "", "", "Interpreter", "")
    assert people["wang@example.cn"] == ("", "", "王", "芳", "", "", "翻译")
    # the position column says more: the job word goes to the notes, not over it
    assert people["anna@example.de"] == ("Schmidt", "Anna", "", "", "Dolmetscherin", "Sprachmittlerin", "")
    assert people["wei@example.com"][:2] == ("Zhang", "Wei") and people["wei@example.com"][4] == "vegetarian"
    # the name in the other script, as petdesk shows it, is no remark: the cell is read as before
    assert people["chen@example.com"][4] == ""


def test_the_interpreter_of_the_korean_list_keeps_her_name(db: Database) -> None:
    """성명(영문) held "김지수 (통역)": the Hangul name again, with her role; 직위 says 통역사."""
    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "korean" / "delegation_ko.xlsx")
    her = _people(db)["jisu.interp@example.kr"]
    assert her[:4] == ("", "", "김", "지수"), her
    assert her[6] == "통역사" and "(통역)" not in her[4]


def test_remarks_leave_the_name_in_an_excel_name_column(db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Family name", "Given name", "Email"])
    ws.append(["Schmidt (Dolmetscherin)", "Anna", "anna@example.de"])
    book.save(tmp_path / "list.xlsx")
    with db.transaction() as s:
        importing.import_file(s, tmp_path / "list.xlsx")
    assert _people(db)["anna@example.de"][:2] == ("Schmidt", "Anna")


def test_split_remark() -> None:
    assert name_remarks.split_remark("김지수 (통역)") == ("김지수", "통역")
    assert name_remarks.split_remark("王芳（翻译）") == ("王芳", "翻译")
    assert name_remarks.split_remark("Chen Ping (陈萍)") == ("Chen Ping (陈萍)", "")
    assert name_remarks.split_remark("(통역)") == ("(통역)", "")
    assert name_remarks.split_remark("Anna Schmidt") == ("Anna Schmidt", "")


def _save(db: Database, values: dict[str, str], org: str | None, position_en: str = "") -> str:
    with db.transaction() as s:
        return contact_form.save_contact_form(
            s, None, values, methods=[], organisation_id=org, position_en=position_en, position_zh="",
            start_date=None, was=None,
        )  # fmt: skip


def test_the_editor_takes_a_role_off_the_name(db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="Freelance").id
    anna = _save(db, {"family_name": "Schmidt (Dolmetscherin)", "given_name": "Anna", "notes": ""}, org)
    jisu = _save(db, {"family_name_zh": "김", "given_name_zh": "지수 (통역)", "notes": "한중"}, None)
    wei = _save(db, {"family_name": "Zhang", "given_name": "Wei (David)"}, org, "Engineer")
    with db.reading() as s:
        a, j, w = (s.get(m.Contact, cid) for cid in (anna, jisu, wei))
        assert (a.family_name, a.given_name, a.notes) == ("Schmidt", "Anna", "")
        assert s.scalars(select(m.Affiliation.position_en).where(m.Affiliation.contact_id == anna)).one() == (
            "Dolmetscherin"
        )
        # no organisation, so no position: the role goes to the notes
        assert (j.family_name_zh, j.given_name_zh, j.notes) == ("김", "지수", "한중\n통역")
        # "David" is the name he goes by: the nickname, not the notes (review 50b)
        assert (w.given_name, w.nickname, w.notes) == ("Wei", "David", "")


def _card(*lines: str) -> str:
    return "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""))


def test_a_vcard_display_name_leaves_its_role_as_a_csv_name_cell_does(db: Database, tmp_path: Path) -> None:
    """FN "김지수 (통역)": the card's only name became family 김, given "지수 (통역)" (field test 73)."""
    path = tmp_path / "delegation.vcf"
    path.write_text(
        _card("FN:김지수 (통역)", "ORG:한국환경공단", "EMAIL:jisu@example.kr")
        + _card("N:Schmidt;Anna;;;", "FN:Anna Schmidt (Dolmetscherin)", "ORG:Freiberuflich",
                "TITLE:Sprachmittlerin", "EMAIL:anna@example.de")
        + _card("N:박;지훈;;;", "FN:박지훈 (통역)", "ORG:한국환경공단", "EMAIL:jihun@example.kr"),
        encoding="utf-8",
    )  # fmt: skip
    with db.transaction() as s:
        importing.import_file(s, path)
    people = _people(db)
    assert people["jisu@example.kr"] == ("", "", "김", "지수", "", "", "통역")
    # TITLE says more: the job word goes to the notes, and FN is no "display name that differs"
    assert people["anna@example.de"] == ("Schmidt", "Anna", "", "", "Dolmetscherin", "Sprachmittlerin", "")
    # N has the name: FN with the role is the name itself, not a nickname
    assert people["jihun@example.kr"] == ("", "", "박", "지훈", "", "", "통역")
    with db.reading() as s:
        nicknames = s.scalars(select(m.Contact.nickname).where(m.Contact.deleted_at.is_(None))).all()
    assert not any(nicknames)


def test_a_birth_name_stays_and_a_call_name_becomes_the_nickname() -> None:
    """Review 50b: "Smith (née Jones)" lost her birth name to the notes, and "Li Wei (Wendy)" the name
    she goes by, which the nickname keeps (and search finds); a remark still goes to the notes."""
    assert name_remarks.split_remark("Smith (née Jones)") == ("Smith (née Jones)", "")
    assert name_remarks.split_remark("Schmidt (geb. Müller)") == ("Schmidt (geb. Müller)", "")
    assert name_remarks.take_call_name(["Wendy"], "") == ([], "Wendy")
    assert name_remarks.take_call_name(["小王"], "") == ([], "小王")
    assert name_remarks.take_call_name(["Wendy"], "Wen") == (["Wendy"], "Wen")
    for remark in ("vegetarian", "Ms", "Jr.", "Jr", "Dolmetscherin", "团长", "Driver", "Head", "Chair"):
        assert name_remarks.take_call_name([remark], "") == ([remark], ""), remark


def test_an_import_keeps_birth_names_and_call_names(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Email"])
        w.writerow(["Li Wei (Wendy)", "wendy@example.cn"])
        w.writerow(["王伟（小王）", "wang@example.cn"])
        w.writerow(["Mary Smith (née Jones)", "mary@example.uk"])
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        people = {
            next(x.value for x in c.methods if x.channel == "email"): c
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }
        wendy, wang, mary = (people[k] for k in ("wendy@example.cn", "wang@example.cn", "mary@example.uk"))
        assert (wendy.nickname, wendy.notes or "") == ("Wendy", "")
        assert (wang.family_name_zh, wang.given_name_zh, wang.nickname) == ("王", "伟", "小王")
        assert "Jones" in f"{mary.family_name} {mary.given_name}" and "Jones" not in (mary.notes or "")
