"""A laptop whose clock ran a year ahead, and two offices with right clocks (Beijing, Nairobi),
exchanging real package files. A package accepted with far-ahead clock values has them rewritten
to the accepting office's time, so that office's clock stays where it is and its own packages
are not refused elsewhere (the cascade of field test 5), and the rules that follow from it hold:
a second office accepting the same package converges with the first, the laptop's later edits
still win, an edit received again does not win twice, and edits elsewhere are never lost."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import hlc, service
from petdesk.sync.validate import too_far_ahead
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, make_office, office_id, values

YEAR_MS = 365 * 86_400_000


@contextmanager
def _a_year_ahead(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's clock a year ahead (the clock's own source of time, as field test 5 did)."""
    real = hlc.wall_ms
    with monkeypatch.context() as shifted:
        shifted.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS)
        yield


class Offices:
    """Beijing and Nairobi (right clocks) and the laptop, exchanging package files in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.beijing = make_office(folder / "dbs", "Beijing")
        self.nairobi = make_office(folder / "dbs", "Nairobi")
        self.laptop = make_office(folder / "dbs", "Laptop")
        self.sent = 0

    def close(self) -> None:
        for db in (self.beijing, self.nairobi, self.laptop):
            db.close()

    def export(self, src: Database, dst: Database) -> Path:
        """A package of what ``dst`` lacks (everything if ``src`` does not know ``dst`` yet)."""
        dst_id = office_id(dst)
        known = any(o.id == dst_id for o in service.list_offices(src))
        self.sent += 1
        path = self.folder / f"pkg-{self.sent}.petdesk-sync"
        service.export_changes(
            src, path, PASSPHRASE, to=dst_id if known else None, kdf_n=TEST_KDF_N, durable=False
        )
        return path

    def send(self, src: Database, dst: Database, *, accept: bool = False) -> service.ImportResult:
        path = self.export(src, dst)
        return service.import_package(dst, path, PASSPHRASE, backup=False, accept_future_clock=accept)


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Offices]:
    world = Offices(tmp_path)
    yield world
    world.close()


def _add_contact(db: Database, **fields: str) -> str:
    with db.transaction() as session:
        contact = Contact(family_name="Chen", given_name="Xueling", **fields)
        session.add(contact)
        session.flush()
        return contact.id


def _edit(db: Database, row_id: str, **fields: str) -> None:
    with db.transaction() as session:
        contact = session.get(Contact, row_id)
        assert contact is not None
        for name, value in fields.items():
            setattr(contact, name, value)


def _clock_values(db: Database) -> list[str]:
    """Every clock value the file keeps: its clock, field versions, change log, what it knows and
    what the other offices acknowledged."""
    con = sqlite3.connect(db.path)
    try:
        found = [con.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()[0]]
        found += [hlc.from_int(r[0]) for r in con.execute("SELECT max_hlc FROM sync_row_version")]
        found += [r[0] for r in con.execute("SELECT hlc FROM sync_change")]
        found += [r[0] for r in con.execute("SELECT hlc FROM sync_knowledge")]
        for (acked,) in con.execute("SELECT acked FROM sync_peer"):
            found += json.loads(acked).values()
        return found
    finally:
        con.close()


def _far_ahead(db: Database) -> list[str]:
    now = hlc.wall_ms()
    return [value for value in _clock_values(db) if too_far_ahead(value, now)]


def _field_version(db: Database, row_id: str, name: str) -> hlc.Version:
    from petdesk.sync.versions import Codes

    con = sqlite3.connect(db.path)
    try:
        return Codes(con.cursor(), create=False).load("contact", [row_id])[row_id].of(name)
    finally:
        con.close()


def _open_conflicts(db: Database) -> list[service.Conflict]:
    return service.list_conflicts(db)


def _laptop_edits_a_year_ahead(offices: Offices, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path]:
    """The three offices share a contact; then the laptop, its clock a year ahead, edits its
    notes and exports a package for Beijing. Returns the contact's id and the package."""
    person = _add_contact(offices.beijing, notes="first notes")
    for src, dst in ((offices.beijing, offices.nairobi), (offices.beijing, offices.laptop)):
        offices.send(src, dst)
    for src in (offices.nairobi, offices.laptop):
        offices.send(src, offices.beijing)
    with _a_year_ahead(monkeypatch):
        _edit(offices.laptop, person, notes="from the laptop")
        path = offices.export(offices.laptop, offices.beijing)
    return person, path


