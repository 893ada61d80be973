"""A package over the e-mail limit, written as numbered parts with --split and imported from any one
of them (field test 91: a merged hub's full package passes 20–25 MB). The package is made large by
real rows, and the limit small (10 kB) so that it needs several parts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.db import Database, make_engine
from petdesk.messages import localize
from petdesk.models import Contact
from petdesk.sync import mail_size, parts
from petdesk.sync.service import journal
from tests.core.sync.helpers import make_office
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here
#: The parts are what is tested, not the package key's derivation (0.1 s each, seconds under load).
pytestmark = pytest.mark.usefixtures("cheap_package_key")

PASSPHRASE = "correct horse battery staple"
LIMIT_MB = "0.01"


@pytest.fixture(scope="module")
def hub_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hub's 400 contacts written once for the module (through the ORM, as the window writes
    them, they take seconds), closed: each test opens its own copy."""
    folder = tmp_path_factory.mktemp("hub") / "dbs"
    db = make_office(folder, "Xi'an Hub")
    with db.transaction() as session:
        session.add_all(
            Contact(
                family_name=f"Chen{i}", given_name="Bo", notes=f"met at expo {i} about sludge drying {i * 7}"
            )
            for i in range(400)
        )
    db.close()
    return folder


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hub_folder: Path):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    shutil.copytree(hub_folder, tmp_path / "dbs", dirs_exist_ok=True)
    path = tmp_path / "dbs" / "Xi'an Hub.sqlite"
    db = Database(path=path, engine=make_engine(path))  # already migrated, as make_office opens it
    yield db
    db.close()


@pytest.fixture
def berlin(tmp_path: Path):
    db = make_office(tmp_path / "dbs", "Berlin Office")
    yield db
    db.close()


def _split(db: Database, out: Path, *extra: str) -> int:
    return main(
        ["--db", str(db.path), "sync", "export", "--all", "--out", str(out), "--mail-limit", LIMIT_MB, *extra]
    )


def _import(db: Database, part: Path) -> int:
    return main(["--db", str(db.path), "sync", "import", str(part)])


def _contacts(db: Database) -> int:
    with db.transaction() as session:
        return session.query(Contact).count()


def _written(out: Path) -> list[Path]:
    return sorted(out.parent.glob(out.name.removesuffix(".petdesk-sync") + ".part*"))


