"""``petdesk technologies`` and ``petdesk needs`` filter as the window's lists do (sector, TRL,
country; status and city for needs), taking what a person types (a code or a label in either
language), answering ``--json`` for scripts and refusing in plain words that list what is allowed."""

from __future__ import annotations

import json

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service
from petdesk.services.catalogue_filters import CatalogueFilter
from tests.helpers.catalogue_sample import TECHNOLOGIES, small_catalogue


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    return small_catalogue(db, [*TECHNOLOGIES[:2], ("pump", "water", 7, "german"), TECHNOLOGIES[2]])


def _json(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["--db", str(db.path), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _listed_technologies(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> set[str]:
    return {t["name_en"] for t in _json(db, capsys, "technologies", *argv)["technologies"]}


def _listed_needs(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> set[str]:
    return {n["title_en"] for n in _json(db, capsys, "needs", *argv)["needs"]}


def _service_technologies(db: Database, **chosen: str) -> set[str]:
    with db.reading() as s:
        return {t.name_en for t in tech_service.list_technologies(s, filters=CatalogueFilter(**chosen))}


def _service_needs(db: Database, **chosen: str) -> set[str]:
    with db.reading() as s:
        return {n.title_en for n in need_service.list_needs(s, filters=CatalogueFilter(**chosen))}


def _sql(db: Database, sql: str) -> set[str]:
    with db.reading() as s:
        return set(s.connection().exec_driver_sql(sql).scalars())


@pytest.mark.parametrize("sector", ["water", "Water treatment", "水处理", "WATER"])
def test_technologies_by_sector_in_either_language(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str], sector: str
) -> None:
    assert _listed_technologies(db, capsys, "--sector", sector) == {"filter", "pump"}
    assert _service_technologies(db, sector="water") == {"filter", "pump"}


def test_technologies_by_trl_and_country_as_the_service_and_sql(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _listed_technologies(db, capsys, "--trl", "7") == _service_technologies(db, trl="7") == {"pump"}
    in_range = _sql(db, "SELECT name_en FROM technology WHERE trl BETWEEN 6 AND 9 AND deleted_at IS NULL")
    assert (
        _listed_technologies(db, capsys, "--trl", "6-9") == _service_technologies(db, trl="6-9") == in_range
    )
    german = _sql(
        db,
        "SELECT t.name_en FROM technology t JOIN organisation o ON o.id = t.provider_organisation_id "
        "WHERE o.country = 'DE'",
    )
    for country in ("DE", "de", "Germany", "德国"):
        assert _listed_technologies(db, capsys, "--country", country) == german == {"mbr", "pump"}
    assert _listed_technologies(db, capsys, "--country", "Germany", "--trl", "1-7", "--sector", "水处理") == {
        "pump"
    }
    # after the words too, as the search subcommand takes them
    assert _listed_technologies(db, capsys, "search", "pump", "--country", "CN") == set()


def test_needs_by_status_city_country_and_sector(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    for status in ("open", "Open", "待对接"):
        assert _listed_needs(db, capsys, "--status", status) == _service_needs(db, status="open")
    assert _listed_needs(db, capsys, "--city", "杭州") == _service_needs(db, city_id=ids["hangzhou"])
    assert _listed_needs(db, capsys, "--city", "Bonn") == {"buses"}
    assert _listed_needs(db, capsys, "--country", "Germany") == _service_needs(db, country="DE") == {"buses"}
    assert _listed_needs(db, capsys, "--sector", "污水处理", "--city", "杭州") == {"sewage"}
    assert _listed_needs(db, capsys, "--status", "solved", "--status", "open", "--city", "杭州") == {
        "sewage",
        "river",
    }


def test_json_rows_carry_codes_and_numbers(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    [tech] = _json(db, capsys, "technologies", "--trl", "8")["technologies"]
    assert (tech["id"], tech["sector"], tech["trl"], tech["provider_country"]) == (
        ids["mbr"],
        "wastewater",
        8,
        "DE",
    )
    [need] = _json(db, capsys, "needs", "--city", "Bonn")["needs"]
    assert (need["id"], need["status"], need["country"], need["deadline"]) == (
        ids["buses"],
        "open",
        "DE",
        None,
    )


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("technologies", "--sector", "plumbing"), ["unknown sector", "Water treatment", "Wastewater"]),
        (("technologies", "--trl", "12"), ["--trl", "1 to 9", "6-9"]),
        (("technologies", "--country", "Atlantis"), ["names no country", "DE"]),
        (("needs", "--status", "pending"), ["unknown status", "open (Open)", "withdrawn"]),
        (("needs", "--city", "Paris"), ["no city with needs is called", "Bonn"]),
    ],
)
def test_refusals_say_what_is_allowed(
    db: Database,
    ids: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    words: list[str],
) -> None:
    assert main(["--db", str(db.path), *argv, "--lang", "en"]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for word in words:
        assert word in err
