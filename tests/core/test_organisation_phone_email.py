"""An organisation's own phone and e-mail (0078): checked and stored as a contact's methods are."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import organisations as os_
from petdesk.services.validation import ValidationError


def test_the_phone_is_stored_in_international_form_and_the_domain_in_lower_case(db: Database) -> None:
    with db.transaction() as s:
        bonn = os_.create_organisation(
            s, name_en="Stadtwerke Bonn", country="DE", phone="0228 711 1", email=" Info@SWB-Bonn.DE "
        )
        # no country of its own: read as a number of the office's (China while none is set)
        bureau = os_.create_organisation(s, name_zh="昆明市生态环境局", phone="０８７１-６５１２ ３４５６")
        # not a valid number anywhere: kept as typed, never guessed
        odd = os_.create_organisation(s, name_en="Odd Ltd", country="DE", phone="12345")
        ids = bonn.id, bureau.id, odd.id
    with db.reading() as s:
        got = [(o.phone, o.email) for o in (s.get(m.Organisation, i) for i in ids) if o is not None]
    assert got == [("+49 228 7111", "Info@swb-bonn.de"), ("+86 871 6512 3456", ""), ("12345", "")]


def test_an_edit_reads_the_phone_with_the_organisations_country(db: Database) -> None:
    with db.transaction() as s:
        org_id = os_.create_organisation(s, name_en="Umweltbundesamt", country="DE").id
    with db.transaction() as s:
        os_.update_organisation(s, org_id, phone="(0)340 2103 0", email="buergerservice@UBA.de")
    with db.transaction() as s:
        org = os_.get_organisation(s, org_id)
        assert (org.phone, org.email) == ("+49 340 21030", "buergerservice@uba.de")
        os_.update_organisation(s, org_id, phone="", email="")
        assert (org.phone, org.email) == ("", "")


def test_a_wrong_phone_or_email_is_refused_in_plain_words(db: Database) -> None:
    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        os_.create_organisation(s, name_en="Acme", phone="call Li", email="info-at-acme")
    assert refused.value.fields() == {"phone", "email"}
    text = refused.value.text("en")
    assert "“call Li” is not a phone number" in text and "“info-at-acme” is not an e-mail address" in text


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_sets_and_shows_them(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    add = ("organisation", "add", "--name-en", "Stadtwerke Bonn", "--kind", "enterprise", "--country", "DE")
    code, _out, err = _run(db, capsys, *add, "--phone", "call us")
    assert code == 1 and "“call us” is not a phone number" in err
    assert _run(db, capsys, *add, "--phone", "0228 711 1", "--email", "Info@SWB-Bonn.de")[0] == 0
    out = _run(db, capsys, "organisation", "show", "Stadtwerke Bonn")[1]
    assert "  phone: +49 228 7111\n" in out and "  e-mail: Info@swb-bonn.de\n" in out
    shown = json.loads(_run(db, capsys, "organisation", "show", "Stadtwerke", "--json")[1])
    assert (shown["phone"], shown["email"]) == ("+49 228 7111", "Info@swb-bonn.de")
    assert _run(db, capsys, "organisation", "edit", "Stadtwerke", "--email", "")[0] == 0
    assert _run(db, capsys, "organisation", "edit", "Stadtwerke", "--set", "phone=0228 711 2")[0] == 0
    out = _run(db, capsys, "--lang", "zh_CN", "organisation", "show", "Stadtwerke")[1]
    assert "+49 228 7112" in out and "Info@" not in out


def _import(
    db: Database, capsys: pytest.CaptureFixture[str], path: Path, *, what: str = "--organisations"
) -> str:
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    assert (
        main(["--db", str(db.path), "--lang", "en", "import-contacts", *[what][: bool(what)], str(path)]) == 0
    )
    said = capsys.readouterr()
    return said.out + said.err


def _stored(db: Database) -> dict[str, tuple[str, str, str]]:
    with db.reading() as s:
        return {o.name_en or o.name_zh: (o.phone, o.email, o.notes) for o in s.query(m.Organisation)}


def test_organisation_imports_take_the_usual_phone_and_email_columns(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An organisations sheet's phone and e-mail columns were reported dropped: English and Chinese
    headers, and Outlook's company phone; the country read the number, wherever its column stands."""
    sheet = tmp_path / "partners.csv"
    sheet.write_text(
        "Company,Company Main Phone,E-mail Address,Country\n"
        "Stadtwerke Bonn,0228 711 1,Info@SWB-Bonn.DE,DE\n"
        "Acme Consulting,ask at reception,not-an-address,GB\n",
        encoding="utf-8",
    )
    out = _import(db, capsys, sheet)
    assert "dropped" not in out, out
    zh_sheet = tmp_path / "合作机构.csv"
    zh_sheet.write_text(
        "机构名称,电话,邮箱\n昆明市生态环境局,0871-6512 3456,hbj@km.gov.cn\n", encoding="utf-8"
    )
    assert "dropped" not in _import(db, capsys, zh_sheet)
    stored = _stored(db)
    assert stored["Stadtwerke Bonn"] == ("+49 228 7111", "Info@swb-bonn.de", "")
    assert stored["昆明市生态环境局"] == ("+86 871 6512 3456", "hbj@km.gov.cn", "")
    # not a number or an address: kept in the notes, saying why
    assert stored["Acme Consulting"][:2] == ("", "")
    assert "(not a phone number): ask at reception" in stored["Acme Consulting"][2]
    assert "(not an e-mail address): not-an-address" in stored["Acme Consulting"][2]