def test_split_writes_parts_under_the_limit_and_any_renamed_part_imports_the_whole(
    hub: Database, berlin: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mail" / "hub-full.petdesk-sync"
    out.parent.mkdir()
    assert _split(hub, out, "--split") == 0
    said = capsys.readouterr().out
    written = _written(out)
    n = len(written)
    assert n >= 3 and not out.exists()  # the parts replace the whole: it must not be sent too
    assert [p.name for p in written] == [f"hub-full.part{i}of{n}.petdesk-sync" for i in range(1, n + 1)]
    assert all(mail_size.message_size(p.stat().st_size, 0.01) <= 10_000 for p in written)  # as sent
    assert f"send all {n}; the receiving office imports any one of them" in said
    assert all(p.name in said for p in written)

    # A mail program renamed one part and saved another twice.
    renamed = written[1].with_name(f"hub-full.part2of{n} (1).petdesk-sync.txt")
    written[1].rename(renamed)
    shutil.copyfile(written[2], written[2].with_name(f"hub-full.part3of{n} (1).petdesk-sync"))
    assert _import(berlin, renamed) == 0
    assert f"Joined {n} parts of hub-full.petdesk-sync" in capsys.readouterr().out
    assert _contacts(berlin) == 400
    # The history names the part chosen, not the joined copy's temporary folder (gone by now).
    assert [e.file_name for e in journal(berlin) if e.direction == "import"] == [str(renamed.resolve())]
    # A second part is known as the same package (by the package's id).
    assert _import(berlin, written[0]) == 0
    assert "imported before" in capsys.readouterr().out
    assert _contacts(berlin) == 400


def test_without_split_the_warning_names_it_and_a_small_package_stays_whole(
    hub: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hub.petdesk-sync"
    assert _split(hub, out) == 0
    assert "add --split to write it as parts under 0.01 MB" in capsys.readouterr().err
    assert out.exists() and not _written(out)
    big = tmp_path / "fits.petdesk-sync"
    assert (
        main(
            [
                "--db",
                str(hub.path),
                "sync",
                "export",
                "--all",
                "--out",
                str(big),
                "--split",
                "--mail-limit",
                "5",
            ]
        )
        == 0
    )
    assert big.exists() and not _written(big) and "Split into" not in capsys.readouterr().out


def test_missing_parts_are_named_and_nothing_is_imported(
    hub: Database, berlin: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hub.petdesk-sync"
    assert _split(hub, out, "--split") == 0
    written = _written(out)
    n = len(written)
    written[1].unlink()
    written[2].unlink()
    capsys.readouterr()
    assert _import(berlin, written[0]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert (
        f"hub.petdesk-sync was split into {n} parts, and parts 2, 3 are not in the folder {tmp_path}" in err
    )
    assert _contacts(berlin) == 0
    conn = berlin.raw()
    try:
        assert conn.execute("SELECT count(*) FROM sync_exchange").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_part_of_another_package_is_named_and_refused(
    hub: Database, berlin: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monday, tuesday = tmp_path / "monday", tmp_path / "tuesday"
    monday.mkdir()
    tuesday.mkdir()
    assert _split(hub, monday / "hub.petdesk-sync", "--split") == 0
    with hub.transaction() as session:
        session.add(Contact(family_name="Li", given_name="Na"))
    assert _split(hub, tuesday / "hub.petdesk-sync", "--split") == 0
    mine, theirs = _written(monday / "hub.petdesk-sync"), _written(tuesday / "hub.petdesk-sync")
    assert mine[1].name == theirs[1].name  # the same name, another package
    shutil.copyfile(theirs[1], mine[1])
    capsys.readouterr()
    assert _import(berlin, mine[0]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert f"{mine[1].name} is a part of another package: save part 2 of hub.petdesk-sync" in err
    assert _contacts(berlin) == 0
    # Tuesday's own parts, all there, import (Monday's stray parts beside them do not matter).
    assert _import(berlin, theirs[-1]) == 0
    assert _contacts(berlin) == 401


def test_a_damaged_part_is_named_unless_a_good_copy_is_there(
    hub: Database, berlin: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hub.petdesk-sync"
    assert _split(hub, out, "--split") == 0
    written = _written(out)
    good = written[1].read_bytes()
    damaged = bytearray(good)
    damaged[-100] ^= 0xFF  # one byte of the slice altered on the way
    written[1].write_bytes(bytes(damaged))
    capsys.readouterr()
    assert _import(berlin, written[0]) == EXIT_REJECTED
    assert f"{written[1].name} is damaged (cut short or altered on the way): ask for part 2" in (
        capsys.readouterr().err
    )
    written[1].write_bytes(good[:-10])  # cut short by a mail server
    assert _import(berlin, written[0]) == EXIT_REJECTED
    assert "is damaged (cut short" in capsys.readouterr().err
    assert _contacts(berlin) == 0
    # The sender mails part 2 again; it lands beside the damaged one as "(1)".
    written[1].with_name(written[1].name.replace(".petdesk", " (1).petdesk")).write_bytes(good)
    assert _import(berlin, written[0]) == 0
    assert _contacts(berlin) == 400


def test_a_damaged_header_is_refused(tmp_path: Path) -> None:
    part = tmp_path / "hub.part1of2.petdesk-sync"
    part.write_bytes(parts.PART_MAGIC + b"\x00\x00\x00\x05{bad}")
    with pytest.raises(parts.PartsError, match="is a damaged part of a split package"):
        parts.JoinedPackage(part)
    plain = tmp_path / "whole.petdesk-sync"
    plain.write_bytes(b"not a part")
    with parts.JoinedPackage(plain) as joined:  # a package given whole is taken as it is
        assert joined.path == plain and joined.parts == []


def test_the_refusals_in_chinese(tree_catalogue: Path, tmp_path: Path) -> None:  # noqa: F811
    missing = (
        f"hub.petdesk-sync was split into 3 parts, and parts 2, 3 are not in the folder {tmp_path}: "
        "save every part into one folder, then import any one of them"
    )
    chinese = localize(missing, "zh_CN")
    assert chinese != missing and "2, 3" in chinese and str(tmp_path) in chinese
    foreign = localize(
        "hub.part2of3.petdesk-sync is a part of another package: save part 2 of hub.petdesk-sync beside "
        "the others, then import again",
        "zh_CN",
    )
    assert "hub.part2of3.petdesk-sync" in foreign and "import again" not in foreign


def test_split_needs_a_file_beside_which_the_parts_go(
    hub: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _split(hub, Path(os.devnull), "--split") == 1
    assert "--split writes parts beside the package file" in capsys.readouterr().err


def test_a_join_that_fails_leaves_no_copy_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The joined copy's folder goes when the join fails midway (here a whole's name no disk takes;
    a full disk in the field): a package's worth of temporary file stayed behind each time."""
    import dataclasses
    import hashlib
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data = b"slice of an encrypted package"
    digest = hashlib.sha256(data).hexdigest()
    part = parts.Part(
        path=tmp_path / "hub.part1of1.petdesk-sync",
        package_id="p1",
        number=1,
        count=1,
        name="h" * 300 + ".petdesk-sync",
        whole_size=len(data),
        whole_sha256=digest,
        size=len(data),
        sha256=digest,
    )
    part = dataclasses.replace(part, offset=len(parts._header_bytes(part)))
    part.path.write_bytes(parts._header_bytes(part) + data)
    with pytest.raises(OSError):
        parts.JoinedPackage(part.path)
    assert list(temp.iterdir()) == []
