"""``contact add/edit --passport --passport-expiry --nationality --name-order`` (field test 60: a
delegation's registration list needs them and only the window could set them), checked by the
editor's save; refusals in both languages."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _travel(db: Database, contact_id: str) -> tuple[object, ...]:
    with db.reading() as s:
        c = s.get(m.Contact, contact_id)
        assert c is not None
        return (c.passport_number, c.passport_expiry, c.nationality, str(c.name_order), c.name_order_chosen)


def test_add_and_edit_travel_documents_and_name_order(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Zhang" "Wei" of 张伟 would be guessed family first; the order given wins and is kept as chosen
    code, out, err = _run(
        db,
        capsys,
        *("contact", "add", "--family-name", "Zhang", "--given-name", "Wei"),
        *("--family-name-zh", "张", "--given-name-zh", "伟", "--name-order", "given-first"),
        *("--passport", "e1234567", "--passport-expiry", "2031-03-15", "--nationality", "CN"),
    )
    assert (code, err) == (0, ""), err
    contact_id = out.removeprefix("Contact added: ").strip()
    assert _travel(db, contact_id) == ("E1234567", "2031-03-15", "CN", "given_first", True)

    code, out, err = _run(
        db,
        capsys,
        *("contact", "edit", contact_id[:6], "--nationality", "Germany", "--name-order", "family-first"),
        *("--passport-expiry", "2032-01-31"),
    )
    assert (code, err) == (0, ""), err
    assert _travel(db, contact_id) == ("E1234567", "2032-01-31", "DE", "family_first", True)
    code, out, err = _run(db, capsys, "contact", contact_id[:6])  # shown too (they were not)
    assert "Nationality:" in out and "Germany (DE)" in out and "E1234567" in out and "2032-01-31" in out
    code, out, err = _run(db, capsys, "contact", "edit", contact_id[:6], "--passport", "")
    assert code == 0 and _travel(db, contact_id)[0] == ""


@pytest.mark.usefixtures("tree_catalogue")
def test_refused_in_both_languages(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    bad = (
        "contact",
        "add",
        "--family-name",
        "Schmidt",
        "--nationality",
        "Narnia",
        "--passport-expiry",
        "2031-3",
    )
    code, _out, err = _run(db, capsys, *bad)
    assert code == 1
    assert "“Narnia” is not a country petdesk knows" in err and "“2031-3” is not a whole date" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", *bad)
    assert code == 1 and "未保存" in err and "Narnia" in err
    with db.reading() as s:
        assert s.query(m.Contact).count() == 0
    with pytest.raises(SystemExit) as usage:  # argparse's refusal of an unknown choice
        _run(db, capsys, "contact", "add", "--family-name", "Schmidt", "--name-order", "sideways")
    assert usage.value.code == 2 and "family-first" in capsys.readouterr().err
