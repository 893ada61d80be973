# ruff: noqa: E501  (test records read best one per line)
"""The 3iPET exchange file: export → import into an empty database gives the same records, the
file validates against the schema, broken files are refused with one sentence and change nothing."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.exchange import KINDS, ExchangeError, jsonfile, schema
from petdesk.ids import uuid_text
from petdesk.models.enums import MatchState, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service

DOCS_SCHEMA = Path(__file__).resolve().parents[3] / "docs" / "3ipet-exchange-1.0.schema.json"
TABLES = ("organisation", "technology", "technology_reference", "city_need", "tech_match")


@pytest.fixture(scope="module")
def empty_file(empty_template: Path) -> Path:
    """The session's migrated empty file (``empty_template``), copied for each new database:
    migrating a new file takes about a second."""
    return empty_template


def _fresh(template: Path, path: Path) -> Database:
    shutil.copy(template, path)
    return open_database(path)


def _fill(db: Database) -> None:
    with db.transaction() as s:
        city = m.Organisation(
            name_en="Kunming Municipal Government",
            name_zh="昆明市人民政府",
            kind=OrgKind.CITY_GOVERNMENT,
            country="CN",
            city_en="Kunming",
            city_zh="昆明",
        )
        firm = m.Organisation(name_en="Blue Lake Water GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        s.add_all([city, firm])
        s.flush()
        tech = tech_service.create_technology(
            s,
            name_en="Compact MBR",
            name_zh="紧凑型膜生物反应器",
            sector="wastewater",
            trl=8,
            description_en="Membrane bioreactor for sewage.",
            description_zh="用于污水的膜生物反应器。",
            provider_organisation_id=firm.id,
            tags=["membrane"],
            certifications=["ISO 9001"],
            licence="CC-BY-4.0",
            share_consent=True,
            references=[
                {
                    "place_en": "Hamburg",
                    "place_zh": "汉堡",
                    "country": "DE",
                    "year": 2019,
                    "scale": "20,000 m³/d",
                }
            ],
        )
        other = tech_service.create_technology(s, name_en="Bag filter", sector="air", trl=9)
        need = need_service.create_need(
            s,
            city_organisation_id=city.id,
            title_zh="污水厂提标",
            problem_zh="需要脱氮除磷。",
            sector="wastewater",
            budget_min=1_000_000,
            budget_max=3_000_000,
            currency="CNY",
            tags=["sewage"],
            share_consent=True,
        )
        match = tech_matching.shortlist(s, need.id, tech.id)
        tech_matching.move_match(s, match.id, MatchState.PILOT)
        assert other.id


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Rows of the exchanged tables without times and local bookkeeping columns."""
    out = {}
    with closing(db.raw()) as conn:
        for table in TABLES:
            cols = [
                r[1]
                for r in conn.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("created_at", "updated_at", "id", "source")
            ]
            key = "technology_id, place_en" if table == "technology_reference" else "id"
            out[table] = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}").fetchall()
    return out


def _export(db: Database, path: Path, *extra: str) -> dict:
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(path), *extra]) == 0
    return json.loads(path.read_text(encoding="utf-8"))


def test_export_import_into_empty_database_gives_the_same_records(db: Database, empty_file: Path, tmp_path: Path) -> None:
    _fill(db)
    doc = _export(db, tmp_path / "x.json")
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert {len(doc[k]) for k in KINDS} == {2, 1} and doc["includes_contacts"] is False
    assert "contacts" not in doc

    empty = _fresh(empty_file, tmp_path / "empty.sqlite")
    try:
        assert main(["--db", str(empty.path), "exchange", "import", str(tmp_path / "x.json")]) == 0
        assert _dump(empty) == _dump(db)
        # idempotent: the second import changes nothing
        before = _dump(empty)
        with empty.transaction() as s:
            report = jsonfile.apply(s, jsonfile.read(tmp_path / "x.json"))
        assert report.total_changes() == 0 and _dump(empty) == before
        again = _export(empty, tmp_path / "y.json")
        for kind in KINDS:
            assert again[kind] == doc[kind], kind
    finally:
        empty.close()


def test_dry_run_changes_nothing(db: Database, empty_file: Path, tmp_path: Path, capsys) -> None:
    _fill(db)
    _export(db, tmp_path / "x.json")
    empty = _fresh(empty_file, tmp_path / "empty.sqlite")
    try:
        before = _dump(empty)
        assert (
            main(["--db", str(empty.path), "exchange", "import", str(tmp_path / "x.json"), "--dry-run"]) == 0
        )
        assert "Would import" in capsys.readouterr().out
        assert _dump(empty) == before
    finally:
        empty.close()


