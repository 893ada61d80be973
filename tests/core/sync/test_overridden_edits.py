"""An office whose edit lost against another office's concurrent edit hears of it, through a hub too.

Field test "three offices and a laptop on the road": the hub, which received both values, kept the
conflict; the office whose value lost had it replaced without a word when the winning value came
back from the hub (which had seen both)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_CONFLICTS, PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.i18n import format_datetime
from petdesk.models import Contact, ContactMethod
from petdesk.sync import hlc, service
from petdesk.sync import package as pkg
from petdesk.sync.validate import ContentError, validate_manifest
from petdesk.sync.value_words import local_time
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send, values
from tests.helpers.old_files import set_back_to

BEIJING, BONN = "+86 139 0000 0001 (Beijing)", "+86 138 0000 0002 (Bonn)"


def _add_contact(db: Database) -> str:
    with db.transaction() as session:
        contact = Contact(family_name="Li", given_name="Wei", family_name_zh="李", given_name_zh="伟")
        session.add(contact)
        session.flush()
        return contact.id


def _edit(db: Database, contact_id: str, notes: str) -> None:
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.notes = notes


def _overridden(db: Database) -> list[service.Conflict]:
    return [c for c in service.list_conflicts(db) if c.overridden]


def _everyone_has_the_contact(a: Database, b: Database, hub: Database, packages: Path) -> str:
    cid = _add_contact(a)
    send(a, hub, packages)
    send(hub, b, packages)
    return cid


def _round(a: Database, b: Database, hub: Database, packages: Path) -> list[service.ImportResult]:
    """Both offices send to the hub, the hub to both: the results of A's and B's imports."""
    send(a, hub, packages)
    send(b, hub, packages)
    return [send(hub, a, packages), send(hub, b, packages)]


def _concurrent_edits(a: Database, b: Database, contact_id: str) -> None:
    """Beijing and Bonn edit the notes without hearing from each other; Bonn's, a millisecond later
    at least (its clock value is larger), wins everywhere."""
    _edit(a, contact_id, BEIJING)
    _next_millisecond()
    _edit(b, contact_id, BONN)


def _next_millisecond() -> None:
    """Two edits in one millisecond would be ordered by office id."""
    moment = hlc.wall_ms()
    while hlc.wall_ms() == moment:
        pass


def test_the_office_whose_edit_lost_through_the_hub_is_told_once(offices, packages: Path) -> None:
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    at_a, at_b = _round(a, b, hub, packages)
    assert values(a, "contact", cid)["notes"] == BONN
    # The hub received both values and keeps the conflict, as before; it overrode nobody's edit.
    assert len(service.list_conflicts(hub)) == 1 and _overridden(hub) == []

    [notice] = _overridden(a)
    assert notice.field == "notes" and notice.record == "Wei Li (李伟)"
    assert (notice.loser_value, notice.winner_value) == (BEIJING, BONN)
    assert (notice.loser_office, notice.winner_office) == ("Beijing", "Bonn")
    assert at_a.overridden == 1 and at_a.new_conflicts == 1
    # Bonn, whose edit won, keeps the conflict it found (Beijing's value lost), not an overridden edit.
    assert _overridden(b) == [] and at_b.overridden == 0

    # Another round changes nothing: still exactly one.
    _round(a, b, hub, packages)
    assert len(_overridden(a)) == 1 and _overridden(b) == []


def test_an_edit_that_lost_at_the_other_office_is_relayed_by_the_hub(offices, packages: Path) -> None:
    """The two values met at Bonn, not at the hub: the hub, which saw them one after the other,
    passes the fact on to Beijing with Bonn's value."""
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    send(a, hub, packages)
    send(hub, b, packages)  # Beijing's value meets Bonn's at Bonn
    send(b, hub, packages)
    assert service.list_conflicts(hub) == []
    send(hub, a, packages)
    assert values(a, "contact", cid)["notes"] == BONN
    assert len(_overridden(a)) == 1
    assert _overridden(b) == [] and _overridden(hub) == []


def test_a_sequential_edit_is_not_an_overridden_one(offices, packages: Path) -> None:
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _edit(a, cid, BEIJING)
    send(a, hub, packages)
    send(hub, b, packages)
    _edit(b, cid, BONN)  # after seeing Beijing's value
    _round(a, b, hub, packages)
    assert values(a, "contact", cid)["notes"] == BONN
    for db in (a, b, hub):
        assert service.list_conflicts(db) == []


def test_putting_the_overridden_value_back_travels_to_every_office(offices, packages: Path) -> None:
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    _round(a, b, hub, packages)
    [notice] = _overridden(a)

    service.resolve_conflict(a, notice.id, choose_other=True)
    assert values(a, "contact", cid)["notes"] == BEIJING and _overridden(a) == []
    _round(a, b, hub, packages)
    for db in (a, b, hub):
        assert values(db, "contact", cid)["notes"] == BEIJING
        # A new edit made after seeing Bonn's: it overrides nothing concurrent, and settles the
        # conflicts the hub and Bonn kept.
        assert service.list_conflicts(db) == []


def test_keeping_the_winning_value_dismisses_the_notice(offices, packages: Path) -> None:
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    _round(a, b, hub, packages)
    [notice] = _overridden(a)
    service.resolve_conflict(a, notice.id, choose_other=False)
    _round(a, b, hub, packages)
    assert _overridden(a) == [] and values(a, "contact", cid)["notes"] == BONN


def _add_mobile(db: Database, contact_id: str, number: str) -> str:
    with db.transaction() as session:
        method = ContactMethod(contact_id=contact_id, channel="phone", label="mobile", value=number)
        session.add(method)
        session.flush()
        return method.id


