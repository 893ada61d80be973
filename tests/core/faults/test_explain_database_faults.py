"""A write refused by SQLite reaches the window in plain words, never SQLite's own (field test 70: an
edit in a window on a read-only stick said "The work could not be finished: attempt to write a
readonly database")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection
from petdesk.db import Database
from petdesk.messages import explain
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "the file or its folder is read-only"), ("zh_CN", "文件或其所在文件夹为只读")],
)
def test_a_refused_write_is_explained_in_plain_words(
    db: Database,
    tmp_path: Path,
    tree_catalogue: Path,  # noqa: F811
    lang: str,
    said: str,
) -> None:
    conn = connection.connect(db.path, readonly=True)
    try:
        with pytest.raises(connection.Error) as refused:
            conn.execute("DELETE FROM contact")
    finally:
        conn.close()
    assert "readonly" in str(refused.value)  # SQLite's words, which must not reach the user
    text = explain(refused.value, lang)
    assert said in text and "readonly" not in text, text