def test_schema_in_docs_is_the_packaged_one() -> None:
    assert json.loads(DOCS_SCHEMA.read_text(encoding="utf-8")) == schema()


def _broken(doc: dict) -> list[tuple[str, object]]:
    """20 ways a file can be wrong: (name, content as JSON value or raw bytes)."""
    cases: list[tuple[str, object]] = []

    def variant(name: str, change) -> None:
        d = copy.deepcopy(doc)
        change(d)
        cases.append((name, d))

    cases.append(("not_json", b"{ this is not json"))
    cases.append(("not_utf8", b"\xff\xfe\x00garbage"))
    cases.append(("a_list", []))
    cases.append(("empty_file", b""))
    variant("wrong_format", lambda d: d.update(format="something-else"))
    variant("future_version", lambda d: d.update(version="2.0"))
    variant("no_source", lambda d: d.pop("source"))
    variant("unknown_top_key", lambda d: d.update(extra=1))
    variant("bad_id", lambda d: d["technologies"][0].update(id="not-a-uuid"))
    variant("trl_10", lambda d: d["technologies"][0].update(trl=10))
    variant("name_missing_zh", lambda d: d["technologies"][0]["name"].pop("zh"))
    variant("both_names_empty", lambda d: d["technologies"][0].update(name={"en": "", "zh": ""}))
    variant("no_licence", lambda d: d["needs"][0].pop("licence"))
    variant("consent_string", lambda d: d["needs"][0].update(consent="yes"))
    variant("bad_status", lambda d: d["needs"][0].update(status="maybe"))
    variant("bad_currency", lambda d: d["needs"][0]["budget"].update(currency="yuan"))
    variant("budget_upside_down", lambda d: d["needs"][0]["budget"].update(min=5, max=1))
    variant("bad_state", lambda d: d["matches"][0].update(state="married"))
    variant("duplicate_id", lambda d: d["technologies"].append(copy.deepcopy(d["technologies"][0])))
    variant(
        "dangling_provider",
        lambda d: d["technologies"][0].update(provider_id="00000000-0000-4000-8000-000000000000"),
    )
    return cases


def test_twenty_broken_files_are_refused_and_change_nothing(db: Database, empty_file: Path, tmp_path: Path, capsys) -> None:
    _fill(db)
    doc = _export(db, tmp_path / "x.json")
    target = _fresh(empty_file, tmp_path / "target.sqlite")
    try:
        # the target already holds the records, so a refused file must not alter or add any
        assert main(["--db", str(target.path), "exchange", "import", str(tmp_path / "x.json")]) == 0
        capsys.readouterr()
        before = _dump(target)
        cases = _broken(doc)
        assert len(cases) == 20
        for name, content in cases:
            path = tmp_path / f"{name}.json"
            path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
            code = main(["--db", str(target.path), "exchange", "import", str(path)])
            err = capsys.readouterr().err.strip()
            assert code == 1, name
            assert err.startswith("petdesk: error: ") and "\n" not in err and "Traceback" not in err, (
                name,
                err,
            )
            assert _dump(target) == before, name
    finally:
        target.close()


def test_read_names_the_place_of_a_schema_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {
                "format": "3ipet-exchange",
                "version": "1.0",
                "exported_at": "2026-12-01T00:00:00+00:00",
                "source": {"office": "X"},
                "technologies": [{"id": "x"}],
            }
        )
    )
    with pytest.raises(ExchangeError, match="technologies/0"):
        jsonfile.read(path)


