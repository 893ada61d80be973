"""``petdesk visits ID`` says "No transport planned yet." under "Cars and drivers:" as the dossier and
the window do (round 52), and lists the car once there is one."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import logistics as ls
from tests.core.dossier.test_no_transport_yet import _visit
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Cars and drivers:\n  No transport planned yet.\n"),
        ("zh_CN", "车辆与司机：\n  尚未安排交通。\n"),
    ],
)
def test_the_visit_view_says_no_transport_until_a_car_is_added(
    db: Database, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    visit_id = _visit(db, "")
    assert main(["--db", str(db.path), "--lang", lang, "visits", visit_id]) == 0
    assert said in capsys.readouterr().out
    with db.transaction() as s:
        ls.add_vehicle(s, visit_id, vehicle="Buick GL8")
    assert main(["--db", str(db.path), "--lang", lang, "visits", visit_id]) == 0
    out = capsys.readouterr().out
    assert said.splitlines()[1] not in out and "Buick GL8" in out
