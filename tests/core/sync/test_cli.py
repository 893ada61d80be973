"""``petdesk sync``: exit codes, passphrase sources, preview output."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_CONFLICTS, EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.models import Contact
from tests.core.sync.helpers import PASSPHRASE, make_office
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here

#: None of these tests is about the key derivation: packages are written at the sync tests' cost.
pytestmark = pytest.mark.usefixtures("cheap_package_key")


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    with a.transaction() as session:
        session.add(Contact(family_name="Zhang", given_name="Wei"))
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield a, b, secret
    a.close()
    b.close()


def run(db, *args: str) -> int:
    return main(["--db", str(db.path), "sync", *args])


def test_export_import_and_exit_codes(two, tmp_path: Path, capsys, monkeypatch) -> None:
    a, b, secret = two
    pkg = tmp_path / "a.petdesk-sync"
    assert run(a, "export", "--all", "--out", str(pkg), "--passphrase-file", str(secret)) == 0
    assert "contact" in capsys.readouterr().out

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert run(b, "import", str(pkg), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Dry run" in out and "contact" in out
    assert run(b, "import", str(pkg)) == 0
    assert run(b, "import", str(pkg)) == 0
    assert "imported before" in capsys.readouterr().out

    # Conflicting edits: the import succeeds and says a person is needed.
    assert run(b, "export", "--to", "Beijing", "--out", str(tmp_path / "b0.pkg")) == 0
    assert run(a, "import", str(tmp_path / "b0.pkg")) == 0
    for db, text in ((a, "A"), (b, "B")):
        with db.transaction() as session:
            session.query(Contact).one().notes = text
    assert run(b, "export", "--to", "Beijing", "--out", str(tmp_path / "b1.pkg")) == 0
    assert run(a, "import", str(tmp_path / "b1.pkg")) == EXIT_CONFLICTS
    capsys.readouterr()
    assert run(a, "conflicts") == 0
    listing = capsys.readouterr().out
    assert "Notes" in listing and "“B”" in listing and "“A”" in listing
    conflict_id = listing.split()[0]
    assert run(a, "resolve", conflict_id, "--keep", "other") == 0
    assert run(a, "conflicts") == 0
    assert "No conflicts" in capsys.readouterr().out
    assert run(a, "journal") == 0 and run(a, "offices") == 0
    assert "Bonn" in capsys.readouterr().out


def test_rejected_file_exit_code_and_message(two, tmp_path: Path, capsys, monkeypatch) -> None:
    _, b, _ = two
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a package", encoding="utf-8")
    assert run(b, "import", str(bogus)) == EXIT_REJECTED
    assert "not a petdesk sync package" in capsys.readouterr().err


def test_no_passphrase_is_an_error_not_a_prompt(two, tmp_path: Path, capsys) -> None:
    a, _, _ = two
    assert run(a, "export", "--all", "--out", str(tmp_path / "x.pkg")) == 1
    assert PASSPHRASE_ENV in capsys.readouterr().err


def test_stored_passphrase_is_used(two, tmp_path: Path, monkeypatch) -> None:
    a, _, secret = two
    assert run(a, "passphrase", "--passphrase-file", str(secret)) == 0
    assert run(a, "export", "--all", "--out", str(tmp_path / "x.pkg")) == 0


def test_help_documents_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["sync", "import", "--help"])
    text = capsys.readouterr().out
    assert f"{EXIT_REJECTED}  package file rejected" in text and f"{EXIT_CONFLICTS}  imported" in text


def test_database_and_package_passphrases_stay_apart(
    tmp_path: Path, capsys, monkeypatch, new_database_file
) -> None:
    """``petdesk --passphrase-file`` opens the encrypted database; ``sync export|import
    --passphrase-file`` locks and opens the package: neither takes the other's place."""
    from petdesk import connection

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv("PETDESK_DB_PASSPHRASE", raising=False)
    db_pass, sync_pass = tmp_path / "db-pass.txt", tmp_path / "sync-pass.txt"
    db_pass.write_text("tulip harbour 47 lantern\n", encoding="utf-8")
    sync_pass.write_text(PASSPHRASE + "\n", encoding="utf-8")
    # new files copied from the session's template: creating them (every migration) is not the point
    a, b = new_database_file(tmp_path / "a.sqlite"), new_database_file(tmp_path / "b.sqlite")
    pkg = tmp_path / "a.petdesk-sync"
    assert main(["--db", str(a), "office", "--name", "Beijing"]) == 0
    assert main(["--db", str(a), "--passphrase-file", str(db_pass), "encrypt"]) == 0
    assert connection.is_encrypted(a)
    connection._passphrases.clear()  # passphrases are kept per process: start as a new command would
    connection._latest = None
    sync = ["sync", "export", "--all", "--out", str(pkg), "--passphrase-file", str(sync_pass)]
    assert main(["--db", str(a), "--passphrase-file", str(db_pass), *sync]) == 0, capsys.readouterr().err
    capsys.readouterr()
    # Only the database's given: the message says which one is missing, and where it goes.
    assert main(["--db", str(a), "--passphrase-file", str(db_pass), *sync[:-2]]) == 1
    err = capsys.readouterr().err
    assert "no package passphrase" in err and "`petdesk sync export --passphrase-file FILE`" in err, err
    assert (
        main(["--db", str(b), "sync", "import", str(pkg), "--passphrase-file", str(db_pass)]) == EXIT_REJECTED
    )
    assert main(["--db", str(b), "sync", "import", str(pkg), "--passphrase-file", str(sync_pass)]) == 0
    assert "Beijing" in capsys.readouterr().out


