"""The question before an erasure did not say that other records' free text names the person: the
user learnt it only afterwards, when the erasure could no longer be called off. The question now
lists them (how many, and the first few by kind and title), deleted records among them (they hold
the text until purged), and the erasure leaves them as written."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities, privacy
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as org_service
from tests.helpers.terminal import type_at_terminal
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, for this tree's Chinese sentences


def _named(db: Database, extra: int = 0) -> tuple[str, list[str], str]:
    """Zhou Xiaoming (周晓明), named in two live activities (and ``extra`` more) and a deleted one."""
    with db.transaction() as s:
        person = contact_service.create_contact(
            s, family_name="Zhou", given_name="Xiaoming", family_name_zh="周", given_name_zh="晓明"
        ).id
        org = org_service.create_organisation(s, name_en="Shenzhen Water").id
        live = [
            activities.add_activity(s, subject=f"Met Zhou Xiaoming ({n})", organisation_id=org).id
            for n in range(2 + extra)
        ]
        gone = activities.add_activity(s, subject="Call", body="周晓明提到了预算", organisation_id=org).id
    with db.transaction() as s:
        activities.delete_activity(s, gone)
    return person, live, gone


def test_person_to_erase_lists_the_records_naming_them(db: Database) -> None:
    person, live, gone = _named(db)
    asked = privacy.person_to_erase(db, person)
    assert len(asked.mention_lines) == 3
    assert f"Activity {live[0][:8]}, Subject: Met Zhou Xiaoming (0)" in asked.mention_lines[0]
    assert asked.mention_lines[2] == f"Activity (deleted) {gone[:8]} (Call), Notes: 周晓明提到了预算"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_the_question_lists_them_before_the_answer(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    person, live, gone = _named(db, extra=4)  # 7 in all: 5 listed, "… and 2 more"
    type_at_terminal(monkeypatch, "n\n")  # a pipe is refused before the question (cli.confirm)
    assert main(["--lang", lang, "--db", str(db.path), "person", "erase", person]) == 1
    out = capsys.readouterr().out
    asked = out.index("[y/N]")
    if lang == "en":
        listed = out.index(
            "Their name is also written in 7 other records, which the erasure leaves as they are:"
        )
        assert "  … and 2 more" in out[:asked]
        assert "Nothing erased." in out
    else:
        listed = out.index("此人的姓名还写在其他 7 条记录中，清除不会改动这些记录：")
        assert "……另有 2 条" in out[:asked]
    assert listed < asked
    assert f"{live[0][:8]}" in out[:asked] and f"{live[4][:8]}" in out[:asked]
    assert f"{live[5][:8]}" not in out and gone[:8] not in out  # beyond the first five
    assert privacy.person_to_erase(db, person).person_id == person  # not erased


def test_no_list_when_nothing_names_them(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        person = contact_service.create_contact(s, family_name="Quist", given_name="Mara").id
    type_at_terminal(monkeypatch, "n\n")  # a pipe is refused before the question (cli.confirm)
    assert main(["--lang", "en", "--db", str(db.path), "person", "erase", person]) == 1
    out = capsys.readouterr().out
    assert "[y/N]" in out and "also written" not in out  # asked, without a list


def test_deleted_records_are_listed_after_the_erasure_too(db: Database) -> None:
    person, _live, gone = _named(db)
    result = privacy.erase(db, person, look_in_backups=False)
    deleted = [f for f in result.mentions if f.deleted]
    assert [f.row_id for f in deleted] == [gone]
    assert any(line.startswith(f"Activity (deleted) {gone[:8]}") for line in result.mention_lines)
