"""Exports stream: read in chunks and written as they go, with the same bytes however the chunks fall."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import exporting

FORMATS = ("csv", "vcf", "xlsx")


def _content(path: Path) -> bytes:
    """The file's bytes; for a workbook its sheet (the zip's timestamps differ from run to run)."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return z.read("xl/worksheets/sheet1.xml")
    return path.read_bytes()


def test_streamed_export_is_the_same_whatever_the_chunks(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each format, read in chunks of 900 or of 7, by the ordered read or by ids: the same bytes,
    and the same as the writers give for the whole list at once (as exports were written before)."""
    with demo_db.reading() as s:
        listed = exporting.select_contacts(s)
        ids = [c.id for c in listed]
        for fmt in FORMATS:
            monkeypatch.setattr(exporting, "_CHUNK", 900)
            whole = tmp_path / f"whole.{fmt}"
            exporting.export_contacts(s, whole, fmt)  # type: ignore[arg-type]
            if fmt == "csv":
                assert whole.read_bytes() == exporting.csv_bytes(listed)
            elif fmt == "vcf":
                assert whole.read_bytes() == exporting.vcard_text(listed).encode("utf-8")
            monkeypatch.setattr(exporting, "_CHUNK", 7)  # many chunk boundaries, one not at the end
            seen: list[tuple[int, int]] = []
            small = tmp_path / f"small.{fmt}"
            n = exporting.export_contacts(
                s, small, fmt, on_progress=lambda d, t, seen=seen: seen.append((d, t))
            )  # type: ignore[arg-type,misc]
            by_ids = tmp_path / f"ids.{fmt}"
            exporting.export_contacts(s, by_ids, fmt, ids=ids)  # type: ignore[arg-type]
            assert n == len(ids) == 200
            assert _content(small) == _content(whole) == _content(by_ids), fmt
            assert seen[0] == (0, 200) and seen[-1] == (200, 200)
            assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 20
            if fmt == "csv":  # read a block of name order at a time in file order: 6 of 30, one of 20
                monkeypatch.setattr(exporting, "_BLOCK", 30)
                blocks = tmp_path / "blocks.csv"
                assert exporting.export_contacts(s, blocks, "csv") == 200
                assert blocks.read_bytes() == whole.read_bytes()
                monkeypatch.setattr(exporting, "_BLOCK", 200_000)
    assert not list(tmp_path.glob(".*.part"))


def test_export_skips_deleted_contacts_and_reports_progress_on_stderr(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.cli import progress

    with demo_db.transaction() as s:
        gone = s.query(m.Contact).order_by(m.Contact.id).first()
        assert gone is not None
        gone.deleted_at = gone.updated_at
        gone_id = gone.id
    monkeypatch.setattr(progress, "MIN_TOTAL", 100)
    monkeypatch.setattr(exporting, "_CHUNK", 10)
    out = tmp_path / "all.csv"
    assert main(["--db", str(demo_db.path), "export-contacts", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("export-contacts:")]
    assert lines[0].startswith("export-contacts: 0%") and lines[-1] == "export-contacts: 100% (199 / 199)"
    assert len(lines) == 11  # a line per tenth
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert gone_id not in text and len(rows) == 200  # header + 199


def test_whole_file_read_picks_and_orders_as_the_read_by_ids(db: Database, tmp_path: Path) -> None:
    """The whole-file export reads methods grouped in key order and the current affiliation by a
    subquery; the export by ids reads them sorted by position and chooses in Python. On methods
    stored out of their shown order, deleted and ended rows, and several current affiliations
    (primary or not, with and without a start), both write the same bytes in every format."""
    import datetime as dt

    from petdesk.models.enums import ChannelLabel, ContactChannel, OrgKind

    with db.transaction() as s:
        orgs = [
            m.Organisation(name_en=f"Org {i}", name_zh=f"机构{i}", kind=OrgKind.ENTERPRISE) for i in range(4)
        ]
        s.add_all(orgs)
        s.flush()
        starts = [None, dt.date(2020, 1, 1), dt.date(2019, 5, 1), None]
        for i in range(12):
            contact = m.Contact(family_name=f"Name{i % 5}", given_name=f"G{i}", family_name_zh="王")
            s.add(contact)
            s.flush()
            # positions written in reverse of insertion, and one method deleted
            methods = [
                (ContactChannel.PHONE, ChannelLabel.MOBILE, f"+86 138 0000 {i:04}"),
                (ContactChannel.EMAIL, ChannelLabel.WORK, f"p{i}@example.org"),
                (ContactChannel.PHONE, ChannelLabel.MOBILE, f"+86 139 0000 {i:04}"),
                (ContactChannel.FAX, ChannelLabel.HOME, f"+86 10 1234 {i:04}"),
            ]
            for position, (channel, label, value) in enumerate(methods):
                s.add(
                    m.ContactMethod(
                        contact_id=contact.id,
                        channel=channel,
                        label=label,
                        value=value,
                        normalized=value,
                        position=(len(methods) - position + i) % len(methods),
                        deleted_at=contact.updated_at if position == i % 4 else None,
                    )
                )
            for j, org in enumerate(orgs):
                s.add(
                    m.Affiliation(
                        contact_id=contact.id,
                        organisation_id=org.id,
                        position_en=f"Role {j}",
                        start_date=starts[(i + j) % 4],
                        end_date=dt.date(2021, 1, 1) if (i + j) % 3 == 0 else None,
                        is_primary=(i + j) % 5 == 0,
                        deleted_at=contact.updated_at if (i + j) % 7 == 0 else None,
                    )
                )
    with db.reading() as s:
        ids = [c.id for c in exporting.select_contacts(s)]
        assert len(ids) == 12
        for fmt in FORMATS:
            whole, by_ids = tmp_path / f"whole.{fmt}", tmp_path / f"ids.{fmt}"
            exporting.export_contacts(s, whole, fmt)  # type: ignore[arg-type]
            exporting.export_contacts(s, by_ids, fmt, ids=ids)  # type: ignore[arg-type]
            assert _content(whole) == _content(by_ids), fmt
        # the methods come out in their shown order, not in the order they were stored
        listed = exporting.load_contacts(s, ids[:1])[0]
        text = (tmp_path / "whole.csv").read_text(encoding="utf-8-sig")
        assert "; ".join(x.value for x in listed.methods if x.label == ChannelLabel.MOBILE) in text


def _reader_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name == "petdesk-export-reader"]


def test_whole_file_read_in_a_thread_stops_with_its_consumer(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-file read runs a chunk ahead in a thread: a consumer that stops early (a failed
    write) ends it, and the connection is then usable at once; the rows are those read inline."""
    monkeypatch.setattr(exporting, "_CHUNK", 7)
    with demo_db.reading() as s:
        conn = exporting.session_sqlite(s)
        inline = [
            row
            for [(chunk, text)] in exporting._texts_in_name_order(conn, exporting._ALL_CELLS_SQL)
            for row in exporting._rows_in_order(chunk, text)
        ]
        rows = exporting._in_name_order(conn, exporting._ALL_CELLS_SQL)
        assert [next(rows) for _ in range(10)] == inline[:10]
        assert _reader_threads()  # reading ahead
        rows.close()  # type: ignore[attr-defined]
        assert not _reader_threads()
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] >= len(inline) == 200

        written = []
        out = tmp_path / "out"
        out.mkdir()
        safe_row = exporting._safe_row

        def fail_at_the_50th(text: str) -> str:
            written.append(text)
            if len(written) == 50:
                raise OSError("disk full")
            return safe_row(text)

        monkeypatch.setattr(exporting, "_safe_row", fail_at_the_50th)
        with pytest.raises(OSError, match="disk full"):
            exporting.export_contacts(s, out / "x.csv", "csv")
        assert len(written) == 50 and not _reader_threads() and not list(out.iterdir())


