"""Field test "fieldtraining60": Li Na answered the Google form's "Dietary requirements" with
"Vegetarian" and the Chinese Microsoft form's 饮食要求 with 素食. Every import of the two sign-up
sheets rewrote her need from one language to the other and reported her "updated" (a change for the
history and for every sync package), for the same need."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import importing


def _import(db: Database, path: Path) -> list[str]:
    with db.transaction() as s:
        report = importing.run_import(s, importing.load_file(path), "contacts")
    return [o.action for o in report.outcomes]


def _sheet(path: Path, diet: str) -> Path:
    path.write_text(
        f"Full name,Email,Dietary requirements\nLi Na,li.na@example.cn,{diet}\n", encoding="utf-8"
    )
    return path


def test_the_same_need_in_the_other_language_is_no_change(db: Database, tmp_path: Path) -> None:
    assert _import(db, _sheet(tmp_path / "google.csv", "Vegetarian")) == ["added"]
    assert _import(db, _sheet(tmp_path / "ms.csv", "素食")) == ["skipped"]
    assert _import(db, _sheet(tmp_path / "both.csv", "Vegetarian / 素食")) == ["skipped"]


def test_another_need_still_updates(db: Database, tmp_path: Path) -> None:
    _import(db, _sheet(tmp_path / "google.csv", "Vegetarian"))
    assert _import(db, _sheet(tmp_path / "ms.csv", "清真")) == ["updated"]
