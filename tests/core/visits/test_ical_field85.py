"""Field test 85's defects in reading and writing calendar files, each below the window: Hans Becker
imports a Hamburg delegation's programme from Outlook, Google, Apple and Lotus Notes into one visit
in Shanghai (files in ``tests/data/import/field85``)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

FILES = DATA_DIR / "field85"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s,
            title_en="Hamburg delegation",
            title_zh="汉堡代表团",
            start_date=dt.date(2027, 3, 25),
            end_date=dt.date(2027, 3, 31),
            timezone="Asia/Shanghai",
        ).id


def _import(db: Database, visit_id: str, name: str) -> ical.ImportResult:
    with db.transaction() as s:
        return ical.import_into_visit(s, visit_id, (FILES / name).read_bytes())


def _items(db: Database, visit_id: str) -> dict[str, list[vs.ItineraryItem]]:
    with db.reading() as s:
        out: dict[str, list[vs.ItineraryItem]] = {}
        for item in vs.itinerary(s, visit_id):
            out.setdefault(item.title_en or item.title_zh, []).append(item)
        return out


def test_google_folds_inside_a_chinese_character_and_the_text_comes_back_whole(
    db: Database, visit_id: str
) -> None:
    data = (FILES / "google_hamburg_delegation.ics").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fold splits a character: no line of it is UTF-8 alone
    result = _import(db, visit_id, "google_hamburg_delegation.ics")
    assert (len(result.added), result.skipped) == (2, [])
    [workshop] = next(v for k, v in _items(db, visit_id).items() if "Schwammstadt" in k)
    assert workshop.starts_at.astimezone(SHANGHAI).time() == dt.time(9, 0)  # 01:00 UTC
    assert "海绵城市建设与汉堡港口合作的经验交流" in workshop.notes
    assert workshop.notes.endswith("请携带护照和名片。")


def test_a_place_in_lines_is_exported_and_read_back(db: Database, visit_id: str) -> None:
    with db.transaction() as s:
        vs.add_item(
            s,
            visit_id,
            title_en="Tongji University",
            start=dt.datetime(2027, 3, 30, 15, tzinfo=SHANGHAI),
            end=dt.datetime(2027, 3, 30, 17, tzinfo=SHANGHAI),
            place_zh="同济大学\n四平路1239号",
            address_en="1239 Siping Rd\nShanghai",
        )
    with db.reading() as s:
        data = ical.export_visit(s, visit_id, locale="en")  # a raw line break failed the whole file
    assert b"X-PETDESK-PLACE-ZH:\xe5\x90\x8c\xe6\xb5\x8e\xe5\xa4\xa7\xe5\xad\xa6\\n" in data
    with db.transaction() as s:
        again = ical.import_into_visit(s, visit_id, data)
        other = vs.create_visit(
            s, title_en="Copy", start_date=dt.date(2027, 3, 25), end_date=dt.date(2027, 3, 31)
        ).id
        ical.import_into_visit(s, other, data)
    assert (again.added, again.updated, again.unchanged) == ([], [], ["Tongji University"])
    [item] = _items(db, other)["Tongji University"]
    assert (item.place_zh, item.address_en) == ("同济大学\n四平路1239号", "1239 Siping Rd\nShanghai")


def test_petdesk_reads_its_own_commas_back_without_backslashes(db: Database, visit_id: str) -> None:
    with db.transaction() as s:
        vs.add_item(
            s,
            visit_id,
            title_en="Senate",
            start=dt.datetime(2027, 3, 26, 14, tzinfo=SHANGHAI),
            end=dt.datetime(2027, 3, 26, 16, tzinfo=SHANGHAI),
            place_en="People's Square 200, Shanghai",
        )
    with db.reading() as s:
        data = ical.export_visit(s, visit_id, locale="en")
    with db.transaction() as s:
        other = vs.create_visit(
            s, title_en="Copy", start_date=dt.date(2027, 3, 25), end_date=dt.date(2027, 3, 31)
        ).id
        ical.import_into_visit(s, other, data)
    [item] = _items(db, other)["Senate"]
    assert item.place_en == "People's Square 200, Shanghai"


@pytest.mark.usefixtures("tree_catalogue")
def test_a_cancelled_meeting_stays_cancelled_when_an_older_copy_comes_again(
    db: Database, visit_id: str
) -> None:
    _import(db, visit_id, "outlook_hamburg_programme.ics")
    assert "Abendessen mit Partnern" in _items(db, visit_id)
    cancel = _import(db, visit_id, "outlook_cancel_dinner.ics")
    assert cancel.cancelled == ["Abgesagt: Abendessen mit Partnern"]
    assert "Abendessen mit Partnern" not in _items(db, visit_id)
    # Outlook's first file again (SEQUENCE 0 < the cancellation's 2), then its update (SEQUENCE 1)
    for name in ("outlook_hamburg_programme.ics", "outlook_hamburg_programme_v2.ics"):
        again = _import(db, visit_id, name)
        assert "Abendessen mit Partnern" not in again.added, name
        # said to be cancelled, not "older than the itinerary's copy" of a copy no longer shown
        assert "Abendessen mit Partnern" in again.already_cancelled, name
        assert "Abendessen mit Partnern" not in again.older, name
        assert "1 already cancelled" in again.summary(), name
        assert "older" not in again.summary(), name
        assert "1 条此前已取消" in again.summary("zh_CN"), name
        assert "Abendessen mit Partnern" not in _items(db, visit_id), name


def test_apple_location_in_lines_is_the_place_and_its_address_at_floating_shanghai_time(
    db: Database, visit_id: str
) -> None:
    result = _import(db, visit_id, "apple_tongji.ics")
    assert (len(result.added), result.dropped) == (1, {})  # X-APPLE-* is Apple's bookkeeping
    [item] = _items(db, visit_id)["Besuch Tongji-Universität"]
    assert (item.place_zh, item.address_zh, item.place_en) == ("同济大学", "四平路1239号 上海", "")
    # floating times are the visit's place's clock
    assert item.starts_at.astimezone(SHANGHAI).time() == dt.time(15, 0)
    assert item.timezone == "Asia/Shanghai"


def test_lotus_notes_zones_are_named_and_its_bookkeeping_is_not_reported_as_lost(
    db: Database, visit_id: str
) -> None:
    result = _import(db, visit_id, "notes_suez.ics")
    assert len(result.added) == 2
    assert result.dropped == {}  # X-LOTUS-UNID, -APPTTYPE … are Notes' own, as X-MICROSOFT-* is Outlook's
    items = _items(db, visit_id)
    [suez] = items["Fachgespräch Kreislaufwirtschaft bei SUEZ"]
    assert (suez.timezone, suez.alarms) == ("Asia/Shanghai", [15])
    assert suez.starts_at.astimezone(SHANGHAI).time() == dt.time(9, 30)
    # TZID="W. Europe" on 29 March 2027, the day after Europe's change to summer time (UTC+2)
    [call] = items["Rückmeldung an Behörde für Umwelt (Telefon)"]
    assert call.timezone == "Europe/Berlin"
    assert call.starts_at.astimezone(SHANGHAI).time() == dt.time(15, 0)


def test_a_title_in_both_languages_fills_both_titles(db: Database, visit_id: str) -> None:
    _import(db, visit_id, "outlook_hamburg_programme.ics")
    _import(db, visit_id, "google_hamburg_delegation.ics")
    _import(db, visit_id, "apple_tongji.ics")
    items = _items(db, visit_id)
    titles = {(i.title_en, i.title_zh) for group in items.values() for i in group}
    assert {
        ("Treffen mit der Stadtverwaltung Shanghai", "上海市政府会见"),
        ("Workshop Schwammstadt", "海绵城市研讨会"),
        ("Besuch Tongji-Universität", "同济大学参观"),
        ("Besichtigung Hafen Yangshan", ""),  # one language: as it was
    } <= titles
    assert ical._titles("北京 / 上海") == ("", "北京 / 上海")


def test_the_chinese_itinerary_lists_the_chinese_title_first(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    _import(db, visit_id, "outlook_hamburg_programme.ics")
    assert main(["--db", str(db.path), "visits", visit_id, "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "上海市政府会见 / Treffen mit der Stadtverwaltung Shanghai @" in out
    assert main(["--db", str(db.path), "visits", visit_id, "--lang", "en"]) == 0
    assert "Treffen mit der Stadtverwaltung Shanghai / 上海市政府会见 @" in capsys.readouterr().out


@pytest.mark.usefixtures("tree_catalogue")
def test_a_meeting_deleted_by_hand_is_said_to_be_deleted_and_stays_deleted(
    db: Database, visit_id: str
) -> None:
    """Round 54: a meeting the user deleted (no file cancelled it) was "already cancelled" when an
    older copy came again, and the same copy again added it back."""
    from petdesk.messages import localize

    _import(db, visit_id, "outlook_hamburg_programme_v2.ics")
    [dinner] = _items(db, visit_id)["Abendessen mit Partnern"]
    with db.transaction() as s:
        vs.delete_item(s, dinner.id)
    today = dt.date.today()
    for name in ("outlook_hamburg_programme.ics", "outlook_hamburg_programme_v2.ics"):
        again = _import(db, visit_id, name)
        assert "Abendessen mit Partnern" not in again.added + again.already_cancelled + again.older, name
        reasons = dict(again.skipped)
        said = reasons["Abendessen mit Partnern"]
        assert said == f"deleted here on {today.isoformat()}; not added again", name
        assert localize(said, "zh_CN") == f"已于{today.year}年{today.month}月{today.day}日在此删除；未再添加"
        assert "already cancelled" not in again.summary(), name
        assert "Abendessen mit Partnern" not in _items(db, visit_id), name