def test_an_error_while_reading_ahead_is_raised_to_the_consumer(demo_db: Database, tmp_path: Path) -> None:
    """A failing read in the reader thread fails the export with that error, and writes nothing."""
    with demo_db.reading() as s:
        conn = exporting.session_sqlite(s)
        rows = exporting._in_name_order(
            conn, "SELECT json_group_array(no_such_column) FROM contact WHERE rowid IN ({rowids})"
        )
        with pytest.raises(sqlite3.OperationalError, match="no such column"):
            next(rows)
    assert not _reader_threads()


def test_held_lines_come_out_in_rank_order_without_the_missing_ones() -> None:
    """A block's lines come in file order and go out in name order; a contact deleted while the
    block was read leaves no line (and no gap), and the next block starts empty."""
    held = exporting._HeldLines(5)
    for rank, line in ((3, b"d\r\n"), (0, b"a\r\n"), (4, "e 张\r\n".encode()), (1, b"b\r\n")):
        held.add(rank, line)
    out = io.BytesIO()
    held.write(out)
    assert out.getvalue() == "a\r\nb\r\nd\r\ne 张\r\n".encode()
    held.add(0, b"f\r\n")
    held.write(out)
    assert out.getvalue().endswith(b"e \xe5\xbc\xa0\r\nf\r\n")


