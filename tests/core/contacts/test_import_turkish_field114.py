"""Contacts from the Istanbul hub office (field test 114): Outlook tr-TR's export saved again by
Turkish Excel as "CSV (noktalı virgülle ayrılmış)" (Windows-1254, ";") and a Google Contacts export
from a Turkish account. Before, the Windows-1254 file was read as Vietnamese Windows-1258
("Soyadư", "Ư₫ Telefonu"), no Turkish column was known and every row was skipped."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import ChannelLabel
from petdesk.services import encoding, importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "field114"


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        return {f"{c.given_name} {c.family_name}": c for c in s.scalars(select(m.Contact))}


def test_windows_1254_is_read_as_turkish() -> None:
    found = encoding.detect((SAMPLES / "outlook_tr_excel_cp1254.csv").read_bytes())
    assert found.encoding == "cp1254"
    assert "Soyadı;Sonek;Şirket" in found.text


def test_turkish_outlook_saved_by_excel(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "outlook_tr_excel_cp1254.csv")
    assert (len(report.added), len(report.skipped)) == (6, 0)
    people = _people(db)
    assert {"İbrahim Çelik", "Ayşe Yılmaz", "Şükrü Öztürk", "Işıl Ağaoğlu", "Ümran Güneş"} <= set(people)
    ibrahim = people["İbrahim Çelik"]
    assert ibrahim.honorific_en == "Prof. Dr."
    assert ibrahim.birthday == "1975-07-14"  # "14.07.1975": day first
    with db.reading() as s:
        orgs = set(s.scalars(select(m.Organisation.name_en)))
    assert "İstanbul Büyükşehir Belediyesi" in orgs


def test_turkish_google_contacts_labels(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "google_contacts_tr.csv")
    assert (len(report.added), len(report.skipped)) == (3, 0)
    with db.reading() as s:
        sukru = s.scalars(select(m.Contact).where(m.Contact.given_name == "Şükrü")).one()
        labels = {m.value: m.label for m in sukru.methods}
    assert labels["+90 505 111 22 33"] == ChannelLabel.MOBILE  # "Cep"
    assert labels["+90 312 410 10 00"] == ChannelLabel.WORK  # "İş"
