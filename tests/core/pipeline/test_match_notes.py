"""The coordinator's own note on a shortlisted match (field test 26, §2: ``tech_match.notes`` existed
but nothing wrote it): through the service with its history, from the command line, in the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions
from petdesk.dossier.match_report import build_match_report
from petdesk.services import history, tech_matching
from petdesk.services.projects import PipelineError
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.test_match_report import _need_with_matches

NOTE = "市水务集团已试用，漏损降低明显；建议下次访问时面谈。"


def _match_id(db: Database, need_id: str) -> str:
    with db.reading() as s:
        (match,) = tech_matching.list_matches(s, need_id=need_id)
    return match.id


def test_a_note_is_written_returned_for_undo_and_kept_in_the_history(db: Database) -> None:
    match_id = _match_id(db, need_id := _need_with_matches(db))
    with db.transaction() as s:
        assert tech_matching.set_match_notes(s, match_id, f"  {NOTE}\n") == ""
    with db.transaction() as s:
        assert tech_matching.set_match_notes(s, match_id, "second thoughts") == NOTE  # what undo puts back
    with db.reading() as s:
        assert [x.notes for x in tech_matching.list_matches(s, need_id=need_id)] == ["second thoughts"]
        changes = [e for e in history.record_history(s, "tech_match", match_id) if e.field == "notes"]
    assert [(e.old_value, e.new_value) for e in changes] == [(NOTE, "second thoughts"), ("", NOTE)]
    with db.transaction() as s:
        tech_matching.remove_from_shortlist(s, match_id)
    with db.transaction() as s, pytest.raises(PipelineError):
        tech_matching.set_match_notes(s, match_id, "on a removed match")


def test_the_cli_writes_the_note_and_answers_with_the_technology_s_name(db: Database, capsys) -> None:
    need_id = _need_with_matches(db)
    args = ["--db", str(db.path), "--lang", "zh_CN", "match", need_id[:8]]
    with db.reading() as s:
        tech_id = tech_matching.list_matches(s, need_id=need_id)[0].technology_id
    assert main([*args, "--shortlist", tech_id[:8], "--notes", NOTE]) == 0
    out = capsys.readouterr().out
    assert "声学漏损检测" in out.splitlines()[0] and NOTE in out  # the name, not only a match id
    english = ["--db", str(db.path), "--lang", "en", "match", need_id[:8], "--shortlist", tech_id[:8]]
    assert main(english) == 0
    assert capsys.readouterr().out.startswith("Shortlisted: Acoustic leak detection (")
    with db.reading() as s:
        assert tech_matching.list_matches(s, need_id=need_id)[0].notes == NOTE
    assert main(args) == 0
    assert NOTE in capsys.readouterr().out  # the ranking shows it under the shortlisted technology
    assert main([*args, "--notes", "without a match"]) == 1
    assert "--shortlist" in capsys.readouterr().err


def test_the_match_report_prints_the_note_as_typed_in_both_halves(db: Database, tmp_path: Path) -> None:
    need_id = _need_with_matches(db)
    with db.transaction() as s:
        tech_matching.set_match_notes(s, _match_id(db, need_id), NOTE)
    out = tmp_path / "match.pdf"
    printed = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)
    build_match_report(
        db, need_id, out, DossierOptions(generated_at=printed, restricted=False, contents=False)
    )
    text = flat("".join(pdftotext_pages(out)))
    assert flat(f"Note: {NOTE}") in text and flat(f"备注：{NOTE}") in text


def test_match_top_still_lists_a_shortlisted_technology_ranked_below(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    """Field test 44, §6: a shortlisted technology ranked below ``--top N`` was missing; it is listed
    after the top, with its state and note."""
    need_id = _need_with_matches(db)
    args = ["--db", str(db.path), "--lang", "en", "match", need_id[:8]]
    assert main(args) == 0
    ranked = [line for line in capsys.readouterr().out.splitlines()[1:] if not line.startswith(" ")]
    assert len(ranked) >= 2
    last_id, last_name = ranked[-1][:8], ranked[-1].split("  ")[2]
    with db.reading() as s:
        shortlisted_ids = {m.technology_id for m in tech_matching.list_matches(s, need_id=need_id)}
    assert not any(t.startswith(last_id) for t in shortlisted_ids)
    assert main([*args, "--shortlist", last_id, "--notes", "met them at the fair"]) == 0
    capsys.readouterr()
    assert main([*args, "--top", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    heading = out.index("Shortlisted, ranked below the top 1:")
    assert out[heading + 1].startswith(last_id) and last_name in out[heading + 1]
    assert "<" in out[heading + 1]  # its shortlist state
    assert "met them at the fair" in " ".join(out[heading:])
