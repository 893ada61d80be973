"""A copy of ``tests/data/petdesk_v1.sqlite`` (the first schema) grown to many contacts."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

V1_DB = Path(__file__).resolve().parents[2] / "data" / "petdesk_v1.sqlite"


def make_large_v1(path: Path, contacts: int) -> int:
    """Write the v1 file with ``contacts`` more contacts (and one e-mail each) to ``path``;
    returns the number of contacts in it."""
    shutil.copyfile(V1_DB, path)
    conn = sqlite3.connect(path)
    try:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(contact)")]
        template = dict(zip(cols, conn.execute("SELECT * FROM contact LIMIT 1").fetchone(), strict=True))
        rows = []
        for i in range(contacts):
            row = dict(template)
            row.update(
                id=str(uuid.UUID(int=i + 1, version=4)), family_name=f"Family{i:05d}", given_name=f"Given{i}"
            )
            rows.append(tuple(row[c] for c in cols))
        marks = ", ".join("?" for _ in cols)
        conn.executemany(f"INSERT INTO contact ({', '.join(cols)}) VALUES ({marks})", rows)
        conn.commit()
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()
