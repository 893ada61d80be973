"""Start-up time of petdesk's short commands beside two baselines, measured side by side.

    python benchmarks/cli_startup.py                          # 2,000 demo contacts in /tmp
    python benchmarks/cli_startup.py --db FILE --repeat 10
    python benchmarks/cli_startup.py --src OTHER_CHECKOUT/src  # the same against other code

Every command is a fresh ``python -m petdesk`` process; the rounds interleave the commands and the
baselines (``python -c pass`` and ``python -c "import sqlalchemy"``), so a change of load on a shared
machine moves them all alike. Prints the median wall time of each and its ratio to both baselines.
Modules are compiled to bytecode first (as ``pip install`` does) and the file is checked once (as the
window leaves it when it closes), so neither is paid on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

#: The commands users on the road and scripts run most, as petdesk arguments after ``--db FILE``.
COMMANDS: dict[str, list[str]] = {
    "--help": ["--help"],
    "stats": ["stats"],
    "search zhang": ["search", "zhang"],
    "visits": ["visits"],
    "followups": ["followups"],
    "search --help": ["search", "--help"],
    # no such command: argparse's "invalid choice" (exit status 2) needs every command's name
    "contacts --help": ["contacts", "--help"],
}
#: Exit statuses other than 0 that a command above is expected to end with.
EXPECTED_STATUS = {"contacts --help": 2}


def run_once(cmd: list[str], env: dict[str, str], status: int = 0) -> float:
    started = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != status:
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr.decode()[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: made with petdesk demo)")
    parser.add_argument("--contacts", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--src", type=Path, help="run petdesk from this source folder (PYTHONPATH)")
    args = parser.parse_args()

    env = dict(os.environ, PETDESK_LANG="en")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.src is not None:
        env["PYTHONPATH"] = str(args.src.resolve())
    py = sys.executable
    petdesk = [py, "-m", "petdesk"]
    db = args.db or Path(tempfile.gettempdir()) / f"petdesk-cli-{args.contacts // 1000}k.sqlite"
    if args.db is None and not db.exists():
        print(f"creating {db} with {args.contacts:,} demo contacts…", flush=True)
        subprocess.run(
            [*petdesk, "--db", str(db), "demo", "--contacts", str(args.contacts)], env=env, check=True
        )

    # bytecode as an installed package has it; the file checked once, as the window leaves it
    prepare = (
        "import compileall, sys, petdesk; from pathlib import Path; from petdesk.db import inspect_file; "
        "compileall.compile_dir(Path(petdesk.__file__).parent, quiet=1); "
        "inspect_file(Path(sys.argv[1]), budget_s=3600)"
    )
    subprocess.run([py, "-c", prepare, str(db)], env=env, check=True)

    cases = {"python -c pass": [py, "-c", "pass"], "import sqlalchemy": [py, "-c", "import sqlalchemy"]}
    cases |= {f"petdesk {name}": [*petdesk, "--db", str(db), *argv] for name, argv in COMMANDS.items()}
    times: dict[str, list[float]] = {name: [] for name in cases}
    status = {f"petdesk {name}": code for name, code in EXPECTED_STATUS.items()}
    for name, cmd in cases.items():
        run_once(cmd, env, status.get(name, 0))  # warm the file cache
    for _ in range(args.repeat):
        for name, cmd in cases.items():
            times[name].append(run_once(cmd, env, status.get(name, 0)))

    median = {name: statistics.median(runs) for name, runs in times.items()}
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} CPUs · load average {load}")
    print(f"database: {db} · code: {args.src or 'installed'} · median of {args.repeat} interleaved runs\n")
    print(f"{'':<24} {'seconds':>8} {'x pass':>7} {'x sqlalchemy':>13}")
    for name, seconds in median.items():
        ratios = f"{seconds / median['python -c pass']:>7.1f} {seconds / median['import sqlalchemy']:>13.2f}"
        print(f"{name:<24} {seconds:>8.3f} {ratios}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