def test_an_accepted_package_from_a_year_ahead_leaves_this_offices_clock_where_it_was(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    with pytest.raises(service.FutureClock):
        service.import_package(offices.beijing, path, PASSPHRASE, backup=False)

    result = service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    assert result.applied and result.future_clock is not None and result.clock_values_rewritten >= 2
    assert values(offices.beijing, "contact", person)["notes"] == "from the laptop"
    assert _far_ahead(offices.beijing) == []
    # The edit is still the laptop's: its version and its line in the change log name it.
    laptop = office_id(offices.laptop)
    assert _field_version(offices.beijing, person, "notes").office == laptop
    con = sqlite3.connect(offices.beijing.path)
    try:
        logged = con.execute(
            "SELECT office FROM sync_change WHERE row_id = ? AND field = 'notes' AND new_value = ?",
            (person, json.dumps("from the laptop")),
        ).fetchall()
    finally:
        con.close()
    assert logged == [(laptop,)]

    # No cascade: Beijing's next package passes at Nairobi without a question.
    _edit(offices.beijing, person, honorific_en="Dr")
    onward = offices.send(offices.beijing, offices.nairobi)
    assert onward.applied and onward.future_clock is None
    assert values(offices.nairobi, "contact", person)["notes"] == "from the laptop"
    assert _far_ahead(offices.nairobi) == []


def test_a_dry_run_shows_the_rewritten_import_and_keeps_nothing(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    _person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    before = _clock_values(offices.beijing)
    preview = service.import_package(offices.beijing, path, PASSPHRASE, dry_run=True)
    assert preview.future_clock is not None and preview.clock_values_rewritten >= 2
    assert preview.counts["contact"].updated == 1 and preview.conflicts == 0
    assert _clock_values(offices.beijing) == before


def test_a_second_office_accepting_the_same_package_converges_without_conflicts(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    # The same file (addressed to Beijing) taken to Nairobi too, a moment later.
    at_nairobi = service.import_package(
        offices.nairobi, path, PASSPHRASE, backup=False, accept_future_clock=True
    )
    assert at_nairobi.applied and at_nairobi.addressed_to_other == "Beijing"
    beijing_version = _field_version(offices.beijing, person, "notes")
    nairobi_version = _field_version(offices.nairobi, person, "notes")
    # Each gave the edit its own time; both name the laptop as its author.
    assert beijing_version.hlc < nairobi_version.hlc
    assert beijing_version.office == nairobi_version.office == office_id(offices.laptop)

    for src, dst in ((offices.beijing, offices.nairobi), (offices.nairobi, offices.beijing)) * 2:
        result = offices.send(src, dst)
        assert result.new_conflicts == 0 and result.future_clock is None
    assert _open_conflicts(offices.beijing) == _open_conflicts(offices.nairobi) == []
    assert service.canonical_dump(offices.beijing) == service.canonical_dump(offices.nairobi)
    assert _field_version(offices.beijing, person, "notes") == nairobi_version
    assert _far_ahead(offices.beijing) == _far_ahead(offices.nairobi) == []

    # Later edits travel as usual, either way.
    _edit(offices.nairobi, person, notes="Nairobi, later")
    offices.send(offices.nairobi, offices.beijing)
    assert values(offices.beijing, "contact", person)["notes"] == "Nairobi, later"
    _edit(offices.beijing, person, notes="Beijing, later still")
    offices.send(offices.beijing, offices.nairobi)
    assert service.canonical_dump(offices.beijing) == service.canonical_dump(offices.nairobi)
    assert _open_conflicts(offices.beijing) == _open_conflicts(offices.nairobi) == []


def test_the_laptop_with_its_clock_put_right_still_wins_with_its_next_edits(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    offices.send(offices.beijing, offices.nairobi)
    # Beijing edits the notes after accepting: a later edit, it wins over the laptop's.
    _edit(offices.beijing, person, notes="Beijing, after accepting")
    offices.send(offices.beijing, offices.nairobi)

    # The laptop's clock is put right; its clock value stays a year ahead (it never goes back),
    # so its next edit still sorts after everything, and its package is still far ahead.
    _edit(offices.laptop, person, notes="laptop, clock put right")
    path = offices.export(offices.laptop, offices.beijing)
    preview = service.import_package(offices.beijing, path, PASSPHRASE, dry_run=True)
    assert preview.future_clock is not None
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    assert values(offices.beijing, "contact", person)["notes"] == "laptop, clock put right"
    offices.send(offices.beijing, offices.nairobi)
    assert values(offices.nairobi, "contact", person)["notes"] == "laptop, clock put right"
    assert _far_ahead(offices.beijing) == _far_ahead(offices.nairobi) == []


def test_an_edit_received_again_keeps_the_time_it_was_given_first(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full package from the laptop (``sync export --all``) carries its far-ahead edit again:
    given a fresh time again, it would overwrite what Beijing wrote since."""
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    first = _field_version(offices.beijing, person, "notes")
    _edit(offices.beijing, person, notes="Beijing, after accepting")

    again = offices.folder / "laptop-all.petdesk-sync"
    service.export_changes(offices.laptop, again, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False)
    result = service.import_package(
        offices.beijing, again, PASSPHRASE, backup=False, accept_future_clock=True
    )
    assert result.counts["contact"].unchanged == 1 and result.counts["contact"].updated == 0
    assert values(offices.beijing, "contact", person)["notes"] == "Beijing, after accepting"
    assert _field_version(offices.beijing, person, "notes").office == office_id(offices.beijing)
    assert first.hlc < _field_version(offices.beijing, person, "notes").hlc
    assert _far_ahead(offices.beijing) == []


def test_an_edit_made_before_accepting_loses_and_waits_as_a_conflict(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made after the laptop's edit in real time, it would win with right clocks; the laptop's
    edit counts as made when Beijing accepts it, so it wins, and Beijing's waits for a person."""
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    _edit(offices.beijing, person, notes="Beijing, before accepting")
    result = service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    assert values(offices.beijing, "contact", person)["notes"] == "from the laptop"
    assert result.new_conflicts == 1
    [conflict] = _open_conflicts(offices.beijing)
    assert conflict.loser_value == "Beijing, before accepting" and conflict.winner_office == "Laptop"
    offices.send(offices.beijing, offices.laptop)
    assert values(offices.laptop, "contact", person)["notes"] == "from the laptop"


def test_an_edit_made_after_accepting_wins_at_the_laptop_too(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the laptop its own edit still carries its far-ahead value, above Beijing's later edit;
    the package made for the laptop says (in the laptop's values) that Beijing had seen it, so
    Beijing's edit replaces it there as it did at Beijing, and the laptop stops sending it."""
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    _edit(offices.beijing, person, notes="Beijing, after accepting")
    result = offices.send(offices.beijing, offices.laptop)
    assert result.future_clock is None and result.new_conflicts == 0
    assert values(offices.laptop, "contact", person)["notes"] == "Beijing, after accepting"
    assert _open_conflicts(offices.laptop) == []

    back = offices.send(offices.laptop, offices.beijing, accept=True)
    assert "contact" not in back.counts  # not sent again: Beijing had it
    offices.send(offices.beijing, offices.nairobi)
    dumps = [service.canonical_dump(db) for db in (offices.laptop, offices.beijing, offices.nairobi)]
    assert dumps[0] == dumps[1] == dumps[2]

    # The laptop's next edit still wins everywhere.
    _edit(offices.laptop, person, notes="laptop, later")
    offices.send(offices.laptop, offices.beijing, accept=True)
    offices.send(offices.beijing, offices.nairobi)
    for db in (offices.beijing, offices.nairobi):
        assert values(db, "contact", person)["notes"] == "laptop, later"


def test_after_a_full_package_the_laptop_keeps_a_later_edit_as_a_conflict(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full package (``--all``, for no office in particular) cannot say what Beijing had seen in
    the laptop's values: at the laptop, Beijing's later edit loses to the laptop's far-ahead one
    and waits as a conflict; choosing it there makes it win everywhere."""
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    _edit(offices.beijing, person, notes="Beijing, after accepting")
    full = offices.folder / "beijing-all.petdesk-sync"
    service.export_changes(offices.beijing, full, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False)
    service.import_package(offices.laptop, full, PASSPHRASE, backup=False)
    assert values(offices.laptop, "contact", person)["notes"] == "from the laptop"
    [at_laptop] = [c for c in _open_conflicts(offices.laptop) if c.field == "notes"]
    assert at_laptop.loser_value == "Beijing, after accepting"

    service.resolve_conflict(offices.laptop, at_laptop.id, choose_other=True)
    offices.send(offices.laptop, offices.beijing, accept=True)
    for db in (offices.laptop, offices.beijing):
        assert values(db, "contact", person)["notes"] == "Beijing, after accepting"
    assert service.canonical_dump(offices.laptop) == service.canonical_dump(offices.beijing)


def test_an_edit_between_two_acceptances_loses_to_the_later_one_everywhere(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nairobi edits the notes after Beijing accepted the laptop's edit, then accepts it itself:
    the laptop's edit counts as made at Nairobi's (later) import, at both offices; Nairobi's edit
    is kept as a conflict, not lost."""
    person, path = _laptop_edits_a_year_ahead(offices, monkeypatch)
    service.import_package(offices.beijing, path, PASSPHRASE, backup=False, accept_future_clock=True)
    _edit(offices.nairobi, person, notes="Nairobi, between")
    offices.send(offices.nairobi, offices.beijing)
    assert values(offices.beijing, "contact", person)["notes"] == "Nairobi, between"

    service.import_package(offices.nairobi, path, PASSPHRASE, backup=False, accept_future_clock=True)
    assert [c.loser_value for c in _open_conflicts(offices.nairobi)] == ["Nairobi, between"]
    for src, dst in ((offices.nairobi, offices.beijing), (offices.beijing, offices.nairobi)):
        offices.send(src, dst)
    for db in (offices.beijing, offices.nairobi):
        assert values(db, "contact", person)["notes"] == "from the laptop"
    assert service.canonical_dump(offices.beijing) == service.canonical_dump(offices.nairobi)


def _rewrite_entries(db: Database) -> int:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT count(*) FROM sync_state WHERE key LIKE 'hlc.rewritten:%'").fetchone()[0]
    finally:
        con.close()


def test_the_rewrite_map_is_pruned_once_its_entries_can_change_nothing(
    offices: Offices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The map grew for ever. An entry goes once this office's clock is past its original value
    and no record its edits touched holds a version between the two values: the laptop's edits,
    arriving again unmapped, then change nothing they should not."""
    kept_notes = _add_contact(offices.beijing, notes="first notes")
    overwritten = _add_contact(offices.beijing, notes="second notes")
    for src, dst in ((offices.beijing, offices.nairobi), (offices.beijing, offices.laptop)):
        offices.send(src, dst)
    for src in (offices.nairobi, offices.laptop):
        offices.send(src, offices.beijing)
    with _a_year_ahead(monkeypatch):
        _edit(offices.laptop, kept_notes, notes="from the laptop")
        _edit(offices.laptop, overwritten, notes="from the laptop too")
    offices.send(offices.laptop, offices.beijing, accept=True)
    _edit(offices.beijing, overwritten, notes="Beijing, after accepting")  # between G and O
    entries = _rewrite_entries(offices.beijing)
    assert entries >= 2

    offices.send(offices.nairobi, offices.beijing)  # the originals are still ahead: all kept
    assert _rewrite_entries(offices.beijing) == entries

    # A year and two days later: the originals lie in Beijing's past.
    real = hlc.wall_ms
    monkeypatch.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS + 2 * 86_400_000)
    _edit(offices.nairobi, kept_notes, honorific_en="Dr")
    offices.send(offices.nairobi, offices.beijing)
    left = _rewrite_entries(offices.beijing)
    assert 0 < left < entries  # the overwritten record's entry stays

    # The laptop's full package carries both far-ahead edits again: the one whose entry is gone
    # brings the value Beijing has; the other still loses to Beijing's later edit.
    again = offices.folder / "laptop-all.petdesk-sync"
    service.export_changes(offices.laptop, again, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False)
    result = service.import_package(offices.beijing, again, PASSPHRASE, backup=False)
    assert result.future_clock is None and result.new_conflicts == 0
    assert values(offices.beijing, "contact", kept_notes)["notes"] == "from the laptop"
    assert values(offices.beijing, "contact", kept_notes)["honorific_en"] == "Dr"
    assert values(offices.beijing, "contact", overwritten)["notes"] == "Beijing, after accepting"
    assert _open_conflicts(offices.beijing) == []
