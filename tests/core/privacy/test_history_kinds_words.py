"""The history of every kind of record in words: every synced field by its editor's label, records
described in the reader's language, empty values said to be empty, erased kinds by name (D14, rest)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history
from petdesk.services import visits as visit_service
from petdesk.services.contacts import Method
from tests.helpers.terminal import type_at_terminal

_CJK = re.compile(r"[\u3400-\u9fff]")


def test_every_field_of_every_synced_table_has_a_label_in_both_languages() -> None:
    """Fields of visits, items, trainings, projects … fell back to their column names ("Purpose en",
    and the same English in Chinese)."""
    from petdesk.sync.entities import entities
    from petdesk.sync.labels import ENTITIES, FIELDS, KIND_FIELDS, entity_label, field_label

    missing = [
        f"{e.name}.{c}"
        for e in entities()
        for c in e.columns
        if c not in FIELDS and c not in KIND_FIELDS.get(e.name, {})
    ]
    assert missing == []
    assert [e.name for e in entities() if e.name not in ENTITIES] == []
    for e in entities():
        assert _CJK.search(entity_label(e.name, "zh_CN")), e.name
        for c in e.columns:
            english, chinese = field_label(c, "en", e.name), field_label(c, "zh_CN", e.name)
            assert english and "_" not in english, (e.name, c)
            assert _CJK.search(chinese), (e.name, c, chinese)
    # The overrides name kinds and fields that exist.
    columns = {e.name: e.columns for e in entities()}
    assert [(k, f) for k, fs in KIND_FIELDS.items() for f in fs if f not in columns.get(k, ())] == []


def test_a_field_is_named_as_its_kind_s_editor_names_it() -> None:
    from petdesk.sync.labels import field_label

    assert field_label("title_zh", "zh_CN", "visit") == "名称（中文）"  # the visit editor's word
    assert field_label("title_zh", "zh_CN", "project") == "标题（中文）"  # the project dialog's
    assert field_label("description_en", "en", "follow_up") == "Action (English)"
    assert field_label("timezone", "zh_CN", "visit") == "主要时区"
    assert field_label("timezone", "zh_CN", "travel_leg") == "时区"


def _visit_with_follow_up(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        visit = visit_service.create_visit(
            s,
            title_en="Bus forum",
            title_zh="公交论坛",
            start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12),
        )
        follow = visit_service.add_follow_up(
            s, visit.id, description_en="Send the report", description_zh="发送报告"
        )
        ids = visit.id, follow.id
    with db.transaction() as s:
        visit_service.update_visit(s, ids[0], purpose_en="Electric buses", timezone="Europe/Berlin")
        visit_service.update_follow_up(s, ids[1], due_date=dt.date(2027, 6, 1))
    return ids


def test_the_history_of_a_visit_and_a_follow_up_in_both_languages(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Chinese history of a visit read `purpose_en:  → Electric buses` under the title
    "Bus forum 公交论坛", and a follow-up's its English action."""
    visit, follow = _visit_with_follow_up(db)
    assert main(["--db", str(db.path), "history", visit]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Visit Bus forum 公交论坛 — {visit}\n")
    assert "  Purpose (English): (empty) → Electric buses\n" in out
    assert "  Main time zone: Asia/Shanghai → Europe/Berlin\n" in out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", visit]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"来访/出访 公交论坛 — {visit}\n")
    assert "  访问目的（英文）：（空） → Electric buses\n" in out
    assert "  主要时区：Asia/Shanghai → Europe/Berlin\n" in out
    assert "purpose" not in out and "Bus forum" not in out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", follow]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"后续行动 发送报告 — {follow}\n")
    assert "  到期日：（空） → 2027年6月1日\n" in out  # a due date, not a deadline (F14)
    assert main(["--db", str(db.path), "history", follow]) == 0
    assert capsys.readouterr().out.startswith(f"Follow-up action Send the report 发送报告 — {follow}\n")


def test_records_are_described_in_the_reader_s_language(db: Database) -> None:
    """A follow-up was "Send the report" and a visit "Bus forum 公交论坛" in Chinese too."""
    visit, follow = _visit_with_follow_up(db)
    with db.transaction() as s:
        only_english = visit_service.create_visit(
            s, title_en="Water week", start_date=dt.date(2027, 6, 1), end_date=dt.date(2027, 6, 2)
        ).id
        labels = {
            (ident, locale): history.resolve_record(s, ident, locale=locale).label
            for ident in (visit, follow, only_english)
            for locale in ("en", "zh_CN")
        }
    assert labels == {
        (visit, "en"): "Bus forum 公交论坛",
        (visit, "zh_CN"): "公交论坛",
        (follow, "en"): "Send the report 发送报告",
        (follow, "zh_CN"): "发送报告",
        (only_english, "en"): "Water week",
        (only_english, "zh_CN"): "Water week",  # no Chinese name: the English one, not an id
    }


def test_an_empty_value_is_said_to_be_empty(db: Database) -> None:
    """`Nickname:  → Ping`: the blank read as if something was left out."""
    with db.reading() as s:
        en, zh = history.value_words(s, "en"), history.value_words(s, "zh_CN")
        for value in ("", None, []):
            assert en("contact", "nickname", value) == "(empty)"
            assert zh("contact", "nickname", value) == "（空）"
        assert zh("contact", "nickname", "Ping") == "Ping"
        assert en("contact", "tags", ["a", "b"]) == "a, b"
        assert zh("follow_up", "owner_id", {"erased": "contact"}) == "已清除的人员"


def test_the_erasure_line_names_kinds_of_records_in_words(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It listed table names: `(1 affiliation, 1 contact, 2 contact_method)`."""
    made = []
    for _ in range(2):
        with db.transaction() as s:
            made.append(
                contact_service.create_contact(
                    s,
                    family_name="Chen",
                    given_name="Ping",
                    methods=[Method("phone", "+86 592 5307 6356"), Method("email", "ping@example.org")],
                ).id
            )
    type_at_terminal(monkeypatch, "y\n")
    assert main(["--db", str(db.path), "person", "erase", made[0]]) == 0
    out = capsys.readouterr().out
    assert "records (Contact: 1, Contact method: 2)." in out and "contact_method" not in out
    type_at_terminal(monkeypatch, "y\n")
    assert main(["--lang", "zh_CN", "--db", str(db.path), "person", "erase", made[1]]) == 0
    out = capsys.readouterr().out
    assert "条记录（联系人：1" in out and "联系方式：2）" in out and "contact" not in out
