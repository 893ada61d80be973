"""New packages need a strong passphrase and a costly key derivation; older packages still open."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.sync import package as pkg
from petdesk.sync.passphrase import MIN_LENGTH, label, problem


@pytest.mark.parametrize(
    "weak",
    # a common word twice was taken as long and strong
    [
        *("short", "password1234", "123456789012", "aaaaaaaaaaaaaaaa", "qwertyuiop!!"),
        *("passwordpassword", "Secretsecret26"),
    ],
)
def test_weak_passphrases_are_refused_for_new_packages(weak: str) -> None:
    assert problem(weak) is not None and label(weak) == "weak"
    with pytest.raises(pkg.PackageError, match="passphrase"):
        pkg.encode({}, {}, weak, kdf_n=2**4)


@pytest.mark.parametrize("strong", ["correct horse battery staple", "Tr0ub4dor&3xy", "北京 波恩 马尔默 青岛"])
def test_strong_passphrases_pass(strong: str) -> None:
    assert len(strong) >= MIN_LENGTH or problem(strong) is None
    assert problem(strong) is None and label(strong) in ("fair", "strong")


def test_new_packages_use_scrypt_2_17_and_old_ones_still_open(tmp_path: Path) -> None:
    assert pkg.DEFAULT_KDF_N == 2**17
    path = tmp_path / "new.petdesk-sync"
    pkg.write(path, {"x": 1}, {"offices": []}, "correct horse battery staple", durable=False)
    assert pkg.peek_header(path)["kdf"]["n"] == 2**17
    old = tmp_path / "old.petdesk-sync"
    pkg.write(old, {"x": 1}, {"offices": []}, "correct horse battery staple", kdf_n=2**15, durable=False)
    assert pkg.read(old, "correct horse battery staple").body == {"offices": []}


def test_packages_are_private_and_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    import stat

    path = tmp_path / "p.petdesk-sync"
    pkg.write(path, {}, {"offices": []}, "correct horse battery staple", kdf_n=2**4, durable=False)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    target = tmp_path / "folder.petdesk-sync"
    target.mkdir()  # the rename onto a folder fails
    with pytest.raises(OSError):
        pkg.write(target, {}, {"offices": []}, "correct horse battery staple", kdf_n=2**4, durable=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.petdesk-sync", "p.petdesk-sync"]
