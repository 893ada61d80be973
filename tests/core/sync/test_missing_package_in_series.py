"""A package of a sender's series that never arrived is noticed and explained: nothing is lost, and
nothing need be asked for, since each package holds all the recipient had not acknowledged (field
test 91, defect 2: Berlin's week-2 package was lost on the way, and the import of week 3 said
nothing, so Mr. Chen could not tell whether to ask Berlin for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.i18n import translator
from petdesk.models import Contact
from petdesk.sync import package_numbers, service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _weeks(tmp_path: Path) -> tuple[object, list[Path]]:
    """Xi'an's database and three weekly packages Berlin wrote for it, a new contact in each."""
    berlin, xian = make_office(tmp_path / "dbs", "Berlin"), make_office(tmp_path / "dbs", "Xi'an Hub")
    send(xian, berlin, tmp_path, full=True)
    weeks = []
    for week, name in enumerate(["Weber", "Schulz", "Fischer"], start=1):
        with berlin.transaction() as session:
            session.add(Contact(family_name=name, given_name="Anna"))
        path = tmp_path / f"berlin-week-{week}.petdesk-sync"
        export(berlin, path, to=office_id(xian))
        weeks.append(path)
    berlin.close()
    return xian, weeks


def test_a_package_that_did_not_arrive_is_named_and_nothing_is_lost(tmp_path: Path) -> None:
    xian, (week1, week2, week3) = _weeks(tmp_path)
    assert service.import_package(xian, week1, PASSPHRASE).missing_packages is None
    preview = service.import_package(xian, week3, PASSPHRASE, dry_run=True)
    assert preview.missing_packages == (2, 2) and preview.missing_covered
    result = service.import_package(xian, week3, PASSPHRASE)
    assert result.applied and result.missing_packages == (2, 2) and result.missing_covered
    with xian.transaction() as session:  # week 2's contact came with week 3
        assert {c.family_name for c in session.query(Contact)} >= {"Weber", "Schulz", "Fischer"}
    late = service.import_package(xian, week2, PASSPHRASE)
    assert late.missing_packages is None and not late.changed_data
    xian.close()  # type: ignore[attr-defined]


def test_packages_in_order_name_no_gap(tmp_path: Path) -> None:
    xian, weeks = _weeks(tmp_path)
    for week in weeks:
        assert service.import_package(xian, week, PASSPHRASE).missing_packages is None
    xian.close()  # type: ignore[attr-defined]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize(
    ("locale", "covered", "words"),
    [
        ("en", True, "Packages 2–4"),
        ("en", True, "nothing to ask Berlin for"),
        ("en", False, "send Berlin a package from here, then ask it for a new one"),
        ("zh_CN", True, "无需向 柏林办公室 索要"),
        ("zh_CN", False, "再请其发来一个新的数据包"),
    ],
)
def test_the_words_say_what_to_ask_for(locale: str, covered: bool, words: str) -> None:
    office = "柏林办公室" if locale == "zh_CN" else "Berlin"
    said = package_numbers.missing_words((2, 4), office, covered=covered, _=translator(locale))
    assert words in said, said


def test_a_package_addressed_to_another_office_leaves_this_offices_series_alone(tmp_path: Path) -> None:
    """Berlin's numbers count its packages for each office apart: its third for Xi'an, imported at
    Paris (a forwarded mail), said nothing of Paris's series, yet read as 'package 2 has not arrived'
    and moved Paris's count to 3, so a lost package 2 for Paris went unnoticed."""
    dbs = tmp_path / "dbs"
    berlin, xian, paris = (make_office(dbs, name) for name in ("Berlin", "Xi'an Hub", "Paris"))
    send(xian, berlin, tmp_path, full=True)
    send(paris, berlin, tmp_path, full=True)
    for_xian = [tmp_path / f"xian-{n}.petdesk-sync" for n in (1, 2, 3)]
    for_paris = [tmp_path / f"paris-{n}.petdesk-sync" for n in (1, 2, 3)]
    for n in range(3):
        with berlin.transaction() as session:
            session.add(Contact(family_name=f"Weber{n}", given_name="Anna"))
        export(berlin, for_xian[n], to=office_id(xian))
        export(berlin, for_paris[n], to=office_id(paris))
    assert service.import_package(paris, for_paris[0], PASSPHRASE).missing_packages is None
    forwarded = service.import_package(paris, for_xian[2], PASSPHRASE)
    assert forwarded.addressed_to_other and forwarded.missing_packages is None
    assert service.import_package(paris, for_paris[2], PASSPHRASE).missing_packages == (2, 2)
    for db in (berlin, xian, paris):
        db.close()
