"""An office that receives an erasure by sync had no list of its own records whose free text still
names the person ("Met Brunhilde Quixotewald" in its activity): only the erasing office got one. The
import now lists them, deleted ones too (they hold the text until purged), in the command's output
and in the result the window shows; and a drive pulled out during the rewrite says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities, privacy
from petdesk.services import organisations as org_service
from petdesk.sync import service
from tests.core.privacy.test_erasure import make_person
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, for this tree's Chinese sentences


def _offices(tmp_path: Path, folder: Path) -> tuple[Database, Database, str, dict[str, str]]:
    """Beijing makes a person known at Bonn; Bonn writes notes of its own naming them, one in a
    deleted activity. Beijing erases the person and exports the package to ``erasure.petdesk-sync``."""
    beijing, bonn = make_office(tmp_path / "dbs", "Beijing"), make_office(folder, "Bonn")
    person_id, _ = make_person(beijing)
    send(beijing, bonn, tmp_path, full=True)
    send(bonn, beijing, tmp_path)
    with bonn.transaction() as s:
        org = org_service.create_organisation(s, name_en="Rhine Water Lab", notes="Ask Bob Bystander.")
        met = activities.add_activity(s, subject="Met Brunhilde Quixotewald at IFAT", organisation_id=org.id)
        gone = activities.add_activity(s, subject="Call", body="与欧阳娜娜通话", organisation_id=org.id)
        ids = {"org": org.id, "met": met.id, "gone": gone.id}
    with bonn.transaction() as s:
        activities.delete_activity(s, ids["gone"])
    privacy.erase(beijing, person_id, look_in_backups=False)
    export(beijing, tmp_path / "erasure.petdesk-sync", to=office_id(bonn))
    return beijing, bonn, person_id, ids


def test_the_receiving_office_gets_its_own_records_naming_the_person(tmp_path: Path) -> None:
    beijing, bonn, _person, ids = _offices(tmp_path, tmp_path / "dbs")
    try:
        result = service.import_package(bonn, tmp_path / "erasure.petdesk-sync", PASSPHRASE, backup=False)
        assert result.erased
        found = {(f.table, f.row_id): f for f in result.mentions}
        assert set(found) == {("activity", ids["met"]), ("activity", ids["gone"])}  # not "Bob Bystander"
        assert found[("activity", ids["gone"])].deleted and not found[("activity", ids["met"])].deleted
        lines = "\n".join(result.mention_lines)
        assert f"Activity {ids['met'][:8]}, Subject: Met Brunhilde Quixotewald at IFAT" in lines
        assert f"Activity (deleted) {ids['gone'][:8]}" in lines and "与欧阳娜娜通话" in lines
    finally:
        beijing.close()
        bonn.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_sync_import_prints_them(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    beijing, bonn, _person, ids = _offices(tmp_path, tmp_path / "dbs")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bonn.close()  # the command opens the file itself
    try:
        argv = ["--lang", lang, "--db", str(bonn.path), "sync", "import", "--passphrase-file", str(secret)]
        assert main([*argv, str(tmp_path / "erasure.petdesk-sync")]) == 0
        out = capsys.readouterr().out
        if lang == "en":
            assert "A person this package erased is still named in 2 records here; edit them" in out
        else:
            assert "此数据包清除的人员的姓名仍写在本办公室的 2 条记录中" in out
        assert f"  {'Activity' if lang == 'en' else '活动'}" in out
        assert (
            ids["met"][:8] in out and ids["gone"][:8] in out and "（已删除）" in out if lang != "en" else True
        )
    finally:
        beijing.close()


def test_nothing_listed_when_the_office_never_named_them(tmp_path: Path) -> None:
    beijing, bonn = make_office(tmp_path / "dbs", "Beijing"), make_office(tmp_path / "dbs", "Bonn")
    try:
        person_id, _ = make_person(beijing)
        send(beijing, bonn, tmp_path, full=True)
        send(bonn, beijing, tmp_path)
        privacy.erase(beijing, person_id, look_in_backups=False)
        result = send(beijing, bonn, tmp_path)
        assert result.erased and result.mentions == [] and result.mention_lines == []
    finally:
        beijing.close()
        bonn.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_a_stick_pulled_before_the_rewrite_is_not_a_full_disk(tmp_path: Path, lang: str) -> None:
    """The stick's folder goes (removed for real) just as the import starts rewriting the file."""
    stick = tmp_path / "stick"
    beijing, bonn, person_id, _ids = _offices(tmp_path, stick)

    def pull(step: str) -> None:
        if step == "removing erased data from the file":  # committed: the rewrite comes next
            shutil.rmtree(stick)

    try:
        result = service.import_package(
            bonn, tmp_path / "erasure.petdesk-sync", PASSPHRASE, backup=False, progress=pull, locale=lang
        )
        assert not stick.exists()
        problem = result.not_rewritten
        assert problem is not None and problem.unreachable
        assert result.erased_person == person_id  # named for "run petdesk person erase", file gone or not
        if lang == "en":
            assert (
                problem.reason == "the drive or the file is no longer reachable (the USB stick pulled out?)"
            )
        else:
            assert problem.reason == "驱动器或文件已无法访问（U 盘是否已拔出？）"
        assert "unable to open" not in problem.reason and "free" not in problem.reason
    finally:
        beijing.close()
        bonn.close()


def test_a_dry_run_lists_them_and_changes_nothing(tmp_path: Path) -> None:
    """The preview of a package that erases a person lists the records here still naming them, as
    the import will (the window's preview and ``sync import --dry-run`` show the same result)."""
    beijing, bonn, person, ids = _offices(tmp_path, tmp_path / "dbs")
    try:
        package = tmp_path / "erasure.petdesk-sync"
        preview = service.import_package(bonn, package, PASSPHRASE, dry_run=True, backup=False)
        found = {(f.table, f.row_id) for f in preview.mentions}
        assert found == {("activity", ids["met"]), ("activity", ids["gone"])}
        assert any("Met Brunhilde Quixotewald at IFAT" in line for line in preview.mention_lines)
        assert privacy.person_to_erase(bonn, person).person_id == person  # still here: a dry run
        result = service.import_package(bonn, package, PASSPHRASE, backup=False)
        assert sorted(result.mention_lines) == sorted(preview.mention_lines)
    finally:
        beijing.close()
        bonn.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_sync_import_dry_run_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    beijing, bonn, _person, ids = _offices(tmp_path, tmp_path / "dbs")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bonn.close()  # the command opens the file itself
    try:
        argv = ["--lang", lang, "--db", str(bonn.path), "sync", "import", "--passphrase-file", str(secret)]
        assert main([*argv, "--dry-run", str(tmp_path / "erasure.petdesk-sync")]) == 0
        out = capsys.readouterr().out
        if lang == "en":
            assert "A person this package erases is still named in 2 records here; the import leaves" in out
        else:
            assert "此数据包将清除的人员的姓名仍写在本办公室的 2 条记录中" in out
        assert ids["met"][:8] in out and ids["gone"][:8] in out
    finally:
        beijing.close()
