"""What the phrase readings cost each search index rebuild of a small database, beside a baseline.

    python benchmarks/phrase_pinyin.py [--contacts N] [--rebuilds K]    # default: 500 contacts, 5

Makes a demo database of N contacts in a temporary folder (``petdesk demo``), then, in fresh
processes, rebuilds its index K times:

* ``as used``: nothing else reads phrases first, so each rebuild reads them for its organisations
  and lets them go after (``names.release_phrase_tables``), as the CLI and a fresh window do;
* ``baseline``: the phrase readings were read before and are kept (the rebuild does not let go of
  what someone else read): the rebuild with no phrase-reading cost at all.

For each: seconds per rebuild, openings of pypinyin's ``phrases_dict.json`` (an audit hook counts
them) and resident memory after the rebuilds. Then, in one more fresh process, the memory of the
phrase readings: resident and traced MB of the unpacked table, of what stays once it is let go, and
the packed form kept, if any, and seconds to read them the first time and to get them back after a release.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Running a script puts its folder first on the import path, and benchmarks/ holds scripts named
# like standard modules (calendar.py) that would shadow them: keep the folder off the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

REBUILDS = """
import json, sys, time
reads = []
sys.addaudithook(lambda event, args: reads.append(1)
                 if event == "open" and str(args[0]).endswith("phrases_dict.json") else None)
from petdesk.db import open_database
from petdesk.services import names, search
db = open_database(sys.argv[1])
if sys.argv[3] == "keep":
    names.pinyin_syllables("重庆银行", phrase=True)  # someone read them first: the rebuild keeps them
times = []
for _ in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    with db.transaction() as session:
        search.rebuild_search_index(session)
    times.append(time.perf_counter() - t0)
rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
print(json.dumps({"times": times, "reads": len(reads), "rss": rss}))
"""

TABLE = """
import gc, json, time, tracemalloc
from petdesk import chinese_names, phrase_pinyin
from petdesk.services import names

def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024

chinese_names.char_readings()  # kept anyway (people's names read by character)
gc.collect()
r0 = rss()
t0 = time.perf_counter()
phrase_pinyin.table()
first = time.perf_counter() - t0
held = rss() - r0
names.release_phrase_tables()
gc.collect()
dropped = rss() - r0
t0 = time.perf_counter()
phrase_pinyin.table()
again = time.perf_counter() - t0
names.release_phrase_tables()
gc.collect()
tracemalloc.start()
phrase_pinyin.table()
traced_held, traced_peak = tracemalloc.get_traced_memory()
names.release_phrase_tables()
gc.collect()
traced_dropped = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
packed = getattr(phrase_pinyin, "_packed", None)  # what is kept for the process, if anything
print(json.dumps({"kept": len(packed()) / 1e6 if packed else 0.0, "first": first, "again": again,
                  "held": held, "dropped": dropped,
                  "traced_held": traced_held / 1e6, "traced_peak": traced_peak / 1e6,
                  "traced_dropped": traced_dropped / 1e6}))
"""


def _run(script: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=500)
    parser.add_argument("--rebuilds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="petdesk-pinyin-") as folder:
        db = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "petdesk", "--db", str(db), "demo", "--contacts", str(args.contacts)],
            check=True,
            capture_output=True,
        )
        load = os.getloadavg()[0]
        print(f"{args.contacts:,} demo contacts, {args.rebuilds} rebuilds a process, load {load:.2f}")
        print(f"{'':10} {'first s':>8} {'next s (mean)':>14} {'file reads':>11} {'RSS MB':>7}")
        for label, mode in (("as used", "release"), ("baseline", "keep")):
            r = _run(REBUILDS, str(db), str(args.rebuilds), mode)
            times = r["times"]
            rest = sum(times[1:]) / max(1, len(times) - 1)
            print(f"{label:10} {times[0]:8.3f} {rest:14.3f} {r['reads']:11d} {r['rss']:7.1f}")
    t = _run(TABLE)
    print(
        f"\nphrase readings: first read {t['first']:.3f} s, back after a release {t['again']:.3f} s; "
        f"resident +{t['held']:.1f} MB held, +{t['dropped']:.1f} MB once let go; "
        f"traced {t['traced_held']:.1f} MB held (peak {t['traced_peak']:.1f}), "
        f"{t['traced_dropped']:.1f} MB once let go (beside {t['kept']:.1f} MB kept packed)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