def _edit_number(db: Database, method_id: str, number: str) -> None:
    with db.transaction() as session:
        method = session.get(ContactMethod, method_id)
        assert method is not None
        method.value = number


def test_the_notice_says_whose_edit_of_what_won_and_when(offices, packages: Path, monkeypatch) -> None:
    """Li Wei's mobile, as the field test asked, in both languages."""
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")  # Beijing's laptop at home: times unlabelled
    a, b, hub = offices
    cid = _add_contact(a)
    mid = _add_mobile(a, cid, "+86 139 0000 0000")
    send(a, hub, packages)
    send(hub, b, packages)
    _edit_number(a, mid, "+86 139 1111 1111")
    _next_millisecond()
    _edit_number(b, mid, "+86 138 2222 2222")
    _round(a, b, hub, packages)
    [notice] = _overridden(a)
    # When Bonn's edit was made, in the viewer's time (labelled only away from the office's zone).
    when = format_datetime(local_time(notice.winner_at, ZoneInfo("Asia/Shanghai")), "en")  # type: ignore[arg-type]
    assert service.overridden_words(notice, "en") == (
        "Your edit of the Mobile of “Wei Li (李伟)” (“+86 139 1111 1111”) "
        f"was overridden by Bonn's edit of {when} "
        "(“+86 138 2222 2222”)."
    )
    [zh] = [c for c in service.list_conflicts(a, locale="zh_CN") if c.overridden]
    words = service.overridden_words(zh, "zh_CN")
    assert words.startswith("您对「李伟（Wei Li）」的手机所做的修改（“") and words.endswith("覆盖。")


def test_the_command_line_says_so_and_puts_the_value_back(
    offices, packages: Path, capsys, monkeypatch
) -> None:
    a, b, hub = offices
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    send(a, hub, packages)
    send(b, hub, packages)
    package = packages / "for-beijing.petdesk-sync"
    export(hub, package, to=office_id(a))
    capsys.readouterr()

    def beijing(*args: str) -> int:
        return main(["--db", str(a.path), "sync", *args])

    # Left for a person: exit code 4, and the summary tells this office's overridden edits apart.
    assert beijing("import", str(package)) == EXIT_CONFLICTS
    said = capsys.readouterr().err
    assert "1 new conflict, 1 open in all" in said
    assert (
        "1 edit made here was overridden by another office's concurrent edit: see `petdesk sync conflicts`"
        in said
    )

    assert beijing("conflicts") == 0
    listing = capsys.readouterr().out
    said = f"Your edit of the Notes of “Wei Li (李伟)” (“{BEIJING}”) was overridden by Bonn's edit of "
    assert said in listing
    assert "--keep current keeps Bonn's value; --keep other puts yours back" in listing
    assert beijing("resolve", listing.split()[0], "--keep", "other") == 0
    assert values(a, "contact", cid)["notes"] == BEIJING
    capsys.readouterr()
    assert beijing("conflicts", "--all") == 0
    assert "[your value was put back, " in capsys.readouterr().out


def test_the_facts_travel_in_the_manifest_and_a_damaged_one_is_refused(offices, packages: Path) -> None:
    """In the manifest (older offices ignore its unknown keys; a body part of a new kind they refuse),
    checked strictly like the rest of it."""
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    send(a, hub, packages)
    send(b, hub, packages)
    path = packages / "for-beijing.petdesk-sync"
    export(hub, path, to=office_id(a))
    manifest = pkg.read(path, PASSPHRASE).manifest
    [fact] = manifest["lost_edits"]
    assert fact[:3] == ["contact", cid, "notes"] and fact[4] == office_id(a) and fact[6] == office_id(b)
    validate_manifest(manifest)
    for damaged in (
        [[*fact[:3], "yesterday", *fact[4:]]],
        [fact[:6]],
        "everything",
        [[*fact[:4], 7, *fact[5:]]],
    ):
        with pytest.raises(ContentError):
            validate_manifest({**manifest, "lost_edits": damaged})
    # Once Beijing has acknowledged Bonn's value, the hub sends the fact no more.
    send(hub, a, packages)
    send(a, hub, packages)
    export(hub, path, to=office_id(a))
    assert "lost_edits" not in pkg.read(path, PASSPHRASE).manifest


def test_erasing_the_person_erases_the_facts_about_them(offices, packages: Path) -> None:
    """Nothing of an erased person stays, not even the ids in the facts passed on."""
    from petdesk.services import privacy

    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    _round(a, b, hub, packages)
    assert _lost_edit_rows(hub) == 1
    privacy.erase(hub, cid, look_in_backups=False)
    assert _lost_edit_rows(hub) == 0
    _round(a, b, hub, packages)
    assert [_lost_edit_rows(db) for db in (a, b, hub)] == [0, 0, 0]


def _lost_edit_rows(db: Database) -> int:
    conn = db.raw()
    try:
        return int(conn.execute("SELECT count(*) FROM sync_lost_edit").fetchone()[0])
    finally:
        conn.close()


def test_the_upgrade_passes_on_the_conflicts_found_before(offices, packages: Path) -> None:
    """A hub that kept conflicts before 0029_lost_edits tells the losing offices with its next package."""
    from petdesk.db import open_database

    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    send(a, hub, packages)
    send(b, hub, packages)
    path = hub.path
    hub.close()
    set_back_to(path, "0028_retired_offices")
    upgraded = open_database(path)
    try:
        assert _lost_edit_rows(upgraded) == 1
        send(upgraded, a, packages)
    finally:
        upgraded.close()
    assert len(_overridden(a)) == 1
