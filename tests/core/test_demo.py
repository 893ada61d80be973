"""The demo data generator: deterministic, scaled by the number of contacts, consistent, bilingual."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from petdesk import vocab
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.demo import DemoError, generate
from petdesk.demo import data as D
from petdesk.demo.generator import _uuid, planned_sizes
from petdesk.ids import as_uuid, compact
from petdesk.models import enums
from petdesk.models.types import read_stored_time, stored_time
from petdesk.services import search
from tests.helpers.fixtures import DEMO_ANCHOR

DUMPED = (
    "organisation",
    "contact",
    "contact_method",
    "affiliation",
    "visit",
    "itinerary_item",
    "training_session",
)


def _dump(db: Database) -> dict[str, list[tuple]]:
    with closing(db.raw()) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in DUMPED}


@pytest.fixture(scope="module")
def empty_file(empty_template: Path) -> Path:
    """The session's migrated empty file (``empty_template``), copied for each new database:
    migrating a new file takes about a second."""
    return empty_template


def _make(
    empty: Path, path: Path, *, contacts: int, seed: int, anchor: dt.date = DEMO_ANCHOR
) -> tuple[Database, dict]:
    shutil.copy(empty, path)
    db = open_database(path)
    counts = generate(db, contacts=contacts, seed=seed, anchor=anchor)
    return db, counts


@pytest.fixture(scope="module")
def demo(empty_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[str, int]]:
    db, counts = _make(empty_file, tmp_path_factory.mktemp("demo") / "demo.sqlite", contacts=300, seed=11)
    yield db, counts
    db.close()


@pytest.fixture
def conn(demo: tuple[Database, dict[str, int]]) -> sqlite3.Connection:
    connection = demo[0].raw()
    yield connection
    connection.close()


def _with_office(empty: Path, path: Path) -> Path:
    """A copy of ``empty`` with an office of its own (copies of it are that same office)."""
    from petdesk.services import office as office_service

    shutil.copy(empty, path)
    db = open_database(path)
    with db.transaction() as session:
        office_service.set_identity(session, name="Hanoi Office")
    db.close()
    return path


@pytest.fixture(scope="module")
def seed_5(empty_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Database]]:
    """The demo of seed 5 (80 contacts) at an office of its own, made once for the three tests that
    compare demos with it (read only): (the office's file before the demo, the demo)."""
    folder = tmp_path_factory.mktemp("seed-5")
    office = _with_office(empty_file, folder / "office.sqlite")
    db, _ = _make(office, folder / "a.sqlite", contacts=80, seed=5)
    yield office, db
    db.close()


def test_same_seed_and_anchor_give_identical_rows(seed_5: tuple[Path, Database], tmp_path: Path) -> None:
    """... at one office (copies of one file): the ids are the office's own."""
    office, a = seed_5
    b, _ = _make(office, tmp_path / "b.sqlite", contacts=80, seed=5)
    c, _ = _make(office, tmp_path / "c.sqlite", contacts=80, seed=6)
    try:
        dump_a, dump_b, dump_c = _dump(a), _dump(b), _dump(c)
        assert dump_a == dump_b
        for table in DUMPED:
            assert dump_a[table] != dump_c[table], table
    finally:
        for db in (b, c):
            db.close()


def _ids_and_rest(db: Database) -> tuple[set[str], dict[str, list[tuple]]]:
    """Every id of the dumped tables, and their rows in the order made, without the columns of ids."""
    ids: set[str] = set()
    rest: dict[str, list[tuple]] = {}
    with closing(db.raw()) as conn:
        for table in DUMPED:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in cols if c != "id" and not c.endswith("_id")]
            ids.update(r[0] for r in conn.execute(f"SELECT id FROM {table}"))
            rest[table] = conn.execute(f"SELECT {', '.join(kept)} FROM {table} ORDER BY rowid").fetchall()
    return ids, rest


