"""What changed since the last printed dossier (field test 21, defect 2).

v1 and v2 of a dossier differed only in the footer's print time: "As of" was the print time, not the
data's, and nothing listed what changed. The footer now says both, and a "Changes since" part lists
the visit's history from a date, or from this computer's last print of the dossier.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, changes_since_from_text
from petdesk.dossier.fonts import DossierError
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DAY = dt.date(2027, 3, 8)
#: A print time far from the data's last change, so that the footer shows which one it prints.
PRINTED = dt.datetime(2027, 1, 2, 3, 4, tzinfo=dt.UTC)


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Ministerial delegation", start_date=DAY, end_date=DAY)
        item = vs.add_item(
            s,
            v.id,
            start=dt.datetime(2027, 3, 8, 14),
            end=dt.datetime(2027, 3, 8, 16),
            title_en="Working talks",
        )
        return {"visit": v.id, "item": item.id}


def _text(pdf: Path) -> str:
    return flat("".join(pdftotext_pages(pdf)))


def test_the_footer_prints_the_data_time_beside_the_print_time(
    db: Database, ids: dict[str, str], tmp_path: Path
) -> None:
    options = DossierOptions(sections=frozenset({"programme"}), contents=False, generated_at=PRINTED)
    text = _text(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", options))
    printed = PRINTED.astimezone()
    assert flat(f"Printed {printed:%-d %b %Y %H:%M}") in text
    today = dt.datetime.now().astimezone()
    assert flat(f"Data as of {today:%-d %b %Y}") in text and "数据截至" in text


def test_changes_since_the_last_print(db: Database, ids: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(DossierError, match="not printed"):
        changes_since_from_text(db, ids["visit"], "last")
    build_visit_dossier(db, ids["visit"], tmp_path / "v1.pdf", DossierOptions(contents=False))
    since = changes_since_from_text(db, ids["visit"], "last")
    with db.transaction() as s:  # the late move after v1
        vs.update_item(s, ids["item"], start=dt.datetime(2027, 3, 8, 15), end=dt.datetime(2027, 3, 8, 17))
    options = DossierOptions(sections=frozenset({"cover"}), contents=False, changes_since=since)
    text = _text(build_visit_dossier(db, ids["visit"], tmp_path / "v2.pdf", options))
    assert "Changessince" in text and "以来的变更" in text
    assert "Starts:" in text and "开始时间：" in text and "Workingtalks" in text
    assert "created" not in text  # the visit's creation came before v1


def test_command_line_changes_since(
    db: Database, ids: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = [
        "--db",
        str(db.path),
        "dossier",
        "visit",
        ids["visit"][:8],
        "--sections",
        "cover",
        "--no-contents",
    ]
    assert main([*base, "--out", str(tmp_path / "a.pdf"), "--changes-since", "last"]) != 0
    assert "not printed" in capsys.readouterr().err
    assert main([*base, "--out", str(tmp_path / "b.pdf"), "--changes-since", "yesterday"]) != 0
    assert main([*base, "--out", str(tmp_path / "c.pdf"), "--changes-since", "2020-01-01"]) == 0
    text = _text(tmp_path / "c.pdf")
    assert "Changessince1Jan202000:00" in text and "created" in text
