"""A project made without a currency is in the office country's currency (CNY while none is set),
as the window's editor starts a new one: the service stored US dollars, so a project added by
``projects add`` (or any caller) without ``--currency`` showed "US$…" in the Projects list (shots56),
and the command line and the window disagreed at an office with no country set."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as ps
from petdesk.services.invitation import set_office_settings
from petdesk.services.past_projects import home_currency


def _currencies(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {p.title_en: p.currency for p in ps.list_projects(s)}


@pytest.mark.parametrize(("country", "currency"), [("", "CNY"), ("IN", "INR"), ("DE", "EUR")])
def test_the_service_and_the_command_line_use_the_office_currency(
    db: Database, country: str, currency: str
) -> None:
    with db.transaction() as s:
        if country:
            set_office_settings(s, country=country)
        assert home_currency(s) == currency  # what the window's editor starts a new project in
        ps.create_project(s, title_en="Made by the service", amount=1000.0)
    assert main(["--db", str(db.path), "projects", "add", "--title-en", "Added", "--amount", "1000"]) == 0
    assert _currencies(db) == {"Made by the service": currency, "Added": currency}


def test_a_currency_given_is_kept(db: Database) -> None:
    with db.transaction() as s:
        set_office_settings(s, country="IN")
        ps.create_project(s, title_en="Bonn", currency="eur")
    assert _currencies(db) == {"Bonn": "EUR"}


def test_a_changed_project_keeps_its_currency_when_none_is_given(db: Database) -> None:
    with db.transaction() as s:
        project_id = ps.create_project(s, title_en="Pune", currency="INR", amount=5.0).id
    with db.transaction() as s:
        ps.update_project(s, project_id, title_en="Pune sewers", currency="")  # emptied: not USD
        ps.update_project(s, project_id, amount=6.0)
    assert _currencies(db) == {"Pune sewers": "INR"}
