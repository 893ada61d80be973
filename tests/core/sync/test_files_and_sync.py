"""A record that reaches an office both by a file (vCard, 3iPET exchange) and by sync is one record
there, whichever form of id it was made with (petdesk.ids.stored_form)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import jsonfile
from petdesk.ids import as_uuid
from petdesk.models.enums import OrgKind
from petdesk.services import exporting, importing
from tests.core.sync.helpers import send
from tests.core.sync.test_merge import add_contact

#: An id as rows made before ids became compact hold it (a version-4 UUID, canonical text).
MADE_BEFORE = "0b7f8e2a-5c1d-4e3f-9a8b-7c6d5e4f3a21"


def _live_ids(db: Database, model: type) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(model.id).where(model.deleted_at.is_(None))))


def test_contacts_sent_as_vcards_and_then_by_sync_stay_one_each(
    offices, packages: Path, tmp_path: Path
) -> None:
    a, b, _ = offices
    old = add_contact(a, id=MADE_BEFORE, family_name="Old")
    new = add_contact(a, family_name="New", given_name="Li", family_name_zh="", given_name_zh="")
    assert as_uuid(new).version == 8  # type: ignore[union-attr]
    cards = tmp_path / "a.vcf"
    with a.reading() as session:
        exporting.export_contacts(session, cards, "vcf")
    with b.transaction() as session:
        report = importing.import_file(session, cards)
    assert len(report.added) == 2
    # each row holds the id its office made it with: the one sync knows it by
    assert _live_ids(b, m.Contact) == sorted([old, new])

    send(a, b, packages)
    send(b, a, packages)
    assert _live_ids(b, m.Contact) == _live_ids(a, m.Contact) == sorted([old, new])


def test_technologies_sent_as_a_3ipet_file_and_then_by_sync_stay_one_each(
    offices, packages: Path, tmp_path: Path
) -> None:
    a, b, _ = offices
    with a.transaction() as session:
        org = m.Organisation(id=MADE_BEFORE, name_en="Old Water Works", kind=OrgKind.ENTERPRISE)
        session.add(org)
        session.add(m.Technology(name_en="Membrane bioreactor", provider_organisation_id=MADE_BEFORE))
    file = tmp_path / "catalogue.json"
    with a.reading() as session:
        jsonfile.write(jsonfile.build(session, what=["organisations", "technologies"]), file)
    with b.transaction() as session:
        jsonfile.apply(session, jsonfile.read(file))
    assert _live_ids(b, m.Organisation) == _live_ids(a, m.Organisation)
    assert _live_ids(b, m.Technology) == _live_ids(a, m.Technology)

    send(a, b, packages)
    send(b, a, packages)
    for model in (m.Organisation, m.Technology):
        assert _live_ids(b, model) == _live_ids(a, model)
    assert MADE_BEFORE in _live_ids(b, m.Organisation)
