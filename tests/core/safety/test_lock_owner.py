"""The computer named in a window's lock file (field test 70: a shared folder's second officer was told
"already open in another petdesk window" with no window open on their computer)."""

from __future__ import annotations

import socket
from pathlib import Path

from petdesk.lock_owner import lock_file, lock_owner


def _write_lock(db_path: Path, text: str) -> None:
    lock_file(db_path).write_text(text, encoding="utf-8")


def test_a_lock_from_another_computer_names_it(tmp_path: Path) -> None:
    db_path = tmp_path / "petdesk.sqlite"
    # as QLockFile writes it: pid, application, computer, boot id, machine id
    _write_lock(db_path, "4242\npetdesk\nthomas-laptop\n3d1219c7\ncb9842e0\n")
    owner = lock_owner(db_path)
    assert owner is not None and owner.pid == 4242 and owner.host == "thomas-laptop"
    assert owner.elsewhere()


def test_a_lock_of_this_computer_is_not_elsewhere(tmp_path: Path) -> None:
    db_path = tmp_path / "petdesk.sqlite"
    _write_lock(db_path, f"4242\npetdesk\n{socket.gethostname()}\n")
    owner = lock_owner(db_path)
    assert owner is not None and not owner.elsewhere()


def test_no_lock_or_a_half_written_one_names_nobody(tmp_path: Path) -> None:
    db_path = tmp_path / "petdesk.sqlite"
    assert lock_owner(db_path) is None
    _write_lock(db_path, "")  # a sync client's placeholder before the content arrives
    assert lock_owner(db_path) is None
    _write_lock(db_path, "4242\n")
    owner = lock_owner(db_path)
    assert owner is not None and not owner.elsewhere()


def test_this_computer_in_other_letters_is_not_elsewhere(tmp_path: Path) -> None:
    """Review 50: computer names do not tell case apart (Windows writes "DESKTOP-7Q2" or
    "desktop-7q2" by the call asked); read as another computer, the window's own lock was explained
    with "delete the lock file", which lets a second window open the file."""
    db_path = tmp_path / "petdesk.sqlite"
    here = socket.gethostname()
    for written in (here.upper(), here.lower()):
        _write_lock(db_path, f"4242\npetdesk\n{written}\n")
        owner = lock_owner(db_path)
        assert owner is not None and not owner.elsewhere()