def test_a_company_vcard_gives_its_phone_and_email(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    card = tmp_path / "company.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nX-ABShowAs:COMPANY\r\nN:;;;;\r\nORG:Lvshui Environmental Ltd\r\n"
        "TEL;TYPE=WORK,FAX:+86 755 1234 5679\r\nTEL;TYPE=WORK:0755 1234 5678\r\n"
        "EMAIL;TYPE=WORK:info@lvshui.example.cn\r\nTEL;TYPE=WORK:0755 8765 4321\r\n"
        "ADR;TYPE=WORK:;;1 Keji Road;Shenzhen;;;China\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    out = _import(db, capsys, card, what="")  # company cards among people's
    assert "2 × TEL" in out  # the fax and the second number: an organisation keeps one of its own
    phone, email, _notes = _stored(db)["Lvshui Environmental Ltd"]
    assert (phone, email) == ("+86 755 1234 5678", "info@lvshui.example.cn")


def test_the_organisations_csv_and_xlsx_write_them(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from petdesk.exchange import export

    with db.transaction() as s:
        os_.create_organisation(
            s, name_en="Stadtwerke Bonn", country="DE", phone="0228 711 1", email="info@swb.de"
        )
        os_.create_organisation(s, name_en="Quiet Ltd", country="GB")
    export.export(db, tmp_path / "hub.csv", what=["organisations"])
    with (tmp_path / "hub.organisations.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["name_en"]: (r["phone"], r["email"]) for r in csv.DictReader(fh)}
    assert rows == {"Stadtwerke Bonn": ("+49 228 7111", "info@swb.de"), "Quiet Ltd": ("", "")}
    export.export(db, tmp_path / "hub.xlsx", what=["organisations"])
    sheet = load_workbook(tmp_path / "hub.xlsx")["organisations"]
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    got = {r[header.index("name_en")]: (r[header.index("phone")], r[header.index("email")]) for r in body}
    assert got["Stadtwerke Bonn"] == ("+49 228 7111", "info@swb.de")


def test_search_finds_an_organisation_by_its_phone_or_email(db: Database) -> None:
    from petdesk.services import search

    with db.transaction() as s:
        org_id = os_.create_organisation(
            s, name_en="Stadtwerke Bonn", country="DE", phone="0228 711 1", email="info@swb-bonn.de"
        ).id
        os_.create_organisation(s, name_en="Quiet Ltd", country="GB")
    for query in ("0228 7111", "+49 228 7111", "2287111", "info@swb-bonn", "swb-bonn.de"):
        with db.reading() as s:
            found = [r.entity_id for r in search.search(s, query, kind=search.ORGANISATION)]
        assert found == [org_id], query
