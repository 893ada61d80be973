"""The glance page prints the host organisation's own phone (0078) under the host, in both
languages, dialled from anywhere, as the host profile does; a host without one prints no empty line."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import open_database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.models import Organisation, Visit
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.sample_data import make_visit


def _glance(tmp_path: Path, phone: str) -> str:
    db = open_database(tmp_path / f"glance{len(phone)}.sqlite")
    try:
        ids = make_visit(db, meetings=1, participants=2)
        with db.transaction() as s:
            visit = s.get(Visit, ids.visit_id)
            assert visit is not None and visit.host_organisation_id
            host = s.get(Organisation, visit.host_organisation_id)
            assert host is not None
            # another office's value as typed there: printed in international form
            host.country, host.phone = "DE", phone
        out = tmp_path / f"glance{len(phone)}.pdf"
        options = DossierOptions(sections=frozenset({"glance"}), contents=False)
        build_visit_dossier(db, ids.visit_id, out, options)
    finally:
        db.close()
    return flat("\n".join(pdftotext_pages(out)))


def test_the_glance_page_prints_the_host_phone_in_both_languages(tmp_path: Path) -> None:
    text = _glance(tmp_path, "0711 216 0")
    assert flat("Host phone: +49 711 2160") in text and flat("接待方电话：+49 711 2160") in text
    assert "Host phone" not in _glance(tmp_path, "")
