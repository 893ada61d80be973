"""Field test 117: the hub office in Nairobi (Kenya) and its training for county officials from
Kenya, Uganda, Tanzania and Ethiopia. Sample files in tests/data/import/field117/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import invitation

DATA = Path(__file__).parents[1] / "data" / "import" / "field117"


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")  # the next test's dates are not this office's


def _nairobi(db: Database) -> None:
    with db.transaction() as s:
        invitation.set_office_settings(s, country="KE")


def _import(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", *argv]) == 0
    return capsys.readouterr().out


def test_a_kenyan_form_birthday_is_read_day_first(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Google Forms in Nairobi writes "05/11/1980" for the 5th of November: it was stored as 11 May
    without a word, and "23/02/1988" was refused as no date."""
    _nairobi(db)
    form = DATA / "training_registration_google_forms.csv"
    _import(db, capsys, str(form), "--map", "Full name (as on ID/Passport)=full_name")
    with db.transaction() as s:
        birthdays = {c.family_name: c.birthday for c in s.scalars(select(m.Contact))}
    assert birthdays["Wanjiru"] == "1980-11-05"
    assert birthdays["Hassan"] == "1979-07-01"
    assert birthdays["Nakato"] == "1988-02-23"
