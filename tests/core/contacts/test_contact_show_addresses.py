"""``petdesk contact`` shows a contact's postal addresses (field tests 107 and 108: they were stored,
from a vCard or the editor, and never printed, nor given in ``--json``)."""

from __future__ import annotations

import json
import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

_OFFICE = {
    "label": "work",
    "street": "Jl. Medan Merdeka Barat 8",
    "city": "Jakarta",
    "postcode": "10110",
    "country": "ID",
}


def _lines(out: str) -> set[str]:
    """The printed lines, the padding after each label closed up."""
    return {re.sub(r"([:：])\s+", r"\1 ", line.strip()) for line in out.splitlines()}


_HOME = {"label": "home", "street": "B-42, Sector 15", "city": "Noida", "region": "Uttar Pradesh"}


@pytest.mark.usefixtures("tree_catalogue")
def test_contact_shows_the_addresses(db: Database, capsys) -> None:
    with db.transaction() as s:
        contact = person(s, "Dewi", "Lestari")
        contact.addresses = [_OFFICE, _HOME]
        contact_id = contact.id
    assert main(["--db", str(db.path), "--lang", "en", "contact", contact_id]) == 0
    lines = _lines(capsys.readouterr().out)
    assert "Postal addresses (Work): Jl. Medan Merdeka Barat 8, 10110, Jakarta, Indonesia" in lines
    assert "Postal addresses (Home): B-42, Sector 15, Noida, Uttar Pradesh" in lines
    assert main(["--db", str(db.path), "--lang", "zh_CN", "contact", contact_id]) == 0
    lines = _lines(capsys.readouterr().out)
    assert "通信地址（工作）： Jl. Medan Merdeka Barat 8, 10110, Jakarta, 印度尼西亚" in lines
    assert main(["--db", str(db.path), "contact", "show", contact_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["addresses"] == [_OFFICE, _HOME]


def test_a_contact_without_addresses_has_no_line(db: Database, capsys) -> None:
    with db.transaction() as s:
        contact_id = person(s, "Rajesh", "Verma").id
    assert main(["--db", str(db.path), "--lang", "en", "contact", contact_id]) == 0
    assert "Postal addresses" not in capsys.readouterr().out
    assert main(["--db", str(db.path), "contact", contact_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["addresses"] == []
