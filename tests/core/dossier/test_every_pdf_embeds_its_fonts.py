"""Every PDF petdesk makes embeds every font it names (field test 7: ``pdffonts`` listed Helvetica,
not embedded, in the market report: a reader without it substitutes another font), and the market
report names a missing country or sector in words, not "? / ?"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import build_training_dossier, build_visit_dossier
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service
from tests.core.dossier.pdfcheck import pdffonts, pdftotext_pages


def _first(db: Database, model: type) -> str:
    with db.reading() as s:
        return s.scalars(select(model.id).where(model.deleted_at.is_(None)).limit(1)).one()


def _market_report(db: Database, out: Path) -> None:
    assert main(["--db", str(db.path), "report", "market", "--out", str(out)]) == 0


def _person_export(db: Database, out: Path) -> None:
    assert main(["--db", str(db.path), "person", "export", _first(db, m.Contact), "--out", str(out)]) == 0


def _visit_dossier(db: Database, out: Path) -> None:
    build_visit_dossier(db, _first(db, m.Visit), out)


def _training_dossier(db: Database, out: Path) -> None:
    build_training_dossier(db, _first(db, m.Training), out)


@pytest.mark.parametrize(
    "make", [_market_report, _person_export, _visit_dossier, _training_dossier], ids=lambda f: f.__name__
)
def test_every_font_is_embedded(demo_db: Database, tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.pdf"
    make(demo_db, out)
    fonts = pdffonts(out)
    assert fonts and [f.name for f in fonts if not f.embedded] == [], fonts


def test_a_country_or_sector_not_given_is_said_in_words(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        maker = m.Organisation(name_en="Schwaben Membrantechnik GmbH", kind=OrgKind.ENTERPRISE)  # no country
        s.add(maker)
        s.flush()
        tech_service.create_technology(s, name_en="MBR for small towns", provider_organisation_id=maker.id)
        need_service.create_need(s, title_en="Sludge drying")
    out = tmp_path / "market.pdf"
    _market_report(db, out)
    text = "\n".join(pdftotext_pages(out))
    assert "? / ?" not in text
    assert "Country not given / 未注明国家" in text and "Sector not given / 未注明领域" in text