def test_two_offices_get_the_same_demo_under_ids_of_their_own(
    seed_5: tuple[Path, Database], empty_file: Path, tmp_path: Path
) -> None:
    """Each new file is an office of its own: the seed's people, places and dates, the office's ids
    (so that two demo offices can sync: see tests/core/sync/test_demo_data.py)."""
    a = seed_5[1]
    b, _ = _make(empty_file, tmp_path / "b.sqlite", contacts=80, seed=5)
    try:
        (ids_a, rest_a), (ids_b, rest_b) = _ids_and_rest(a), _ids_and_rest(b)
        assert rest_a == rest_b
        with closing(a.raw()) as conn:
            funders = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM organisation WHERE kind = ?", (enums.OrgKind.FUND.value,)
                )
            }
        # only the funders added by name share an id: it is the one any office gives that fund
        assert ids_a & ids_b <= funders
        assert len(ids_a - funders) > 500
        for made in ids_a | ids_b:
            number = as_uuid(made)
            assert number is not None and number.version in (5, 8), made
    finally:
        b.close()


def test_counts_scale_with_contacts(
    demo: tuple[Database, dict[str, int]], empty_file: Path, tmp_path: Path
) -> None:
    _db, small = demo
    big_db, big = _make(empty_file, tmp_path / "big.sqlite", contacts=1200, seed=11)
    big_db.close()
    for counts, n in ((small, 300), (big, 1200)):
        plan = planned_sizes(n)
        for key in ("contacts", "visits", "trainings", "projects"):
            assert counts[key] == plan[key], key
        # funders are organisations: those no spare enterprise became are added (at most 12)
        assert plan["organisations"] <= counts["organisations"] <= plan["organisations"] + 12
        assert plan["activities"] <= counts["activities"] <= plan["activities"] + plan["visits"]
        assert 1.1 * n < counts["affiliations"] < 1.3 * n
        assert 2.5 * n < counts["contact methods"] < 4.5 * n
    assert big["activities"] > 3 * small["activities"]
    # the full-size figures follow the issue: contacts/40 organisations, /200 visits, /1000 trainings
    assert planned_sizes(100_000) == {
        "organisations": 2500, "contacts": 100_000, "visits": 500, "trainings": 100,
        "activities": 50_000, "projects": 250,
    }  # fmt: skip
    assert planned_sizes(0)["organisations"] == 60 and planned_sizes(0)["visits"] == 12


def test_returned_counts_match_the_database(
    demo: tuple[Database, dict[str, int]], conn: sqlite3.Connection
) -> None:
    _db, counts = demo
    tables = {
        "organisations": "organisation",
        "contacts": "contact",
        "contact methods": "contact_method",
        "itinerary items": "itinerary_item",
        "attendance records": "attendance",
        "projects": "project",
    }
    for label, table in tables.items():
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == counts[label] > 0


