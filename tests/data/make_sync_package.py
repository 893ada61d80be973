"""How ``sync_package_v2.petdesk-sync`` and ``sync_package_v2.json.gz`` were made (kept for the record;
the files themselves are kept: a package written by an older petdesk must always import).

Run once against main's code of 2026-12-02 (commit 2f8ede4, format 2, schema 0022_search_compact):
    git archive 2f8ede4 src | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old/src:. python tests/data/make_sync_package.py tests/data
It writes a full package of a small demo office (every synchronised table, times with
microseconds, an edited and a deleted record, a history) and, beside it, every record the package
holds as that petdesk's ``canonical_dump`` gives it (times as stored integers).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
import tempfile
from pathlib import Path

from petdesk import models as m
from petdesk.db import open_database
from petdesk.demo import generate
from petdesk.services.office import set_identity
from petdesk.sync import service

PASSPHRASE = "correct horse battery staple"  # tests/core/sync/helpers.py


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "qingdao.sqlite")
        with db.transaction() as session:
            set_identity(session, name="Qingdao office", name_zh="青岛办事处", region="Shandong")
        generate(db, contacts=40, seed=17, anchor=dt.date(2026, 11, 1))
        with db.transaction() as session:
            people = session.query(m.Contact).order_by(m.Contact.id).limit(2).all()
            people[0].notes = "Met at the Qingdao water forum, 2026-11-30 09:30 (编辑)"
            people[1].soft_delete()
        service.export_changes(
            db, out / "sync_package_v2.petdesk-sync", PASSPHRASE, kdf_n=2**10, durable=False
        )
        rows = [list(r) for r in service.canonical_dump(db)]
        db.close()
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows)
    (out / "sync_package_v2.json.gz").write_bytes(gzip.compress(f"[\n{lines}\n]\n".encode(), mtime=0))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
