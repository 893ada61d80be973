"""The dossier prints a number typed without its country code in its international form, read with
the organisation's (else the office's) country: a delegation reads the dossier on phones abroad,
where "(0)30 1234567" or "0871-6512 3456" reach nobody; a number that does not read stays as typed
(field test phones55)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import organisation


def test_the_delegation_list_prints_numbers_dialled_from_anywhere(db: Database, tmp_path: Path) -> None:
    phone = lambda v: cs.Method(channel="phone", value=v)  # noqa: E731
    with db.transaction() as s:
        kunming = organisation(s, "Kunming Ecology Bureau", "昆明市生态环境局")
        berlin = organisation(s, "Berlin Senate Environment Department", "柏林市环境局")
        berlin.country, kunming.country = "DE", "CN"
        v = vs.create_visit(
            s,
            title_en="Berlin delegation",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 8),
            host_organisation_id=kunming.id,
            visiting_organisation_id=berlin.id,
        )
        for given, family, org, number, role in (
            ("Anna", "Schmidt", berlin, "(0)30 1234567", "head"),
            ("Jens", "Weber", berlin, "0049 30 7654321", "delegate"),
            ("Hua", "Li", kunming, "0871-6512 3456", "host"),
            ("Min", "Zhou", kunming, "6512 3456", "host"),
        ):
            c = cs.create_contact(
                s, given_name=given, family_name=family, organisation_id=org.id, methods=[phone(number)]
            )
            vs.add_participant(s, v.id, c.id, role)
        visit_id = v.id
    out = tmp_path / "d.pdf"
    options = DossierOptions(layout=Layout.PARALLEL, sections=frozenset({"contacts"}), contents=False)
    build_visit_dossier(db, visit_id, out, options)
    text = "".join(flat(p) for p in pdftotext_pages(out))
    assert "+493012345" in text and "(0)30" not in text
    assert "+49307654321" in text and "0049" not in text
    assert "+8687165123456" in text and "0871-6512" not in text
    assert "65123456" in text  # which city's? as typed