def test_export_import_journal_offices_in_chinese(two, tmp_path: Path, capsys, monkeypatch) -> None:
    a, b, _secret = two
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    pkg = tmp_path / "a.petdesk-sync"

    def zh(db, *args: str) -> int:
        return main(["--lang", "zh_CN", "--db", str(db.path), "sync", *args])

    assert zh(a, "export", "--all", "--out", str(pkg)) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"已写入 {pkg}（包含全部数据）：") and "条记录（全部记录）" in out
    assert "\n  联系人   " in out and "contact" not in out
    assert zh(b, "import", str(pkg), "--dry-run") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("来自 Beijing 的同步数据包 ")
    heading = next(line for line in lines if "新增" in line)
    assert heading.split() == ["新增", "更新", "删除", "冲突"]
    row = next(line for line in lines if "联系人" in line)
    # the numbers stand under their headings (a Chinese character takes two terminal columns)
    from petdesk.cli.columns import width

    assert width(row) == width(heading)
    assert lines[-1] == "试运行：未做任何更改。"
    assert zh(b, "import", str(pkg)) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("已导入。导入前的备份：")
    assert zh(b, "journal") == 0
    [entry] = capsys.readouterr().out.splitlines()
    assert "  导入   <- Beijing " in entry and " 条记录  " in entry
    assert zh(b, "offices") == 0
    offices = capsys.readouterr().out
    assert "本办公室" in offices and "最近导入 " in offices
    assert zh(b, "conflicts") == 0
    assert capsys.readouterr().out == "没有待处理的冲突。\n"
    # English, as scripts read it
    assert run(b, "journal") == 0
    [entry] = capsys.readouterr().out.splitlines()
    assert "  import <- Beijing " in entry and " records  " in entry


def test_conflicts_are_described_in_plain_words(two, tmp_path: Path, capsys, monkeypatch) -> None:
    """Times as local dates, links as names, deletion as words; after --keep other the chosen
    value is the current one (field report item 12)."""
    import datetime as dt

    from petdesk.i18n import format_date
    from petdesk.models import ContactMethod
    from tests.core.sync.helpers import send

    a, b, _secret = two
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    # Bonn's laptop at home: when a conflict was settled is said without an offset (away, it has one).
    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")
    packages = tmp_path / "pk"
    packages.mkdir()

    def person(session, given: str) -> Contact:
        return session.query(Contact).filter_by(given_name=given).one()

    with a.transaction() as session:
        session.add_all(
            [Contact(family_name="Li", given_name="Na"), Contact(family_name="Chen", given_name="Jie")]
        )
        session.flush()
        session.add(ContactMethod(contact_id=person(session, "Wei").id, channel="email", value="w@x.example"))
        person(session, "Jie").soft_delete()
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with a.transaction() as session:  # Beijing gives the address to Li Na, restores Chen Jie ...
        session.query(ContactMethod).one().contact_id = person(session, "Na").id
        session.query(ContactMethod).one().position = 2
        person(session, "Jie").deleted_at = None
        person(session, "Na").notes = "Beijing's note"
    with b.transaction() as session:  # ... while Bonn gives it to Chen Jie, and deletes her again
        jie = person(session, "Jie")
        jie.deleted_at = None
        session.flush()
        jie.soft_delete()
        session.query(ContactMethod).one().contact_id = jie.id
        session.query(ContactMethod).one().position = 1
        person(session, "Na").notes = "Bonn's note"
    send(a, b, packages)
    capsys.readouterr()
    assert run(b, "conflicts") == 0
    listing = capsys.readouterr().out
    today = format_date(dt.date.today(), "en")
    assert f"Deletion: now deleted on {today} (from Bonn)" in listing, listing
    assert "other not deleted (from Beijing)" in listing, listing
    # Chen Jie is deleted at Bonn: said so, as the history says it
    assert (
        "Person: now “Jie Chen” (deleted) (from Bonn)" in listing
        and "other “Na Li” (from Beijing)" in listing
    )
    assert "Place in the list: now number 2 (from Bonn)" in listing and "other number 3" in listing
    for raw in ("+00:00", "Contact id", "Position", ": now '"):
        assert raw not in listing, listing
    note_conflict = next(line for line in listing.splitlines() if "Na Li" in line and "Contact “" in line)
    assert run(b, "resolve", note_conflict.split()[0], "--keep", "other") == 0
    capsys.readouterr()
    assert run(b, "conflicts", "--all") == 0
    settled = capsys.readouterr().out
    decided = settled[settled.index(note_conflict.split()[0]) :]
    assert "the other value was chosen" in decided
    assert "Notes: now “Beijing's note” (from Beijing)" in decided, settled
    assert "other “Bonn's note” (from Bonn)" in decided, settled
    assert main(["--lang", "zh_CN", "--db", str(b.path), "sync", "conflicts", "--all"]) == 0
    chinese = capsys.readouterr().out
    assert "删除状态" in chinese and "+00:00" not in chinese, chinese