def test_foreign_keys_and_integrity(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_kind_and_status_is_present(conn: sqlite3.Connection) -> None:
    def values(sql: str) -> set[str]:
        return {r[0] for r in conn.execute(sql)}

    assert values("SELECT kind FROM organisation") == {k.value for k in enums.OrgKind}
    assert values("SELECT kind FROM itinerary_item") == {k.value for k in enums.ItineraryKind}
    assert values("SELECT status FROM visit") == {s.value for s in enums.VisitStatus}
    assert values("SELECT direction FROM visit") == {d.value for d in enums.VisitDirection}
    assert values("SELECT status FROM project") == {s.value for s in enums.ProjectStatus}
    assert {"head", "host", "interpreter", "organiser"} <= values("SELECT role FROM visit_participant")
    assert values("SELECT kind FROM activity") == {k.value for k in enums.ActivityKind}


def test_itinerary_items_lie_within_their_visit_in_local_time(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT v.start_date, v.end_date, i.starts_at, i.ends_at, i.timezone, v.status "
        "FROM itinerary_item i JOIN visit v ON v.id = i.visit_id"
    ).fetchall()
    zones = set()
    for start, end, starts_at, ends_at, tz, _status in rows:
        begin, finish = read_stored_time(starts_at), read_stored_time(ends_at)
        assert begin.utcoffset() == dt.timedelta(0)
        assert begin < finish
        local_begin = begin.astimezone(ZoneInfo(tz))
        local_end = finish.astimezone(ZoneInfo(tz))
        assert (
            dt.date.fromisoformat(start)
            <= local_begin.date()
            <= local_end.date()
            <= dt.date.fromisoformat(end)
        )
        assert 7 <= local_begin.hour <= 21
        zones.add(tz)
    assert "Asia/Shanghai" in zones and any(z.startswith("Europe/") for z in zones)
    per_visit = conn.execute("SELECT count(*) FROM itinerary_item GROUP BY visit_id").fetchall()
    assert all(4 <= n <= 12 for (n,) in per_visit)
    sizes = conn.execute("SELECT count(*) FROM visit_participant GROUP BY visit_id").fetchall()
    assert all(3 <= n <= 10 for (n,) in sizes)


def test_dates_are_consistent(conn: sqlite3.Connection) -> None:
    anchor_end = dt.datetime.combine(DEMO_ANCHOR, dt.time(), dt.UTC)
    assert conn.execute(
        "SELECT count(*) FROM affiliation WHERE end_date IS NOT NULL AND end_date <= start_date"
    ).fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM visit WHERE end_date < start_date").fetchone() == (0,)
    # past visits are done or cancelled, future ones planned or confirmed
    for start, end, status in conn.execute("SELECT start_date, end_date, status FROM visit"):
        if dt.date.fromisoformat(end) < DEMO_ANCHOR:
            assert status in ("done", "cancelled")
        if dt.date.fromisoformat(start) > DEMO_ANCHOR:
            assert status in ("planned", "confirmed")
    for table in ("organisation", "contact", "visit", "training", "activity", "project"):
        for created, updated in conn.execute(f"SELECT created_at, updated_at FROM {table}"):
            c, u = read_stored_time(created), read_stored_time(updated)
            assert c <= u <= anchor_end, table
    # attendance only for sessions that are over
    assert conn.execute(
        "SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id "
        "WHERE s.ends_at > ?",
        (stored_time(anchor_end),),
    ).fetchone() == (0,)
    for kind, ids in conn.execute("SELECT 'all', id FROM contact LIMIT 50"):
        # in the compact form of petdesk.ids, which writes the UUID in 22 characters
        assert len(ids) == 22 and (found := as_uuid(ids)) is not None and found.version == 8, kind


def test_chinese_people_have_both_scripts_and_correct_pinyin(conn: sqlite3.Connection) -> None:
    family_pinyin = {zh: py for zh, py, _ in D.CN_FAMILY}
    rows = conn.execute(
        "SELECT family_name, given_name, family_name_zh, given_name_zh, name_order FROM contact "
        "WHERE family_name_zh != ''"
    ).fetchall()
    chinese = [r for r in rows if r[2] in family_pinyin]
    assert len(chinese) > 150
    compound = single = double = 0
    for family, given, family_zh, given_zh, order in chinese:
        assert family and given and given_zh
        if family_zh in {"刘", "陈", "王", "赵", "孙"} and given_zh in {"洋", "静", "磊", "敏", "浩"}:
            continue  # the office's own staff
        assert family == family_pinyin[family_zh]
        assert given.replace("'", "").lower() == "".join(D.PINYIN[ch] for ch in given_zh)
        assert order in ("family_first", "given_first")
        compound += len(family_zh) == 2
        single += len(given_zh) == 1
        double += len(given_zh) == 2
    assert single and double
    all_families = conn.execute("SELECT family_name_zh FROM contact").fetchall()
    assert len(all_families) == 300
    assert compound >= 0
    foreign = conn.execute("SELECT count(*) FROM contact WHERE family_name_zh = ''").fetchone()[0]
    assert foreign > 10


def test_genders_are_stored_as_codes(conn: sqlite3.Connection) -> None:
    """As the editor and the importer store them, so that a round trip through a file keeps them."""
    genders = {gender for (gender,) in conn.execute("SELECT DISTINCT gender FROM contact")}
    assert genders == {"m", "f"}


def test_contact_methods_are_normalized(conn: sqlite3.Connection) -> None:
    """Keyed as every way in keys them (the generator writes its rows without ``method_key``)."""
    from petdesk.services.matching import method_key

    rows = conn.execute("SELECT channel, value, normalized FROM contact_method").fetchall()
    for channel, value, normalized in rows:
        assert normalized == method_key(channel, value), (channel, value)
        if channel == "email":
            assert value.endswith(".example")
        elif channel in ("phone", "whatsapp", "fax"):
            assert value.startswith("+")
    assert {r[0] for r in rows} >= {"email", "phone", "wechat"}
    websites = conn.execute("SELECT website FROM organisation").fetchall()
    assert all(w.startswith("https://www.") and w.endswith(".example") for (w,) in websites)


def test_office_identity_is_set(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT name, name_zh, region FROM office WHERE is_self = 1").fetchall() == [
        ("Beijing Representation Office", "北京代表处", "East Asia")
    ]


def test_search_index_covers_demo_data(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT count(*) FROM search_dirty").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM search_entry WHERE kind = 'contact'").fetchone() == (300,)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "search_dirty_contact_ins" in triggers


def test_a_few_contacts_have_nicknames_the_search_finds(demo: tuple[Database, dict[str, int]]) -> None:
    """About one in twenty, as colleagues say them (老王, 小李, Tom for Thomas), so that the search
    benchmarks go through the nickname part of the index (migration 0034) too."""
    db, _counts = demo
    with closing(db.raw()) as conn:
        rows = conn.execute(
            "SELECT id, nickname, family_name_zh, given_name FROM contact WHERE nickname <> ''"
        ).fetchall()
    assert 0.01 * 300 <= len(rows) <= 0.1 * 300  # (4.5 % of 20,000)
    short_forms = {form for forms in D.SHORT_FORMS.values() for form in forms}
    for _id, nickname, family_zh, given in rows:
        if family_zh:
            assert nickname[0] in "老小" and len(nickname) == 2, nickname
        else:
            assert nickname in short_forms and nickname in D.SHORT_FORMS[given], (nickname, given)
    cid, nickname = rows[0][:2]
    with db.reading() as s:
        assert cid in [r.entity_id for r in search.search(s, nickname, kind=search.CONTACT, limit=500)]


def test_same_seed_twice_is_refused(demo: tuple[Database, dict[str, int]]) -> None:
    db, counts = demo
    with pytest.raises(DemoError, match="seed 11"):
        generate(db, contacts=10, seed=11, anchor=DEMO_ANCHOR)
    with closing(db.raw()) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (counts["contacts"],)


@pytest.mark.parametrize("canonical", [False, True])
def test_a_seed_used_on_a_file_of_version_4_ids_is_refused_too(db: Database, canonical: bool) -> None:
    """Demo files made before ids were version 8 begin with the version-4 id of the same draw (in the
    compact form, or the canonical one before ids were compact)."""
    import random

    from petdesk import models as m
    from petdesk.demo.generator import _earlier, _uuid_int
    from petdesk.services import office as office_service

    first = _uuid_int(random.Random(12)) & ~(1 << 127)
    earlier = as_uuid(compact(_earlier(first)))
    assert earlier is not None and earlier.version == 4
    with db.transaction() as s:
        office_service.mark_demo(s)  # a demo file: a real office's file is refused whatever the seed
        s.add(m.Organisation(id=str(earlier) if canonical else compact(earlier.int), name_en="Made before"))
    with pytest.raises(DemoError, match="seed 12"):
        generate(db, contacts=10, seed=12, anchor=DEMO_ANCHOR)
    generate(db, contacts=10, seed=13, anchor=DEMO_ANCHOR)


def test_uuid_helper_gives_version_8_uuids_of_the_draw() -> None:
    import random

    a, b = random.Random(3), random.Random(3)
    drawn = uuid.UUID(int=b.getrandbits(128), version=4).int  # the variant bits, and version 4 ...
    made = as_uuid(_uuid(a))
    assert made is not None and made.version == 8 and made.variant == uuid.RFC_4122
    assert made.int ^ drawn == (8 ^ 4) << 76  # ... which differs from 8 in its version bits only


def test_vocabularies_cover_every_enum_in_both_languages() -> None:
    for enum_cls in (
        enums.OrgKind, enums.ContactChannel, enums.ChannelLabel, enums.NameOrder, enums.VisitDirection,
        enums.VisitStatus, enums.ParticipantRole, enums.ItineraryKind, enums.TrainingStatus,
        enums.TrainingRole, enums.AttendanceStatus, enums.ActivityKind, enums.FollowUpStatus,
        enums.ProjectStatus,
    ):  # fmt: skip
        for member in enum_cls:
            assert member in vocab.ENUM_LABELS, member
            assert vocab.label(member, "en") and vocab.label(member, "zh_CN")
    assert vocab.label(enums.ParticipantRole.HEAD, "zh_CN") == "团长"
    assert vocab.label(enums.OrgKind.CITY_GOVERNMENT, "en") == "City government"
    assert vocab.technology_area_label("water", "zh") == "水处理"
    assert vocab.technology_area_label("unknown-code") == "unknown-code"
    assert len(vocab.CITIES) >= 40
    for city in vocab.CITIES:
        ZoneInfo(city.timezone)
        assert city.country in vocab.COUNTRIES
    assert vocab.city("malmo").zh == "马尔默" and vocab.city("bonn").timezone == "Europe/Berlin"
    for chars in (D.CN_GIVEN_MALE, D.CN_GIVEN_FEMALE):
        assert all(ch in D.PINYIN for ch in chars)


def test_cli_demo_then_stats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    # a copy of the session's new file: the demo on a new path is another test's (migrating costs
    # about a second)
    path = str(new_database_file(tmp_path / "cli.sqlite"))
    # 40 contacts: stats still counts something of every kind (300 took 13 s under load)
    assert main(["--db", path, "demo", "--contacts", "40", "--seed", "3"]) == 0
    assert "40 contacts" in capsys.readouterr().out
    assert main(["--db", path, "stats"]) == 0
    out = capsys.readouterr().out
    counts = {}
    for line in out.splitlines():
        label, _, number = line.strip().rpartition("  ")
        if number.replace(",", "").isdigit():
            counts[label.strip()] = int(number.replace(",", ""))
    assert counts["contacts"] == 40
    assert all(n > 0 for n in counts.values()), counts


def test_zero_contacts_still_gives_organisations_and_visits(empty_file: Path, tmp_path: Path) -> None:
    db, counts = _make(empty_file, tmp_path / "zero.sqlite", contacts=0, seed=1)
    try:
        assert counts["contacts"] == 0 and counts["visit participants"] == 0
        # 60 planned, plus the funders no spare enterprise became (funders are organisations)
        assert 60 <= counts["organisations"] <= 60 + 12 and counts["visits"] == 12
        assert counts["itinerary items"] > 0
        with closing(db.raw()) as conn:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def _uuid_of(row_id: str) -> uuid.UUID:
    found = as_uuid(row_id)
    assert found is not None, row_id
    return found


def _version(row_id: str) -> int | None:
    return _uuid_of(row_id).version


def test_ids_ascend_in_the_order_rows_were_made(conn: sqlite3.Connection) -> None:
    # so each primary key index grows at its end during the bulk insert (issue 17: a million contacts)
    for table in ("organisation", "contact", "contact_method", "affiliation", "activity", "itinerary_item"):
        rows = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY rowid")]
        # (the funders the pipeline adds have version-5 ids of their own, derived from their names)
        ids = [i for i in rows if _version(i) == 8]
        assert len(ids) > 50 and len(ids) >= len(rows) - 12, table
        assert all(a < b for a, b in itertools.pairwise(ids)), table
    ids = [r[0] for r in conn.execute("SELECT id FROM contact ORDER BY rowid")]
    assert all(_version(i) == 8 for i in ids)
    # random past the counted part: neighbours share no more than their first 48 bits' neighbourhood
    assert len({_uuid_of(i).int & ((1 << 80) - 1) for i in ids}) == len(ids)
    # and the short ids that lists and commands show (their first 8 characters) stay unique
    assert len({i[:8] for i in ids}) == len(ids)


def test_the_indexes_come_back_after_the_bulk_insert(
    demo: tuple[Database, dict[str, int]], empty_file: Path, conn: sqlite3.Connection
) -> None:
    def indexes(c: sqlite3.Connection) -> set[tuple[str, str]]:
        return set(c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())

    empty = sqlite3.connect(empty_file)
    try:
        assert indexes(conn) == indexes(empty)
    finally:
        empty.close()
    # and the query that reads a contact's phone numbers uses its index again
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT value FROM contact_method WHERE contact_id = ?", ("x",)
    ).fetchall()
    assert "ix_contact_method_contact_id" in str(plan)