def test_a_schema_error_names_the_record_by_its_id_and_name(db: Database, tmp_path: Path) -> None:
    """A file edited by hand: "technologies/3" made the user count records from 0."""
    _fill(db)
    path = tmp_path / "x.json"
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(path)]) == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    broken = doc["technologies"][-1]
    broken["trl"] = 12
    path.write_text(json.dumps(doc), encoding="utf-8")
    names = " / ".join(n for n in (broken["name"]["en"], broken["name"]["zh"]) if n)  # the names it has
    names = f'"{names}"'
    place = f"technologies/{len(doc['technologies']) - 1}/trl (technology {broken['id']}, {names})"
    with pytest.raises(ExchangeError) as caught:
        jsonfile.read(path)
    assert place in str(caught.value), caught.value


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_catalogue_import_says_what_it_did_in_words(  # type: ignore[no-untyped-def]
    db: Database, tmp_path: Path, capsys, dry_run: bool
) -> None:
    """"Added 1 needs, updated 0" and a dry run that said "updated"."""
    catalogue = tmp_path / "one.needs.csv"
    catalogue.write_text("title_en,city\nRiver clean-up,Ningbo\n", encoding="utf-8")
    assert main(["--db", str(db.path), "import-needs", *(["--dry-run"] if dry_run else []), str(catalogue)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    if dry_run:
        assert first.startswith("Would add 1 city need; would update 0; new organisations: "), first
    else:
        assert first.startswith("Added 1 city need; updated 0; new organisations: "), first


def test_contacts_only_when_chosen(db: Database, tmp_path: Path) -> None:
    _fill(db)
    with db.transaction() as s:
        org = s.query(m.Organisation).filter_by(name_en="Blue Lake Water GmbH").one()
        person = m.Contact(family_name="Weber", given_name="Anna")
        s.add(person)
        s.flush()
        s.add(m.Affiliation(contact_id=person.id, organisation_id=org.id, position_en="Sales"))
    without = _export(db, tmp_path / "a.json", "--what", "organisations")
    assert "contacts" not in without and "Weber" not in (tmp_path / "a.json").read_text()
    with_ = _export(db, tmp_path / "b.json", "--what", "organisations", "--with-contacts")
    jsonschema.Draft202012Validator(schema()).validate(with_)
    assert with_["includes_contacts"] is True
    assert [c["name"]["en"] for c in with_["contacts"]] == ["Anna Weber"]


def test_flat_xlsx_export_and_catalogue_import(db: Database, empty_file: Path, tmp_path: Path) -> None:
    _fill(db)
    assert (
        main(
            [
                "--db",
                str(db.path),
                "exchange",
                "export",
                "--out",
                str(tmp_path / "x.csv"),
                "--what",
                "technologies,needs",
            ]
        )
        == 0
    )
    assert (tmp_path / "x.technologies.csv").exists() and (tmp_path / "x.needs.csv").exists()
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(tmp_path / "x.xlsx")]) == 0
    empty = _fresh(empty_file, tmp_path / "empty.sqlite")
    try:
        assert (
            main(["--db", str(empty.path), "import-technologies", str(tmp_path / "x.technologies.csv")]) == 0
        )
        assert main(["--db", str(empty.path), "import-needs", str(tmp_path / "x.needs.csv")]) == 0
        # the same file again updates nothing and adds nothing
        assert (
            main(["--db", str(empty.path), "import-technologies", str(tmp_path / "x.technologies.csv")]) == 0
        )
        with closing(sqlite3.connect(empty.path)) as conn:
            assert conn.execute("SELECT count(*) FROM technology").fetchone() == (2,)
            assert conn.execute(
                "SELECT name_zh, trl, sector FROM technology WHERE name_en = 'Compact MBR'"
            ).fetchone() == ("紧凑型膜生物反应器", 8, "wastewater")
            assert conn.execute("SELECT count(*) FROM city_need").fetchone() == (1,)
    finally:
        empty.close()


def _technologies(db: Database) -> list[tuple[str, str, int]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(
            "SELECT t.name_en, coalesce(o.name_en, ''), t.trl FROM technology t "
            "LEFT JOIN organisation o ON o.id = t.provider_organisation_id ORDER BY 2, 3"
        ).fetchall()


def test_one_name_from_two_providers_stays_two_technologies(
    db: Database, empty_file: Path, tmp_path: Path
) -> None:
    """Two providers offer a "Membrane bioreactor": a catalogue of both imported elsewhere gives both
    (it gave one, the second provider's values written over the first's)."""
    with db.transaction() as s:
        for provider, trl in (("Aqua Tech GmbH", 7), ("Blue River Co", 5)):
            org = m.Organisation(name_en=provider, kind=OrgKind.ENTERPRISE)
            s.add(org)
            s.flush()
            s.add(m.Technology(name_en="Membrane bioreactor", provider_organisation_id=org.id, trl=trl))
    out = tmp_path / "c.csv"
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(out), "--what", "technologies"]) == 0
    empty = _fresh(empty_file, tmp_path / "other.sqlite")
    try:
        with empty.transaction() as s:  # this office knew the technology, without its provider yet
            s.add(m.Technology(name_en="Membrane bioreactor", trl=6))
        catalogue = str(tmp_path / "c.technologies.csv")
        assert main(["--db", str(empty.path), "import-technologies", catalogue]) == 0
        expected = [
            ("Membrane bioreactor", "Aqua Tech GmbH", 7),  # the one known here, completed
            ("Membrane bioreactor", "Blue River Co", 5),
        ]
        assert _technologies(empty) == expected
        assert main(["--db", str(empty.path), "import-technologies", catalogue]) == 0
        assert _technologies(empty) == expected
    finally:
        empty.close()


