"""Rows of one file that carry ids of their own stay separate records, even when they share an e-mail:
an office's whole export imported into an empty file gives every contact back (it gave 1,118 fewer
of the 100,000 demo contacts, merged into others unseen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import exporting, importing
from tests.core.contacts.io_helpers import add_contact

MAILBOX = [(ContactChannel.EMAIL, ChannelLabel.WORK, "office@green-tech.example")]


def _twins(db: Database) -> tuple[str, str]:
    """The same person entered twice (as offices do), kept as two records with one mailbox."""
    with db.transaction() as s:
        twins = [
            add_contact(s, family_name="Zhang", given_name="Wei", methods=MAILBOX, notes=notes)
            for notes in ("met in Bonn", "met in Kunming")
        ]
        return twins[0].id, twins[1].id


def _contacts(db: Database) -> dict[str, str]:
    with db.reading() as s:
        live = select(m.Contact.id, m.Contact.notes).where(m.Contact.deleted_at.is_(None))
        return dict(s.execute(live).all())


@pytest.mark.parametrize("fmt", ["csv", "vcf", "xlsx"])
def test_an_export_imported_into_an_empty_file_gives_every_contact_back(
    db: Database, tmp_path: Path, fmt: str, new_database_file: Callable[[Path], Path]
) -> None:
    first, second = _twins(db)
    path = tmp_path / f"all.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, path, fmt)  # type: ignore[arg-type]
    other = open_database(new_database_file(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as s:
            report = importing.import_file(s, path)
        assert len(report.added) == 2 and not report.updated
        [flagged] = report.possible_matches
        assert "same e-mail office@green-tech.example as line " in flagged.reason
        assert flagged.reason.endswith("of the file (Wei Zhang); added as a new person")
        assert _contacts(other) == {first: "met in Bonn", second: "met in Kunming"}
        # the same file again finds each row by its id
        with other.transaction() as s:
            again = importing.import_file(s, path)
        assert (len(again.added), len(again.updated), len(again.skipped)) == (0, 0, 2)
        assert {o.reason for o in again.skipped} == {"same petdesk ID; already up to date"}
        assert len(_contacts(other)) == 2
    finally:
        other.close()


def _cards(path: Path, *cards: tuple[str, str, str]) -> Path:
    """vCards of (uid, extra property lines, note) for a Wei Zhang writing from the shared mailbox."""
    text = ""
    for uid, extra, note in cards:
        text += "BEGIN:VCARD\r\nVERSION:3.0\r\n" + (f"UID:{uid}\r\n" if uid else "")
        text += "N:Zhang;Wei;;;\r\nFN:Wei Zhang\r\nEMAIL;TYPE=INTERNET:office@green-tech.example\r\n"
        text += f"{extra}NOTE:{note}\r\nEND:VCARD\r\n"
    path.write_text(text, encoding="utf-8")
    return path


UUID_A, UUID_B = "6f1e2d3c-4b5a-4968-8776-655443322110", "0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3"


def test_a_person_known_before_still_comes_first(db: Database, tmp_path: Path) -> None:
    """The second card matches the first by e-mail and a person this office knew by phone: it
    updates that person rather than being kept apart as a twin of the first card."""
    with db.transaction() as s:
        known = add_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, "+86 138 0013 8000")],
        ).id
    path = _cards(
        tmp_path / "x.vcf",
        (UUID_A, "", "first card"),
        (UUID_B, "TEL;TYPE=CELL:+86 138 0013 8000\r\n", "second card"),
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    [updated] = report.updated
    assert (updated.line, updated.record_id) == (9, known)
    assert updated.reason.startswith("same phone +86 138 0013 8000")
    assert _contacts(db) == {known: "second card", UUID_A: "first card"}


@pytest.mark.parametrize(
    "cards",
    [
        # rows without an id of their own, or with one that is no UUID (not kept as the row's id, so
        # a second import could not tell the two apart), or one of them: one person, as before
        (("", "", "one"), ("", "", "two")),
        (("79fs7pkqvht9m5igs0vjv1sfra@google.com", "", "one"), ("3b4kq0d2x7@google.com", "", "two")),
        (("", "", "one"), (UUID_B, "", "two")),
        (("79fs7pkqvht9m5igs0vjv1sfra@google.com", "", "one"), (UUID_B, "", "two")),
        # the same id twice: the same record
        ((UUID_A, "", "one"), (UUID_A, "", "two")),
        (("abc123@google.com", "", "one"), ("abc123@google.com", "", "two")),
    ],
)
def test_rows_that_cannot_be_told_apart_by_id_still_make_one_person(
    db: Database, tmp_path: Path, cards: tuple[tuple[str, str, str], ...]
) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, _cards(tmp_path / "x.vcf", *cards))
    assert (len(report.added), len(report.updated)) == (1, 1)
    assert list(_contacts(db).values()) == ["one\n\ntwo"]  # the second row's note is added


def test_a_deleted_contacts_id_twice_in_a_file_is_one_new_person(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        gone = add_contact(s, id=UUID_A, family_name="Li", given_name="Na")
        gone.soft_delete()
    with db.transaction() as s:
        path = _cards(tmp_path / "x.vcf", (UUID_A, "", "one"), (UUID_A, "", "two"))
        report = importing.import_file(s, path)
    assert (len(report.added), len(report.updated)) == (1, 1)
    [(cid, note)] = _contacts(db).items()
    assert cid != UUID_A and note == "one\n\ntwo"  # ids are never reused


def test_twins_far_apart_in_a_large_file_are_kept_apart_too(db: Database, tmp_path: Path) -> None:
    """Rows are planned 500 at a time; a twin in a later chunk is found through the import's table."""
    import uuid

    rows = ["ID,Family name,Given name,E-mail"]
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [f"{letters[i // 26]}{letters[i % 26]}x" for i in range(600)]  # no two alike
    rows += [f"{uuid.uuid4()},Person,{name},p{i}@example.org" for i, name in enumerate(names)]
    rows[1] = f"{UUID_A},Zhang,Wei,office@green-tech.example"
    rows.append(f"{UUID_B},Zhang,Wei,office@green-tech.example")
    path = tmp_path / "large.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.count("added") == 601 and report.count("updated") == 0
    [flagged] = report.possible_matches
    assert "as line 2 of the file (Wei Zhang)" in flagged.reason


