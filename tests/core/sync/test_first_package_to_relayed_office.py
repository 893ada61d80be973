"""The first package for an office this one never heard from directly: Chengdu relays what Hong Kong
holds (Hong Kong's last package to it), so Munich's first package for Hong Kong carries only the
rest, not every record (a full package of a large office is more than an e-mail may carry)."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send


def _add_organisations(db: Database, *names: str) -> None:
    with db.transaction() as session:
        session.add_all(m.Organisation(name_en=name) for name in names)


def test_the_first_package_to_an_office_known_through_another_holds_only_what_it_lacks(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    munich, chengdu, hong_kong = offices
    _add_organisations(munich, *(f"Partner {n}" for n in range(40)))
    send(munich, chengdu, packages, full=True)
    send(chengdu, munich, packages, full=True)
    send(chengdu, hong_kong, packages, full=True)  # Hong Kong holds Munich's partners ...
    send(hong_kong, chengdu, packages, full=True)  # ... and tells Chengdu so,
    send(chengdu, munich, packages)  # which tells Munich.
    _add_organisations(munich, "Hong Kong Productivity Council")

    first = export(munich, packages / "first-to-hong-kong.pkg", to=office_id(hong_kong))
    assert first.incremental
    assert first.counts.get("organisation") == 1, first.counts
    service.import_package(hong_kong, first.path, PASSPHRASE, backup=False)
    send(hong_kong, munich, packages)
    assert service.canonical_dump(munich) == service.canonical_dump(hong_kong)
