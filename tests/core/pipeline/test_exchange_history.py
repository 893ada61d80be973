"""What a 3iPET exchange file changes names the hub that wrote it in the history, and the dry run says
what it would change (field test 26, §10: the history named this office's staff member as if they
had typed the hub's changes; the dry run said only "updated 1 technology")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.services import history
from petdesk.services import office as office_service
from petdesk.services import technologies as tech_service
from petdesk.sync.tracking import STAFF_SETTING

NEW_TEXT = "上海枢纽更新：紧凑型MBR，出水达到地表水IV类标准，占地仅为传统工艺的一半左右。"


def _hub_technology(hub: Database) -> str:
    with hub.transaction() as s:
        office_service.set_identity(s, name="Shanghai Hub", name_zh="上海枢纽")
        tech = tech_service.create_technology(
            s,
            name_en="Compact MBR",
            name_zh="紧凑型膜生物反应器",
            sector="wastewater",
            trl=7,
            description_zh="用于污水的膜生物反应器。",
            licence="CC-BY-4.0",
            share_consent=True,
        )
        return tech.id


def _export(db: Database, out: Path) -> Path:
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(out)]) == 0
    return out


def test_the_hub_s_changes_are_its_own_in_the_history_and_the_dry_run_lists_them(
    tmp_path: Path, capsys, new_database_file: Callable[[Path], Path]
) -> None:
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    here = open_database(new_database_file(tmp_path / "here.sqlite"))
    try:
        with here.transaction() as s:
            office_service.set_identity(s, name="Beijing office", name_zh="北京代表处")
            s.merge(m.Setting(key=STAFF_SETTING, value="Guo Mei"))
        tech_id = _hub_technology(hub)
        assert (
            main(["--db", str(here.path), "exchange", "import", str(_export(hub, tmp_path / "a.json"))]) == 0
        )
        with hub.transaction() as s:
            tech_service.update_technology(s, tech_id, description_zh=NEW_TEXT, trl=8)
        second = _export(hub, tmp_path / "b.json")
        capsys.readouterr()

        args = ["--db", str(here.path), "--lang", "en", "exchange", "import", str(second)]
        assert main([*args, "--dry-run"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith("Would import b.json:")
        assert out[1] == "  ~ Technology Compact MBR"
        changed = "\n".join(out[2:])
        assert "TRL: 7 → 8" in changed
        assert f"用于污水的膜生物反应器。 → {NEW_TEXT[:39]}…" in changed  # shortened to 40 characters
        with here.reading() as s:
            assert s.get(m.Technology, tech_id).trl == 7  # a dry run

        assert main(args) == 0
        with here.reading() as s:
            entries = history.record_history(s, "technology", tech_id)
        changes = [e for e in entries if e.field in ("trl", "description_zh")]
        assert len(changes) == 2
        # imported here (and sent on from here), from the hub's file: no office row for the hub, which
        # would stand among the sync partners and never acknowledge a package
        hub_file = ("Beijing office", "3iPET · Shanghai Hub (上海枢纽)")
        assert {(e.office, e.staff) for e in changes} == {hub_file}
        created = [e for e in entries if e.is_creation]
        assert [(e.office, e.staff) for e in created] == [hub_file]
        with here.reading() as s:
            assert [o.name for o in s.query(m.Office)] == ["Beijing office"]
        # this office's own edits still name its staff member
        with here.transaction() as s:
            tech_service.update_technology(s, tech_id, trl=9)
            assert office_service.get_self(s).name == "Beijing office"
        with here.reading() as s:
            (own,) = [e for e in history.record_history(s, "technology", tech_id) if e.new_value == 9]
        assert (own.office, own.staff) == ("Beijing office", "Guo Mei")
    finally:
        hub.close()
        here.close()
