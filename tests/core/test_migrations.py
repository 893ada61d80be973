"""The first schema's database file, kept forever, upgrades in place to the newest schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from petdesk.db import code_heads, file_revisions, open_database
from petdesk.models import Base, Contact
from petdesk.models.base import time_columns
from petdesk.models.search import FTS_TABLES
from petdesk.models.types import read_stored_time
from petdesk.services.funders import funder_id
from tests.helpers.v1_upgraded import v1_at

#: Columns later schemas dropped, their content carried elsewhere (checked separately).
RETIRED = {"project": {"fund_en", "fund_zh"}}
#: Columns later schemas make again from others (0027_one_method_key: the first file's phone keys
#: lack a digit), checked against the rule that makes them.
DERIVED = {"contact_method": {"normalized"}}
V1_DB = Path(__file__).resolve().parents[1] / "data" / "petdesk_v1.sqlite"

#: Tables of the first schema and the rows the committed file holds in each.
V1_ROWS = {
    "office": 1,
    "organisation": 4,
    "contact": 9,
    "contact_method": 18,
    "affiliation": 10,
    "visit": 1,
    "visit_participant": 4,
    "itinerary_item": 1,
    "itinerary_attendee": 1,
    "itinerary_organisation": 1,
    "follow_up": 1,
    "training": 1,
    "training_session": 1,
    "session_trainer": 1,
    "training_participant": 4,
    "attendance": 4,
    "activity": 1,
    "project": 1,
}


def _migration_context(conn: object) -> MigrationContext:
    """Compare only tables the models declare; the FTS5 search index and its shadow tables are
    created by migration 0002_search outside the ORM metadata."""
    return MigrationContext.configure(
        conn, opts={"include_name": lambda name, type_, _parent: type_ != "table" or name not in FTS_TABLES}
    )


def _dump(path: Path, tables: dict[str, int]) -> dict[str, list[tuple]]:
    """Every row of the v1 tables, restricted to the v1 columns, in id order; times as instants
    (ISO text before 0021_compact_times, integer microseconds since)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            times = {i for i, c in enumerate(cols) if c in time_columns(table)}
            rows = [
                tuple(read_stored_time(v) if i in times else v for i, v in enumerate(row))
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
            ]
            out[table] = (cols, rows)
        return out
    finally:
        conn.close()


def test_committed_v1_file_is_the_first_schema() -> None:
    conn = sqlite3.connect(V1_DB)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
        for table, n in V1_ROWS.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
    finally:
        conn.close()


