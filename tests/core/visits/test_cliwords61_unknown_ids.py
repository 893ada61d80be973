"""Round 61 review: ``visits ID``, ``trainings ID`` and ``visit-vehicles riders ID`` with an id that
names nothing refused in English under their own ``--lang zh_CN`` ("petdesk: error: no visit with
id zzzz"): the language was taken after the refusal."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # a fixture


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["visits", "zzzz"], "访问"),
        (["trainings", "zzzz"], "培训"),
        (["visit-vehicles", "riders", "zzzz"], "车辆"),
    ],
)
def test_an_unknown_id_is_refused_in_the_commands_language(
    db: Database, capsys: pytest.CaptureFixture[str], argv: list[str], word: str
) -> None:
    code = main(["--db", str(db.path), *argv, "--lang", "zh_CN"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("petdesk：错误：") and word in err and "no " not in err, err
