"""Amounts at an office in India (field test 107, third part): "₹12,00,000.00", grouped in lakhs and
crores as en_IN writes them, where `petdesk projects` printed "₹1,200,000.00"; a Chinese reader in
that office keeps 万 and 亿; an office elsewhere keeps the usual grouping."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from petdesk import i18n
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import invitation, projects


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")  # the next test's amounts are not this office's


def _project(db: Database, country: str) -> None:
    with db.transaction() as s:
        invitation.set_office_settings(s, country=country)
        projects.create_project(s, title_en="Indore climate action plan", amount=1_200_000, currency="INR")
        projects.create_project(s, title_en="Pune heat action", amount=25_000_000, currency="INR")


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    assert main(["--db", str(db.path), *argv]) == 0
    return capsys.readouterr().out


def test_an_indian_office_groups_amounts_in_lakhs(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _project(db, "IN")
    out = _run(db, capsys, "--lang", "en", "projects")
    assert "₹12,00,000.00" in out and "₹2,50,00,000.00" in out
    assert "requested ₹2,62,00,000.00" in out
    out = _run(db, capsys, "--lang", "zh_CN", "projects")
    assert "120万印度卢比" in out and "2,500万印度卢比" in out


def test_an_office_elsewhere_keeps_the_usual_grouping(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _project(db, "DE")
    assert "₹1,200,000.00" in _run(db, capsys, "--lang", "en", "projects")


def test_the_project_overview_pdf_groups_in_lakhs(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from petdesk.dossier.project_report import money

    _project(db, "IN")
    assert money(1_200_000, "INR").en == "₹12,00,000.00"
    assert money(1_200_000, "INR").zh == "120万印度卢比"
    assert i18n.compact_money(25_000_000, "INR", "en") == "₹2.5Cr"
    i18n.set_office_country("")
    assert money(1_200_000, "INR").en == "₹1,200,000.00"