def test_a_cancelled_export_of_all_stops_its_reader_at_once(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress that raises (the window's Cancel) ends the reading thread before the error reaches
    the caller, even while the caller still holds the error and its traceback."""
    monkeypatch.setattr(exporting, "_CHUNK", 7)
    monkeypatch.setattr(exporting, "_BLOCK", 30)

    class Cancelled(Exception):
        pass

    def cancel_at_the_third_report(done: int, total: int) -> None:
        if done >= 14:
            raise Cancelled

    out = tmp_path / "out"
    out.mkdir()
    for fmt in FORMATS:
        with demo_db.reading() as s:
            try:
                exporting.export_contacts(s, out / f"x.{fmt}", fmt, on_progress=cancel_at_the_third_report)  # type: ignore[arg-type]
            except Cancelled as error:
                held = error  # the traceback keeps the export's frames
                assert not _reader_threads(), fmt
            assert held is not None
            assert not list(out.iterdir())


def test_blocks_are_smaller_where_rows_are_long(demo_db: Database) -> None:
    """A block holds as many contacts as its rows' text allows: long notes, fewer contacts held."""
    with demo_db.reading() as s:
        conn = exporting.session_sqlite(s)
        order = [rowid for (rowid,) in conn.execute(exporting._NAME_ORDER_SQL)]
        sql = exporting._ALL_CELLS_SQL
        assert exporting._block_size(conn, sql, order, 200_000) == 200_000
        assert exporting._block_size(conn, sql, [], 200_000) == 200_000
    with demo_db.transaction() as s:
        for contact in s.query(m.Contact):
            contact.notes = "长" * 20_000  # 20,000 characters: 60 kB of UTF-8 a row
    with demo_db.reading() as s:
        conn = exporting.session_sqlite(s)
        assert exporting._block_size(conn, sql, order, 200_000) <= exporting._BLOCK_TEXT // 60_000
        assert exporting._block_size(conn, sql, order, 200_000) >= exporting._CHUNK


def test_a_smaller_text_budget_holds_fewer_contacts_and_writes_the_same_bytes(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window holds less of a CSV export at a time than the command line (its own memory is
    250 MB at 100,000 contacts, issue 17: 300 MB): smaller blocks of name order, same file."""
    monkeypatch.setattr(exporting, "_CHUNK", 7)
    sizes: list[int] = []
    block_size = exporting._block_size

    def recorded(*args: Any) -> int:
        sizes.append(block_size(*args))
        return sizes[-1]

    monkeypatch.setattr(exporting, "_block_size", recorded)
    whole, small = tmp_path / "whole.csv", tmp_path / "small.csv"
    assert exporting.export_all_of_file(demo_db.path, whole, "csv", check_budget_s=0) == 200
    assert (
        exporting.export_all_of_file(demo_db.path, small, "csv", check_budget_s=0, block_text=20_000) == 200
    )
    assert sizes[0] >= 200 and 7 <= sizes[1] < 50
    assert small.read_bytes() == whole.read_bytes()


def test_the_names_of_a_vcard_export_are_remembered_a_few_at_a_time() -> None:
    """Names come in name order (a repeated name comes again at once): 20,000 mostly distinct names
    remembered took a vCard export of 100,000 contacts from 84 to 111 MB, for no time saved."""
    from petdesk.services import vcard

    card, sections = vcard.CardText("4.0"), {}  # type: ignore[var-annotated]
    names = [
        (f"Fam{i}", "Anna", f"Anna Fam{i}", False, "", "", "", "", "", "", "", "", "", True, True)
        for i in range(1200)
    ]
    for args in names:
        exporting._add_section(card, sections, exporting._add_names, *args)
    assert 0 < len(sections[exporting._add_names]) <= exporting._NAME_SECTIONS_MAX <= 1_000
    again = vcard.CardText("4.0")
    start = len(again.lines)
    exporting._add_names(again, *names[-1])
    assert card.lines[-(len(again.lines) - start) :] == again.lines[start:]  # the lines as written anew


def test_the_decoded_values_and_titles_of_a_vcard_export_are_remembered_a_few_at_a_time() -> None:
    """Addresses and titles are mostly distinct: 10,000 decoded values per column and 20,000 titles
    remembered added some 9 MB to a vCard export of 100,000 contacts (issue 17), kept by the window."""
    from petdesk.services import vcard

    decoded = exporting._Decoded(str.upper)
    for i in range(1_500):
        assert decoded[f"street {i}"] == f"STREET {i}"
    assert 0 < len(decoded) <= exporting._DECODED_MAX <= 1_000

    card, sections = vcard.CardText("4.0"), {}  # type: ignore[var-annotated]
    for i in range(6_000):
        exporting._add_section(card, sections, exporting._add_titles, f"Officer {i}", "", "en", True)
    assert 0 < len(sections[exporting._add_titles]) <= exporting._SECTIONS_MAX <= 5_000
