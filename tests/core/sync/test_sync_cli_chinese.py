"""``petdesk sync`` in Chinese has no English left (field test 6, defect 6): the refusal of an
unknown office, the import's step names in its progress, and the preview's time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import insert

from petdesk import models as m
from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.models.types import new_id
from tests.core.sync.helpers import PASSPHRASE, make_office
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here

ENGLISH_WORDS = re.compile(r"\b(?!petdesk\b)[a-z]{4,}\b")  # "--all", ids and "petdesk" may stay


def _zh(db_path: Path, *args: str) -> int:
    return main(["--lang", "zh_CN", "--db", str(db_path), "sync", *args])


def test_an_unknown_office_is_refused_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_office(tmp_path / "dbs", "Chengdu")
    db.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "sh.petdesk-sync"
    assert _zh(db.path, "export", "--to", "Shanghai Office", "--out", str(out)) != 0
    said = capsys.readouterr().err
    assert "Shanghai Office" in said and "--all" in said
    assert not ENGLISH_WORDS.search(said.replace("Shanghai Office", "")), said


@pytest.mark.usefixtures("cheap_package_key")  # the key's cost is not what is tested here
def test_import_progress_and_preview_speak_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package of 10,000 records or more reports how far the comparison got."""
    chengdu, shanghai = make_office(tmp_path / "dbs", "Chengdu"), make_office(tmp_path / "dbs", "Shanghai")
    now = dt.datetime.now(dt.UTC)
    # Written in one statement, as the demo writes (through the ORM they took most of the test's
    # time): a package of everything carries them all the same.
    with chengdu.transaction() as session:
        session.execute(
            insert(m.Contact),
            [
                {
                    "id": new_id(),
                    "family_name": f"Zhao{i}",
                    "given_name": "Lei",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(10_000)
            ],
        )
    chengdu.close()
    shanghai.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    package = tmp_path / "all.petdesk-sync"
    assert _zh(chengdu.path, "export", "--all", "--out", str(package)) == 0
    capsys.readouterr()

    assert _zh(shanghai.path, "import", str(package), "--dry-run") == 0
    said = capsys.readouterr()
    progress = [line for line in said.err.splitlines() if "/" in line]
    assert progress and all("comparing" not in line for line in progress), said.err
    assert "与此数据库比较" in progress[-1], progress
    made = next(line for line in said.out.splitlines() if "制作于" in line)
    assert "年" in made and not re.search(r"\d{4}-\d\d-\d\dT", made), made


def test_visit_summary_labels_are_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from petdesk.services import visits as vs

    db = make_office(tmp_path / "dbs", "Chengdu")
    with db.transaction() as session:
        visit = vs.create_visit(
            session,
            title_en="NRW delegation",
            start_date=dt.date(2026, 12, 14),
            end_date=dt.date(2026, 12, 18),
        )
        visit_id = visit.id
    db.close()
    assert main(["--lang", "zh_CN", "--db", str(db.path), "visits", visit_id]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "时区" in line)
    # the zone as the window names it (北京时间（UTC+08:00）), no longer "Asia/Shanghai"
    assert not ENGLISH_WORDS.search(line), line
    assert "状态" in line and "北京时间" in line and "Asia/" not in line


def test_visit_summary_labels_reach_the_catalogue() -> None:
    """pybabel extracts no _() written inside an f-string: such a label is never translated."""
    from babel.messages.extract import extract_from_file

    import petdesk.cli.visits

    found = {
        message
        for _line, message, _comments, _context in extract_from_file("python", petdesk.cli.visits.__file__)
    }
    assert {"status", "direction", "time zone"} <= found


def test_the_preview_names_the_sending_office_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 23, §4: "来自 Hangzhou Hub 的同步数据包" although the office is 杭州中心, as the
    conflicts of the same import call it: one rule for an office's name."""
    from petdesk.services import office as office_service

    hangzhou, beijing = (
        make_office(tmp_path / "dbs", "Hangzhou Hub"),
        make_office(tmp_path / "dbs", "Beijing"),
    )
    with hangzhou.transaction() as session:
        office_service.set_identity(session, name_zh="杭州中心")
    hangzhou.close()
    beijing.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    package = tmp_path / "all.petdesk-sync"
    assert _zh(hangzhou.path, "export", "--all", "--out", str(package)) == 0
    capsys.readouterr()
    assert _zh(beijing.path, "import", str(package), "--dry-run") == 0
    said = capsys.readouterr().out
    assert "杭州中心" in said.splitlines()[0] and "Hangzhou Hub" not in said, said
    # no space between Chinese words, "来自 杭州中心 的" (field test 91)
    assert said.startswith("来自杭州中心的同步数据包"), said