def test_a_failed_demo_keeps_the_indexes(
    empty_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.demo import generator

    path = tmp_path / "failed.sqlite"
    shutil.copy(empty_file, path)
    before = sqlite3.connect(path)
    expected = set(before.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall())
    before.close()
    real_run = generator._Generator.run

    def half_way(self: generator._Generator, contacts: int) -> None:
        real_run(self, contacts)  # the rows go in, with the indexes set aside, then it fails
        raise RuntimeError("interrupted")

    monkeypatch.setattr(generator._Generator, "run", half_way)
    db = open_database(path)
    try:
        with pytest.raises(RuntimeError, match="interrupted"):
            generate(db, contacts=50, seed=3, anchor=DEMO_ANCHOR)
    finally:
        db.close()
    with closing(sqlite3.connect(path)) as after:
        assert (
            set(after.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()) == expected
        )
        assert after.execute("SELECT count(*) FROM contact").fetchone() == (0,)


def test_foreign_keys_are_enforced_again_after_the_demo(demo: tuple[Database, dict[str, int]]) -> None:
    from petdesk.db import session_sqlite

    db, _counts = demo
    with db.reading() as session:
        conn = session_sqlite(session)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute(
                "INSERT INTO contact_method (id, created_at, updated_at, contact_id, channel, label, value, "
                "normalized, position) VALUES ('x', '', '', 'no such contact', 'email', 'work', 'a', 'a', 0)"
            )
        conn.rollback()


def test_progress_hears_every_step_in_order_and_every_contact(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    heard: list[tuple[str, int, int]] = []
    db = open_database(new_database_file(tmp_path / "p.sqlite"))
    try:
        # 40 contacts: a report every max(1, 40 // 20) = 2 gives 21; one every tenth would give 11
        generate(db, contacts=40, seed=5, anchor=DEMO_ANCHOR, progress=lambda *a: heard.append(a))
    finally:
        db.close()
    steps = list(dict.fromkeys(step for step, _done, _total in heard))
    assert steps == ["organisations", "contacts", "visits and trainings", "indexes", "search index"]
    counted = [done for step, done, total in heard if step == "contacts" and total == 40]
    assert counted[0] == 0 and counted[-1] == 40 and counted == sorted(counted)
    assert len(counted) >= 20  # a report at least every twentieth of the contacts


def test_step_progress_on_standard_error_says_each_step_and_each_tenth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli.progress import stderr_steps

    report = stderr_steps("demo")
    for step, done, total in [
        ("contacts", 0, 1000),
        ("contacts", 400, 1000),
        ("contacts", 1000, 1000),
        ("indexes", 0, 1),
    ]:
        report(step, done, total)
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "demo: contacts…",
        "demo: contacts 40% (400 / 1,000)",
        "demo: contacts 100% (1,000 / 1,000)",
        "demo: indexes…",
    ]


def test_outcomes_give_the_same_number_in_both_languages(conn: sqlite3.Connection) -> None:
    """A bilingual dossier printed "2 enterprises" beside "3家企业" (field test 22, §8)."""
    rows = conn.execute("SELECT outcomes_en, outcomes_zh FROM visit WHERE outcomes_en != ''").fetchall()
    assert rows
    for english, chinese in rows:
        assert re.findall(r"\d+", english) == re.findall(r"\d+", chinese), (english, chinese)


def test_ended_projects_milestones_are_history(conn: sqlite3.Connection) -> None:
    """Field test 37: closed and rejected projects had open "Concept note due" milestones dated
    after they ended. Now each is dated before the project's last stage move; a closed project's
    are done, and a rejected one's concept note went in (its report was never owed)."""
    rows = conn.execute(
        "SELECT p.status, ms.kind, ms.due, ms.done, (SELECT max(c.changed_on) FROM project_stage_change c "
        "WHERE c.project_id = p.id) FROM project_milestone ms JOIN project p ON p.id = ms.project_id "
        "WHERE p.status IN ('rejected', 'closed')"
    ).fetchall()
    assert {status for status, *_ in rows} == {"rejected", "closed"}
    for status, kind, due, done, ended in rows:
        assert due <= ended, (status, kind)
        assert done == (status == "closed" or kind == "deadline"), (status, kind)
    open_after_anchor = conn.execute(
        "SELECT count(*) FROM project_milestone ms JOIN project p ON p.id = ms.project_id "
        "WHERE p.status NOT IN ('rejected', 'closed') AND ms.done = 0 AND ms.due > ?",
        (DEMO_ANCHOR.isoformat(),),
    ).fetchone()
    assert open_after_anchor[0] > 0  # open projects keep dates to come


def test_organisation_postal_codes_are_a_field_of_their_own(conn: sqlite3.Connection) -> None:
    """Since 0071 a postcode has its field: the demo wrote it into the address text, where a label
    printed it twice or not where the country puts it. Every code is one of its country's (the
    demo's Chinese addresses have none; a few agencies no address)."""
    from petdesk.services.postcodes import problem

    rows = conn.execute(
        "SELECT country, postal_code, address_en, address_zh FROM organisation "
        "WHERE country NOT IN ('CN', 'HK') AND address_en != ''"
    ).fetchall()
    assert rows
    for country, code, address_en, address_zh in rows:
        assert code and problem(code, country) is None, (country, code)
        assert code not in address_en and "邮编" not in address_zh, (address_en, address_zh)


def test_a_training_with_a_trainer_from_abroad_has_an_interpreter(conn: sqlite3.Connection) -> None:
    """The interpreter role trainings have (TrainingRole.INTERPRETER) is in the demo, for a dossier,
    the name cards and the interpreting report to show: one named in Chinese, not an attendee."""
    interpreters = conn.execute(
        "SELECT c.family_name_zh, (SELECT count(*) FROM training_participant q WHERE "
        "q.training_id = p.training_id AND q.contact_id = p.contact_id) FROM training_participant p "
        "JOIN contact c ON c.id = p.contact_id WHERE p.role = 'interpreter'"
    ).fetchall()
    assert interpreters and all(name and registered == 1 for name, registered in interpreters)


def test_a_city_the_demo_has_no_pools_for_is_left_out(
    seed_5: tuple[Path, Database], empty_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field tests twice added a city of a country the demo had no names for, and every demo died
    with KeyError: such cities (an unknown country, a known one's city with no dialling code, a
    Chinese city with no districts) are left out, and the seed's rows stay as they were."""
    added = (
        vocab.City("jakarta", "Jakarta", "雅加达", "ID", "Asia/Jakarta"),
        vocab.City("munich", "Munich", "慕尼黑", "DE", "Europe/Berlin"),
        vocab.City("lanzhou", "Lanzhou", "兰州", "CN", "Asia/Shanghai"),
    )
    before = seed_5[1]  # at another office: the rows but their ids are the seed's
    monkeypatch.setattr(vocab, "CITIES", (*vocab.CITIES, *added))
    monkeypatch.setitem(vocab.COUNTRIES, "ID", ("Indonesia", "印度尼西亚"))
    after, counts = _make(empty_file, tmp_path / "after.sqlite", contacts=80, seed=5)
    try:
        assert counts["organisations"] > 0
        assert _ids_and_rest(before)[1] == _ids_and_rest(after)[1]
        with closing(after.raw()) as conn:
            cities = {r[0] for r in conn.execute("SELECT city_en FROM organisation")}
        assert cities.isdisjoint({"Jakarta", "Munich", "Lanzhou"})
    finally:
        after.close()


#: ``petdesk demo`` after a city of a country without name pools was written into ``vocab.CITIES``
#: (as a field test's edit of vocab.py does, before anything imports it).
_DEMO_WITH_A_NEW_CITY = """
import sys
from petdesk import vocab
vocab.COUNTRIES["ID"] = ("Indonesia", "印度尼西亚")
vocab.CITIES = (*vocab.CITIES, vocab.City("jakarta", "Jakarta", "雅加达", "ID", "Asia/Jakarta"))
from petdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "demo", "--contacts", "30", "--seed", "4"]))
"""


def test_cli_demo_runs_after_a_city_of_an_unknown_country_is_added(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    import subprocess
    import sys

    # the child process is the point (the city is there before anything imports vocab); migrating
    # a new file in it is not: a copy of the session's new file saves that second
    path = new_database_file(tmp_path / "new-city.sqlite")
    done = subprocess.run(
        [sys.executable, "-c", _DEMO_WITH_A_NEW_CITY, str(path)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM organisation WHERE city_en = 'Jakarta'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (30,)
