"""How long parse_money takes over the golden corpus (tests/data/money_golden, parsemoney59).

    PYTHONPATH=src python benchmarks/parse_money_corpus.py [--rounds 7]

Reads the corpus's 7,911 calls once per round and prints the best and the median round in ms, with
the load average (compare before / after on the same machine, not seconds across machines)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import time
from pathlib import Path

MAKER = Path(__file__).resolve().parents[1] / "tests" / "data" / "money_golden" / "make_golden.py"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    spec = importlib.util.spec_from_file_location("make_golden", MAKER)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    calls = maker.corpus_calls(json.loads(maker.GOLDEN.read_text(encoding="utf-8"))["corpus"])
    maker.outcome(calls[0])  # the lazy imports, outside the rounds
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for call in calls:
            maker.outcome(call)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"{len(calls)} calls: best {min(times):.1f} ms, median {statistics.median(times):.1f} ms "
        f"(load {os.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    main()
