"""Field test 84: Zhou Min takes over the Europe desk of the Chengdu hub from Wang Tao in his last
week. The list of what he is responsible for goes to his manager as a CSV file, all of it is handed
over to her in one command (and can be undone), his contact stays with his position ended, the
history says who changed the owners, Zhou Min's reminders show what was his, and the Chinese
command line says it in Chinese."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Affiliation, FollowUp, Setting
from petdesk.models.enums import ParticipantRole, TrainingRole
from petdesk.services import contacts
from petdesk.services import follow_ups as fu
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
FOLLOW_UPS = 180


@pytest.fixture
def desk(db: Database) -> dict[str, str]:
    """Wang Tao's desk: 180 open follow-ups with Berlin and Munich partners, a visit to come he
    staffs, one past he organised, a training he organises; Zhou Min and a colleague beside him."""
    with db.transaction() as s:
        s.add(Setting(key="staff.name", value="Zhou Min"))
        hub = organisation(s, "Chengdu Hub Office", "成都枢纽办公室")
        wang = person(s, "Tao", "Wang", "王涛", family_first=True)
        zhou = person(s, "Min", "Zhou", "周敏", family_first=True)
        li = person(s, "Lei", "Li", "李磊", family_first=True)
        for who in (wang, zhou, li):
            contacts.add_affiliation(
                s, who.id, hub.id, position_en="Programme officer", start_date=TODAY - 900 * DAY
            )
        partners = [organisation(s, "Berlin Senate Environment Department"), organisation(s, "Munich Water")]
        for i in range(FOLLOW_UPS):
            fu.add(s, kind="organisation", record_id=partners[i % 2].id, title_en=f"Send offer {i}",
                   title_zh=f"发送报价 {i}", owner_id=wang.id, due_date=TODAY + (i - 20) * DAY)  # fmt: skip
        fu.add(s, kind="organisation", record_id=partners[0].id, title_en="Li's call", owner_id=li.id)
        coming = vs.create_visit(
            s,
            title_en="Berlin delegation on sponge cities",
            title_zh="柏林海绵城市代表团来访",
            start_date=TODAY + 12 * DAY,
            end_date=TODAY + 15 * DAY,
        )
        vs.add_participant(s, coming.id, wang.id, ParticipantRole.STAFF)
        past = vs.create_visit(
            s, title_en="Munich water visit", start_date=TODAY - 60 * DAY, end_date=TODAY - 57 * DAY
        )
        vs.add_participant(s, past.id, wang.id, ParticipantRole.ORGANISER)
        course = ts.create_training(s, title_en="EU ETS course", title_zh="欧盟碳排放交易培训",
                                    start_date=TODAY + 30 * DAY, end_date=TODAY + 31 * DAY)  # fmt: skip
        ts.register(s, course.id, wang.id, TrainingRole.ORGANISER)
        return {"wang": wang.id, "zhou": zhou.id, "li": li.id, "coming": coming.id, "past": past.id}


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db_path), *args]) == 0
    return capsys.readouterr().out


def owners(db: Database) -> list[str | None]:
    with db.reading() as s:
        return list(s.scalars(select(FollowUp.owner_id).where(FollowUp.deleted_at.is_(None))))


def test_the_europe_desk_changes_hands(
    db: Database, db_path: Path, desk: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    wang, zhou = desk["wang"], desk["zhou"]
    # 1. The manager's list, as Excel opens it: everything he is responsible for, nothing of the past.
    listed = run(db_path, capsys, "handover", "Wang Tao", "--out", str(tmp_path / "wang.csv"))
    assert f"{FOLLOW_UPS + 2} rows written" in listed
    with open(tmp_path / "wang.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["Kind / 类别", "ID / 编号"]
    kinds = [r[0] for r in rows[1:]]
    assert kinds.count("Follow-up / 后续行动") == FOLLOW_UPS
    assert "Visit / 访问" in kinds and "Training / 培训" in kinds
    assert desk["past"] not in {r[1] for r in rows}
    # ... and as a PDF in Chinese first, both languages (pdftotext reads what a viewer shows).
    pdf = tmp_path / "wang.pdf"
    run(db_path, capsys, "handover", "Wang Tao", "--out", str(pdf), "--lang", "zh_CN")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "工作交接清单：王涛 / Handover list: Wang Tao" in text
    assert "柏林海绵城市代表团来访" in text and "Berlin delegation on sponge cities" in text
    # 2. All of it to Zhou Min in one command; his position ends on the last day of the month.
    last_day = (TODAY.replace(day=28) + 4 * DAY).replace(day=1) - DAY
    said = run(
        db_path, capsys, "handover", "王涛", "--to", "Zhou Min", "--left", last_day.isoformat(), "--yes"
    )
    assert f"Handed over: {FOLLOW_UPS} follow-ups, 1 visit, 1 training." in said
    assert owners(db).count(zhou) == FOLLOW_UPS and owners(db).count(wang) == 0
    assert owners(db).count(desk["li"]) == 1  # nothing of a colleague's taken along
    assert "0 things to hand over" in run(db_path, capsys, "handover", "Wang Tao")
    with db.reading() as s:
        # his contact stays (partners know him), his position ended
        assert [a.end_date for a in s.scalars(select(Affiliation).where(Affiliation.contact_id == wang))] == [
            last_day
        ]
        some = s.scalars(select(FollowUp.id).where(FollowUp.owner_id == zhou)).first()
    # 3. The history of a follow-up says who handed it over, from whom to whom.
    history = run(db_path, capsys, "history", str(some))
    assert "Zhou Min" in history and "Owner: Wang Tao (王涛) → Zhou Min (周敏)" in history
    # 4. Zhou Min's reminders now show what was his; the past visit stays in his history.
    hers = run(db_path, capsys, "reminders", "--for", "Zhou Min", "--days", "20")
    assert "Berlin delegation on sponge cities" in hers and "Send offer 0" in hers
    assert "Munich water visit" in run(db_path, capsys, "visits", desk["past"][:8])
    # 5. Undo puts every record back, once.
    assert f"{FOLLOW_UPS + 2} records are back" in run(db_path, capsys, "handover", "--undo")
    assert owners(db).count(wang) == FOLLOW_UPS
    capsys.readouterr()
    assert main(["--db", str(db_path), "handover", "--undo"]) != 0


def test_the_chinese_command_line_serves_the_handover(
    db: Database,
    db_path: Path,
    desk: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    tree_catalogue: Path,  # noqa: F811
) -> None:
    listed = run(db_path, capsys, "handover", "王涛", "--lang", "zh_CN")
    assert "柏林海绵城市代表团来访" in listed and "工作人员" in listed
    assert f"共 {FOLLOW_UPS + 2} 项待交接。" in listed
    said = run(db_path, capsys, "handover", "王涛", "--to", "周敏", "--yes", "--lang", "zh_CN")
    assert f"已交接：{FOLLOW_UPS} 项后续行动、1 次代表团访问、1 次培训。" in said
