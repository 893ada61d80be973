"""SIGKILL at random moments of a contacts import, a sync import and `petdesk encrypt`, run as the
command line runs them (with their backup into the backup store first): the database is left as before or as
after, never a mixture, never damaged, `petdesk check` clean, and no half backup in the list.

Marked slow; the short form (150 contacts, one kill of each kind) always runs. ``PETDESK_SLOW=1``
runs 100 of each kind on 1,500 contacts;
``PETDESK_KILL_RUNS=N`` sets the number of runs of each kind.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import insert

from petdesk.models import Contact
from petdesk.models.types import new_id
from petdesk.services import backups
from petdesk.services import check as checking
from tests.core.sync.helpers import PASSPHRASE, export, make_office, send

SLOW = bool(os.environ.get("PETDESK_SLOW"))
#: Contacts in the imported files (the short form keeps CI fast).
CONTACTS = 1_500 if SLOW else 150
#: Runs of each kind; the first of each kind is not killed (it measures the duration).
RUNS = int(os.environ.get("PETDESK_KILL_RUNS", "100" if SLOW else "1"))


def _state(path: Path) -> tuple[tuple[str, str], ...]:
    """The live contacts by name (a CSV import gives its records new ids each run), and whether
    the file is encrypted."""
    from petdesk import connection

    conn = connection.connect(path, passphrase=DB_PASSPHRASE if connection.is_encrypted(path) else None)
    try:
        rows = conn.execute(
            "SELECT family_name, given_name FROM contact WHERE deleted_at IS NULL ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()
    return (*rows, ("encrypted", str(connection.is_encrypted(path))))


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Bonn's database before the imports, a sync package and a CSV file of Beijing's contacts."""
    folder = tmp_path_factory.mktemp("killimport")
    beijing = make_office(folder / "dbs", "Beijing")
    bonn = make_office(folder / "dbs", "Bonn")
    send(beijing, bonn, folder)
    now = dt.datetime.now(dt.UTC)
    with beijing.transaction() as session:
        session.execute(
            insert(Contact),
            [
                {
                    "id": new_id(),
                    "family_name": f"Family{i}",
                    "given_name": f"Given{i % 97}",
                    "notes": "x" * 80,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(CONTACTS)
            ],
        )
    package = folder / "big.petdesk-sync"
    export(beijing, package)
    csv = folder / "contacts.csv"
    lines = ["Family name,Given name,E-mail"]
    lines += [f"Importer{i},Person{i},person{i}@example.org" for i in range(CONTACTS)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    conn = sqlite3.connect(bonn.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    pristine = folder / "bonn.sqlite"
    shutil.copyfile(bonn.path, pristine)
    beijing.close()
    bonn.close()
    return {"db": pristine, "package": package, "csv": csv}


COMMANDS = {
    "import": lambda src: ["import-contacts", str(src["csv"])],
    "sync import": lambda src: ["sync", "import", str(src["package"])],
    "encrypt": lambda src: ["encrypt"],
}
#: The database passphrase `encrypt` uses (from the environment, as a script would give it).
DB_PASSPHRASE = "amber ferry 62 compass"


@pytest.fixture(scope="module")
def finished(sources: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each command run to its end in this process: the state it leaves and how long it took."""
    from petdesk.cli import main

    out: dict[str, tuple[tuple[tuple[str, str], ...], float]] = {}
    from petdesk import connection

    saved = os.environ.get("PETDESK_SYNC_PASSPHRASE")
    os.environ["PETDESK_SYNC_PASSPHRASE"] = PASSPHRASE
    os.environ[connection.ENV_PASSPHRASE] = DB_PASSPHRASE
    try:
        for op, argv in COMMANDS.items():
            db = tmp_path_factory.mktemp("finished") / "petdesk.sqlite"
            shutil.copyfile(sources["db"], db)
            started = time.monotonic()
            assert main(["--db", str(db), *argv(sources)]) == 0, op
            out[op] = (_state(db), time.monotonic() - started)
    finally:
        os.environ.pop(connection.ENV_PASSPHRASE, None)
        if saved is None:
            os.environ.pop("PETDESK_SYNC_PASSPHRASE", None)
        else:
            os.environ["PETDESK_SYNC_PASSPHRASE"] = saved
    return out


@pytest.mark.slow
def test_kill_during_contacts_import_sync_import_and_encrypt(
    sources: dict[str, Path], finished: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk import connection

    monkeypatch.setenv(connection.ENV_PASSPHRASE, DB_PASSPHRASE)  # for the checks of encrypted files
    before = _state(sources["db"])
    commands = {op: argv(sources) for op, argv in COMMANDS.items()}
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[3] / "src"),
        "PETDESK_SYNC_PASSPHRASE": PASSPHRASE,
        connection.ENV_PASSPHRASE: DB_PASSPHRASE,
    }
    rng = random.Random(23)
    after = {op: state for op, (state, _took) in finished.items()}
    assert len(after["import"]) >= len(before) + CONTACTS
    assert len(after["sync import"]) >= len(before) + CONTACTS
    assert after["encrypt"][:-1] == before[:-1] and after["encrypt"] != before
    # The command line also starts Python and loads petdesk: measured by the first run of each
    # kind; the short form (one run of each) adds a fixed allowance to the in-process time.
    durations: dict[str, float] = {}
    if RUNS == 1:  # the short form: no run to spare for measuring
        durations = {op: took + 4.0 for op, (_s, took) in finished.items()}
    outcome = {"before": 0, "after": 0, "damaged": 0, "mixed": 0, "half backups": 0, "kills": 0}
    for run in range(3 * RUNS):
        op = tuple(commands)[run % 3]
        work = tmp_path / f"run{run}"
        work.mkdir()
        db = work / "petdesk.sqlite"
        shutil.copyfile(sources["db"], db)
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "petdesk", "--db", str(db), *commands[op]],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if op not in durations:  # the first run of each kind finishes: its result and its duration
            assert proc.wait(timeout=300) == 0, op
            durations[op] = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0, durations[op] * 1.1))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                outcome["kills"] += 1
            proc.wait()
        if checking.quick_check(db) is not None or not checking.check(db).clean:
            outcome["damaged"] += 1
            print(f"run {run} {op}: damaged", flush=True)
            continue
        state = _state(db)
        key = "before" if state == before else "after" if state == after[op] else "mixed"
        outcome[key] += 1
        print(f"run {run} {op}: {key}", flush=True)
        for info in backups.backups_of(db):
            try:
                backups.preview(info.path)
            except backups.BackupError:
                outcome["half backups"] += 1
    print(f"{3 * RUNS} runs: {outcome}; full runs took {durations}")
    assert outcome["damaged"] == outcome["mixed"] == outcome["half backups"] == 0
    assert outcome["before"] + outcome["after"] == 3 * RUNS
