"""Times the command line and the services' sentences show are in the reader's date style, made by
the babel helpers ("5 Dec 2026, 15:32" / "2026年12月5日 15:32"), never ISO text cut by hand
("2026-12-05T15:32:07")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.i18n import format_date
from petdesk.messages import localize
from petdesk.services import contacts as contact_service
from petdesk.services import merge

#: Hand-made times: ISO dates, with or without the "T".
_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def _today(locale: str) -> str:
    return format_date(dt.date.today(), locale)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_merged_record_says_when_in_the_readers_style(locale: str) -> None:
    merged = merge.MergedInto(
        kept_id="k1",
        kept_name="F. Visser",
        merged_at=dt.datetime(2026, 12, 5, 7, 32, tzinfo=dt.UTC),
        author="",
        merge_id="m1",
    )
    said = localize(str(merge.MergedAwayError("c1", merged)), locale)
    assert format_date(dt.date(2026, 12, 5), locale) in said and not _ISO.search(said), said


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_sync_journal_says_when_in_the_readers_style(
    locale: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "office.sqlite")
    assert main(["--db", db, "office", "--name", "Bonn Office"]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, "tulip harbour 47 lantern")
    assert main(["--db", db, "sync", "export", "--all", "--out", str(tmp_path / "all.petsync")]) == 0
    capsys.readouterr()
    assert main(["--lang", locale, "--db", db, "sync", "journal"]) == 0
    line = capsys.readouterr().out
    assert line.startswith(_today(locale)) and not _ISO.search(line), line


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_history_and_merges_say_when_in_the_readers_style(
    locale: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        keep = contact_service.create_contact(session, family_name="Visser", given_name="Fleur").id
        other = contact_service.create_contact(session, family_name="Visser", given_name="F.").id
        merge.merge(session, "contact", keep, other)
    capsys.readouterr()
    assert main(["--lang", locale, "--db", str(db.path), "history", keep]) == 0
    listed = capsys.readouterr().out.splitlines()[1:]
    assert listed and all(_today(locale) in line and not _ISO.search(line) for line in listed), listed
    assert main(["--lang", locale, "--db", str(db.path), "merge", "--list"]) == 0
    merges = capsys.readouterr().out
    assert _today(locale) in merges and not _ISO.search(merges), merges
