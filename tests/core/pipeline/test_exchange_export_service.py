"""``petdesk.exchange.export``: the one writer behind ``petdesk exchange export`` and the window's
File › Export Exchange File… (exchange54b): its steps reported, the sentence in either language, the
export log told only of a file with contacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.exchange import export
from petdesk.i18n import translator
from tests.core.pipeline.test_exchange_flat_contacts import _weber
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _logged(db: Database) -> list[tuple[str, str, int]]:
    from petdesk.connection import session_sqlite

    with db.reading() as s:
        return session_sqlite(s).execute("SELECT kind, file_name, count FROM export_log").fetchall()


def test_csv_with_contacts_reports_its_steps_and_logs_the_contacts_file(db: Database, tmp_path: Path) -> None:
    _weber(db)
    steps: list[tuple[int, int]] = []
    done = export.export(
        db,
        tmp_path / "hub.csv",
        what=["organisations"],
        with_contacts=True,
        report=lambda d, t: steps.append((d, t)),
    )
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert done.counts == {"organisations": 1, "contacts": 1}
    assert [f.name for f in done.files] == ["hub.organisations.csv", "hub.contacts.csv"]
    assert _logged(db) == [("exchange", "hub.contacts.csv", 1)]
    files = f"{tmp_path / 'hub.organisations.csv'}, {tmp_path / 'hub.contacts.csv'}"
    assert export.result_sentence(done, translator("en")) == f"Exported 1 organisation, 1 contact to {files}"


def test_the_sentence_in_chinese_and_a_wrong_suffix(
    db: Database,
    tmp_path: Path,
    tree_catalogue: Path,  # noqa: F811
) -> None:
    _weber(db)
    done = export.export(db, tmp_path / "hub.json")
    said = export.result_sentence(done, translator("zh_CN"))
    assert said.startswith("已导出") and str(tmp_path / "hub.json") in said
    assert _logged(db) == [], "no contacts asked for: nothing personal left the office"
    with pytest.raises(ValueError):
        export.export(db, tmp_path / "hub.txt")
