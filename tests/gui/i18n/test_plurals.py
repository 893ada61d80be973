"""Counted messages keep their English singular and their Chinese form (gui/plurals.py): this PySide6's
lupdate files a plural only from ``tr(text, "", n)``, so a count passed to ``translate()`` had lost it."""

from __future__ import annotations

import pytest

from petdesk.gui import plurals


@pytest.mark.parametrize(
    ("locale", "one", "five"),
    [
        (
            "en",
            ["1 record", "+1 more", "1 record imported.", "Close the 1 open editor window and"],
            ["5 records", "+5 more", "5 records imported.", "Close the 5 open editor windows and"],
        ),
        (
            "zh_CN",
            ["1 条记录", "另有 1 项", "已导入 1 条记录。", "要关闭已打开的 1 个编辑窗口"],
            ["5 条记录", "另有 5 项", "已导入 5 条记录。", "要关闭已打开的 5 个编辑窗口"],
        ),
    ],
)
def test_counted_messages_take_the_form_of_their_count(translators, locale, one, five) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    for n, wanted in ((1, one), (5, five)):
        shown = [
            plurals.RecordList().records(n),
            plurals.CalendarPage().more(n),
            plurals.EmptyPage().imported(n),
            plurals.Settings().close_editors_and_switch(n),
        ]
        assert shown[:3] == wanted[:3]
        assert shown[3].startswith(wanted[3])


@pytest.mark.parametrize(
    ("locale", "one", "three"),
    [
        ("en", ["1 affiliation", "1 activity", "1 session as trainer"], ["3 affiliations", "3 activities"]),
        ("zh_CN", ["1 段任职经历", "1 条活动记录", "1 节授课课程"], ["3 段任职经历", "3 条活动记录"]),
    ],
)
def test_what_a_merge_carries_over_is_counted_in_the_language(translators, locale, one, three) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    carried = plurals.MergeCarried()
    assert [carried.count(t, 1) for t in ("affiliation", "activity", "session_trainer")] == one
    assert [carried.count(t, 3) for t in ("affiliation", "activity")] == three
    assert carried.count("some_new_table", 2) == "2 some_new_table"  # a kind without a message yet


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_kind_a_merge_carries_over_has_words(translators, locale) -> None:  # type: ignore[no-untyped-def]
    """The duplicates dialog said "2 room_assignment, 4 travel_leg_traveller": tables without words."""
    from petdesk.services.merge import linked_tables

    translators(locale)
    carried = plurals.MergeCarried()
    tables = linked_tables("contact") | linked_tables("organisation")
    assert {"room_assignment", "travel_leg_traveller", "finance_lead"} <= tables
    shown = {table: carried.count(table, 2) for table in tables}
    assert not [text for table, text in shown.items() if text == f"2 {table}" or "_" in text], shown
    if locale == "zh_CN":
        assert not [text for text in shown.values() if text.isascii()], shown


@pytest.mark.parametrize(
    ("locale", "records", "contacts"),
    [("en", "12,345 records", "2,000 contacts"), ("zh_CN", "12,345 条记录", "共 2,000 位联系人")],
)
def test_large_counts_are_written_with_the_locale_s_digit_groups(  # type: ignore[no-untyped-def]
    translators, qtbot, db, locale, records, contacts
) -> None:
    """A list of 2,000 contacts said "2000 contacts" while the status bar said "2,000"."""
    from petdesk.gui.contacts.list import ContactsPage

    translators(locale)
    assert plurals.RecordList().records(12_345) == records
    page = ContactsPage(db, locale)
    qtbot.addWidget(page)
    assert plurals.ListCount().of(page.noun(2_000)) == contacts  # the count beside the list
    assert not page.noun(2_000).startswith("共")  # the noun goes into sentences: 已删除 3 位联系人。


@pytest.mark.parametrize(
    ("locale", "wanted"),
    [
        ("en", ["+12,345 more", "12,345 activities", "12,345 hotel rooms", "Close the 12,345 open editor"]),
        ("zh_CN", ["另有 12,345 项", "12,345 条活动记录", "12,345 间酒店房间", "要关闭已打开的 12,345 个"]),
    ],
)
def test_counted_sentences_group_thousands(translators, locale, wanted) -> None:  # type: ignore[no-untyped-def]
    """Qt writes ``%n`` as bare digits ("12345 activities"); ``%Ln`` groups them as the QLocale does."""
    translators(locale)
    carried = plurals.MergeCarried()
    shown = [
        plurals.CalendarPage().more(12_345),
        carried.count("activity", 12_345),
        carried.count("room_assignment", 12_345),
        plurals.Settings().close_editors_and_switch(12_345),
    ]
    assert shown[:3] == wanted[:3]
    assert shown[3].startswith(wanted[3])


def test_window_counts_are_written_with_digit_groups() -> None:
    """Every counted window message uses ``%Ln``: a bare ``%n`` prints 12345 in both languages."""
    import ast
    from pathlib import Path

    import petdesk.gui

    bare = []
    sources = Path(petdesk.gui.__file__).parent.rglob("*.py")
    for path in sorted(p for p in sources if p.name != "translation.py"):  # its docstrings name %n
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%n" in node.value:
                bare.append(f"{path.name}: {node.value[:60]}")
    assert not bare, bare


def test_pseudo_translation_keeps_the_grouped_count(translators, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PETDESK_PSEUDO", "1")
    translators("en")
    assert "12,345" in plurals.CalendarPage().more(12_345)
