"""Field test 80: the laptop that travels. Li Qiang (hub office, Xi'an) encrypts his laptop's
database and keeps backups on a USB stick; on a trip to Urumqi he works offline and e-mails sync
packages to Xi'an; the laptop is stolen. Back home the hub retires the stolen laptop's office, his
last package from the road still comes in, and a new laptop starts either from the stick's
backup (the same office) or as a new office with a full package from the hub. What the thief
holds is unreadable without the passphrases, and nothing sent from the road is lost."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.db import Database, make_engine
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)

DB_PASSPHRASE = "li qiang laptop passphrase 9876"
ROAD_NOTE = "Urumqi EPB wastewater reuse pilot"


def _contacts(db: Database, family: str) -> int:
    with db.reading() as session:
        return session.query(Contact).filter_by(family_name=family).count()


class Story:
    """The story up to the theft. Encrypting and backing up take most of it, so the module builds
    it once (``Story.build``) and each test works on its own copy of the folder (``Story.reopen``)."""

    hub: Database
    laptop: Database

    def __init__(self, folder: Path, laptop_id: str) -> None:
        self.folder = folder
        self.usb = folder / "usb"
        self.pass_file = folder / "dbpass.txt"
        self.laptop_id = laptop_id
        self.laptop_path = folder / "laptop" / "Laptop Li Qiang.sqlite"
        self.road1 = folder / "road1.petdesk-sync"
        self.road2 = folder / "road2.petdesk-sync"

    @classmethod
    def reopen(cls, folder: Path, laptop_id: str) -> Story:
        """The story in a copy of a built folder, both offices open again."""
        made = cls(folder, laptop_id)
        hub_path = folder / "hub" / "Xi'an Hub.sqlite"
        made.hub = Database(path=hub_path, engine=make_engine(hub_path))
        made.laptop = made._open_laptop()
        return made

    @classmethod
    def build(cls, folder: Path) -> Story:
        made = cls(folder, laptop_id="")
        made._build()
        return made

    def _build(self) -> None:
        folder = self.folder
        self.usb.mkdir()
        self.pass_file.write_text(DB_PASSPHRASE + "\n", encoding="utf-8")
        self.hub = make_office(folder / "hub", "Xi'an Hub")
        with self.hub.transaction() as session:
            session.add(Contact(family_name="Wang", given_name="Fang", notes="hub colleague"))
        laptop = make_office(folder / "laptop", "Laptop Li Qiang")
        self.laptop_id = office_id(laptop)
        assert laptop.path == self.laptop_path  # where ``reopen`` looks for it
        self._exchange(self.hub, laptop)
        self._exchange(laptop, self.hub)
        laptop.close()
        # Before the trip: encrypt and back up to the stick, from the command line.
        self.cli("encrypt")
        self.cli("backup", "--out", str(self.usb / "before-trip.gz"))
        self.laptop = self._open_laptop()
        # On the road: two packages e-mailed to Xi'an; the hub reads the first before the theft.
        self.road1 = self._road_package("Ma", "road1")
        service.import_package(self.hub, self.road1, PASSPHRASE, backup=False)
        self.road2 = self._road_package("Turdi", "road2")

    def cli(self, *args: str) -> int:
        try:
            return main(["--db", str(self.laptop_path), "--passphrase-file", str(self.pass_file), *args])
        finally:
            connection._passphrases.clear()
            connection._latest = None

    def _open_laptop(self) -> Database:
        connection.set_passphrase(self.laptop_path, DB_PASSPHRASE)
        return Database(path=self.laptop_path, engine=make_engine(self.laptop_path))

    def _road_package(self, family: str, name: str) -> Path:
        with self.laptop.transaction() as session:
            session.add(Contact(family_name=family, given_name="Met", notes=ROAD_NOTE))
        path = self.folder / f"{name}.petdesk-sync"
        export(self.laptop, path, to=office_id(self.hub))
        return path

    def _exchange(self, src: Database, dst: Database) -> None:
        path = self.folder / f"first-{office_id(src)}.petdesk-sync"
        export(src, path)
        service.import_package(dst, path, PASSPHRASE, backup=False)

    def close(self) -> None:
        self.hub.close()
        self.laptop.close()
        connection._passphrases.clear()
        connection._latest = None


@pytest.fixture(scope="module")
def built_story(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The story's folder, built once for the module, and the stolen laptop's office id."""
    import keyring

    from tests.helpers.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the per-test keyring is not set up yet at module scope
    try:
        made = Story.build(tmp_path_factory.mktemp("stolen-laptop"))
        made.close()
    finally:
        keyring.set_keyring(previous)
    return made.folder, made.laptop_id


