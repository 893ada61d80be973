"""Exports stream: read in chunks and written as they go, with the same bytes however the chunks fall."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

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
