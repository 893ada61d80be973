"""``petdesk dossier certificates`` names its file after the training's Chinese title in Chinese (its
own ``--lang zh_CN`` or the messages' language), as the Chinese window does; in English, the English
title. It named the file in English whatever the language (leftovers53)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _training(db: Database) -> str:
    day = dt.date(2026, 6, 3)
    with db.transaction() as s:
        t = ts.create_training(s, title_en="Sludge drying", title_zh="污泥干化", start_date=day, end_date=day)
        ts.add_session(
            s, t.id, title_en="S", start=dt.datetime(2026, 6, 3, 9), end=dt.datetime(2026, 6, 3, 12)
        )
        ts.register(s, t.id, person(s, "Anna", "Rossi").id)
        return t.id


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("argv", "name"),
    [
        # the first word in Chinese too, as the Chinese window's "结业证书-….pdf" (field test 92)
        (["dossier", "certificates", "{id}", "--all", "--lang", "zh_CN"], "结业证书-污泥干化.pdf"),
        (["--lang", "zh_CN", "dossier", "certificates", "{id}", "--all"], "结业证书-污泥干化.pdf"),
        (["--lang", "en", "dossier", "certificates", "{id}", "--all"], "certificates-sludge-drying.pdf"),
    ],
)
def test_the_default_file_is_named_in_the_language_asked_for(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], name: str
) -> None:
    tid = _training(db)
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db.path), *(a.format(id=tid[:8]) for a in argv)]) == 0
    assert [p.name for p in tmp_path.glob("*.pdf")] == [name]
