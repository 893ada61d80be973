"""Round 63 (polish63): a file name typed wrong, given to an import outside the exchange, was said to
be in a folder that is not there ("was the USB stick pulled out?") or in the system's words
("[Errno 2] No such file or directory: 'nope.xlsx'", "not an Excel workbook"); it is now "nope.xlsx
does not exist" in both languages, as the exchange says it (one helper, ``unreadable_file``). A
folder really gone keeps the words for a folder gone."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing, trainings, visits
from petdesk.unreadable_file import unreadable

SAID = {"en": "{file} does not exist", "zh_CN": "{file} 不存在"}


def _commands(db: Database) -> dict[str, list[str]]:
    """Each import, a file name typed wrong in the folder it runs in."""
    day = dt.date(2026, 12, 7)
    with db.transaction() as s:
        visit = visits.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
        training = trainings.create_training(s, title_en="Course", start_date=day, end_date=day).id
    return {
        "import-visits": ["import-visits", "nope.xlsx"],
        "import-trainings": ["import-trainings", "nope.csv"],
        "import-projects": ["import-projects", "nope.xlsx"],
        "calendar": ["calendar", "--visit", visit, "--import", "nope.ics"],
        "zoom-attendance": ["zoom-attendance", training, "nope.csv"],
    }


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(
    "command", ["import-visits", "import-trainings", "import-projects", "calendar", "zoom-attendance"]
)
def test_polish63_a_file_not_there_is_named(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, command: str
) -> None:
    args = _commands(db)[command]
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert main(["--db", str(db.path), "--lang", lang, *args]) != 0
    finally:
        os.chdir(here)
    err = capsys.readouterr().err
    assert SAID[lang].format(file=args[-1]) in err, err
    assert "Errno" not in err and "USB" not in err


def test_polish63_the_helper_tells_a_name_from_a_folder_gone(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as missing:
        (tmp_path / "nope.ics").read_bytes()
    assert unreadable("nope.ics", missing.value) == "nope.ics does not exist"
    with pytest.raises(FileNotFoundError) as gone:
        (tmp_path / "stick" / "nope.ics").read_bytes()
    assert unreadable("stick/nope.ics", gone.value).startswith("cannot read stick/nope.ics: ")
    with pytest.raises(importing.ImportFileError, match=r"nope\.csv does not exist$"):
        importing.load_file(tmp_path / "nope.csv")
