"""A laptop's last package, e-mailed from the road before the laptop was stolen, reaches the hub
after the hub retired the stolen laptop's office (field test 80): it was refused with "if that
office is in use again, return it to service" (which would let the thief's packages in as well),
and the edits sent from the road were lost. Now the refusal says that every change in it predates
the retirement, and ``--made-before-retirement`` takes it while the office stays retired; a
package with a change made after the retirement is refused all the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)


class Trip:
    """The Xi'an hub and Li Qiang's laptop, which sent one package from the road (not yet
    imported at the hub) before it was stolen; the hub then retired it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hub = make_office(folder / "hub", "Xi'an Hub")
        self.laptop = make_office(folder / "laptop", "Laptop Li Qiang")
        first = folder / "first.petdesk-sync"
        export(self.laptop, first)
        service.import_package(self.hub, first, PASSPHRASE, backup=False)
        back = folder / "back.petdesk-sync"
        export(self.hub, back)
        service.import_package(self.laptop, back, PASSPHRASE, backup=False)
        with self.laptop.transaction() as session:
            session.add(Contact(family_name="Ma", given_name="Lin", notes="Urumqi EPB, met on the road"))
        self.road = folder / "road.petdesk-sync"
        export(self.laptop, self.road, to=office_id(self.hub))
        service.retire_office(self.hub, office_id(self.laptop))

    def hub_has_ma_lin(self) -> bool:
        with self.hub.reading() as session:
            return session.query(Contact).filter_by(family_name="Ma", given_name="Lin").count() == 1

    def close(self) -> None:
        self.hub.close()
        self.laptop.close()


@pytest.fixture
def trip(tmp_path: Path) -> Iterator[Trip]:
    made = Trip(tmp_path)
    yield made
    made.close()


def test_the_last_package_from_the_road_is_refused_with_the_way_to_take_it(trip: Trip) -> None:
    with pytest.raises(service.RetiredOffice) as refused:
        service.import_package(trip.hub, trip.road, PASSPHRASE, backup=False)
    assert refused.value.made_before
    assert "--made-before-retirement" in str(refused.value)
    assert "return it to service" not in str(refused.value)
    assert not trip.hub_has_ma_lin()


def test_made_before_retirement_takes_it_and_the_office_stays_retired(trip: Trip) -> None:
    service.import_package(trip.hub, trip.road, PASSPHRASE, backup=False, made_before_retirement=True)
    assert trip.hub_has_ma_lin()
    laptop = next(o for o in service.list_offices(trip.hub) if o.id == office_id(trip.laptop))
    assert laptop.retired_at


def test_a_package_with_a_change_after_the_retirement_is_refused_all_the_same(trip: Trip) -> None:
    with trip.laptop.transaction() as session:  # the thief, on the stolen laptop
        session.add(Contact(family_name="Thief", given_name="Some"))
    later = trip.folder / "later.petdesk-sync"
    export(trip.laptop, later, to=office_id(trip.hub))
    with pytest.raises(service.RetiredOffice) as refused:
        service.import_package(trip.hub, later, PASSPHRASE, backup=False, made_before_retirement=True)
    assert not refused.value.made_before
    assert "return it to service" in str(refused.value)
    with trip.hub.reading() as session:
        assert session.query(Contact).filter_by(family_name="Thief").count() == 0


def test_the_command_line_says_so_and_takes_it_when_asked(
    trip: Trip, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    args = ["--db", str(trip.hub.path), "--lang", "en", "sync", "import"]
    assert main([*args, str(trip.road)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "Every change in it was made before the office was retired" in err
    assert "--made-before-retirement" in err
    assert main([*args, "--made-before-retirement", str(trip.road)]) == 0
    assert trip.hub_has_ma_lin()


@pytest.mark.usefixtures("tree_catalogue")
def test_the_chinese_refusal_says_the_same(
    trip: Trip, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert (
        main(["--db", str(trip.hub.path), "--lang", "zh_CN", "sync", "import", str(trip.road)])
        == EXIT_REJECTED
    )
    err = capsys.readouterr().err
    assert "包中的所有更改都早于停用" in err and "--made-before-retirement" in err
    assert "恢复使用" not in err
