"""What comparing an imported row's numbers by their international form costs an import (phones58).

    python benchmarks/settle_phones.py                   # 2,000 and 20,000 rows
    python benchmarks/settle_phones.py --rows 2000

Writes a CSV of N people of a Chinese, a Kenyan and a German office and of no country (a mobile each,
most with their organisation's switchboard, some a fax, Kenyan rows an ID typed for a phone), then
imports it with ``petdesk import-contacts`` into a new database, each run its own process under
cProfile: once with the importer's first ``_settle_phones`` (every number of every row parsed with
libphonenumber, kept below as it was) and once with today's. Prints the wall time, the share of the
profiled time spent in ``_settle_phones`` and the ratio before / after, and checks that both runs
stored the same numbers, notes and warnings. Compare ratios, not seconds: the load average is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import csv  # noqa: E402
import hashlib  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from typing import Any  # noqa: E402


def rows(n: int) -> list[list[str]]:
    """N people: a switchboard is shared by an organisation's people, as on real lists."""
    out = []
    for i in range(n):
        org = i % 500
        country = ("China", "Kenya", "Germany", "")[i % 4]
        if country == "Kenya":
            mobile = f"07{i % 100:02d} {i % 1000:03d} {i % 997:03d}"
            phone = f"+254 20 {org:03d} {org:04d}"
            fax = f"{23456000 + i}" if i % 8 == 1 else ""  # a national ID typed for a number
        elif country == "Germany":
            mobile, phone, fax = f"0151 {i:07d}", f"+49 30 {org:07d}", f"030 {org:07d}" if i % 3 else ""
        else:
            mobile = f"+86 136 {i // 10000:04d} {i % 10000:04d}"
            phone, fax = f"(010) 6512 {org:04d}", f"010-6513{org:04d}" if i % 3 else ""
        if i % 5 == 0:
            phone = ""  # a mobile alone
        elif i % 7 == 0:
            phone = mobile.replace(" ", "")  # the mobile typed again as the work phone
        out.append(
            [f"Person{i} Bench", f"p{i}@x{org}.example.org", mobile, phone, fax, f"Company {org}", country]
        )
    return out


def write_csv(n: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["Name", "Email", "Mobile", "Phone", "Fax", "Company", "Country"])
        out.writerows(rows(n))


def settle_phones_before(rec: Any, country: str) -> None:
    """``importing._settle_phones`` as field test 117 added it (5893b782): every number parsed."""
    import phonenumbers

    from petdesk.models.enums import ContactChannel
    from petdesk.services import importing

    if not country:
        return
    kept: list[Any] = []
    seen: set[tuple[Any, str]] = set()
    for channel, label, value in rec.methods:
        if channel not in (ContactChannel.PHONE, ContactChannel.FAX):
            kept.append((channel, label, value))
            continue
        try:
            number = phonenumbers.parse(value, country)
        except phonenumbers.NumberParseException:
            kept.append((channel, label, value))
            continue
        national_digits = re.sub(r"[\s\-().]", "", value)
        if (
            country in importing._ID_IN_PHONE_COUNTRIES
            and national_digits.isdigit()
            and national_digits[0] != "0"
            and not phonenumbers.is_valid_number(number)
        ):
            what = importing._country_label(country)
            rec.warnings.append(importing.Reason(importing.NOT_A_PHONE_OF, value=value, country=what))
            rec.rejected.append(("phone", value))
            continue
        key = (channel, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
        if key not in seen:
            seen.add(key)
            kept.append((channel, label, value))
    rec.methods = kept


def run_one(which: str, source: Path, db: Path) -> None:
    """One import in this process under cProfile; prints 'wall total settle' and the output's digest."""
    import contextlib
    import cProfile
    import io
    import pstats
    import time

    from petdesk.launcher import main
    from petdesk.services import importing

    if which == "before":
        importing._settle_phones = settle_phones_before  # type: ignore[assignment]
    sys.argv = ["petdesk", "--db", str(db), "--lang", "en", "import-contacts", str(source)]
    said = io.StringIO()
    profile = cProfile.Profile(time.process_time)  # CPU seconds: the machine is shared
    started = time.perf_counter()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        profile.enable()
        with contextlib.suppress(SystemExit):
            main()
        profile.disable()
    wall = time.perf_counter() - started
    stats: Any = pstats.Stats(profile)
    settle = sum(v[3] for k, v in stats.stats.items() if k[2] in ("_settle_phones", "settle_phones_before"))
    stored = sorted(  # ids are drawn at random: compared by what they hold
        sqlite3.connect(db).execute(
            "SELECT c.given_name, c.notes, m.channel, m.label, m.value, m.position FROM contact c "
            "LEFT JOIN contact_method m ON m.contact_id = c.id"
        ),
        key=repr,
    )
    digest = hashlib.sha256(repr((stored, said.getvalue().splitlines()[-1:])).encode()).hexdigest()[:12]
    print(f"{wall:.2f} {stats.total_tt:.2f} {settle:.3f} {digest}")


def measure(n: int, work: Path) -> None:
    source = work / f"people{n}.csv"
    write_csv(n, source)
    seen: dict[str, tuple[float, float, str]] = {}
    for which in ("before", "after"):
        db = work / f"{which}{n}.sqlite"
        done = subprocess.run(
            [sys.executable, __file__, "--run", which, str(source), str(db)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise SystemExit(f"{which} failed: {done.stderr.strip()[-800:]}")
        wall, total, settle, digest = done.stdout.split()
        seen[which] = (float(wall), float(settle), digest)
        share = float(settle) / float(total) * 100
        print(
            f"{n:>7,} rows {which:<6} {float(wall):7.1f}s wall, _settle_phones {float(settle):6.2f}s "
            f"({share:4.1f} % of the import)  load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
    same = "same numbers, notes and warnings" if seen["before"][2] == seen["after"][2] else "RESULTS DIFFER"
    print(
        f"{n:>7,} rows before/after: _settle_phones {seen['before'][1] / seen['after'][1]:.1f}x, "
        f"import {seen['before'][0] / seen['after'][0]:.2f}x; {same}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, action="append", help="rows (again for more sizes)")
    parser.add_argument("--run", nargs=3, metavar=("WHICH", "CSV", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_one(args.run[0], Path(args.run[1]), Path(args.run[2]))
        return 0
    with tempfile.TemporaryDirectory(prefix="petdesk-settle-phones-") as work:
        for n in args.rows or [2000, 20000]:
            measure(n, Path(work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
