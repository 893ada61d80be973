"""Undoing an import beside the import itself (round 50): users undo right after seeing it went wrong.

    python benchmarks/import_undo.py                       # 20,000 rows into a 2,000-contact demo
    python benchmarks/import_undo.py --rows 5000 --repeat 3

Builds a demo file (cached in the temp folder), writes a CSV of N rows: one row in ten is a demo person
(same e-mail, new phone number and position: an update with a new phone), the rest new people with an
e-mail, a mobile and an organisation (see ``imports.py``). Then, on a fresh copy of the demo each time,
``petdesk import-contacts FILE`` and ``petdesk import-undo --yes`` run as their own processes, timed
from start to exit with their peak resident memory (see ``scale.py``). The target: the undo takes no
longer than the import (ratio <= 1). Compare ratios, not seconds: the load average is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import csv  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
from typing import Any  # noqa: E402


def _sibling(name: str) -> Any:
    """A benchmark module beside this file (``scale.py`` runs petdesk, ``imports.py`` writes people)."""
    spec = importlib.util.spec_from_file_location(
        f"petdesk_{name}_benchmark", Path(__file__).with_name(f"{name}.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def write_csv(path: Path, demo: Path, rows: int) -> int:
    """N rows, one in ten an existing demo person (an update); returns how many rows are updates."""
    imports = _sibling("imports")
    conn = sqlite3.connect(demo)
    known = conn.execute(
        "SELECT c.family_name_zh || c.given_name_zh, c.given_name || ' ' || c.family_name, m.value "
        "FROM contact c JOIN contact_method m ON m.contact_id = c.id AND m.channel = 'email' "
        "WHERE c.deleted_at IS NULL GROUP BY c.id ORDER BY c.id"
    ).fetchall()
    conn.close()
    updates = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(imports.HEADER)
        for i, row in enumerate(imports.people(rows)):
            if i % 10 == 0 and updates < len(known):
                zh, latin, email = known[updates]
                row = [zh, latin, email, f"+86 139 {i // 10000:04d} {i % 10000:04d}", row[4], "高级工程师"]
                updates += 1
            out.writerow(row)
    return updates


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    scale = _sibling("scale")
    scale.compile_petdesk()
    work = Path(tempfile.mkdtemp(prefix="petdesk-import-undo-"))
    demo = Path(tempfile.gettempdir()) / f"petdesk-import-undo-demo-{args.contacts}.sqlite"
    try:
        if not demo.exists():
            run = scale.run_petdesk(demo, "demo", "--contacts", str(args.contacts))
            assert run.rc == 0, run.output
        source = work / "people.csv"
        updates = write_csv(source, demo, args.rows)
        print(
            f"import + undo: {args.rows:,} rows ({updates:,} updates) into a {args.contacts:,}-contact demo, "
            f"load average {os.getloadavg()}"
        )
        print(f"{'run':<5} {'import':>8} {'peak MB':>8} {'undo':>8} {'peak MB':>8} {'ratio':>6}  load")
        ratios = []
        for n in range(args.repeat):
            db = work / "db.sqlite"
            shutil.copyfile(demo, db)
            imported = scale.run_petdesk(db, "import-contacts", str(source))
            undone = scale.run_petdesk(db, "import-undo", "--yes")
            for run in (imported, undone):
                if run.rc:
                    print(f"    failed: {run.output.strip()[-400:]}")
            ratios.append(undone.seconds / imported.seconds)
            print(
                f"{n + 1:<5} {imported.seconds:7.1f}s {imported.peak_mb:8.1f} {undone.seconds:7.1f}s "
                f"{undone.peak_mb:8.1f} {ratios[-1]:6.2f}  {os.getloadavg()[0]:.2f}  "
                f"{'ok' if ratios[-1] <= 1 else 'MISSED'}",
                flush=True,
            )
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        print(f"median ratio undo / import: {statistics.median(ratios):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
