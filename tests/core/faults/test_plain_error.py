"""``messages.plain_error``, the one sentence every pane shows for an error (errors53): a write the
disk refused names the database file and never shows SQLite's statement; a file's error names the
file without the system's "[Errno 2]"; a service's own sentence is translated as before; and a
fault's traceback, with the technical words, goes to the log. Real faults: a file-size limit, a
read-only file, a file that is not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection, faults, outfile
from petdesk.db import Database
from petdesk.messages import plain_error
from petdesk.services import contacts as cs
from petdesk.services.validation import ValidationError
from tests.helpers.file_limit import file_size_limit
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A HOME of the test's own: the error log is written there."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return tmp_path / "home"


def _refused_write(db: Database) -> BaseException:
    """The error of a transaction that outgrows a file-size limit (a disk with little room)."""
    size = db.path.stat().st_size + sum(p.stat().st_size for p in db.path.parent.glob("*-wal"))
    with file_size_limit(size + 64 * 1024), pytest.raises(Exception) as refused, db.transaction() as s:
        for i in range(400):
            cs.create_contact(s, family_name=f"Tang{i}", given_name="Hao", notes="x" * 4000)
    return refused.value


@pytest.mark.usefixtures("tree_catalogue", "home")
@pytest.mark.parametrize(("lang", "said"), [("en", "writing to the database"), ("zh_CN", "写入数据库")])
def test_a_full_disk_names_the_database_and_logs_the_statement(db: Database, lang: str, said: str) -> None:
    exc = _refused_write(db)
    assert faults.classify(exc) in (faults.FULL, faults.IO), repr(exc)
    text = plain_error(exc, lang, database=db.path, context="a test write")
    assert said in text and str(db.path) in text, text
    assert "INSERT" not in text and "Tang" not in text and "Errno" not in text, text
    log = faults.log_path().read_text(encoding="utf-8")
    assert "a test write" in log and "sqlite3.OperationalError" in log  # the detail, for the log's reader


@pytest.mark.usefixtures("tree_catalogue", "home")
@pytest.mark.parametrize(("lang", "said"), [("en", "read-only"), ("zh_CN", "只读")])
def test_a_read_only_database_is_named(db: Database, lang: str, said: str) -> None:
    conn = connection.connect(db.path, readonly=True)  # as a file on a write-protected stick
    try:
        with pytest.raises(connection.Error) as refused:
            conn.execute("DELETE FROM contact")
    finally:
        conn.close()
    text = plain_error(refused.value, lang, database=db.path)
    assert said in text and str(db.path) in text and "readonly" not in text, text


@pytest.mark.usefixtures("tree_catalogue", "home")
@pytest.mark.parametrize(("lang", "said"), [("en", "the folder is not there"), ("zh_CN", "文件夹")])
def test_a_file_gone_names_the_file_without_the_errno(tmp_path: Path, lang: str, said: str) -> None:
    gone = tmp_path / "stick" / "copy.sqlite"
    with pytest.raises(OSError) as refused:
        gone.write_bytes(b"x")
    assert "[Errno 2]" in str(refused.value)
    text = plain_error(refused.value, lang)
    assert said in text and str(gone) in text and "Errno" not in text, text
    assert str(gone) in faults.log_path().read_text(encoding="utf-8")


@pytest.mark.usefixtures("home")
def test_a_file_written_whole_or_not_at_all_is_named_not_its_work_file(tmp_path: Path) -> None:
    chosen = tmp_path / "stick" / "partners.pdf"
    with pytest.raises(OSError) as refused, outfile.writing(chosen) as out:
        out.write(b"%PDF")
    assert ".part" in str(refused.value.filename)  # the hidden file written first, renamed at the end
    text = plain_error(refused.value, "en")
    assert f"({chosen})" in text and ".part" not in text, text


@pytest.mark.usefixtures("tree_catalogue", "home")
def test_a_services_sentence_is_not_logged_as_a_fault() -> None:
    refused = ValidationError("a contact needs a family name or a given name")
    assert plain_error(refused, "en", database="/x.sqlite") == localize_same(refused)
    assert not faults.log_path().exists()


def localize_same(exc: BaseException) -> str:
    from petdesk.messages import explain

    return explain(exc, "en")
