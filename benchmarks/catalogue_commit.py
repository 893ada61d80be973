"""What the catalogue's search keys add to a commit, with 1,512 technologies (field test 26).

    PYTHONPATH=src python benchmarks/catalogue_commit.py
    PYTHONPATH=/work/main/src python benchmarks/catalogue_commit.py   # another checkout

Times two kinds of commit on one fresh database, each the median of ``--repeat`` commits, first
with the catalogue's commit-time refresh switched off (the baseline), then with it on:

* ``contact``: a contact renamed (the refresh should cost about nothing: no technology changed);
* ``technology``: one technology renamed (one key worked out again).

Ratios are against the baseline of the same kind of commit. The load average is printed: on a
shared machine the absolute figures move with it, the ratios much less.
"""

from __future__ import annotations

import sys
from pathlib import Path

# keep benchmarks/ off the import path (it holds scripts named like standard modules)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from petdesk.db import Database

TECHNOLOGIES = 1512
NEEDS = 73


def _fill(db: Database) -> tuple[str, str]:
    """1,512 technologies from 40 providers, 73 needs, one contact; the contact's and a technology's id."""
    from petdesk import models as m
    from petdesk.models.enums import OrgKind

    with db.transaction() as s:
        providers = [
            m.Organisation(name_en=f"Provider {i}", name_zh=f"供应商{i}", kind=OrgKind.ENTERPRISE)
            for i in range(40)
        ]
        s.add_all(providers)
        s.flush()
        techs = [
            m.Technology(
                name_en=f"Vacuum sewer {i}",
                name_zh=f"老城区真空排水系统{i}",
                sector="wastewater",
                description_zh="适用于城市污水处理",
                provider_organisation_id=providers[i % 40].id,
            )
            for i in range(TECHNOLOGIES)
        ]
        s.add_all(techs)
        s.add_all(m.CityNeed(title_zh=f"黑臭水体治理{i}", sector="water") for i in range(NEEDS))
        contact = m.Contact(family_name="Wang", given_name="Li")
        s.add(contact)
        s.flush()
        return contact.id, techs[0].id


def _median_ms(commit: Callable[[int], None], repeat: int) -> float:
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        commit(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=101)
    args = parser.parse_args()

    from petdesk import models as m
    from petdesk.db import open_database
    from petdesk.services import catalogue_search

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        contact_id, tech_id = _fill(db)

        def rename_contact(i: int) -> None:
            with db.transaction() as s:
                s.get(m.Contact, contact_id).given_name = f"Li {i}"

        def rename_technology(i: int) -> None:
            with db.transaction() as s:
                s.get(m.Technology, tech_id).name_en = f"Vacuum sewer renamed {i}"

        refresh = catalogue_search.before_commit
        figures = {}
        for name, commit in (("contact", rename_contact), ("technology", rename_technology)):
            catalogue_search.before_commit = lambda _session: None  # the baseline: no refresh
            commit(-1)  # warm-up
            baseline = _median_ms(commit, args.repeat)
            catalogue_search.before_commit = refresh
            commit(-2)  # also works off what the baseline's commits left marked
            figures[name] = (baseline, _median_ms(commit, args.repeat))
        db.close()

    print(f"src: {Path(catalogue_search.__file__).parents[2]}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{TECHNOLOGIES} technologies, {NEEDS} needs, median of {args.repeat} commits")
    for name, (baseline, ms) in figures.items():
        print(
            f"{name:<10} commit: {baseline:6.2f} ms without the refresh, {ms:6.2f} ms with it, "
            f"ratio {ms / baseline:4.2f} (+{ms - baseline:.2f} ms)"
        )


if __name__ == "__main__":
    main()
