"""``Contact.name_zh`` writes a transliterated Western name given·family (安娜·林德奎斯特), as cards
and dossiers do, so window lists, search results and command-line lines agree with them; 张伟 (Wei
Zhang) and a Japanese person's own name (山田太郎) stay family name first."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Contact
from petdesk.models.enums import NameOrder, TrainingRole
from petdesk.services import search
from petdesk.services import trainings as ts


def _contact(s: Session, given: str, family: str, given_zh: str, family_zh: str, **more: object) -> Contact:
    contact = Contact(
        given_name=given,
        family_name=family,
        given_name_zh=given_zh,
        family_name_zh=family_zh,
        name_order=NameOrder.GIVEN_FIRST,
        **more,
    )
    s.add(contact)
    s.flush()
    return contact


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            "anna": _contact(s, "Anna", "Lindqvist", "安娜", "林德奎斯特").id,
            "wei": _contact(s, "Wei", "Zhang", "伟", "张").id,
            "taro": _contact(s, "Taro", "Yamada", "太郎", "山田", native_name_language="ja").id,
        }


def test_the_model_writes_the_printed_order(db: Database, people: dict[str, str]) -> None:
    with db.reading() as s:
        assert s.get(Contact, people["anna"]).name_zh == "安娜·林德奎斯特"  # type: ignore[union-attr]
        assert s.get(Contact, people["wei"]).name_zh == "张伟"  # type: ignore[union-attr]
        assert s.get(Contact, people["taro"]).name_zh == "山田太郎"  # type: ignore[union-attr]
        assert s.get(Contact, people["anna"]).display_name("zh_CN") == "安娜·林德奎斯特"  # type: ignore[union-attr]


def test_search_results_show_and_sort_as_printed(db: Database, people: dict[str, str]) -> None:
    with db.reading() as s:
        (anna,) = search.search(s, "Lindqvist", kind=search.CONTACT)
        assert anna.name_zh == "安娜·林德奎斯特"
        (wei,) = search.search(s, "张伟", kind=search.CONTACT)
        assert wei.name_zh == "张伟"
        # still found as the index found her before: family first, or run together without the dot
        for query in ("林德奎斯特安娜", "安娜林德", "安娜 林德奎斯特"):
            assert people["anna"] in {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}, (
                query
            )
        sort_zh = dict(
            search._dbapi(s)
            .execute("SELECT entity_id, sort_zh FROM search_entry WHERE kind = 'contact'")
            .fetchall()
        )
    # sorted as written, under A for 安, as 阿卜杜拉·艾买提 is; 张伟 and 山田太郎 by their family name
    assert sort_zh[people["anna"]].startswith("an na lin")
    assert sort_zh[people["wei"]].startswith("zhang wei")
    assert sort_zh[people["taro"]].startswith("shan tian tai lang")


def test_the_trainings_command_names_trainers_given_family(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge cities", start_date=dt.date(2026, 11, 16), end_date=dt.date(2026, 11, 16)
        )
        anna = _contact(s, "Anna", "Lindqvist", "安娜", "林德奎斯特")
        wei = _contact(s, "Wei", "Zhang", "伟", "张")
        for trainer in (anna, wei):
            ts.register(s, t.id, trainer.id, TrainingRole.TRAINER)
        ts.add_session(
            s,
            t.id,
            title_en="Basics",
            start=dt.datetime(2026, 11, 16, 9),
            end=dt.datetime(2026, 11, 16, 12),
            trainer_ids=[anna.id, wei.id],
        )
        tid = t.id
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings", tid]) == 0
    out = capsys.readouterr().out
    assert "安娜·林德奎斯特" in out and "张伟" in out
    assert "林德奎斯特安娜" not in out
