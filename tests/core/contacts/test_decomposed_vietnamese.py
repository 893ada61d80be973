"""Decomposed text (NFD), as macOS Contacts writes a vCard and a Windows-1258 file carries its tone marks,
is stored composed (NFC) and printed composed: stored as read, "Trần" did not equal the "Trần" typed
in the window, and reportlab (which places no marks) printed "Lê" as "Le" with a loose circumflex
beside it (field test 93)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import importing
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import pdftotext_pages

SAMPLES = DATA_DIR / "field93"


def _nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def test_an_apple_vcard_written_decomposed_is_stored_composed(db: Database) -> None:
    assert not _nfc((SAMPLES / "apple_nfd.vcf").read_text(encoding="utf-8"))  # the sample is NFD
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "apple_nfd.vcf")
    assert len(report.added) == 2
    with db.reading() as s:
        people = list(s.scalars(select(m.Contact)))
        names = {(c.family_name, c.given_name) for c in people}
        orgs = {o.name_en for o in s.scalars(select(m.Organisation))}
        methods = [(cm.value, cm.label) for cm in s.scalars(select(m.ContactMethod))]
    assert names == {("Trần", "Văn Đức"), ("Lê", "Hoàng Phúc")}
    assert all(_nfc(f + g) for f, g in names)
    assert "Công ty Cổ phần Cấp nước Đà Nẵng" in orgs and all(_nfc(o) for o in orgs)
    assert methods and all(_nfc(str(v)) for v, _ in methods)


def test_a_decomposed_name_already_stored_prints_composed(db: Database, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Lê Hoàng Phúc ặ ễ ỗ").split()
    with db.transaction() as s:
        person = cs.create_contact(s, family_name=decomposed[0], given_name=" ".join(decomposed[1:]))
        visit = vs.create_visit(
            s, title_en="Da Nang delegation", title_zh="岘港代表团", start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        vs.add_participant(s, visit.id, person.id, ParticipantRole.HEAD)
        visit_id = visit.id
    pdfs = [
        build_visit_dossier(db, visit_id, tmp_path / "v.pdf", DossierOptions(first_lang="en")),
        build_namecards(db, visit_id, tmp_path / "cards.pdf"),
    ]
    for pdf in pdfs:
        text = "".join(pdftotext_pages(pdf))
        assert _nfc(text), pdf.name
        assert "Lê" in text and "ặ ễ ỗ" in " ".join(text.split()), pdf.name
