"""A package from a laptop whose clock ran a year ahead and has been put right since (field test 72,
defect 2). Its clock values stay a year ahead until real time catches up, so every package of it is
still refused unless accepted; the refusal said "the clock of one of the two computers is wrong;
correct it", and the IT volunteer found both clocks right. It now says what happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.messages import localize
from petdesk.models import Contact
from petdesk.sync import hlc, service
from petdesk.sync.validate import clock_put_right
from tests.core.sync.helpers import PASSPHRASE, export, make_office
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese (new sentences of field test 72)

YEAR_MS = 365 * 86_400_000


@pytest.fixture
def put_right_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Beijing, and a package Tangshan wrote after its clock, a year ahead for its edit, was put right."""
    beijing = make_office(tmp_path / "dbs", "Beijing")
    tangshan = make_office(tmp_path / "dbs", "Tangshan")
    real = hlc.wall_ms
    with monkeypatch.context() as shifted:
        shifted.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS)  # the clock the sync reads
        with tangshan.transaction() as session:
            session.add(Contact(family_name="Chen", given_name="Xueling", notes="wrong-clock week"))
    with tangshan.transaction() as session:  # the clock put right: the next edit, its package
        session.query(Contact).one().notes = "clock put right"
    path = tmp_path / "after.petdesk-sync"
    export(tangshan, path)
    yield beijing, path
    beijing.close()
    tangshan.close()


def test_the_refusal_says_the_senders_clock_was_put_right(put_right_package, tree_catalogue) -> None:
    beijing, path = put_right_package
    with pytest.raises(service.FutureClock) as refused:
        service.import_package(beijing, path, PASSPHRASE)
    message = str(refused.value)
    assert "one of the two computers is wrong" not in message and "correct it" not in message
    assert "ran ahead before and was put right since" in message and "--accept-future-clock" in message
    chinese = localize(message, "zh_CN")
    assert "曾经超前，之后已经更正" in chinese and "Tangshan" in chinese and "put right" not in chinese


def test_accepted_it_takes_the_edit_made_after_the_clock_was_put_right(put_right_package) -> None:
    beijing, path = put_right_package
    result = service.import_package(beijing, path, PASSPHRASE, accept_future_clock=True, backup=False)
    assert result.applied and result.future_clock is not None and result.clock_put_right
    with beijing.transaction() as session:
        assert session.query(Contact).one().notes == "clock put right"


def test_the_command_line_says_it_in_both_languages(
    put_right_package, capsys, monkeypatch, tree_catalogue
) -> None:
    beijing, path = put_right_package
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    sync = ["--db", str(beijing.path), "sync", "import"]
    assert main(["--lang", "zh_CN", *sync, str(path)]) == EXIT_REJECTED
    assert "曾经超前，之后已经更正" in capsys.readouterr().err
    assert main([*sync, str(path), "--accept-future-clock"]) == 0
    err = capsys.readouterr().err
    assert "ran ahead before and was put right since" in err and "one of the two computers" not in err


def test_a_package_made_while_the_clock_is_still_ahead_is_not_called_put_right() -> None:
    now = dt.datetime(2026, 12, 6, 9, tzinfo=dt.UTC)
    now_ms = int(now.timestamp() * 1000)
    newest = hlc.encode(now_ms + YEAR_MS)
    assert clock_put_right(now.isoformat(), newest, now_ms)
    assert not clock_put_right((now + dt.timedelta(days=365)).isoformat(), newest, now_ms)  # still ahead
    assert not clock_put_right(now.isoformat(), hlc.encode(now_ms + 3_600_000), now_ms)  # values agree
    assert not clock_put_right("not a time", newest, now_ms)
