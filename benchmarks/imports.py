"""Importing a large file of new people (issue 17), beside a raw csv/openpyxl + executemany baseline.

    python benchmarks/imports.py                                  # 100,000 rows, CSV, vCard and XLSX
    python benchmarks/imports.py --rows 20000 --formats csv
    python benchmarks/imports.py --into /tmp/bench/s7_100k.sqlite # also into a copy of that database

Writes N people who match nobody (each with an e-mail, a mobile and an organisation) as CSV, vCard 3.0
and XLSX, then imports each file with ``petdesk import-contacts`` as its own process into an empty
database (and, with ``--into``, into a copy of a large one), timed from start to exit with its peak
resident memory (see ``scale.py``). The raw baseline reads the same file with ``csv``/``openpyxl``/line
splitting and inserts the rows with one ``executemany`` into a bare table: the ratio says what
petdesk's layers (matching, contact methods, organisations, sync versions, search index) cost.
The peak target is issue 17's 300 MB. Compare ratios, not seconds: the load average is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import csv  # noqa: E402
import datetime as dt  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402

PEAK_TARGET_MB = 300
_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕"
HEADER = ["姓名", "Name", "Email", "Mobile", "Company", "Position"]


def _scale() -> object:
    """``scale.py`` beside this file (its way of running petdesk and reading the peak memory)."""
    spec = importlib.util.spec_from_file_location(
        "petdesk_scale_benchmark", Path(__file__).with_name("scale.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def _letters(i: int) -> str:
    """A name spelled from the number (names are compared by their letters only)."""
    out = ""
    while True:
        i, digit = divmod(i, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not i:
            return out.title()


def people(n: int) -> Iterator[list[str]]:
    """N people no database has: every e-mail and phone is new, names repeat as names do."""
    for i in range(n):
        # about four people per Chinese name at 100,000 rows; every Latin name its own
        family = _FAMILY[i % 30]
        given = _GIVEN[(i // 30) % 30] + _GIVEN[(i // 900) % 30]
        yield [
            family + given,
            f"{_letters(i)} Bench",
            f"bench.{i}@import{i % 500}.example.org",
            f"+86 136 {i // 10000:04d} {i % 10000:04d}",
            f"Benchmark Company {i % 2000}",
            "工程师",
        ]


def write_files(n: int, work: Path, formats: list[str]) -> dict[str, Path]:
    files = {}
    if "csv" in formats:
        files["csv"] = work / "people.csv"
        with open(files["csv"], "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(HEADER)
            out.writerows(people(n))
    if "vcf" in formats:
        files["vcf"] = work / "people.vcf"
        with open(files["vcf"], "w", encoding="utf-8", newline="") as f:
            for zh, latin, email, mobile, company, position in people(n):
                given, family = latin.split(" ")
                f.write(
                    f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{latin}\r\n"
                    f"X-PETDESK-ALT-N:{zh[0]};{zh[1:]};;;\r\nEMAIL;TYPE=WORK:{email}\r\n"
                    f"TEL;TYPE=CELL:{mobile}\r\nORG:{company}\r\nTITLE:{position}\r\nEND:VCARD\r\n"
                )
    if "xlsx" in formats:
        from openpyxl import Workbook

        files["xlsx"] = work / "people.xlsx"
        wb = Workbook(write_only=True)
        ws = wb.create_sheet()
        ws.append(HEADER)
        for row in people(n):
            ws.append(row)
        wb.save(files["xlsx"])
    return files


def raw_rows(path: Path) -> Iterator[list[str]]:
    """The least reading the file needs: csv.reader, openpyxl's read-only rows, or split lines."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            yield from rows
    elif path.suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        rows = wb.worksheets[0].iter_rows(values_only=True)
        next(rows)
        for row in rows:
            yield ["" if v is None else str(v) for v in row]
        wb.close()
    else:
        card: dict[str, str] = {}
        with open(path, encoding="utf-8", newline="") as f:
            for line in f:
                name, _, value = line.rstrip("\r\n").partition(":")
                if name == "END":
                    yield [
                        card.get(k, "")
                        for k in ("X-PETDESK-ALT-N", "FN", "EMAIL;TYPE=WORK", "TEL;TYPE=CELL", "ORG", "TITLE")
                    ]
                    card = {}
                else:
                    card[name] = value


def raw_import(path: Path, db: Path) -> float:
    """Read the file and insert its rows with one executemany into a bare table of a new file."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE person (name_zh, name, email, mobile, company, position)")
    conn.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?)", raw_rows(path))
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--formats", default="csv,vcf,xlsx")
    parser.add_argument("--into", type=Path, help="also import into a copy of this database")
    args = parser.parse_args()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    scale = _scale()
    print(
        f"petdesk import benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, {args.rows:,} rows, "
        f"load average {os.getloadavg()}"
    )
    work = Path(tempfile.mkdtemp(prefix="petdesk-imports-"))
    try:
        files = write_files(args.rows, work, formats)
        print(f"{'import':<26} {'petdesk':>9} {'raw':>8} {'ratio':>7} {'peak MB':>8}  load")
        for fmt, path in files.items():
            targets = [("empty", None)] + ([("into " + args.into.name, args.into)] if args.into else [])
            for label, source in targets:
                db = work / f"{fmt}-{label.split()[0]}.sqlite"
                if source is not None:
                    shutil.copyfile(source, db)
                raw = raw_import(path, work / "raw.sqlite")
                (work / "raw.sqlite").unlink()
                run = scale.run_petdesk(db, "import-contacts", str(path))  # type: ignore[attr-defined]
                ok = "ok" if run.rc == 0 and run.peak_mb <= PEAK_TARGET_MB else "MISSED"
                print(
                    f"{fmt + ' ' + label:<26} {run.seconds:8.1f}s {raw:7.1f}s {run.seconds / raw:6.1f}x "
                    f"{run.peak_mb:8.0f}  {os.getloadavg()[0]:.2f}  {ok}",
                    flush=True,
                )
                if run.rc:
                    print(f"    failed: {run.output.strip()[-400:]}")
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
