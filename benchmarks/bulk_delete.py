"""Deleting and restoring many contacts at once (issue 17, a hub's scale), as the window does it.

    python benchmarks/bulk_delete.py COPY.sqlite --word zhang     # a search result (7,280 at 100,000)
    python benchmarks/bulk_delete.py COPY.sqlite                  # every contact
    python benchmarks/bulk_delete.py COPY.sqlite --profile out.prof

Works on the file given (use a copy: each run leaves its delete and restore in the sync tracking).
Each step runs in its own transaction with progress watched, as the window's Select all + Delete and
its Undo do; prints wall and CPU time (``time.process_time``: the machine is shared) of each.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

from petdesk.db import open_database  # noqa: E402
from petdesk.services import contacts as contact_service  # noqa: E402
from petdesk.services import search as search_service  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--word", default="", help="delete this search's contacts (default: all)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of both steps here")
    args = parser.parse_args()
    db = open_database(args.path)
    with db.reading() as s:
        ids = search_service.matching_ids(s, args.word, kind=search_service.CONTACT)
    profiler = cProfile.Profile() if args.profile else None
    print(f"{len(ids):,} contacts, load {os.getloadavg()[0]:.1f}")
    steps: list[tuple[str, Callable[..., list[str]]]] = [
        ("delete", contact_service.delete_contacts),
        ("restore", contact_service.restore_contacts),
    ]
    for name, step in steps:
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        with db.transaction() as s:
            done = step(s, ids, progress=lambda _d, _t: None)
        if profiler:
            profiler.disable()
        print(
            f"{name}: {len(done):,} in {time.perf_counter() - wall:.2f} s wall, "
            f"{time.process_time() - cpu:.2f} s CPU"
        )
    if profiler and args.profile:
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    main()
