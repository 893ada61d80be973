"""Field test 72, leftover 2: Tangshan's clock ran a year ahead, then was put right. Its own
``sync export`` said "this computer's clock is probably wrong" although the clock agrees with the
other offices' now: only its stored clock values are ahead, and they catch up on their date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.i18n import format_date, format_datetime
from petdesk.models import Contact
from petdesk.sync import hlc, service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

YEAR_MS = 365 * 86_400_000


@pytest.fixture
def offices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Database]]:
    """Beijing and Tangshan, who have exchanged packages; then Tangshan edits a year ahead."""
    beijing = make_office(tmp_path / "dbs", "Beijing")
    tangshan = make_office(tmp_path / "dbs", "Tangshan")
    with beijing.transaction() as session:
        session.add(Contact(family_name="Chen", given_name="Xueling"))
    export(beijing, tmp_path / "b.pkg")
    service.import_package(tangshan, tmp_path / "b.pkg", PASSPHRASE, backup=False)
    real = hlc.wall_ms
    with monkeypatch.context() as shifted:
        shifted.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS)
        with tangshan.transaction() as session:
            session.query(Contact).one().notes = "wrong clock: met at the steel expo"
    yield beijing, tangshan
    beijing.close()
    tangshan.close()


def _export(db: Database, to: Database, tmp_path: Path, lang: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / f"out-{lang}.petdesk-sync"
    args = ["--lang", lang, "--db", str(db.path), "sync", "export", "--to", office_id(to)]
    assert main([*args, "--out", str(out), "--passphrase-file", str(secret)]) == 0


def test_export_after_the_clock_was_put_right_says_when_the_values_catch_up(
    offices: tuple[Database, Database],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree_catalogue: Path,
) -> None:
    beijing, tangshan = offices
    result = export(tangshan, tmp_path / "t.pkg", to=office_id(beijing))
    assert result.clock_behind is not None and result.clock_put_right
    # the day and the moments in the reader's style, as sync offices shows days (field test 80)
    ahead = hlc.to_datetime(result.clock_behind)
    due = {lang: format_date(ahead.date(), lang) for lang in ("en", "zh_CN")}
    capsys.readouterr()
    _export(tangshan, beijing, tmp_path, "en")
    err = capsys.readouterr().err
    assert "probably wrong" not in err
    assert "ran ahead, before it was put right" in err and f"catch up on {due['en']}" in err
    assert f"up to {format_datetime(ahead, 'en')} UTC" in err and f"{ahead:%Y-%m-%d}" not in err
    _export(tangshan, beijing, tmp_path, "zh_CN")
    err = capsys.readouterr().err
    assert "调整正确" in err and due["zh_CN"] in err and "Nothing" not in err


def test_a_clock_that_went_back_behind_the_other_offices_is_still_called_wrong(
    offices: tuple[Database, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tangshan's clock set back two years: a year behind its own values, and behind Beijing's too."""
    beijing, tangshan = offices
    real = hlc.wall_ms
    monkeypatch.setattr(hlc, "wall_ms", lambda: real() - 2 * YEAR_MS)
    result = export(tangshan, tmp_path / "t.pkg", to=office_id(beijing))
    assert result.clock_behind is not None and not result.clock_put_right
