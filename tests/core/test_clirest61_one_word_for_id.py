"""A record's id has one Chinese word, 编号 (review 61: "培训编号" for trainings but "访问 ID" for
visits). "ID" stays only where it is the command line's placeholder, typed as shown."""

from __future__ import annotations

import re

from tests.helpers.tree_catalogue import TREE_CATALOGUES

#: Command syntax, where ID is a placeholder: `petdesk visits ID`, --visit ID, petdesk contact ID, KEEP_ID.
COMMAND_SYNTAX = re.compile(r"`[^`]*`|--[\w-]+ ID\b|petdesk(?: [a-z][\w-]*)+ ID\b|\b\w+_ID\b")


def _msgstrs() -> list[tuple[object, str]]:
    from babel.messages.pofile import read_po

    with open(TREE_CATALOGUES / "zh_CN.po", "rb") as fh:
        catalog = read_po(fh)
    found = []
    for message in catalog:
        if message.id:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            found += [(message.id, text) for text in strings if text]
    return found


def test_clirest61_id_is_bianhao_in_chinese_sentences() -> None:
    entries = _msgstrs()
    assert len(entries) > 1000
    in_words = [(i, t) for i, t in entries if re.search(r"\bID\b", COMMAND_SYNTAX.sub("", t))]
    assert in_words == [], in_words


def test_clirest61_visits_and_trainings_say_it_alike() -> None:
    translated = dict(_msgstrs())
    assert translated["visit id (at least 4 characters)"] == "访问编号（至少 4 个字符）"
