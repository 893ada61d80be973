"""An organisation's postal code (0071): entered and shown on the command line, refused in plain words
when it cannot be one of the organisation's country, stored in one form."""

from __future__ import annotations

import json

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import organisations
from petdesk.services.validation import ValidationError
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

ADD = ("organisation", "add", "--name-en", "Xuhui Water Works", "--kind", "enterprise", "--country", "CN")


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _postal_codes(db: Database) -> list[str | None]:
    with db.reading() as s:
        return [o.postal_code for o in s.query(m.Organisation).order_by(m.Organisation.name_en)]


def test_add_edit_and_show_the_postal_code(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(db, capsys, *ADD, "--postal-code", "20003")
    assert code == 1 and "A postal code in China has 6 digits (e.g. 200030)." in err
    assert _postal_codes(db) == []  # nothing added
    assert _run(db, capsys, *ADD, "--postal-code", "２０００３０")[0] == 0  # typed with a Chinese IME
    assert _postal_codes(db) == ["200030"]
    code, out, _err = _run(db, capsys, "organisation", "show", "Xuhui Water Works")
    assert "  postal code: 200030\n" in out
    assert (
        json.loads(_run(db, capsys, "organisation", "show", "Xuhui", "--json")[1])["postal_code"] == "200030"
    )
    code, _out, err = _run(
        db, capsys, "--lang", "zh_CN", "organisation", "edit", "Xuhui", "--postal-code", "2000"
    )
    assert code == 1 and "中国的邮政编码为 6 位数字（例如 200030）。" in err
    assert _postal_codes(db) == ["200030"]
    assert _run(db, capsys, "organisation", "edit", "Xuhui", "--postal-code", "")[0] == 0
    assert _postal_codes(db) == [None]
    assert "postal code" not in _run(db, capsys, "organisation", "show", "Xuhui")[1]
    assert _run(db, capsys, "organisation", "edit", "Xuhui", "--set", "postal_code=200031")[0] == 0
    assert _postal_codes(db) == ["200031"]


def test_a_german_code_loses_its_old_d(db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(
            s, name_en="Stadtwerke Bonn", country="DE", postal_code="D-53113"
        )
        assert org.postal_code == "53113"
        with pytest.raises(ValidationError) as refused:
            organisations.update_organisation(s, org.id, postal_code="5311")
        assert refused.value.text("en") == "A postal code in Germany has 5 digits (e.g. 53113)."
        # elsewhere any form of up to 20 characters
        assert organisations.create_organisation(s, name_en="Acme", country="GB", postal_code="SW1A 1AA")