def test_v1_file_upgrades_to_newest_schema_losing_nothing(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copy(V1_DB, copy)
    before = _dump(copy, V1_ROWS)

    db = open_database(copy)
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.engine.connect() as conn:
            assert compare_metadata(_migration_context(conn), Base.metadata) == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()

    after = _dump(copy, V1_ROWS)
    for table, (cols, rows) in before.items():
        new_cols, new_rows = after[table]
        kept = [c for c in cols if c not in RETIRED.get(table, set()) | DERIVED.get(table, set())]
        assert set(kept) <= set(new_cols), f"{table} lost columns"
        positions = [new_cols.index(c) for c in kept]
        projected = sorted(tuple(r[i] for i in positions) for r in new_rows)
        if table == "organisation":  # the project's fund became an organisation (0016_funders)
            projected = [r for r in projected if r[new_cols.index("source")] != "0016_funders"]
        old = sorted(tuple(r[cols.index(c)] for c in kept) for r in rows)
        assert projected == old, f"{table} changed"
    # the fund name the project had is now its funder organisation
    conn = sqlite3.connect(copy)
    try:
        funder = conn.execute(
            "SELECT o.name_en, o.name_zh, o.kind, o.id FROM project p JOIN organisation o "
            "ON o.id = p.funder_organisation_id"
        ).fetchall()
    finally:
        conn.close()
    assert funder == [("GEF", "全球环境基金", "fund", funder_id("GEF", "全球环境基金"))]
    from petdesk.services.matching import method_key

    cols, rows = after["contact_method"]
    at = {c: cols.index(c) for c in ("channel", "value", "normalized")}
    assert [r[at["normalized"]] for r in rows] == [method_key(r[at["channel"]], r[at["value"]]) for r in rows]
    # the old file was backed up before the upgrade
    assert list((tmp_path / "backups").glob("old.sqlite-*-before-upgrade-*.gz"))


def test_fresh_database_matches_models(db) -> None:
    with db.engine.connect() as conn:
        assert compare_metadata(_migration_context(conn), Base.metadata) == []


def test_opening_again_does_not_migrate_or_back_up(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    open_database(path).close()
    open_database(path).close()
    assert not list(tmp_path.glob("*.bak"))


def test_migrations_have_exactly_one_head() -> None:
    assert len(code_heads()) == 1


def test_cheap_revision_reading_agrees_with_alembic() -> None:
    """Opening a file reads the migration files' revision lines instead of loading Alembic (issue 18):
    both ways must find the same heads and revisions."""
    from alembic.script import ScriptDirectory

    from petdesk.db import _alembic_config, alembic_heads, known_revisions

    assert code_heads() == alembic_heads()
    walked = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    assert known_revisions() == walked


def _copy_row(conn: sqlite3.Connection, table: str, source_id: str, **values: object) -> None:
    """Insert a copy of one row with some columns changed (the schema of any revision)."""
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    picks = [f":{c}" if c in values else c for c in cols]
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(picks)} FROM {table} WHERE id = :src",
        {**values, "src": source_id},
    )