def test_rows_without_ids_that_share_an_e_mail_are_still_one_person(db: Database, tmp_path: Path) -> None:
    """A list typed by hand names a person twice: the second row completes the first."""
    path = tmp_path / "list.csv"
    path.write_text(
        "Family name,Given name,E-mail,Mobile\n"
        "Zhang,Wei,office@green-tech.example,\n"
        "Zhang,Wei,office@green-tech.example,+86 138 0013 8000\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == 1 and len(report.updated) == 1
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 1


def test_a_row_with_its_own_id_still_updates_a_person_known_before(
    db: Database, tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    """Another office's export meets the person this office entered itself: same e-mail, one person."""
    with db.transaction() as s:
        known = add_contact(s, family_name="Zhang", given_name="Wei", methods=MAILBOX).id
    other = open_database(new_database_file(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as s:
            add_contact(s, family_name="Zhang", given_name="Wei", methods=MAILBOX, notes="met in Bonn")
        path = tmp_path / "theirs.vcf"
        with other.reading() as s:
            exporting.export_contacts(s, path, "vcf")
    finally:
        other.close()
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.added and len(report.updated) == 1
    assert _contacts(db) == {known: "met in Bonn"}


def test_namesakes_of_one_organisation_with_ids_of_their_own_stay_apart(db: Database, tmp_path: Path) -> None:
    """Two cards with the same name and organisation, nothing else shared: two records, as written."""
    org = "ORG:Green Tech Co.\r\n"
    path = tmp_path / "x.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nN:Zhang;Wei;;;\r\nFN:Wei Zhang\r\n{org}"
            f"NOTE:{note}\r\nEND:VCARD\r\n"
            for uid, note in ((UUID_A, "one"), (UUID_B, "two"))
        ),
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == 2 and len(report.possible_matches) == 1
    assert _contacts(db) == {UUID_A: "one", UUID_B: "two"}


def _large_file(path: Path, twins: tuple[int, int], *, ids: bool) -> Path:
    """A CSV of 1,100 different people but for rows ``twins``, two Wei Zhangs with other notes: with
    ids, of their own, sharing an e-mail; without, at two organisations (a possible match by name)."""
    import uuid

    letters = "abcdefghijklmnopqrstuvwxyz"
    rows = []
    for i in range(1100):
        given = f"{letters[i // 676]}{letters[i // 26 % 26]}{letters[i % 26]}x"
        rows.append([str(uuid.uuid4()), "Person", given, f"p{i}@example.org", "", ""])
    for at, org, note in zip(twins, ("Alpha Ltd", "Beta Ltd"), ("one", "two"), strict=True):
        mail = "office@green-tech.example" if ids else f"{note}@example.org"
        rows[at][1:] = ["Zhang", "Wei", mail, "" if ids else org, note]
    head = "ID,Family name,Given name,E-mail,Organisation,Notes"
    lines = [",".join(row if ids else ["", *row[1:]]) for row in rows]
    path.write_text("\n".join([head, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("ids", [True, False])
def test_a_choice_to_update_a_row_beyond_the_first_thousand_is_kept(
    db: Database, tmp_path: Path, ids: bool
) -> None:
    """The window shows the first 1,000 rows and every possible match; choosing to update the row a
    possible match resembles (added by an earlier row of the file, past the first thousand) must
    update that row when the plan is applied, which reads the file again: the record gets the id
    the plan named it by (for a row without an id of its own it was drawn anew, and the choice was
    skipped as "the matched contact was deleted")."""
    path = _large_file(tmp_path / "large.csv", (1050, 1090), ids=ids)
    with db.transaction() as s:
        plan = importing.plan_import(s, importing.load_file(path), "contacts")
    [item] = [i for i in plan.items if i.possible_match and i.record.line == 1092]
    assert item.file_rows == {item.candidates[0]: ("Wei Zhang", 1052)}
    item.action, item.match_id = "update", item.candidates[0]
    with db.transaction() as s:
        report = importing.apply_import(s, plan)
    assert report.count("added") == 1099 and report.count("updated") == 1 and not report.count("skipped")
    with db.reading() as s:
        notes = s.scalars(select(m.Contact.notes).where(m.Contact.family_name == "Zhang")).all()
    assert notes == ["one\n\ntwo"]


def _countries(db: Database) -> list[tuple[str]]:
    """The country of each Ministry of Environment."""
    with db.reading() as s:
        query = select(m.Organisation.country).where(m.Organisation.name_en == "Ministry of Environment")
        return sorted((country,) for country in s.scalars(query))


@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        # two countries' ministries: two organisations, with ids or without
        ((f"{UUID_A},DK", f"{UUID_B},KR"), [("DK",), ("KR",)]),
        ((",DK", ",KR"), [("DK",), ("KR",)]),
        # one country: two rows with UUIDs of their own stay two; without ids, one organisation
        ((f"{UUID_A},DK", f"{UUID_B},DK"), [("DK",), ("DK",)]),
        ((",DK", ",DK"), [("DK",)]),
        # a row without a country may be either
        ((",DK", ","), [("DK",)]),
    ],
)
def test_organisations_of_one_name_in_two_countries_stay_two(
    db: Database, tmp_path: Path, rows: tuple[str, ...], kept: list[tuple[str]]
) -> None:
    """An organisations file (as the 3iPET flat export writes it) naming the Ministry of Environment
    of Denmark and of Korea gave one ministry, in Korea."""
    path = tmp_path / "orgs.csv"
    cells = [row.split(",") for row in rows]
    lines = [f"{uid},Ministry of Environment,ministry_agency,{country}" for uid, country in cells]
    path.write_text("id,name_en,kind,country\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, path, target="organisations")
    assert _countries(db) == kept
    with db.transaction() as s:
        again = importing.import_file(s, path, target="organisations")
    assert not again.added and _countries(db) == kept
