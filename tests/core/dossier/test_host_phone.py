"""The briefing's host profile prints the host organisation's own phone (0078), in both languages,
dialled from anywhere; a host without one prints no empty line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk.db import open_database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.models import ItineraryOrganisation, Organisation
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.sample_data import make_visit


def _briefings(tmp_path: Path, phone: str) -> str:
    db = open_database(tmp_path / f"host{len(phone)}.sqlite")
    try:
        ids = make_visit(db, meetings=1, participants=2)
        with db.transaction() as s:
            org = s.get(Organisation, s.scalars(select(ItineraryOrganisation.organisation_id)).first())
            assert org is not None
            # another office's value as typed there: printed in international form
            org.country, org.phone = "DE", phone
        out = tmp_path / f"briefings{len(phone)}.pdf"
        build_visit_dossier(db, ids.visit_id, out, DossierOptions(sections=frozenset({"briefings"})))
    finally:
        db.close()
    return flat("\n".join(pdftotext_pages(out)))


def test_the_host_profile_prints_its_phone_in_both_languages(tmp_path: Path) -> None:
    text = _briefings(tmp_path, "0711 216 0")
    assert flat("Phone: +49 711 2160") in text and flat("电话：+49 711 2160") in text
    assert "Phone:" not in _briefings(tmp_path, "")