@pytest.fixture
def story(tmp_path: Path, built_story: tuple[Path, str]) -> Iterator[Story]:
    folder, laptop_id = built_story
    copy = tmp_path / "story"
    shutil.copytree(folder, copy)  # both files closed: every page is in the main file
    made = Story.reopen(copy, laptop_id)
    yield made
    made.close()


def test_what_the_thief_holds_is_unreadable_without_the_passphrases(story: Story) -> None:
    story.laptop.close()
    assert story.laptop_path.read_bytes()[:16] != connection.SQLITE_HEADER
    for stolen in (story.laptop_path, story.road1, story.road2):
        assert ROAD_NOTE.encode() not in stolen.read_bytes()
    with gzip.open(story.usb / "before-trip.gz") as fh:
        backup = fh.read()
    assert backup[:16] != connection.SQLITE_HEADER and b"hub colleague" not in backup


def test_the_hub_retires_the_stolen_laptop_and_the_road_package_still_comes_in(
    story: Story, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.retire_office(story.hub, story.laptop_id)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    hub = ["--db", str(story.hub.path), "--lang", "en", "sync", "import"]
    assert main([*hub, str(story.road2)]) == EXIT_REJECTED
    assert "--made-before-retirement" in capsys.readouterr().err
    assert main([*hub, "--made-before-retirement", str(story.road2)]) == 0
    assert _contacts(story.hub, "Ma") == 1 and _contacts(story.hub, "Turdi") == 1
    # the thief, with both passphrases, works on the stolen laptop: refused even when asked
    with story.laptop.transaction() as session:
        session.add(Contact(family_name="Thief", given_name="Some"))
    stolen = story.folder / "thief.petdesk-sync"
    export(story.laptop, stolen, to=office_id(story.hub))
    assert main([*hub, "--made-before-retirement", str(stolen)]) == EXIT_REJECTED
    assert _contacts(story.hub, "Thief") == 0


def test_a_new_laptop_as_a_new_office_gets_everything_sent_from_the_road(story: Story) -> None:
    service.retire_office(story.hub, story.laptop_id)
    service.import_package(story.hub, story.road2, PASSPHRASE, backup=False, made_before_retirement=True)
    new = make_office(story.folder / "new", "Laptop Li Qiang 2")
    try:
        full = story.folder / "hub-full.petdesk-sync"
        export(story.hub, full)
        service.import_package(new, full, PASSPHRASE, backup=False)
        assert [_contacts(new, f) for f in ("Wang", "Ma", "Turdi")] == [1, 1, 1]
        retired = {o.id: o.retired_at for o in service.list_offices(new)}
        assert retired[story.laptop_id]  # the retirement travelled with the hub's package
        back = story.folder / "new-to-hub.petdesk-sync"
        export(new, back, to=office_id(story.hub))
        service.import_package(story.hub, back, PASSPHRASE, backup=False)
    finally:
        new.close()


def test_a_new_laptop_restored_from_the_stick_takes_back_the_road_packages(
    story: Story, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    new_path = story.folder / "new" / "petdesk.sqlite"
    new_path.parent.mkdir()
    base = ["--db", str(new_path), "--passphrase-file", str(story.pass_file), "--lang", "en"]
    try:
        assert main([*base, "restore", str(story.usb / "before-trip.gz")]) == 0
        out = capsys.readouterr().out
        assert "This installation is now office Laptop Li Qiang" in out
        assert "--own-package" in out
        # the stolen laptop keeps this office's identity: the way to have it retired is said
        assert "If the laptop this backup came from was stolen" in out
        assert f"petdesk sync retire {story.laptop_id}" in out and "--made-before-retirement" in out
        assert main([*base, "sync", "import", str(story.road2)]) == EXIT_REJECTED
        assert main([*base, "sync", "import", "--own-package", str(story.road2)]) == 0
        assert new_path.read_bytes()[:16] != connection.SQLITE_HEADER  # still encrypted
        connection.set_passphrase(new_path, DB_PASSPHRASE)
        new = Database(path=new_path, engine=make_engine(new_path))
        try:
            assert [_contacts(new, f) for f in ("Wang", "Ma", "Turdi")] == [1, 1, 1]
        finally:
            new.close()
    finally:
        connection._passphrases.clear()
        connection._latest = None


@pytest.mark.usefixtures("tree_catalogue")
def test_the_chinese_restore_says_how_to_retire_a_stolen_laptop(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    new_path = story.folder / "new" / "petdesk.sqlite"
    new_path.parent.mkdir()
    base = ["--db", str(new_path), "--passphrase-file", str(story.pass_file), "--lang", "zh_CN"]
    try:
        assert main([*base, "restore", str(story.usb / "before-trip.gz")]) == 0
    finally:
        connection._passphrases.clear()
        connection._latest = None
    out = capsys.readouterr().out
    assert "如果此备份所属的笔记本电脑被盗" in out and f"petdesk sync retire {story.laptop_id}" in out
    assert "was stolen" not in out
