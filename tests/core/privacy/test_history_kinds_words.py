"""The history of every kind of record in words: every synced field by its editor's label, records
described in the reader's language (D14, rest)."""

from __future__ import annotations

import datetime as dt
import re

from petdesk.db import Database
from petdesk.services import history
from petdesk.services import visits as visit_service

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
