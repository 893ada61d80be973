"""Sync messages name an office in the reader's language and give dates in the reader's style
(field test 80: the Chinese refusal named "Laptop Li Qiang", which has a Chinese name, and dated
the retirement "2026-12-06" while ``sync offices`` said "6 Dec 2026")."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.i18n import format_date, format_datetime
from petdesk.messages import localize_error
from petdesk.services import contacts
from petdesk.services import office as office_service
from petdesk.stored_times import utcnow
from petdesk.sync import hlc, service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)

LAPTOP, LAPTOP_ZH = "Laptop Li Qiang", "李强笔记本"
HUB, HUB_ZH = "Xi'an Hub", "西安总部"


@dataclass
class Offices:
    folder: Path
    hub: Database
    laptop: Database

    def package(self, src: Database, name: str, *, to: Database | None = None) -> Path:
        path = self.folder / f"{name}.petdesk-sync"
        export(src, path, to=office_id(to) if to is not None else None)
        return path


def _name_zh(db: Database, name_zh: str) -> None:
    with db.transaction() as session:
        office_service.set_identity(session, name_zh=name_zh)


@pytest.fixture
def offices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Offices]:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    made = Offices(tmp_path, make_office(tmp_path / "hub", HUB), make_office(tmp_path / "laptop", LAPTOP))
    _name_zh(made.laptop, LAPTOP_ZH)
    _name_zh(made.hub, HUB_ZH)
    for src, dst in ((made.hub, made.laptop), (made.laptop, made.hub)):
        first = made.package(src, f"first-{office_id(src)}")
        service.import_package(dst, first, PASSPHRASE, backup=False)
    yield made
    made.hub.close()
    made.laptop.close()


def _cli(db: Database, lang: str, *args: str) -> int:
    return main(["--db", str(db.path), "--lang", lang, *args])


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_retired_office_is_refused_by_its_name_and_a_dated_day_in_the_readers_language(
    offices: Offices, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    road = offices.package(offices.laptop, "road", to=offices.hub)
    service.retire_office(offices.hub, office_id(offices.laptop))
    capsys.readouterr()
    assert _cli(offices.hub, lang, "sync", "import", str(road)) == EXIT_REJECTED
    err = capsys.readouterr().err
    day = utcnow().date()
    assert format_date(day, lang) in err and day.isoformat() not in err
    shown, other = (LAPTOP, LAPTOP_ZH) if lang == "en" else (LAPTOP_ZH, LAPTOP)
    assert shown in err and other not in err
    # retiring it again: the same office, the same day, said the same way
    assert _cli(offices.hub, lang, "sync", "retire", "--yes", office_id(offices.laptop)) != 0
    err = capsys.readouterr().err
    assert shown in err and other not in err and format_date(day, lang) in err


@pytest.mark.usefixtures("tree_catalogue")
def test_the_office_known_here_gives_the_chinese_name_a_package_does_not_carry(
    offices: Offices, capsys: pytest.CaptureFixture[str]
) -> None:
    """A package from an older petdesk carries the sender's English name only: the refusal takes the
    Chinese name from this office's record of the sender (its ``sync offices`` line)."""
    road = offices.package(offices.laptop, "road", to=offices.hub)
    service.retire_office(offices.hub, office_id(offices.laptop))
    con = sqlite3.connect(offices.laptop.path)
    with con:  # the sender's own record without a Chinese name: its packages carry none
        con.execute("UPDATE office SET name_zh = '' WHERE is_self = 1")
    con.close()
    bare = offices.package(offices.laptop, "bare", to=offices.hub)
    for package in (road, bare):
        with pytest.raises(service.RetiredOffice) as refused:
            service.import_package(offices.hub, package, PASSPHRASE, backup=False)
        assert refused.value.office_names == {LAPTOP: LAPTOP_ZH}


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_package_for_another_office_names_it_in_the_readers_language(
    offices: Offices, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The recipient travels with its English name only: its Chinese name is this office's record."""
    third = make_office(tmp_path / "third", "Urumqi Desk")
    try:
        for src in (offices.hub, offices.laptop):
            service.import_package(third, offices.package(src, f"to-third-{office_id(src)}"), PASSPHRASE)
        for_hub = offices.package(offices.laptop, "for-hub", to=offices.hub)
        capsys.readouterr()
        assert _cli(third, lang, "sync", "import", str(for_hub)) == 0
        err = capsys.readouterr().err
        shown, other = (HUB, HUB_ZH) if lang == "en" else (HUB_ZH, HUB)
        assert shown in err and other not in err
    finally:
        third.close()


def test_an_own_package_taken_back_after_a_restore_is_not_called_one_for_another_office(
    offices: Offices, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--own-package`` imports a package written for the hub on purpose: "addressed to Xi'an Hub,
    not to this office" only worried the user who restored the laptop (field test 80)."""
    backup = tmp_path / "before.sqlite"
    con = sqlite3.connect(offices.laptop.path)
    con.execute("VACUUM INTO ?", (str(backup),))
    con.close()
    with offices.laptop.transaction() as s:  # written on the road, after the backup
        contacts.create_contact(s, family_name="Roadside", given_name="Rita")
    road = offices.package(offices.laptop, "road", to=offices.hub)
    restored = tmp_path / "restored.sqlite"
    restored.write_bytes(backup.read_bytes())
    capsys.readouterr()
    assert main(["--db", str(restored), "--lang", "en", "sync", "import", "--own-package", str(road)]) == 0
    err = capsys.readouterr().err
    assert "addressed to" not in err


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_clock_far_ahead_is_refused_with_its_moments_in_the_readers_style(lang: str) -> None:
    now = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
    newest = now + dt.timedelta(days=3)
    refused = service.FutureClock(
        office=LAPTOP,
        office_id="laptop-id",
        newest=hlc.encode(int(newest.timestamp() * 1000)),
        now_ms=int(now.timestamp() * 1000),
        office_names={LAPTOP: LAPTOP_ZH},
    )
    text = localize_error(refused, lang)
    assert f"{format_datetime(newest, lang)} UTC" in text and f"{format_datetime(now, lang)} UTC" in text
    assert "2026-12-09" not in text and "2026-12-06" not in text
    assert (LAPTOP if lang == "en" else LAPTOP_ZH) in text and "laptop-id" in text
