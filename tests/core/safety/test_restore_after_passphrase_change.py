"""Field test 28, §3 and §8: the backup ``encrypt --change`` makes first (and every older one) could
not be restored over the database ("encrypted with another passphrase"), ``restore --latest`` picked
exactly it, and the message gave no next step. The backup's own passphrase now opens it, and the
restored database keeps the passphrase it has now."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database

OLD = "tulip harbour 47 lantern"
NEW = "copper meadow 93 violin"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> None:
    connection._passphrases.clear()
    connection._latest = None


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    connection._passphrases.clear()  # each command line is a new process
    connection._latest = None
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _names(path: Path, passphrase: str) -> list[str]:
    conn = connection.connect(path, passphrase=passphrase)
    try:
        return [r[0] for r in conn.execute("SELECT family_name FROM contact ORDER BY family_name")]
    finally:
        conn.close()


def test_a_backup_made_before_a_passphrase_change_is_restored_and_keeps_the_new_passphrase(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        session.add(m.Contact(family_name="Before", given_name="Bo"))
    db.close()
    path = db.path
    old, new, wrong = tmp_path / "old.txt", tmp_path / "new.txt", tmp_path / "wrong.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    wrong.write_text("amber canyon 12 kettle", encoding="utf-8")
    assert _run(capsys, "--db", str(path), "--passphrase-file", str(old), "encrypt")[0] == 0
    code, _out, _err = _run(
        capsys, "--db", str(path), "--passphrase-file", str(old), "encrypt", "--change",
        "--new-passphrase-file", str(new),
    )  # fmt: skip
    assert code == 0
    connection.set_passphrase(path, NEW)
    later = open_database(path)
    with later.transaction() as session:
        session.add(m.Contact(family_name="After", given_name="Al"))
    later.close()
    with_new = ["--db", str(path), "--passphrase-file", str(new), "restore", "--latest"]
    # The newest backup is the one made before the change: refused, with the next step.
    code, _out, err = _run(capsys, *with_new)
    assert code == 1 and "before-passphrase-change" in err
    assert "--backup-passphrase-file FILE" in err
    # A wrong backup passphrase is refused, and nothing changes.
    code, _out, err = _run(capsys, *with_new, "--backup-passphrase-file", str(wrong))
    assert code == 1 and "another passphrase" in err
    assert _names(path, NEW) == ["After", "Before"]
    # Its own passphrase opens it; the database keeps opening with the current one.
    code, out, err = _run(capsys, *with_new, "--backup-passphrase-file", str(old), "--yes")  # "After" goes
    assert code == 0, err
    assert "re-encrypted" in out
    assert _names(path, NEW) == ["Before"]
    with pytest.raises(connection.PassphraseError):
        _names(path, OLD)