def test_0016_turns_fund_names_into_funder_organisations(tmp_path: Path) -> None:

    path = tmp_path / "funds.sqlite"
    v1_at("0014_logistics", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        (pid,) = conn.execute("SELECT id FROM project").fetchone()
        (bonn,) = conn.execute("SELECT id FROM organisation WHERE name_en LIKE 'Bonn%'").fetchone()
        cases = {
            "p-known": ("bonn municipal government", ""),  # an organisation of that name exists
            "p-sida-1": ("Sida", "瑞典国际开发合作署"),
            "p-sida-2": ("SIDA ", ""),  # the same fund, other spelling: one organisation
            "p-zh-only": ("", "亚洲开发银行"),
            "p-none": ("", ""),
        }
        for new_id, (en, zh) in cases.items():
            _copy_row(conn, "project", pid, id=new_id, fund_en=en, fund_zh=zh)
        _copy_row(conn, "project", pid, id="p-has-funder", fund_en="World Bank", funder_organisation_id=bonn)
    conn.close()
    db = open_database(path)  # runs 0016_funders
    try:
        with db.engine.connect() as c:
            funder = dict(c.exec_driver_sql("SELECT id, funder_organisation_id FROM project").fetchall())
            orgs = {
                r[0]: r[1:]
                for r in c.exec_driver_sql("SELECT id, name_en, name_zh, kind FROM organisation").fetchall()
            }
            cols = [r[1] for r in c.exec_driver_sql("PRAGMA table_info(project)")]
            assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert c.exec_driver_sql("SELECT count(*) FROM project_stage_change").scalar() is not None
    finally:
        db.close()
    assert "fund_en" not in cols and "fund_zh" not in cols
    assert funder["p-known"] == bonn and funder["p-has-funder"] == bonn
    sida = funder_id("Sida", "瑞典国际开发合作署")
    assert funder["p-sida-1"] == funder["p-sida-2"] == sida
    assert orgs[sida] == ("Sida", "瑞典国际开发合作署", "fund")
    assert orgs[funder["p-zh-only"]] == ("", "亚洲开发银行", "fund")
    assert funder["p-zh-only"] == funder_id("", "亚洲开发银行")
    assert funder["p-none"] is None
    assert orgs[funder[pid]] == ("GEF", "全球环境基金", "fund")
    assert len(orgs) == 4 + 3  # GEF, Sida and ADB were added; no "World Bank", no duplicate Sida


def test_0026_gives_numbers_stored_with_a_trunk_zero_the_key_of_today(tmp_path: Path) -> None:
    """A number stored before "(0)" was left out of phone keys kept "4903012345678": search and
    ``find_contacts`` did not find it as "+49 30 1234 5678". The upgrade gives it today's key, leaves
    other numbers alone and records nothing for other offices (each computes the same key)."""
    from petdesk.services import contacts, search

    path = tmp_path / "trunk.sqlite"
    v1_at("0025_name_order_index", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        for old, value, key, channel in (
            ("+86 138 0000 1007", "+49 (0)30 1234 5678", "4903012345678", "phone"),
            ("+86 138 0000 1008", "(010) 6512 3456", "01065123456", "phone"),  # no country code
            ("+86 138 0000 1006", "+46 (0)8 123 4567", "46081234567", "fax"),
        ):
            conn.execute(
                "UPDATE contact_method SET value = ?, normalized = ?, channel = ? WHERE value = ?",
                (value, key, channel, old),
            )
        conn.execute("DELETE FROM search_dirty")
    sync_before = _sync_rows(conn)
    conn.close()

    db = open_database(path)  # runs 0026_phone_trunk_keys
    try:
        with db.engine.connect() as c:
            keys = dict(c.exec_driver_sql("SELECT value, normalized FROM contact_method").fetchall())
        raw = sqlite3.connect(path)
        try:
            assert _sync_rows(raw) == sync_before  # no field version, no change-log entry
        finally:
            raw.close()
        assert keys["+49 (0)30 1234 5678"] == "493012345678"
        assert keys["+46 (0)8 123 4567"] == "4681234567"
        assert keys["(010) 6512 3456"] == "01065123456"
        with db.transaction() as s:
            (found,) = contacts.find_contacts(s, phone="+49 30 1234 5678")
            assert found.family_name == "Becker"
            # the search index's triggers marked the contacts; the next write works the marks off
            search.refresh_search_index(s)
            rows = search.search(s, "+49 30 1234 5678", kind=search.CONTACT)
            assert [r.entity_id for r in rows] == [found.id]
    finally:
        db.close()


def test_0027_gives_every_method_the_key_of_the_one_rule(tmp_path: Path) -> None:
    """Keys two rules made (the window's kept "00" and full-width digits, the importer's kept an
    extension's digits and keyed a WhatsApp number as text) become the one rule's: search and
    ``find_contacts`` find the people by their numbers, nothing is recorded for other offices, and
    the keys already right are left alone."""
    from petdesk.services import contacts, search

    path = tmp_path / "keys.sqlite"
    v1_at("0026_phone_trunk_keys", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        for old, channel, value, key in (
            # typed in the window: "00" and full-width digits kept, "mailto:" kept
            ("+86 138 0000 1007", "phone", "0049 30 1234 5678", "00493012345678"),
            ("+86 138 0000 1004", "phone", "＋８６ １３８ ００１３ ８０００", "８６１３８００１３８０００"),
            (
                "yang.liu@city5.example",
                "email",
                "MAILTO:Yang.Liu@city5.example",
                "mailto:yang.liu@city5.example",
            ),
            ("xiaoming.ouyang@city3.example", "wechat", "Straße_88", "straße_88"),
            # imported: the extension's digits kept, a WhatsApp number keyed as its text
            ("+86 138 0000 1008", "phone", "+33 1 2345 6789 ext. 12", "3312345678912"),
            ("+86 138 0000 1006", "whatsapp", "+46 70 123 4567", "+46 70 123 4567"),
        ):
            conn.execute(
                "UPDATE contact_method SET value = ?, normalized = ?, channel = ? WHERE value = ?",
                (value, key, channel, old),
            )
        conn.execute("DELETE FROM search_dirty")
    sync_before = _sync_rows(conn)
    conn.close()

    db = open_database(path)  # runs 0027_one_method_key
    try:
        with db.engine.connect() as c:
            keys = dict(c.exec_driver_sql("SELECT value, normalized FROM contact_method").fetchall())
        raw = sqlite3.connect(path)
        try:
            assert _sync_rows(raw) == sync_before  # no field version, no change-log entry
        finally:
            raw.close()
        assert keys["0049 30 1234 5678"] == "493012345678"
        assert keys["＋８６ １３８ ００１３ ８０００"] == "8613800138000"
        assert keys["MAILTO:Yang.Liu@city5.example"] == "yang.liu@city5.example"
        assert keys["Straße_88"] == "strasse_88"
        assert keys["+33 1 2345 6789 ext. 12"] == "33123456789"
        assert keys["+46 70 123 4567"] == "46701234567"
        assert keys["+86 138 0000 1000"] == "8613800001000"  # the first file's key lacked a digit
        assert keys["wei.zhang@city0.example"] == "wei.zhang@city0.example"
        with db.transaction() as s:
            (becker,) = contacts.find_contacts(s, phone="+49 30 1234 5678")
            assert becker.family_name == "Becker"
            (liu,) = contacts.find_contacts(s, email="Yang.Liu@city5.example")
            assert liu.family_name == "Liu"
            # the search index's triggers marked the contacts; the next write works the marks off
            search.refresh_search_index(s)
            for number, family in (
                ("+49 30 1234 5678", "Becker"),
                ("0049 30 1234 5678", "Becker"),
                ("+86 138 0013 8000", "Chen"),
                ("+33 1 2345 6789", "Dubois"),
                ("+46 70 123 4567", "Lindqvist"),
            ):
                (row,) = search.search(s, number, kind=search.CONTACT)
                assert s.get(Contact, row.entity_id).family_name == family, number
    finally:
        db.close()


def test_0027_hands_python_every_row_whose_key_is_not_the_rule_s() -> None:
    """SQLite leaves out the rows whose key the plain value shows to be right: none with another key
    may be among them, whatever rule made it."""
    import importlib.util

    from petdesk import migrations
    from petdesk.services.matching import method_key

    script = Path(next(iter(migrations.__path__))) / "versions" / "0027_one_method_key.py"
    spec = importlib.util.spec_from_file_location("m0027", script)
    assert spec is not None and spec.loader is not None
    m0027 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0027)
    values = [
        "+49 30 1234567",
        "0049 30 1234567",
        "0049-30-1234567 ext. 12",
        "+49 (0)30 1234567",
        "＋８６ １３８ ００１３ ８０００",
        "tel:+861380013800;ext=5",
        "00",
        "",
        " +86 10 6512 3456\t",
        "Ana.Lima@Example.CN",
        " MAILTO:b@y.cn",
        "a@b.example\t",
        "ÄNNE@Straße.de",
        "wxid_Abc",
        "Straße_88",
    ]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE contact_method (channel TEXT, value TEXT, normalized TEXT)")
    for channel in ("phone", "fax", "whatsapp", "email", "wechat", "line"):
        for value in values:
            keys = {method_key(channel, v) for v in values} | {
                method_key(channel, value),
                value,
                value.strip(),
                value.lower(),
                value.strip().casefold(),
                "".join(ch for ch in value if ch.isdigit()),
                "00" + method_key(channel, value),
                method_key(channel, value)[2:],
            }
            conn.executemany(
                "INSERT INTO contact_method VALUES (?, ?, ?)", [(channel, value, key) for key in keys]
            )
    sql = m0027._CANDIDATES.replace(":first", "?").replace(":last", "?")
    picked = {row for row, *_ in conn.execute(sql, (1, 10**9))}
    rows = conn.execute("SELECT rowid, channel, value, normalized FROM contact_method").fetchall()
    wrong = {row for row, channel, value, key in rows if method_key(channel, value) != key}
    assert wrong and wrong <= picked
    assert len(picked) < len(rows)  # and it does leave some out


def _sync_rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of the sync bookkeeping tables (field versions, change log ...), by table; a
    table without rows is left out (a later revision's new table holds none at first)."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sync%'"
        )
    ]
    rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    return {t: found for t, found in rows.items() if found}


def test_0028_adds_retired_offices_to_a_file_of_0027(tmp_path: Path) -> None:
    """A hub's file of the previous schema, which knows another office, upgrades with its data and
    sync bookkeeping untouched; the office can then be retired and the decision is kept."""
    from petdesk.sync import service

    path = tmp_path / "hub.sqlite"
    v1_at("0027_one_method_key", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO office (id, name, name_zh, region, is_self, notes, created_at, updated_at) "
            "VALUES ('laptop-eu-old', 'Laptop EU', '', 'Europe', 0, '', 0, 0)"
        )
        conn.execute(
            "INSERT INTO sync_peer (office_id, acked, last_import_at) VALUES ('laptop-eu-old', '{}', 0)"
        )
    assert "sync_retired_office" not in {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    before = _sync_rows(conn)
    conn.close()

    db = open_database(path)  # runs 0028_retired_offices
    try:
        assert file_revisions(db.engine) == code_heads()
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM sync_retired_office").fetchone() == (0,)
        after = _sync_rows(conn)
        conn.close()
        # 0048_peer_schema adds the schema of each peer's last package: none read since.
        assert [row[-1] for row in after["sync_peer"]] == ["[]"]
        after["sync_peer"] = [row[:-1] for row in after["sync_peer"]]
        assert after == before and after["sync_peer"]
        [old] = [o for o in service.list_offices(db) if o.id == "laptop-eu-old"]
        assert old.retired_at is None and old.last_import_at is not None
        service.retire_office(db, old.id)
        assert service.find_office(db, "Laptop EU", retired=True).retired_at is not None
    finally:
        db.close()


def test_0030_puts_the_initials_of_long_chinese_names_into_the_search_index(tmp_path: Path) -> None:
    """A file indexed before initials of three characters or more were kept: the upgrade rewrites
    the text of those people's entries in place, as a rebuild writes it, and search finds
    欧阳晓明 by "oyxm" and "ouyangxm" (field test 6, defect 10); the other entries, the row ids
    and the FTS index stay sound."""
    from petdesk.services import search

    path = tmp_path / "initials.sqlite"
    v1_at("0029_lost_edits", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        search._rebuild(conn)  # the index as a file at 0029 has it once written to
        # the text as the code before wrote it: without the initials word
        stripped = conn.execute(
            "UPDATE search_entry SET text = replace(text, ' ; oyxm', '') WHERE text LIKE '% ; oyxm%'"
        )
        assert stripped.rowcount == 1
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    old = dict(conn.execute("SELECT id, text FROM search_entry").fetchall())
    conn.close()

    db = open_database(path)  # runs 0030_name_initials
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            [ouyang] = search.search(s, "oyxm", kind=search.CONTACT)
            assert ouyang.name_zh == "欧阳晓明"
            found = search.search(s, "ouyangxm", kind=search.CONTACT)
            assert [r.entity_id for r in found] == [ouyang.entity_id]
            assert search.check_index(s)
        conn = sqlite3.connect(path)
        new = dict(conn.execute("SELECT id, text FROM search_entry").fetchall())
        conn.close()
        assert new.keys() == old.keys()
        assert {i for i in new if new[i] != old[i]} == {i for i in new if "oyxm" in new[i]}
        assert ["oyxm" in t.split(" ; ") for t in new.values()].count(True) == 1
        with db.transaction() as s:  # once more: nothing to do
            assert search.refresh_long_chinese_name_texts(search._dbapi(s)) == 0
        with db.transaction() as s:
            search.rebuild_search_index(s)
        conn = sqlite3.connect(path)
        rebuilt = set(conn.execute("SELECT text FROM search_entry").fetchall())
        conn.close()
        assert rebuilt == {(t,) for t in new.values()}
    finally:
        db.close()
