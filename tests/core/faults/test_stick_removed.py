"""The folder under an open database removed ("the stick pulled out"): a write says so, and the
changes are rescued from the connection still open (field test 39, defect 2: an import said
"1000 added" with exit code 0 while the file was gone)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from petdesk.cli import main
from petdesk.db import DatabaseGone, open_database
from petdesk.models import Contact

pytestmark = pytest.mark.skipif(
    __import__("os").name != "posix", reason="a file open elsewhere cannot be removed on Windows"
)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """petdesk's data folder (where rescued copies go), away from the stick and the user's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "petdesk"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def pulled_out_at_commit(stick: Path) -> Iterator[None]:
    """The stick is pulled out while the first write is being saved."""

    def pull(_session: Session) -> None:
        shutil.rmtree(stick, ignore_errors=True)

    event.listen(Session, "before_commit", pull)
    yield
    event.remove(Session, "before_commit", pull)


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT family_name FROM contact WHERE deleted_at IS NULL")}


def test_a_write_to_a_removed_file_is_refused_and_rescued(stick: Path, data_home: Path) -> None:
    database = open_database(stick / "s.sqlite")
    with database.transaction() as session:
        session.add(Contact(family_name="Before", given_name="Ada"))
    shutil.rmtree(stick)
    with pytest.raises(DatabaseGone) as caught, database.transaction() as session:
        session.add(Contact(family_name="After", given_name="Ben"))
    database.close()
    gone = caught.value
    assert str(gone).startswith(
        f"the database file {stick / 's.sqlite'} is no longer there (was the stick removed?)"
    )
    assert gone.copy is not None and gone.copy.parent == data_home / "rescued"
    assert gone.copy.stat().st_mode & 0o077 == 0
    assert _names(gone.copy) == {"Before"}  # refused before writing: what was saved is all there


def test_a_commit_while_the_stick_is_pulled_out_is_rescued(
    stick: Path, data_home: Path, pulled_out_at_commit: None
) -> None:
    database = open_database(stick / "s.sqlite")
    with pytest.raises(DatabaseGone) as caught, database.transaction() as session:
        session.add(Contact(family_name="During", given_name="Ada"))
    database.close()
    assert caught.value.copy is not None and _names(caught.value.copy) == {"During"}  # nothing lost


def test_an_intact_file_writes_as_before(stick: Path, data_home: Path) -> None:
    database = open_database(stick / "s.sqlite")
    with database.transaction() as session:
        session.add(Contact(family_name="Kept", given_name="Ada"))
    database.close()
    assert _names(stick / "s.sqlite") == {"Kept"} and not data_home.exists()


def test_a_file_replaced_by_another_is_noticed(stick: Path, data_home: Path) -> None:
    path = stick / "s.sqlite"
    database = open_database(path)
    path.rename(stick / "moved.sqlite")
    path.write_bytes(b"")  # another file at the path: the changes did not go to it
    with pytest.raises(DatabaseGone), database.transaction() as session:
        session.add(Contact(family_name="After", given_name="Ben"))
    database.close()
    assert path.stat().st_size == 0  # nothing written into the other file


def test_cli_import_onto_a_removed_stick_fails_and_says_where_the_copy_is(
    stick: Path,
    data_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pulled_out_at_commit: None,
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("given_name,family_name,email\nAda,Lovelace,ada@example.org\nBen,Okri,ben@example.org\n")
    db = stick / "s.sqlite"
    assert main(["--lang", "en", "--db", str(db), "import-contacts", str(csv)]) == 1
    err = capsys.readouterr().err
    assert f"the database file {db} is no longer there (was the stick removed?)" in err
    (copy,) = (data_home / "rescued").iterdir()
    assert f"A copy with every change was saved as {copy}" in " ".join(err.split())
    assert _names(copy) == {"Lovelace", "Okri"}