def _catalogue(path: Path, *rows: str) -> str:
    path.write_text(
        "id,name_en,provider,sector,trl\n" + "".join(f"{row}\n" for row in rows), encoding="utf-8"
    )
    return str(path)


def test_catalogue_rows_with_ids_of_their_own_stay_two_and_the_best_record_is_updated(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        aqua = m.Organisation(name_en="Aqua Tech GmbH", kind=OrgKind.ENTERPRISE)
        s.add(aqua)
        s.flush()
        s.add(m.Technology(name_en="MBR", trl=6))  # known here without a provider
        s.add(m.Technology(name_en="MBR", provider_organisation_id=aqua.id, trl=7))
    # the same provider's record is the one updated, not the one without a provider
    assert (
        main(
            [
                "--db",
                str(db.path),
                "import-technologies",
                _catalogue(tmp_path / "a.csv", ",MBR,Aqua Tech GmbH,water,8"),
            ]
        )
        == 0
    )
    assert _technologies(db) == [("MBR", "", 6), ("MBR", "Aqua Tech GmbH", 8)]
    # two rows of one file with ids of their own, one provider: two technologies (the one known
    # without a provider completed by the first)
    ids = "6f1e2d3c-4b5a-4968-8776-655443322110", "0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3"
    two = _catalogue(tmp_path / "b.csv", *(f"{i},Dryer,Blue River Co,water,{t}" for i, t in zip(ids, (4, 5), strict=True)))
    assert main(["--db", str(db.path), "import-technologies", two]) == 0
    assert main(["--db", str(db.path), "import-technologies", two]) == 0  # and again: nothing new
    assert [t for t in _technologies(db) if t[0] == "Dryer"] == [
        ("Dryer", "Blue River Co", 4),
        ("Dryer", "Blue River Co", 5),
    ]
    # a row naming no provider keeps the provider known here
    assert (
        main(
            [
                "--db",
                str(db.path),
                "import-technologies",
                _catalogue(tmp_path / "c.csv", f"{ids[0]},Dryer,,water,3"),
            ]
        )
        == 0
    )
    assert [t for t in _technologies(db) if t[0] == "Dryer"] == [
        ("Dryer", "Blue River Co", 3),
        ("Dryer", "Blue River Co", 5),
    ]


def test_a_provider_without_an_english_name_travels_by_its_id(db: Database, tmp_path: Path) -> None:
    """The flat export names such a provider by its canonical UUID; the import finds it by it, in
    whichever form it is stored (it made an organisation named by the UUID, and a second dryer)."""
    with db.transaction() as s:
        org = m.Organisation(name_zh="蓝河环保", kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        s.add(m.Technology(name_en="Sludge dryer", provider_organisation_id=org.id, trl=6))
    out = tmp_path / "c.csv"
    assert (
        main(["--db", str(db.path), "exchange", "export", "--out", str(out), "--what", "technologies"]) == 0
    )
    assert uuid_text(org.id) in (tmp_path / "c.technologies.csv").read_text(encoding="utf-8-sig")
    assert main(["--db", str(db.path), "import-technologies", str(tmp_path / "c.technologies.csv")]) == 0
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM organisation").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM technology").fetchone() == (1,)


def test_catalogue_import_refuses_a_bad_row_and_keeps_everything(
    db: Database, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "t.csv"
    path.write_text("name_en,sector,trl\nGood one,water,5\nBad one,water,12\n", encoding="utf-8")
    assert main(["--db", str(db.path), "import-technologies", str(path)]) == 1
    assert "line 3" in capsys.readouterr().err
    with db.reading() as s:
        assert tech_service.list_technologies(s) == []


def test_funders_travel_as_organisations(db: Database, empty_file: Path, tmp_path: Path) -> None:
    """A project's funder is an organisation, so the exchange carries it with the organisations."""
    from petdesk.services import projects as project_service

    with db.transaction() as s:
        project_service.create_project(
            s, title_en="Sponge city", funder=("Green Climate Fund (GCF)", "绿色气候基金")
        )
    doc = _export(db, tmp_path / "f.json", "--what", "organisations")
    funds = [o for o in doc["organisations"] if o["kind"] == "fund"]
    assert len(funds) == 1 and funds[0]["name"] == {"en": "Green Climate Fund (GCF)", "zh": "绿色气候基金"}
    empty = _fresh(empty_file, tmp_path / "empty-f.sqlite")
    try:
        assert main(["--db", str(empty.path), "exchange", "import", str(tmp_path / "f.json")]) == 0
        with empty.reading() as s:
            # the file writes the canonical UUID; a funder's id is a version-5 UUID of its name, which
            # a record new here keeps in that form (petdesk.ids.stored_form), as the office it came
            # from holds it
            assert funds[0]["id"] == uuid_text(funds[0]["id"])
            org = s.get(m.Organisation, funds[0]["id"])
            assert org is not None and org.kind == OrgKind.FUND and org.name_zh == "绿色气候基金"
    finally:
        empty.close()


def _catalogue_fields(db: Database) -> list[tuple]:
    """Every exchanged field of the technologies and of their providers, in both languages."""
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(
            "SELECT t.id, t.name_en, t.name_zh, t.sector, t.description_en, t.description_zh, "
            "t.key_figures_en, t.key_figures_zh, t.trl, t.certifications, t.tags, t.licence, "
            "t.share_consent, o.id, o.name_en, o.name_zh, o.kind, o.country, o.city_en, o.city_zh, "
            "o.website FROM technology t LEFT JOIN organisation o ON o.id = t.provider_organisation_id "
            "ORDER BY t.name_en"
        ).fetchall()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_catalogue_petdesk_wrote_comes_back_whole_into_another_office(
    db: Database, empty_file: Path, tmp_path: Path, suffix: str
) -> None:
    """Field test 9, defect 2: the XLSX export's first sheet is the organisations, and
    import-technologies read it ("unknown column 'kind'"). Both the workbook and the CSV files come
    back field by field, the providers with their Chinese names, countries and ids."""
    with db.transaction() as s:
        firm = m.Organisation(
            name_en="Blue Lake Water GmbH",
            name_zh="蓝湖水务有限公司",
            kind=OrgKind.ENTERPRISE,
            country="DE",
            city_en="Hamburg",
            city_zh="汉堡",
            website="https://bluelake.example",
        )
        chinese_only = m.Organisation(name_zh="深圳绿源环保", kind=OrgKind.ENTERPRISE, country="CN")
        s.add_all([firm, chinese_only])
        s.flush()
        tech_service.create_technology(
            s,
            name_en="Compact MBR",
            name_zh="紧凑型膜生物反应器",
            sector="wastewater",
            trl=8,
            description_en="Membrane bioreactor for sewage.",
            description_zh="用于污水的膜生物反应器。",
            key_figures_en="20,000 m³/d",
            key_figures_zh="日处理 2 万立方米",
            provider_organisation_id=firm.id,
            tags=["membrane", "膜"],
            certifications=["ISO 9001"],
            licence="CC-BY-4.0",
            share_consent=True,
        )
        tech_service.create_technology(
            s, name_en="Sludge dryer", name_zh="污泥干化机", sector="waste", trl=6,
            provider_organisation_id=chinese_only.id,
        )  # fmt: skip
        tech_service.create_technology(s, name_en="Bag filter", sector="air", trl=9)
    out = tmp_path / f"cat{suffix}"
    export = ["exchange", "export", "--out", str(out), "--what", "technologies"]
    assert main(["--db", str(db.path), *export]) == 0
    catalogue = out if suffix == ".xlsx" else tmp_path / "cat.technologies.csv"
    other = _fresh(empty_file, tmp_path / "other.sqlite")
    try:
        assert main(["--db", str(other.path), "import-technologies", str(catalogue)]) == 0
        assert _catalogue_fields(other) == _catalogue_fields(db)
        # the same file again changes nothing
        assert main(["--db", str(other.path), "import-technologies", str(catalogue)]) == 0
        assert _catalogue_fields(other) == _catalogue_fields(db)
        with closing(sqlite3.connect(other.path)) as conn:
            assert conn.execute("SELECT count(*) FROM organisation").fetchone() == (2,)
    finally:
        other.close()


def test_a_catalogue_longer_than_the_preview_comes_in_whole(db: Database, tmp_path: Path) -> None:
    """The catalogue import read the table's first rows only (the 200 a preview shows)."""
    catalogue = _catalogue(tmp_path / "long.csv", *(f",Dryer {i},,water,5" for i in range(250)))
    assert main(["--db", str(db.path), "import-technologies", catalogue]) == 0
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM technology").fetchone() == (250,)


@pytest.mark.parametrize(
    ("lang", "exported", "imported"),
    [
        ("en", "Exported 1 organisation to ", "added 1 organisation;"),
        ("zh_CN", "1 家合作机构", "1 家合作机构"),
    ],
)
def test_one_record_is_counted_in_the_singular(  # type: ignore[no-untyped-def]
    db: Database, empty_file: Path, tmp_path: Path, capsys, lang: str, exported: str, imported: str
) -> None:
    """Field test 18: `exchange export` said "Exported 1 organisations"."""
    with db.transaction() as s:
        s.add(m.Organisation(name_en="Blue Lake Water GmbH", name_zh="蓝湖水务"))
    out = tmp_path / "one.json"
    args = ["--lang", lang, "exchange", "export", "--out", str(out), "--what", "organisations"]
    assert main(["--db", str(db.path), *args]) == 0
    assert exported in capsys.readouterr().out
    # into a copy: the empty file is shared by the module's (and, now, the session's) tests
    other = _fresh(empty_file, tmp_path / "other.sqlite")
    other.close()
    assert main(["--db", str(other.path), "--lang", lang, "exchange", "import", str(out)]) == 0
    assert imported in capsys.readouterr().out


def test_an_exchange_import_can_be_undone(db: Database, empty_file: Path, tmp_path: Path) -> None:
    """A 3iPET file a user imports is in the import history and taken back as one step (a sync
    package is not an import that can be undone)."""
    from petdesk.services import import_undo

    _fill(db)
    _export(db, tmp_path / "hub.json")
    other = _fresh(empty_file, tmp_path / "other.sqlite")
    try:
        before = {model: _live(other, model) for model in (m.Technology, m.CityNeed, m.Organisation, m.TechMatch)}
        assert main(["--db", str(other.path), "exchange", "import", str(tmp_path / "hub.json")]) == 0
        with other.reading() as s:
            past = import_undo.history(s)
            assert (past[0].mark.kind, past[0].mark.file) == ("exchange", "hub.json") and past[0].added > 0
        assert _live(other, m.Technology) == before[m.Technology] + 2
        assert main(["--db", str(other.path), "import-undo", "--yes"]) == 0
        assert {model: _live(other, model) for model in before} == before
    finally:
        other.close()


def _live(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_formula_like_text_is_no_formula_in_the_flat_file_and_comes_back_as_it_was(
    db: Database, empty_file: Path, tmp_path: Path, suffix: str
) -> None:
    """openpyxl wrote a technology named "=HYPERLINK(…)" as a formula that Excel runs on opening, and
    the CSV files left such cells bare: text is text in the workbook, guarded by an apostrophe in a
    CSV file (as the contact exports do), and the catalogue import gives back the same text."""
    from openpyxl import load_workbook

    with db.transaction() as s:
        firm = m.Organisation(name_en="@Risk Water AG", kind=OrgKind.ENTERPRISE, country="CH")
        s.add(firm)
        s.flush()
        tech_service.create_technology(
            s,
            name_en='=HYPERLINK("http://evil.example","MBR")',
            name_zh="膜生物反应器",
            sector="wastewater",
            trl=7,
            description_en="+ removes 95 % of nitrogen",
            key_figures_en="-30 % energy",
            provider_organisation_id=firm.id,
            tags=["=1+1", "'=kept"],
            share_consent=True,
        )
    out = tmp_path / f"cat{suffix}"
    export = ["exchange", "export", "--out", str(out), "--what", "technologies"]
    assert main(["--db", str(db.path), *export]) == 0
    catalogue = out if suffix == ".xlsx" else tmp_path / "cat.technologies.csv"
    if suffix == ".xlsx":
        book = load_workbook(out)
        cells = [c for ws in book.worksheets for row in ws.iter_rows(min_row=2) for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        names = [c.value for c in book["technologies"]["B"]]
        assert names[1] == '=HYPERLINK("http://evil.example","MBR")'
    else:
        text = catalogue.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK(" in text and "'+ removes" in text and "'-30 %" in text
        assert ",=" not in text and ",@" not in text
    other = _fresh(empty_file, tmp_path / "other.sqlite")
    try:
        assert main(["--db", str(other.path), "import-technologies", str(catalogue)]) == 0
        assert _catalogue_fields(other) == _catalogue_fields(db)
    finally:
        other.close()
