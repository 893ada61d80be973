"""A printed certificate's serial number looked up (field test 89: the auditor had three certificates
to check and petdesk had no way to find a serial): whose it is, of which training, whether the
attendance recorded earns it, and still found after its person was merged into another record."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.certificate_check import find_certificate, normalise
from petdesk.dossier.certificates import certificates
from petdesk.dossier.data import gather_training
from petdesk.services import merge as ms
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _training(db: Database) -> tuple[str, dict[str, str]]:
    """A 2025 training of two sessions: Ana and Cai at both, Ben at neither."""
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge city design", title_zh="海绵城市设计",
            start_date=dt.date(2025, 3, 4), end_date=dt.date(2025, 3, 4),
        ).id  # fmt: skip
        day = dt.datetime(2025, 3, 4)
        sessions = [
            ts.add_session(
                s, tid, title_en=f"Part {h}", start=day.replace(hour=h), end=day.replace(hour=h + 2)
            )
            for h in (9, 14)
        ]
        people = {
            n: person(s, n, "Lopez", zh).id for n, zh in (("Ana", "安娜"), ("Ben", "本"), ("Cai", "蔡佳"))
        }
        for name, cid in people.items():
            ts.register(s, tid, cid)
            for session in sessions:
                ts.set_attendance(s, session.id, cid, "absent" if name == "Ben" else "present")
    return tid, people


def _serials(db: Database, tid: str) -> dict[str, str]:
    with db.reading() as s:
        return {c.person_id: c.serial for c in certificates(gather_training(s, tid), everyone=True)}


def test_a_serial_is_found_checked_and_survives_a_merge(db: Database) -> None:
    tid, people = _training(db)
    printed = _serials(db, tid)
    with db.reading() as s:
        ana = find_certificate(s, printed[people["Ana"]].lower().replace("-", " "))  # typed loosely
        ben = find_certificate(s, printed[people["Ben"]])
        assert find_certificate(s, "2025-0000-000000") is None and find_certificate(s, "hello") is None
    assert ana is not None and ana.person_id == people["Ana"] and ana.earned and ana.training_id == tid
    assert ana.training_title.zh == "海绵城市设计"
    assert ben is not None and not ben.earned, "printed with --all, not earned by the attendance"

    with db.transaction() as s:  # Cai's record is merged into a new, fuller one: Cai's id is gone
        fuller = person(s, "Cai", "Lopez", "蔡佳", "cai@example.org").id
        ms.merge_contacts(s, fuller, people["Cai"])
    assert printed[people["Cai"]] not in _serials(db, tid).values(), "a reprint has a new number"
    with db.reading() as s:
        cai = find_certificate(s, printed[people["Cai"]])
    assert cai is not None and cai.person_id == fuller and cai.merged_from == people["Cai"] and cai.earned


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_command_verifies_serials_in_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    tid, people = _training(db)
    printed = _serials(db, tid)
    args = ["--db", str(db.path), "--lang", "zh_CN", "dossier", "certificates"]
    assert main([*args, "--verify", printed[people["Ana"]]]) == 0
    out = capsys.readouterr().out
    assert f"{printed[people['Ana']]}：有效" in out and "安娜" in out and "海绵城市设计" in out
    assert main([*args, "--verify", printed[people["Ben"]], "--verify", "2025-AAAA-BBBBBB"]) == 1
    out = capsys.readouterr().out
    assert "未达到结业要求" in out and "2025-AAAA-BBBBBB：本办公室没有此编号的证书" in out


def test_serials_are_read_as_people_type_them() -> None:
    assert normalise(" 2026–9401–5f2d48 ") == normalise("2026 9401 5F2D48") == "2026-9401-5F2D48"
    assert normalise("2026-9401") is None
