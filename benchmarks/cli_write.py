"""Writing commands' cost (``activities add``, ``followups add``, ``training-lodging``, ``merge``,
``tags rename``; ``stats`` beside them) against the code of another checkout, side by side.

    python benchmarks/cli_write.py --db FILE --old-src /tmp/old/src            # an existing checkout
    python benchmarks/cli_write.py --db FILE --rev main --old-src /tmp/old/src  # made by git worktree
    python benchmarks/cli_write.py --db FILE --old-src … --encrypt --repeat 7

Each side works on its own copy of FILE (encrypted first with ``--encrypt``); every command is a
fresh ``python -m petdesk`` process, the rounds interleave the commands and the two sides (which goes
first alternates), so a change of load on a shared machine moves both alike. Each run follows a
write, as in a script that logs several calls: the file's remembered integrity check never applies.
Prints the median wall time, CPU time (user + system of the process) and peak memory of each, and
the ratios new / old. Modules are compiled to bytecode first, as ``pip install`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import collections  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

NEW_SRC = Path(__file__).resolve().parent.parent / "src"
PASSPHRASE = "cli write bench 52"

Run = tuple[float, float, float]  # wall s, CPU s, peak MB


class Facts:
    """Ids the commands need, read once from the plain source file."""

    def __init__(self, db: Path, merges: int) -> None:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (self.contact,) = conn.execute(
                "SELECT id FROM contact WHERE deleted_at IS NULL LIMIT 1"
            ).fetchone()
            self.training, self.participant = conn.execute(
                "SELECT training_id, contact_id FROM training_participant WHERE deleted_at IS NULL LIMIT 1"
            ).fetchone()
            people = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM contact WHERE deleted_at IS NULL AND id != ? ORDER BY id DESC LIMIT ?",
                    (self.contact, merges * 4),
                )
            ]
            tags: collections.Counter[str] = collections.Counter()
            for table in ("contact", "organisation"):
                for (text,) in conn.execute(f"SELECT tags FROM {table} WHERE tags NOT IN ('', '[]')"):
                    tags.update(json.loads(text))
        finally:
            conn.close()
        #: disjoint (keep, other) pairs: each side merges its own, one per run
        self.pairs = {
            "old": list(zip(people[0::4], people[1::4], strict=False)),
            "new": list(zip(people[2::4], people[3::4], strict=False)),
        }
        #: the least used tag, renamed back and forth (the command's work stays small)
        self.tag = min(tags, key=lambda t: (tags[t], t))
        self.tag_now = {"old": self.tag, "new": self.tag}


def commands(facts: Facts) -> dict[str, Callable[[str, int], list[str]]]:
    def rename(side: str, _run: int) -> list[str]:
        old = facts.tag_now[side]
        new = facts.tag if old != facts.tag else f"{facts.tag} renamed"
        facts.tag_now[side] = new
        return ["tags", "rename", old, new, "--yes"]

    person = facts.contact
    return {
        "stats (reads)": lambda side, run: ["stats"],
        "activities add": lambda side, run: ["activities", "add", "--contact", person, "--subject", "b"],
        "followups add": lambda side, run: ["followups", "add", "--contact", person, "--title", "b"],
        "training-lodging": lambda side, run: [
            "training-lodging",
            facts.training,
            facts.participant,
            "--hotel",
            f"Hotel {run}",
        ],
        "merge": lambda side, run: ["merge", *facts.pairs[side][run]],
        "tags rename": rename,
    }


def run_once(cmd: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-500:]}")
    peak_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return wall, usage.ru_utime + usage.ru_stime, peak_mb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a petdesk file at the current schema")
    parser.add_argument("--old-src", type=Path, required=True, help="the baseline's src folder")
    parser.add_argument("--rev", help="make --old-src's checkout with git worktree add --detach at REV")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--encrypt", action="store_true", help="encrypt both copies first")
    parser.add_argument("--work", type=Path, help="folder for the copies (default: a temporary one)")
    args = parser.parse_args()

    if args.rev and not args.old_src.exists():
        checkout = args.old_src.parent
        subprocess.run(["git", "worktree", "add", "--detach", str(checkout), args.rev], check=True)
    work = args.work or Path(tempfile.mkdtemp(prefix="petdesk-cli-write-"))
    work.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    base_env = dict(os.environ, PETDESK_LANG="en", XDG_DATA_HOME=str(work / "data"))
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.encrypt:
        base_env["PETDESK_DB_PASSPHRASE"] = PASSPHRASE
    facts = Facts(args.db, args.repeat + 1)
    sides: dict[str, tuple[list[str], dict[str, str]]] = {}
    for side, src in (("old", args.old_src.resolve()), ("new", NEW_SRC)):
        env = dict(base_env, PYTHONPATH=str(src))
        compile_all = [py, "-m", "compileall", "-q", str(src)]
        subprocess.run(compile_all, env=env, check=True, stdout=subprocess.DEVNULL)
        copy = work / f"{side}.sqlite"
        shutil.copy(args.db, copy)
        if args.encrypt:
            subprocess.run([py, "-m", "petdesk", "--db", str(copy), "encrypt"], env=env, check=True)
        sides[side] = ([py, "-m", "petdesk", "--db", str(copy)], env)

    cases = commands(facts)
    times: dict[tuple[str, str], list[Run]] = {(name, side): [] for name in cases for side in sides}
    for run in range(args.repeat + 1):  # the first round warms the file cache and is not counted
        for i, (name, argv) in enumerate(cases.items()):
            order = ("old", "new") if (run + i) % 2 == 0 else ("new", "old")
            for side in order:
                prefix, env = sides[side]
                result = run_once([*prefix, *argv(side, run)], env)
                if run:
                    times[(name, side)].append(result)

    def median(name: str, side: str, k: int) -> float:
        return statistics.median(r[k] for r in times[(name, side)])

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} CPUs · load average {load}")
    kind = "encrypted" if args.encrypt else "plain"
    print(f"database: {args.db} ({kind}) · old: {args.old_src} · median of {args.repeat} interleaved runs\n")
    heads = (
        f"{'wall old':>9} {'new':>7} {'x':>5}  {'CPU old':>8} {'new':>7} {'x':>5}  {'MB old':>7} {'new':>6}"
    )
    print(f"{'':<18} {heads}")
    for name in cases:
        w_old, w_new = median(name, "old", 0), median(name, "new", 0)
        c_old, c_new = median(name, "old", 1), median(name, "new", 1)
        m_old, m_new = median(name, "old", 2), median(name, "new", 2)
        print(
            f"{name:<18} {w_old:>9.2f} {w_new:>7.2f} {w_new / w_old:>5.2f}  "
            f"{c_old:>8.2f} {c_new:>7.2f} {c_new / c_old:>5.2f}  {m_old:>7.0f} {m_new:>6.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
