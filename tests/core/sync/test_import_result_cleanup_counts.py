"""``ImportResult.restored`` and ``.merges``: the one count of what a cleanup at the sender did, which
the command line's summary and the Import window both word (field test 69, defect 5)."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import history, merge
from tests.core.sync.helpers import make_office, send


def _cleanup_at_hamburg(hamburg: Database, qingdao: Database, tmp_path: Path) -> None:
    with hamburg.transaction() as s:
        people = [m.Contact(family_name=n, given_name="Jonas") for n in ("Vogel", "Vogel", "Krause", "Lang")]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
        people[2].soft_delete()
        people[3].soft_delete()
    send(hamburg, qingdao, tmp_path, full=True)
    send(qingdao, hamburg, tmp_path, full=True)
    assert len(history.restore_records(hamburg, ids[2:]).restored) == 2
    with hamburg.transaction() as s:
        merge.merge_contacts(s, ids[0], ids[1])


def test_import_result_counts_restorations_and_merges(tmp_path: Path) -> None:
    hamburg, qingdao = (make_office(tmp_path / "dbs", name) for name in ("Hamburg", "Qingdao"))
    _cleanup_at_hamburg(hamburg, qingdao, tmp_path)
    result = send(hamburg, qingdao, tmp_path)
    assert (result.restored, result.merges) == (2, 1)
    again = send(hamburg, qingdao, tmp_path)  # nothing new: nothing said
    assert (again.restored, again.merges) == (0, 0)
    for db in (hamburg, qingdao):
        db.close()
