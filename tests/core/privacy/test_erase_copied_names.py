"""An erased member of staff's name typed as "Logged by" and kept in the history goes too (field
test 28: "Liu Yang (刘洋)" stayed the author of 333 activities, here and at every office)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database
from petdesk.models import Activity
from petdesk.services import activities, privacy
from petdesk.services import contacts as contact_service
from petdesk.sync.erased_names import ERASED_NAME, without_names
from petdesk.sync.tracking import STAFF_SETTING
from tests.core.sync.helpers import make_office, send, values

LATIN, CHINESE = "Quixotewald Brunhilde", "欧阳娜娜"


def raw_leaks(db: Database) -> list[str]:
    """The names found in the file's bytes (and its WAL), in any encoding SQLite stores text."""
    raw = db.path.read_bytes()
    wal = Path(f"{db.path}-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    return [
        f"{name} ({encoding})"
        for name in ("Quixotewald", "Brunhilde", CHINESE)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if name.lower().encode(encoding) in raw.lower()
    ]


def make_staff_member(db: Database) -> tuple[str, list[str], str]:
    """A member of staff who is also a contact and logged activities about someone else, once
    named as this installation's staff member. Returns (person id, their activities, a team's)."""
    con = sqlite3.connect(db.path)
    con.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (STAFF_SETTING, f"{LATIN} / {CHINESE}"))
    con.commit()
    con.close()
    with db.transaction() as session:
        person = contact_service.create_contact(
            session,
            family_name="Quixotewald",
            given_name="Brunhilde",
            family_name_zh="欧阳",
            given_name_zh="娜娜",
        )
        other = contact_service.create_contact(session, family_name="Bystander", given_name="Bob")
        logged = [
            activities.add_activity(session, subject="Call", contact_id=other.id, author=author).id
            for author in (f"{LATIN} ({CHINESE})", CHINESE, "brunhilde quixotewald")
        ]
        team = activities.add_activity(session, subject="Fair", contact_id=other.id, author="Team Bonn").id
        pid = person.id
    for author in (f"{CHINESE}, Bonn", "Team Bonn"):  # changes of author: the history keeps the names
        with db.transaction() as session:
            session.get(Activity, team).author = author
    return pid, logged, team


def test_only_the_whole_name_is_replaced() -> None:
    forms = ["Quixotewald Brunhilde", "Brunhilde Quixotewald", CHINESE]
    assert without_names(f"{LATIN} ({CHINESE})", forms) == ERASED_NAME
    assert without_names(f" {CHINESE} / brunhilde quixotewald ", forms) == ERASED_NAME
    assert without_names(f"{CHINESE}, Bonn", forms) == f"{ERASED_NAME}, Bonn"
    assert without_names("Brunhilde Quixotewaldt and team", forms) is None
    assert without_names(f"{CHINESE}娜", forms) is None and without_names("", forms) is None


def test_erasure_replaces_the_name_everywhere_it_was_typed(tmp_path: Path) -> None:
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    try:
        pid, logged, team = make_staff_member(a)
        send(a, b, tmp_path)
        assert values(b, "activity", logged[0])["author"] == f"{LATIN} ({CHINESE})"
        privacy.erase(a, pid)
        import shutil

        shutil.copy(a.path, "/tmp/fs_a.sqlite")
        # The erasure checkpoints and VACUUMs: the raw bytes are what a stolen laptop holds.
        assert raw_leaks(a) == []
        assert [values(a, "activity", i)["author"] for i in logged] == [ERASED_NAME] * 3
        assert values(a, "activity", team)["author"] == "Team Bonn"
        # The replacement is an edit of Beijing's: it travels and erases the name at Bonn too.
        send(a, b, tmp_path)
        assert [values(b, "activity", i)["author"] for i in logged] == [ERASED_NAME] * 3
        assert raw_leaks(b) == []
    finally:
        for db in (a, b):
            db.close()
