"""Erasure names the person before asking, and leaves no id of theirs in the history (field test D13,
D15); the history names fields, kinds and people as the editors and lists do (D14)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history, logistics, privacy
from petdesk.services import organisations as organisation_service
from petdesk.services import visits as visit_service
from petdesk.services.contacts import Method
from tests.core.sync.helpers import make_office, send, values
from tests.helpers.terminal import type_at_terminal

CHEN = {"family_name": "Chen", "given_name": "Ping", "family_name_zh": "陈", "given_name_zh": "萍"}


def _namesakes(db: Database) -> tuple[str, str]:
    """Two people called Chen Ping (陈萍), as in the demo, at different organisations."""
    with db.transaction() as s:
        ruitai = organisation_service.create_organisation(
            s, name_en="Xiamen Ruitai Environmental", name_zh="厦门瑞泰环保"
        )
        lotus = organisation_service.create_organisation(
            s, name_en="Shenzhen Lotus Water", name_zh="深圳莲花水务"
        )
        first = contact_service.create_contact(
            s,
            **CHEN,
            name_order="family_first",
            organisation_id=ruitai.id,
            methods=[Method("phone", "+86 592 5307 6356"), Method("email", "ping.chen@ruitai.example")],
        )
        second = contact_service.create_contact(
            s,
            **CHEN,
            name_order="family_first",
            organisation_id=lotus.id,
            methods=[Method("email", "chenping@lotus.example")],
        )
        return first.id, second.id


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    type_at_terminal(monkeypatch, text)


def test_erase_names_the_person_before_asking(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The prompt said "Erase contact 1CNKR8 …?": with two Chen Pings, the name showed only after
    the erasure, which cannot be undone."""
    first, second = _namesakes(db)
    args = ["--db", str(db.path), "person", "erase", first[:8]]
    _answer(monkeypatch, "n\n")
    assert main(args) == 1
    out = capsys.readouterr().out
    assert (
        f"Chen Ping (陈萍) · Xiamen Ruitai Environmental · ping.chen@ruitai.example · {first}\n"
        "Erase Chen Ping (陈萍) and everything about them, here and at every office? [y/N] "
        "Nothing erased.\n"
    ) == out
    _answer(monkeypatch, "n\n")
    assert main(["--lang", "zh_CN", *args]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"陈萍（Chen Ping） · 厦门瑞泰环保 · ping.chen@ruitai.example · {first}\n")
    assert out.splitlines()[1].startswith(
        "确定在本办公室和所有办公室清除陈萍（Chen Ping）及其全部相关信息吗？[y/N]"
    )
    assert values(db, "contact", first) and values(db, "contact", second)
    # Yes erases the person shown, and says so in the same words.
    _answer(monkeypatch, "y\n")
    assert main(args) == 0
    assert "Erased Chen Ping (陈萍) (" in capsys.readouterr().out
    assert values(db, "contact", first) == {} and values(db, "contact", second)


def test_the_window_s_confirmation_reads_the_same_person(db: Database) -> None:
    first, _second = _namesakes(db)
    person = privacy.person_to_erase(db, first[:6], "zh_CN")
    assert (person.person_id, person.name, person.organisation) == (
        first,
        "陈萍（Chen Ping）",
        "厦门瑞泰环保",
    )
    with pytest.raises(privacy.PrivacyError, match="no contact with id"):
        privacy.person_to_erase(db, "zzzzzz")


def _owned(db: Database) -> tuple[str, str, str, str]:
    """A person who owns a follow-up, once owned another (now a colleague's), and hosts a talk.
    Returns (person, follow-up, earlier follow-up, item)."""
    with db.transaction() as s:
        person = contact_service.create_contact(s, **CHEN, name_order="family_first").id
        colleague = contact_service.create_contact(s, family_name="Berg", given_name="Anna").id
        visit = visit_service.create_visit(
            s, title_en="Bus forum", start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 12)
        )
        follow = visit_service.add_follow_up(s, visit.id, description_en="Send report", owner_id=person).id
        earlier = visit_service.add_follow_up(s, visit.id, description_en="Book room", owner_id=colleague).id
        item = visit_service.add_item(
            s,
            visit.id,
            title_en="Talk",
            start=dt.datetime(2027, 5, 10, 9),
            end=dt.datetime(2027, 5, 10, 10),
        ).id
    with db.transaction() as s:
        visit_service.update_follow_up(s, earlier, owner_id=person)
    with db.transaction() as s:
        visit_service.update_follow_up(s, earlier, owner_id=colleague)  # logged: person -> colleague
        logistics.set_item_protocol(s, item, host_contact_id=person)
    return person, follow, earlier, item


