"""An import that changes no record keeps no backup and says so, even when the package carries the
change log of a settlement this office made the same way (field test 55, defect 6: "nothing new"
followed by "Backup taken before importing", 2.4 MB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.services import follow_ups, merge
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send


def test_a_package_of_change_log_only_keeps_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    qingdao, hamburg = (make_office(tmp_path / "dbs", name) for name in ("Qingdao", "Hamburg"))
    with qingdao.transaction() as s:
        beijing, liaoning = m.Organisation(name_en="Beijing Rep"), m.Organisation(name_en="Liaoning DOC")
        s.add_all([beijing, liaoning])
        s.flush()
        beijing_id, liaoning_id = beijing.id, liaoning.id
    send(qingdao, hamburg, tmp_path, full=True)
    send(hamburg, qingdao, tmp_path, full=True)
    # Hamburg merges Beijing into Liaoning while Qingdao adds a follow-up to Beijing: both offices
    # move the follow-up to Liaoning, each logging the move.
    with hamburg.transaction() as s:
        merge.merge_organisations(s, liaoning_id, beijing_id)
    with qingdao.transaction() as s:
        follow_ups.add(s, kind="organisation", record_id=beijing_id, title_en="invite")
    to_hamburg, to_qingdao = tmp_path / "q1.pkg", tmp_path / "h1.pkg"
    export(qingdao, to_hamburg, to=office_id(hamburg))
    export(hamburg, to_qingdao, to=office_id(qingdao))
    service.import_package(hamburg, to_hamburg, PASSPHRASE, backup=False)
    service.import_package(qingdao, to_qingdao, PASSPHRASE, backup=False)
    send(qingdao, hamburg, tmp_path)

    # Hamburg's next package holds only the log of its own move, which Qingdao made too.
    package = tmp_path / "h2.pkg"
    export(hamburg, package, to=office_id(qingdao))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    capsys.readouterr()
    assert main(["--db", str(qingdao.path), "sync", "import", str(package)]) == 0
    out = capsys.readouterr().out
    assert "nothing new" in out
    assert "Backup taken" not in out
    assert "Imported; nothing here changed, so no backup was kept." in out
    assert not list((qingdao.path.parent / "backups").glob("Qingdao.sqlite-*before-sync-import*"))
    for db in (qingdao, hamburg):
        db.close()
