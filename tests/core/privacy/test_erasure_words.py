"""Erasure names the person before asking (field test D13); the history names fields, kinds of
records and people as the editors and the lists do (D14)."""

from __future__ import annotations

import io

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as organisation_service
from petdesk.services import privacy
from petdesk.services.contacts import Method
from tests.core.sync.helpers import values

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
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


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
    assert "  Nickname:  → Ping\n" in out and "  Dietary requirements:  → Vegetarian\n" in out
    assert "Contact method created" in out and "nickname" not in out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", cid]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"联系人 陈萍（Chen Ping） — {cid}\n")
    assert "  昵称:  → Ping\n" in out and "  饮食要求:  → Vegetarian\n" in out
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