def _naming(db: Database, person: str) -> list[tuple[str, ...]]:
    """Change log and conflict rows that still hold the person's id as a value."""
    con = sqlite3.connect(db.path)
    try:
        like = f"%{person}%"
        return con.execute(
            "SELECT entity, field, old_value, new_value FROM sync_change WHERE old_value LIKE ?1 "
            "OR new_value LIKE ?1 UNION ALL SELECT entity, field, winner_value, loser_value "
            "FROM sync_conflict WHERE winner_value LIKE ?1 OR loser_value LIKE ?1",
            (like,),
        ).fetchall()
    finally:
        con.close()


def test_erasure_takes_the_person_s_id_out_of_linked_records_history(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    person, follow, earlier, item = _owned(db)
    assert len(_naming(db, person)) == 3  # the changes of owner and the host, as logged
    privacy.erase(db, person)
    assert _naming(db, person) == []
    with db.reading() as s:
        entries = history.record_history(s, "follow_up", earlier)
    old_owners = [e.old_value for e in entries if e.field == "owner_id"]
    assert {"erased": "contact"} in old_owners
    # Shown in words, in both languages, with the field's label.
    assert main(["--db", str(db.path), "history", follow]) == 0
    assert "Owner: an erased person → (empty)" in capsys.readouterr().out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", item]) == 0
    assert "主持人：已清除的人员 → （空）" in capsys.readouterr().out
    # A revert cannot bring the id back: one sentence; back to before the change: no owner.
    change = next(e for e in entries if e.field == "owner_id" and e.old_value == {"erased": "contact"})
    with pytest.raises(history.HistoryError, match="has been erased"), db.transaction() as s:
        history.revert_change(s, change.id)
    with db.transaction() as s:
        history.revert_record(s, "follow_up", earlier, before=change.id)
    assert values(db, "follow_up", earlier)["owner_id"] is None


def test_an_erasure_from_another_office_takes_the_id_out_there_too(tmp_path: Path) -> None:
    """Bonn hears of the erasure by package; Nairobi, which had not heard of it, names the person as a
    new owner afterwards: its history arrives at Bonn with the marker, not the id."""
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    c = make_office(tmp_path / "dbs", "Nairobi")
    try:
        person, follow, earlier, _item = _owned(a)
        send(a, b, tmp_path)
        send(a, c, tmp_path)
        with b.transaction() as s:  # Bonn's own change names her too
            visit_service.update_follow_up(s, follow, description_en="Send the report to Ms Chen")
            visit_service.update_follow_up(s, earlier, owner_id=person)
        with c.transaction() as s:
            visit_service.update_follow_up(s, earlier, status="done", owner_id=person)
        assert _naming(b, person)
        privacy.erase(a, person)
        send(a, b, tmp_path)
        assert values(b, "contact", person) == {} and _naming(b, person) == []
        send(c, b, tmp_path)  # stale: Nairobi has not heard of the erasure
        assert values(b, "follow_up", earlier)["owner_id"] is None
        assert _naming(b, person) == []
        with b.reading() as s:
            news = [
                e.new_value for e in history.record_history(s, "follow_up", earlier) if e.field == "owner_id"
            ]
        assert news.count({"erased": "contact"}) >= 2  # Bonn's and Nairobi's
        # Bonn's history then goes on to Beijing without the id either.
        send(b, a, tmp_path)
        assert _naming(a, person) == []
    finally:
        for db in (a, b, c):
            db.close()


def test_history_names_fields_kinds_and_people_as_the_editors_do(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It showed `nickname: … → Ping`, `Nickname:` in Chinese, and the title "陈萍 Ping Chen" where
    search and the lists show "Chen Ping (陈萍)"."""
    with db.transaction() as s:
        cid = contact_service.create_contact(
            s, **CHEN, name_order="family_first", methods=[Method("phone", "+86 592 5307 6356")]
        ).id
    with db.transaction() as s:
        contact_service.update_contact(s, cid, nickname="Ping", dietary_needs="Vegetarian")
    assert main(["--db", str(db.path), "history", cid]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Contact Chen Ping (陈萍) — {cid}\n")
    assert "  Nickname: (empty) → Ping\n" in out and "  Dietary requirements: (empty) → Vegetarian\n" in out
    assert "Contact method created" in out and "nickname" not in out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", cid]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"联系人 陈萍（Chen Ping） — {cid}\n")
    assert "  昵称：（空） → Ping\n" in out and "  饮食要求：（空） → Vegetarian\n" in out
    assert "Nickname" not in out
    # JSON keeps the names in the data, for scripts.
    assert main(["--db", str(db.path), "history", cid, "--json"]) == 0
    assert '"field": "nickname"' in capsys.readouterr().out


def test_every_field_of_a_person_and_an_organisation_has_a_label() -> None:
    """The history and conflicts fell back to the column name ("Nickname" in Chinese too)."""
    from petdesk.sync.entities import by_name
    from petdesk.sync.labels import FIELDS

    for entity in ("contact", "organisation", "contact_method", "affiliation"):
        missing = [c for c in by_name()[entity].columns if c not in FIELDS]
        assert missing == [], entity
