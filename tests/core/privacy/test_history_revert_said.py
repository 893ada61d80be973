"""`petdesk history --revert` and `--revert-to` print each field they wrote, from what to what, in
the reader's language (before, a revert to a point named the fields only, and a revert of one
change said only the value put back)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import history
from tests.core.privacy.test_history_revert_parts import _edit, _wagner


def _change(db: Database, cid: str, field: str, new: str) -> str:
    with db.reading() as session:
        return next(
            e.id
            for e in history.record_history(session, "contact", cid)
            if e.field == field and e.new_value == new
        )


@pytest.mark.parametrize(
    ("lang", "nickname", "position"),
    [
        ("en", "  Nickname: Andy → Andi", "Position (English): Director B → Director A"),
        ("zh_CN", "  昵称：Andy → Andi", "职务（英文）：Director B → Director A"),
    ],
)
def test_revert_to_a_point_prints_each_field_from_and_to(
    db: Database, capsys: pytest.CaptureFixture[str], lang: str, nickname: str, position: str
) -> None:
    cid, aid = _wagner(db)
    _edit(db, cid, aid, "Director A", nickname="Andi")
    _edit(db, cid, aid, "Director B", nickname="Andy")
    capsys.readouterr()

    assert (
        main(
            [
                "--db",
                str(db.path),
                "--lang",
                lang,
                "history",
                cid,
                "--revert-to",
                _change(db, cid, "nickname", "Andy"),
            ]
        )
        == 0
    )

    lines = capsys.readouterr().out.splitlines()
    assert nickname in lines
    assert any(line.endswith(position) for line in lines)


def test_revert_of_one_change_prints_the_field_from_and_to(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cid, aid = _wagner(db)
    _edit(db, cid, aid, "Director A", nickname="Andi")
    _edit(db, cid, aid, "Director B", nickname="Andy")
    capsys.readouterr()

    assert main(["--db", str(db.path), "history", cid, "--revert", _change(db, cid, "nickname", "Andi")]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == ["  Nickname: Andy → (empty)"]
