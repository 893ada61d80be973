"""How long ``contacts.find_contacts(phone=...)`` takes on a large file (issue 17: a hub has 350,000
contact methods), for numbers written in several ways and for one nobody has.

    python benchmarks/find_by_phone.py DB [--office CN] [--rounds 5]

Run it on a copy: opening the file brings its schema up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/ holds scripts named like standard modules (calendar.py): keep the folder off the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

from petdesk.db import open_database  # noqa: E402
from petdesk.office_country import set_office_country  # noqa: E402
from petdesk.services import contacts  # noqa: E402

NUMBERS = ("+86 10 6206 3294", "010-62063294", "0086 10 62063294", "139 5627 0921", "+49 30 1234 5678")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--office", default="CN")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    set_office_country(args.office)
    db = open_database(args.db)
    for number in NUMBERS:
        times, found = [], 0
        for _ in range(args.rounds):
            with db.reading() as s:
                start = time.perf_counter()
                found = len(contacts.find_contacts(s, phone=number))
                times.append((time.perf_counter() - start) * 1000)
        median, best = statistics.median(times), min(times)
        print(f"{number:>20}  found {found}  median {median:8.2f} ms  best {best:8.2f} ms")


if __name__ == "__main__":
    main()
